"""One person reported wounded who later dies: no longer counted injured (reconcile.wounds)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.model.figures import AttributionKind, FigureKind
from newsprism.model.reconcile import FigureGroup
from newsprism.reconcile import reconcile_story

KILLED, INJURED = FigureKind.KILLED, FigureKind.INJURED
DAY1, DAY2 = dt.date(2016, 5, 1), dt.date(2016, 5, 3)


Item = (
    tuple[str, dt.date | None, FigureKind, int] | tuple[str, dt.date | None, FigureKind, int, str]
)


@pytest.fixture
def reconciled(article_factory, story_factory, make_figure):
    def run(*items: Item) -> dict[FigureKind, FigureGroup]:
        """Reconcile one figure per item: (article text, its date, kind, value), and the named
        source as a fifth element if any."""
        articles = [
            article_factory(text, ref=f"{n}.txt", published=day)
            for n, (text, day, *_) in enumerate(items)
        ]
        figures = [
            make_figure(
                a.article_id, kind=kind, value=value, attribution=attribution, source=source
            )
            for a, (_, _, kind, value, *named) in zip(articles, items, strict=True)
            for source in [named[0] if named else None]
            for attribution in [AttributionKind.NAMED if source else AttributionKind.NONE]
        ]
        groups = reconcile_story(story_factory(articles), articles, figures)
        return {g.kind: g for g in groups}

    return run


def test_one_wounded_person_who_dies_later_is_not_injured(reconciled) -> None:
    groups = reconciled(
        ("Toddler in critical condition", DAY1, INJURED, 1),
        ("Toddler dies", DAY2, KILLED, 1),
    )
    injured = groups[INJURED].estimate
    assert (injured.low, injured.best, injured.high) == (0, 0, 1)
    assert "died of the wounds" in injured.rule
    assert injured.best_figure_id is None
    assert groups[KILLED].estimate.best == 1


def test_a_death_already_known_when_the_wounded_was_reported_keeps_them(reconciled) -> None:
    # Day 1: one dead; day 2: one wounded, and the victim named. The wounded person is another.
    groups = reconciled(
        ("One dead", DAY1, KILLED, 1),
        ("One wounded", DAY2, INJURED, 1),
        ("Victim identified", DAY2, KILLED, 1),
    )
    assert groups[INJURED].estimate.best == 1


def test_a_wounded_report_on_the_day_of_the_death_is_the_person_who_died(reconciled) -> None:
    # Dates carry no time: "critically injured" and "dies" the same day are one person.
    groups = reconciled(
        ("Teen critically injured", DAY2, INJURED, 1),
        ("Teen dies", DAY2, KILLED, 1),
    )
    injured = groups[INJURED].estimate
    assert (injured.low, injured.best, injured.high) == (0, 0, 1)
    assert "no sentence states a death and a wound together" in injured.rule


@pytest.fixture
def one_story(article_factory, story_factory, make_figure):
    def run(*items: tuple[str, dt.date | None, tuple[tuple[FigureKind, int], ...]]) -> int | None:
        """Reconcile articles (text, date, figures as (kind, sentence index)), each figure
        counting one person; the best of the injured."""
        articles = [
            article_factory(text, ref=f"{n}.txt", published=day)
            for n, (text, day, _) in enumerate(items)
        ]
        figures = [
            make_figure(a.article_id, kind=kind, value=1, sentence_index=sentence)
            for a, (_, _, found) in zip(articles, items, strict=True)
            for kind, sentence in found
        ]
        groups = reconcile_story(story_factory(articles), articles, figures)
        return next(g.estimate.best for g in groups if g.kind is INJURED)

    return run


def test_the_death_report_that_tells_the_wound_moves_it(one_story) -> None:
    # "2-year-old injured in shooting" (day 1); "The 2-year-old who was shot has died. Kendal
    # was critically injured in the shooting Tuesday" (day 2).
    best = one_story(
        ("2-year-old injured in shooting", DAY1, ((INJURED, 0),)),
        ("2-year-old dies", DAY2, ((KILLED, 0), (INJURED, 2))),
    )
    assert best == 0


@pytest.mark.parametrize(
    "items",
    [
        # "One killed, another wounded" in one sentence: two victims.
        (
            ("Man wounded", DAY1, ((INJURED, 0),)),
            ("One killed, another wounded", DAY2, ((KILLED, 0), (INJURED, 0))),
        ),
        # No article reports the wound alone: the death report's wound may be another's.
        (("One dead", DAY1, ((KILLED, 0), (INJURED, 3))),),
        # The wound is reported alone after the death: the person is alive, or another.
        (
            ("One dead", DAY1, ((KILLED, 0),)),
            ("One wounded", DAY2, ((INJURED, 0),)),
        ),
    ],
)
def test_the_wound_stays_when_the_story_tells_two_victims(one_story, items) -> None:
    assert one_story(*items) == 1


def test_two_dead_keep_the_one_wounded(reconciled) -> None:
    # The second reading moves one wounded person only to a story of one death.
    groups = reconciled(
        ("Man wounded", DAY1, INJURED, 1),
        ("Two dead", DAY1, KILLED, 2),
    )
    assert groups[INJURED].estimate.best == 1


def test_more_than_one_wounded_is_left_alone(reconciled) -> None:
    groups = reconciled(
        ("Three wounded", DAY1, INJURED, 3),
        ("Three dead", DAY2, KILLED, 3),
    )
    assert groups[INJURED].estimate.best == 3


def test_undated_reports_are_left_alone(reconciled) -> None:
    groups = reconciled(
        ("Toddler in critical condition", None, INJURED, 1),
        ("Toddler dies", DAY2, KILLED, 1),
    )
    assert groups[INJURED].estimate.best == 1


DAY3 = dt.date(2016, 5, 5)


def test_a_later_report_counting_the_wounded_who_died_lowers_the_injured(reconciled) -> None:
    # "Four hurt" (police, day 1); two days later "one dead and three injured".
    groups = reconciled(
        ("Four hurt, police say", DAY1, INJURED, 4, "police"),
        ("One dead", DAY2, KILLED, 1),
        ("Three injured", DAY2, INJURED, 3),
    )
    injured = groups[INJURED].estimate
    assert injured.best == 3
    assert injured.low is not None and injured.low <= 3
    assert "died of their wounds" in injured.rule
    assert "2016-05-03" in injured.rule


@pytest.mark.parametrize(
    "items",
    [
        # No later report counts the rest: a rising toll alone moves nobody.
        (("Four hurt", DAY1, INJURED, 4, "police"), ("One dead", DAY2, KILLED, 1)),
        # The later injured count is not the earlier one less the rise.
        (
            ("Four hurt", DAY1, INJURED, 4, "police"),
            ("One dead", DAY2, KILLED, 1),
            ("Two injured", DAY2, INJURED, 2),
        ),
        # The death was known when the injured were counted: the toll did not rise after.
        (
            ("One dead", DAY1, KILLED, 1),
            ("Four hurt", DAY1, INJURED, 4, "police"),
            ("Victim named", DAY3, KILLED, 1),
            ("Three injured", DAY3, INJURED, 3),
        ),
    ],
)
def test_the_injured_stay_without_a_later_report_of_the_rest(reconciled, items) -> None:
    groups = reconciled(*items)
    assert groups[INJURED].estimate.best == 4
    assert "died of their wounds" not in groups[INJURED].estimate.rule
