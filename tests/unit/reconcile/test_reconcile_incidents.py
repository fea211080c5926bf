"""Figures that count several incidents (a roundup) form their own group, apart from the total."""

from __future__ import annotations

import dataclasses

from newsprism.evaluation.reconcile import story_count
from newsprism.model.figures import FigureKind
from newsprism.model.reconcile import SEVERAL_INCIDENTS_SCOPE, TOTAL_SCOPE
from newsprism.reconcile import reconcile_story
from newsprism.reconcile.scope import parent_scope, scope_chain

KILLED, INJURED = FigureKind.KILLED, FigureKind.INJURED


def test_roundup_figure_does_not_set_the_total(article_factory, story_factory, make_figure) -> None:
    story_article = article_factory("A man killed, three hurt in drive-by shooting", ref="a.txt")
    roundup = article_factory("4 killed, 16 wounded in Wednesday shootings", ref="b.txt")
    own = make_figure(story_article.article_id, kind=INJURED, value=3)
    # A headline states the roundup's larger count: without the cue it would be the total.
    big = dataclasses.replace(
        make_figure(roundup.article_id, kind=INJURED, value=16, tag="roundup"),
        in_headline=True,
        incidents="in Wednesday shootings",
    )
    story = story_factory([story_article, roundup])
    groups = reconcile_story(story, [story_article, roundup], [own, big])
    by_scope = {g.scope: g for g in groups if g.kind is INJURED}
    assert set(by_scope) == {TOTAL_SCOPE, SEVERAL_INCIDENTS_SCOPE}
    total, several = by_scope[TOTAL_SCOPE], by_scope[SEVERAL_INCIDENTS_SCOPE]
    assert total.estimate.best == 3
    assert total.figure_ids == (own.figure_id,)
    assert several.figure_ids == (big.figure_id,) and several.estimate.best == 16
    assert several.label == SEVERAL_INCIDENTS_SCOPE
    assert several.parent_group_id is None and total.parent_group_id is None
    assert story_count(groups, INJURED) == 3


def test_a_roundup_alone_gives_no_story_count(article_factory, story_factory, make_figure) -> None:
    article = article_factory("3 dead, 22 wounded in weekend shootings", ref="a.txt")
    figure = dataclasses.replace(
        make_figure(article.article_id, kind=KILLED, value=3), incidents="in weekend shootings"
    )
    groups = reconcile_story(story_factory([article]), [article], [figure])
    assert [g.scope for g in groups] == [SEVERAL_INCIDENTS_SCOPE]
    assert story_count(groups, KILLED) is None


def test_several_incidents_scope_is_outside_the_scope_tree() -> None:
    assert parent_scope(SEVERAL_INCIDENTS_SCOPE) is None
    assert scope_chain(SEVERAL_INCIDENTS_SCOPE) == (SEVERAL_INCIDENTS_SCOPE,)
