"""Reconciliation of the example set from its gold figures (a perfect extractor)."""

from __future__ import annotations

import pytest

from newsprism.model.figures import FigureKind
from newsprism.model.ids import ArticleId, StoryId
from newsprism.model.reconcile import Agreement, ConflictReason, FigureGroup
from newsprism.model.stories import StoryAssignment
from newsprism.reconcile import RECONCILER, reconcile_story


@pytest.fixture
def groups(example, example_story) -> dict[tuple[str, str], FigureGroup]:
    articles, figures = example
    return {(g.kind.value, g.scope): g for g in reconcile_story(example_story, articles, figures)}


def refs(group: FigureGroup, example) -> list[str]:
    by_id = {a.article_id: a.ref[:3] for a in example[0]}
    return sorted(by_id[a] for a in group.article_ids)


def test_total_deaths_group_holds_the_main_toll(groups, example) -> None:
    total = groups[("killed", "total")]
    assert refs(total, example) == ["000", "001", "002", "003"]
    labels = {o.label for o in total.origins}
    assert {"Syrian Observatory for Human Rights", "Human Rights Watch"} <= labels
    assert total.n_articles == 4
    assert total.n_origins == 3  # the vague "reports" of over 1,000 repeat the Observatory
    # "Over 1,000" is a lower bound, and the Observatory counts 1,383 civilians: the whole is
    # never below its largest part.
    assert (total.estimate.low, total.estimate.best) == (1001, 1383)
    assert "never below its largest part" in total.estimate.rule
    assert total.agreement is Agreement.OVERLAP
    assert total.method == RECONCILER


def test_civilian_groups_are_subsets_of_the_total(groups) -> None:
    total = groups[("killed", "total")]
    civilians = groups[("killed", "civilians")]
    alawite = groups[("killed", "alawite civilians")]
    assert civilians.parent_group_id == total.group_id
    assert alawite.parent_group_id == civilians.group_id
    assert civilians.estimate.best == 1383
    assert {o.label for o in civilians.origins} == {
        "Syrian Observatory for Human Rights",
        "Syrian Network for Human Rights",
    }
    assert alawite.estimate.best == 430


def test_subset_larger_than_superset_is_a_scope_inconsistency(groups) -> None:
    total = groups[("killed", "total")]
    civilians = groups[("killed", "civilians")]
    flags = [c for c in civilians.conflicts if c.other_group_id == total.group_id]
    assert [c.reason for c in flags] == [ConflictReason.DIFFERENT_SCOPE]
    assert "1,383" in flags[0].note
    assert flags[0].consistent  # "over 1,000" is a lower bound: the total is at least 1,383
    assert not any(c.other_group_id for c in total.conflicts)


def test_subset_above_an_exact_total_contradicts_it(
    make_figure, article_factory, story_factory
) -> None:
    articles = [article_factory("one", ref="1.txt"), article_factory("two", ref="2.txt")]
    total = make_figure(articles[0].article_id, value=500)
    civilians = make_figure(articles[1].article_id, value=800, group="civilians")
    groups = reconcile_story(story_factory(articles), articles, [total, civilians])
    child = next(g for g in groups if g.scope == "civilians")
    (flag,) = child.conflicts
    assert flag.other_group_id == groups[0].group_id
    assert not flag.consistent
    assert "cannot outnumber" in flag.note


def test_ambush_figures_are_grouped_apart_and_agree(groups, example) -> None:
    ambush = groups[("killed", "security forces")]
    assert refs(ambush, example) == ["000", "004"]
    assert ambush.agreement is Agreement.AGREE
    assert ambush.estimate.best == 13
    assert ambush.n_origins == 2


def test_other_kinds_get_their_own_groups(groups) -> None:
    assert groups[("displaced", "total")].estimate.best == 20000
    assert groups[("abducted", "security forces")].origins[0].kind.value == "anonymous"
    assert groups[("casualties", "civilians")].kind is FigureKind.CASUALTIES


def test_every_figure_is_in_exactly_one_group(example, example_story) -> None:
    articles, figures = example
    result = reconcile_story(example_story, articles, figures)
    ids = [f for g in result for f in g.figure_ids]
    assert sorted(ids) == sorted(f.figure_id for f in figures)
    assert len({g.group_id for g in result}) == len(result)


def test_copies_count_as_articles_not_as_origins(example, example_story) -> None:
    articles, figures = example
    by_ref = {a.ref[:3]: a.article_id for a in articles}
    plain = {(g.kind, g.scope): g for g in reconcile_story(example_story, articles, figures)}
    copy = [
        StoryAssignment(
            article_id=by_ref["002"], story_id=StoryId("s"), duplicate_of=ArticleId(by_ref["004"])
        )
    ]
    copied = {(g.kind, g.scope): g for g in reconcile_story(example_story, articles, figures, copy)}
    key = (FigureKind.KILLED, "security forces")
    assert copied[key].n_articles == plain[key].n_articles
    before = plain[(FigureKind.KILLED, "total")]
    after = copied[(FigureKind.KILLED, "total")]
    assert after.n_articles == before.n_articles
    assert after.n_origins <= before.n_origins


def test_figures_outside_the_story_are_ignored(example, example_story, make_figure) -> None:
    articles, figures = example
    stray = make_figure("a-elsewhere", value=99999)
    result = reconcile_story(example_story, articles, [*figures, stray])
    assert all(stray.figure_id not in g.figure_ids for g in result)
