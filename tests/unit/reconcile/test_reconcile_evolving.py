"""Evolving tolls: the latest count of a toll reported over several days (reconcile.evolving)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newsprism.model.figures import AttributionKind, FigureKind, Qualifier
from newsprism.model.reconcile import FigureGroup
from newsprism.reconcile import reconcile_story

KILLED, MISSING = FigureKind.KILLED, FigureKind.MISSING
D1, D2, D3 = dt.date(2021, 5, 1), dt.date(2021, 5, 3), dt.date(2021, 5, 6)
NAMED, NONE, VAGUE = AttributionKind.NAMED, AttributionKind.NONE, AttributionKind.VAGUE


@pytest.fixture
def total(article_factory, story_factory, make_figure):
    def run(*items: tuple[dt.date | None, int, dict[str, object]]) -> FigureGroup:
        """One article per item: (published, value, other figure fields); the killed total."""
        articles = [
            article_factory(f"Report {n} on the flood", ref=f"{n}.txt", published=day)
            for n, (day, _, _) in enumerate(items)
        ]
        figures = []
        for article, (_, value, fields) in zip(articles, items, strict=True):
            extra = dict(fields)
            kind = extra.pop("kind", KILLED)
            figures.append(make_figure(article.article_id, kind=kind, value=value, **extra))
        groups = reconcile_story(story_factory(articles), articles, figures)
        return next(g for g in groups if g.kind is extra_kind(items) and g.scope == "total")

    return run


def extra_kind(items: tuple[tuple[object, object, dict[str, object]], ...]) -> FigureKind:
    kind = items[0][2].get("kind", KILLED)
    assert isinstance(kind, FigureKind)
    return kind


def ministry(**fields: object) -> dict[str, object]:
    return {"attribution": NAMED, "source": "Health Ministry", **fields}


def test_latest_count_wins_over_the_most_repeated_early_one(total) -> None:
    group = total(
        (D1, 73, ministry()),
        (D1, 73, {"attribution": NAMED, "source": "Civil Defence"}),
        (D1, 73, {}),
        (D2, 135, {}),
        (D3, 158, {"attribution": NAMED, "source": "Red Cross"}),
    )
    assert group.estimate.best == 158
    assert "latest count of a toll reported over several days" in group.estimate.rule
    assert "first reported 2021-05-06" in group.estimate.rule


def test_a_relayed_number_is_dated_by_its_first_report(total) -> None:
    # 10,022 announced on day 1 and repeated on day 3 is no newer than the ministry's 10,812,
    # which an undated article gives above the ministry's latest dated count ("rose to").
    group = total(
        (D1, 10022, ministry()),
        (D3, 10022, {"attribution": NAMED, "source": "Gaza City"}),
        (None, 10812, ministry()),
    )
    assert group.estimate.best == 10812
    assert "undated, but larger than the latest dated count of the same origin" in (
        group.estimate.rule
    )


def test_a_later_small_number_is_a_part_not_the_toll(total) -> None:
    group = total((D1, 900, ministry()), (D2, 1000, ministry()), (D3, 40, ministry()))
    assert group.estimate.best == 1000


def test_vague_origins_and_projections_never_set_the_best(total) -> None:
    group = total(
        (D1, 200, ministry()),
        (D2, 260, ministry()),
        (D3, 900, {"attribution": VAGUE, "source": "reports"}),
        (D3, 5000, {"attribution": NAMED, "source": "USGS", "qualifier": Qualifier.PROJECTION}),
    )
    assert group.estimate.best == 260
    assert group.estimate.high == 5000  # a named projection is the high end


def test_a_revision_down_on_the_latest_day_is_followed(total) -> None:
    # 288 first reported on day 2; on day 3 the railways say 278 and the state 275.
    group = total(
        (D1, 50, {}),
        (D2, 288, ministry()),
        (D3, 278, {"attribution": NAMED, "source": "Railways"}),
        (D3, 275, {"attribution": NAMED, "source": "State Government"}),
    )
    assert group.estimate.best == 278
    assert group.estimate.low == 275


def test_one_day_of_reports_keeps_the_single_incident_rules(total) -> None:
    group = total((D1, 2, ministry()), (D1, 3, {}))
    assert "several days" not in group.estimate.rule


def test_small_counts_rising_keep_the_single_incident_rules(total) -> None:
    # Victims named one by one: a rise from 1 to 2 is no evolving disaster toll.
    group = total((D1, 1, ministry()), (D2, 2, {}))
    assert "several days" not in group.estimate.rule


def test_kinds_that_may_fall_are_not_treated_as_rising(total) -> None:
    group = total(
        (D1, 2000, ministry(kind=MISSING)),
        (D3, 388, ministry(kind=MISSING)),
    )
    assert "several days" not in group.estimate.rule


def test_rule_is_stable_whatever_the_input_order(article_factory, story_factory, make_figure):
    days = [(D1, 73), (D2, 135), (D3, 158), (None, 191)]
    articles = [
        article_factory(f"Report {n}", ref=f"{n}.txt", published=d) for n, (d, _) in enumerate(days)
    ]
    figures = [
        dataclasses.replace(make_figure(a.article_id, value=v, **ministry()))
        for a, (_, v) in zip(articles, days, strict=True)
    ]
    story = story_factory(articles)
    forward = reconcile_story(story, articles, figures)
    backward = reconcile_story(story, articles[::-1], figures[::-1])
    assert forward == backward
    assert forward[0].estimate.best == 191
