"""The whole is never below its largest part (reconcile.wholes)."""

from __future__ import annotations

import pytest

from newsprism.model.figures import AttributionKind, FigureKind, Qualifier
from newsprism.model.reconcile import FigureGroup
from newsprism.reconcile import reconcile_story

NAMED, NONE = AttributionKind.NAMED, AttributionKind.NONE


@pytest.fixture
def groups(article_factory, story_factory, make_figure):
    def run(*items: dict[str, object]) -> dict[str, FigureGroup]:
        articles = [
            article_factory(f"Report {n} on the attacks", ref=f"{n}.txt") for n in range(len(items))
        ]
        figures = [
            make_figure(a.article_id, kind=FigureKind.KILLED, **fields)
            for a, fields in zip(articles, items, strict=True)
        ]
        found = reconcile_story(story_factory(articles), articles, figures)
        return {g.scope: g for g in found}

    return run


def monitor(**fields: object) -> dict[str, object]:
    return {"attribution": NAMED, "source": "Observatory", **fields}


def test_a_lower_bound_whole_is_raised_to_its_largest_part(groups) -> None:
    found = groups(
        monitor(value=1000, low=1001, qualifier=Qualifier.MORE_THAN),
        monitor(value=1383, group="civilians"),
    )
    total, civilians = found["total"], found["civilians"]
    assert civilians.parent_group_id == total.group_id
    assert (total.estimate.low, total.estimate.best, total.estimate.high) == (1001, 1383, 1383)
    assert "the whole is never below its largest part (civilians" in total.estimate.rule
    # What a source said of the whole is still what the brief quotes.
    assert total.estimate.best_figure_id in total.figure_ids


def test_a_less_attributed_whole_is_raised_by_a_named_part(groups) -> None:
    found = groups({"value": 600}, monitor(value=1383, group="civilians"))
    assert found["total"].estimate.best == 1383


def test_an_exact_whole_as_well_attributed_stands(groups) -> None:
    found = groups(monitor(value=800), monitor(value=900, group="civilians"))
    assert found["total"].estimate.best == 800


def test_magnitude_words_of_a_part_never_raise(groups) -> None:
    found = groups(
        {"value": 100, "low": 101, "qualifier": Qualifier.MORE_THAN},
        monitor(low=2000, qualifier=Qualifier.THOUSANDS, group="protesters"),
    )
    assert found["total"].estimate.best == 101
