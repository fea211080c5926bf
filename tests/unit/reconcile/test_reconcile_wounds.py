"""One person reported wounded who later dies: no longer counted injured (reconcile.wounds)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.model.figures import FigureKind
from newsprism.model.reconcile import FigureGroup
from newsprism.reconcile import reconcile_story

KILLED, INJURED = FigureKind.KILLED, FigureKind.INJURED
DAY1, DAY2 = dt.date(2016, 5, 1), dt.date(2016, 5, 3)


Item = tuple[str, dt.date | None, FigureKind, int]


@pytest.fixture
def reconciled(article_factory, story_factory, make_figure):
    def run(*items: Item) -> dict[FigureKind, FigureGroup]:
        """Reconcile one figure per item: (article text, its date, kind, value)."""
        articles = [
            article_factory(text, ref=f"{n}.txt", published=day)
            for n, (text, day, _, _) in enumerate(items)
        ]
        figures = [
            make_figure(a.article_id, kind=kind, value=value)
            for a, (_, _, kind, value) in zip(articles, items, strict=True)
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
    # Day 1: one dead, one wounded; day 2: still one dead. The wounded person is another.
    groups = reconciled(
        ("One dead", DAY1, KILLED, 1),
        ("One wounded", DAY1, INJURED, 1),
        ("Victim identified", DAY2, KILLED, 1),
    )
    assert groups[INJURED].estimate.best == 1


def test_a_wounded_report_on_the_day_of_the_death_keeps_them(reconciled) -> None:
    groups = reconciled(
        ("Teen critically injured", DAY2, INJURED, 1),
        ("Teen dies", DAY2, KILLED, 1),
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
