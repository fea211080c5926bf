"""A later report's headline that raises the toll: the wounded who died move to the killed
(reconcile.wounds.later_tolls)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newsprism.model.figures import AttributionKind, FigureKind
from newsprism.model.reconcile import FigureGroup
from newsprism.reconcile import reconcile_story

KILLED, INJURED = FigureKind.KILLED, FigureKind.INJURED
JULY, DECEMBER = dt.date(2015, 7, 22), dt.date(2015, 12, 5)

#: (article text, date, kind, value, in the headline); the early reports quote the police,
#: the later ones no one, so that the estimate alone keeps the early toll.
Item = tuple[str, dt.date, FigureKind, int, bool]


@pytest.fixture
def reconciled(article_factory, story_factory, make_figure):
    def run(*items: Item) -> dict[FigureKind, FigureGroup]:
        texts = sorted({(text, day) for text, day, *_ in items})
        articles = {
            text: article_factory(text, ref=f"{n}.txt", published=day)
            for n, (text, day) in enumerate(texts)
        }
        figures = [
            dataclasses.replace(
                make_figure(
                    articles[text].article_id,
                    kind=kind,
                    value=value,
                    attribution=AttributionKind.NAMED if day == JULY else AttributionKind.NONE,
                    source="police" if day == JULY else None,
                    start=n,
                ),
                in_headline=headline,
            )
            for n, (text, day, kind, value, headline) in enumerate(items)
        ]
        story = story_factory(list(articles.values()))
        groups = reconcile_story(story, list(articles.values()), figures)
        return {g.kind: g for g in groups}

    return run


EARLIER: tuple[Item, ...] = (
    ("4 dead, 2 wounded in murder-suicide", JULY, KILLED, 4, True),
    ("4 dead, 2 wounded in murder-suicide", JULY, INJURED, 2, True),
    ("Police say four died", JULY, KILLED, 4, False),
)


def test_the_last_reports_headline_raises_the_toll(reconciled) -> None:
    # "5th person dies after July murder-suicide", months later.
    groups = reconciled(
        *EARLIER, ("5th person dies after July shooting", DECEMBER, KILLED, 5, True)
    )
    assert groups[KILLED].estimate.best == 5
    assert "later toll" in groups[KILLED].estimate.rule
    injured = groups[INJURED].estimate
    assert injured.best == 1
    assert "died of their wounds" in injured.rule


@pytest.mark.parametrize(
    "last",
    [
        # Told in the body only: a later article's body as often tells another event.
        (("Police say five died", DECEMBER, KILLED, 5, False),),
        # The headline tells the old toll too ("2 arrested in shooting that killed 4").
        (
            ("5 arrested in shooting that killed 4", DECEMBER, KILLED, 5, True),
            ("5 arrested in shooting that killed 4", DECEMBER, KILLED, 4, True),
        ),
        # More dead than wounded who could have died: bodies found, or another count.
        (("8 dead", DECEMBER, KILLED, 8, True),),
        # The same headline still counts all the wounded alive.
        (
            ("Father of 5 killed, 2 hurt", DECEMBER, KILLED, 5, True),
            ("Father of 5 killed, 2 hurt", DECEMBER, INJURED, 2, True),
        ),
        # Not the last report alone: another article of the same day tells the old toll.
        (
            ("5th person dies", DECEMBER, KILLED, 5, True),
            ("Four dead in July shooting", DECEMBER, KILLED, 4, True),
        ),
    ],
)
def test_the_toll_stays_without_a_later_headline_of_the_wounded_dying(
    reconciled, last: tuple[Item, ...]
) -> None:
    groups = reconciled(*EARLIER, *last)
    assert groups[KILLED].estimate.best == 4
    assert groups[INJURED].estimate.best == 2
