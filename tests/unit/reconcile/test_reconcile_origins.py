from __future__ import annotations

import pytest

from newsprism.model.figures import AttributionKind, Qualifier
from newsprism.model.ids import ArticleId, StoryId
from newsprism.model.stories import StoryAssignment
from newsprism.reconcile.origins import assign_origins, build_origins, root_articles

NAMED = AttributionKind.NAMED
VAGUE = AttributionKind.VAGUE
NONE = AttributionKind.NONE


def assignment(article: str, copy_of: str | None = None) -> StoryAssignment:
    return StoryAssignment(
        article_id=ArticleId(article),
        story_id=StoryId("s"),
        duplicate_of=ArticleId(copy_of) if copy_of else None,
    )


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([("b", "a")], {"b": "a"}),
        ([("c", "b"), ("b", "a")], {"b": "a", "c": "a"}),
        ([("a", "b"), ("b", "a")], {"a": "a", "b": "a"}),
    ],
)
def test_root_articles_follows_copy_chains(
    pairs: list[tuple[str, str]], expected: dict[str, str]
) -> None:
    assert root_articles([assignment(a, b) for a, b in pairs]) == expected


def test_named_source_in_several_articles_is_one_origin(make_figure) -> None:
    figures = [
        make_figure("a1", value=1383, attribution=NAMED, source="SOHR"),
        make_figure("a2", value=1383, attribution=NAMED, source="SOHR"),
    ]
    origins = build_origins(figures, assign_origins(figures, {}))
    assert [(o.key, o.article_ids) for o in origins] == [("named:sohr", ("a1", "a2"))]


def test_copy_adds_no_origin(make_figure) -> None:
    figures = [make_figure("a1", value=40), make_figure("a2", value=40)]
    roots = root_articles([assignment("a2", "a1")])
    origins = build_origins(figures, assign_origins(figures, roots))
    assert len(origins) == 1
    assert origins[0].article_ids == ("a1", "a2")


def test_unattributed_restatement_takes_the_attributed_origin(make_figure) -> None:
    bullet = make_figure("a1", value=1000, low=1001, qualifier=Qualifier.MORE_THAN, tag="bullet")
    body = make_figure(
        "a1", value=1000, low=1001, qualifier=Qualifier.MORE_THAN, attribution=NAMED, source="SOHR"
    )
    keys = assign_origins([bullet, body], {})
    assert keys[bullet.figure_id] == keys[body.figure_id] == "named:sohr"


def test_vague_origin_repeating_a_named_figure_is_not_independent(make_figure) -> None:
    figures = [
        make_figure("a1", value=1000, low=1001, qualifier=Qualifier.MORE_THAN, attribution=VAGUE),
        make_figure(
            "a2",
            value=1000,
            low=1001,
            qualifier=Qualifier.MORE_THAN,
            attribution=NAMED,
            source="SOHR",
        ),
        make_figure("a3", value=600, low=600, qualifier=Qualifier.AT_LEAST, attribution=VAGUE),
    ]
    origins = {o.key: o for o in build_origins(figures, assign_origins(figures, {}))}
    assert origins["vague:a1"].repeats == "named:sohr"
    assert not origins["vague:a1"].independent
    assert origins["vague:a3"].independent
