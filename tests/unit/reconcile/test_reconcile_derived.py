"""Injured derived from people shot less the killed (reconcile.derived), and how it is shown."""

from __future__ import annotations

import json

import pytest

from newsprism.brief.build import build_brief
from newsprism.evaluation.reconcile import _predict
from newsprism.model.figures import AttributionKind, FigureKind, Qualifier
from newsprism.model.reconcile import FigureGroup
from newsprism.reconcile import reconcile_story
from newsprism.reconcile.story import RECONCILER
from newsprism.report.reconciled import group_to_json
from newsprism.report.render.charts import range_chart

KILLED, INJURED, SHOT = FigureKind.KILLED, FigureKind.INJURED, FigureKind.CASUALTIES


@pytest.fixture
def reconciled(article_factory, story_factory, make_figure):
    def run(*items: tuple[FigureKind, dict[str, object]]):
        """One article per item, each with one figure (kind, extra figure fields)."""
        articles = [
            article_factory(f"Article {n} about a shooting", ref=f"{n}.txt")
            for n in range(len(items))
        ]
        figures = [
            make_figure(a.article_id, kind=kind, **fields)
            for a, (kind, fields) in zip(articles, items, strict=True)
        ]
        story = story_factory(articles)
        groups = reconcile_story(story, articles, figures)
        return story, articles, figures, groups

    return run


def _by(groups: tuple[FigureGroup, ...], kind: FigureKind, scope: str = "total") -> FigureGroup:
    return next(g for g in groups if g.kind is kind and g.scope == scope)


def test_five_shot_two_killed_derives_three_injured(reconciled) -> None:
    _, articles, figures, groups = reconciled((SHOT, {"value": 5}), (KILLED, {"value": 2}))
    injured = _by(groups, INJURED)
    shot, killed = _by(groups, SHOT), _by(groups, KILLED)
    assert (injured.estimate.low, injured.estimate.best, injured.estimate.high) == (3, 3, 3)
    assert injured.derived_from == (shot.group_id, killed.group_id)
    assert injured.estimate.rule.startswith("derived: 5 people shot (casualties")
    assert "less 2 killed" in injured.estimate.rule
    assert "no article states an injured count" in injured.estimate.rule
    assert injured.estimate.best_figure_id is None
    assert set(injured.figure_ids) == {f.figure_id for f in figures}
    assert set(injured.article_ids) == {a.article_id for a in articles}
    assert injured.n_articles == 2
    assert injured.timeline == () and injured.conflicts == ()
    assert injured.method == RECONCILER == "reconcile.groups.v7"
    assert [g.kind for g in groups] == [KILLED, INJURED, SHOT]


def test_bounds_are_conservative_and_never_negative(reconciled) -> None:
    _, _, _, groups = reconciled(
        (SHOT, {"value": 6, "low": 5, "high": 7, "qualifier": Qualifier.RANGE}),
        (KILLED, {"value": 2}),
        (KILLED, {"value": 3, "tag": "later"}),
    )
    est = _by(groups, INJURED).estimate
    assert est.low is not None and est.high is not None and est.best is not None
    assert 0 <= est.low <= est.best <= est.high


def test_no_derivation_when_an_injured_count_is_stated(reconciled) -> None:
    _, _, _, groups = reconciled(
        (SHOT, {"value": 5}), (KILLED, {"value": 2}), (INJURED, {"value": 4})
    )
    injured = [g for g in groups if g.kind is INJURED]
    assert len(injured) == 1 and injured[0].derived_from == () and injured[0].estimate.best == 4


def test_no_derived_total_over_a_stated_subset_of_injured(reconciled) -> None:
    _, _, _, groups = reconciled(
        (SHOT, {"value": 1}), (KILLED, {"value": 1}), (INJURED, {"value": 2, "group": "women"})
    )
    assert not any(g.derived_from for g in groups)


def test_no_derivation_when_fewer_shot_than_killed(reconciled) -> None:
    # The casualties count then counts something else (or an earlier moment): nothing derived.
    _, _, _, groups = reconciled((SHOT, {"value": 2}), (KILLED, {"value": 5}))
    assert not any(g.kind is INJURED for g in groups)


def test_as_many_shot_as_killed_derives_zero_injured(reconciled) -> None:
    _, _, _, groups = reconciled((SHOT, {"value": 3}), (KILLED, {"value": 3}))
    est = _by(groups, INJURED).estimate
    assert (est.low, est.best, est.high) == (0, 0, 0)


def test_no_derivation_from_magnitude_words(reconciled) -> None:
    _, _, _, groups = reconciled(
        (SHOT, {"low": 200, "qualifier": Qualifier.HUNDREDS}), (KILLED, {"value": 13})
    )
    assert not any(g.kind is INJURED for g in groups)


def test_everyone_shot_is_injured_when_nobody_is_reported_killed(reconciled) -> None:
    _, _, _, groups = reconciled(
        (SHOT, {"value": 4}),
    )
    injured = _by(groups, INJURED)
    assert (injured.estimate.low, injured.estimate.best, injured.estimate.high) == (4, 4, 4)
    assert injured.derived_from == (_by(groups, SHOT).group_id,)
    assert "no article of the story reports anyone killed" in injured.estimate.rule


def test_nobody_killed_derives_nothing_from_magnitude_words(reconciled) -> None:
    _, _, _, groups = reconciled((SHOT, {"low": 200, "qualifier": Qualifier.HUNDREDS}))
    assert not any(g.kind is INJURED for g in groups)


def test_a_headline_count_of_people_shot_sets_the_injured_rest(reconciled) -> None:
    # "Five shot" in a headline, two killed, and "one woman is in critical condition".
    _, _, _, groups = reconciled(
        (SHOT, {"value": 5, "in_headline": True}),
        (KILLED, {"value": 2}),
        (INJURED, {"value": 1}),
    )
    injured = _by(groups, INJURED)
    assert injured.derived_from == ()
    assert injured.estimate.best == 3
    assert "a headline counts 5 people shot, less 2 killed" in injured.estimate.rule


def test_derived_per_victim_group_with_its_parent(reconciled) -> None:
    _, _, _, groups = reconciled(
        (SHOT, {"value": 9}),
        (KILLED, {"value": 4}),
        (SHOT, {"value": 5, "group": "civilians"}),
        (KILLED, {"value": 1, "group": "civilians"}),
    )
    total, civilians = _by(groups, INJURED), _by(groups, INJURED, "civilians")
    assert (total.estimate.best, civilians.estimate.best) == (5, 4)
    assert civilians.parent_group_id == total.group_id
    assert civilians.derived_from == (
        _by(groups, SHOT, "civilians").group_id,
        _by(groups, KILLED, "civilians").group_id,
    )
    assert civilians.conflicts == ()


def test_derived_from_is_serialised(reconciled) -> None:
    _, articles, _, groups = reconciled((SHOT, {"value": 5}), (KILLED, {"value": 2}))
    refs = {a.article_id: a.ref for a in articles}
    rows = {g.group_id: json.loads(json.dumps(group_to_json(g, refs, {}))) for g in groups}
    injured = _by(groups, INJURED)
    assert rows[injured.group_id]["derived_from"] == list(injured.derived_from)
    assert rows[injured.group_id]["best"] == 3
    assert rows[_by(groups, KILLED).group_id]["derived_from"] == []
    assert range_chart({**rows[injured.group_id], "figures": [{"value": 5}]}, {}) is None


def test_brief_words_a_derived_group_as_derived(reconciled) -> None:
    story, articles, _, groups = reconciled((SHOT, {"value": 5}), (KILLED, {"value": 2}))
    brief = build_brief(story, articles, groups, ())
    derived = [s for s in brief.sentences if "derivation" in s.text]
    assert len(derived) == 1
    assert derived[0].text.startswith("By derivation, 3 people were injured: 5 shot less 2 killed")
    assert "no article states this count" in derived[0].text
    assert set(derived[0].citations) == {a.article_id for a in articles}


def test_the_scorer_reads_the_derived_group(reconciled) -> None:
    _, _, figures, groups = reconciled((SHOT, {"value": 5}), (KILLED, {"value": 2}))
    assert _predict(groups, figures)[:2] == (2, 3)


# --- A part gives way to a count the people shot state again (corroborated_parts) ---

POLICE = {"attribution": AttributionKind.NAMED, "source": "police"}


def test_one_wounded_gives_way_to_shot_less_killed(reconciled) -> None:
    # "A woman is in critical condition, police said" (1, named) against "Five people survived
    # the attack" (5, unattributed): six shot, one fatally, state the five again.
    _, _, figures, groups = reconciled(
        (INJURED, {"value": 1, **POLICE}),
        (INJURED, {"value": 5}),
        (SHOT, {"value": 6}),
        (KILLED, {"value": 1}),
    )
    injured = _by(groups, INJURED)
    five = next(f for f in figures if f.kind is INJURED and f.quantity.value == 5)
    assert (injured.estimate.low, injured.estimate.best, injured.estimate.high) == (1, 5, 5)
    assert injured.estimate.best_figure_id == five.figure_id
    assert injured.estimate.rule.startswith("best 5: the 5 injured stated in the group is also")
    assert "less the killed best" in injured.estimate.rule
    assert "(before: best 1:" in injured.estimate.rule


def test_one_wounded_stays_when_no_shot_count_states_the_larger_figure(reconciled) -> None:
    # Hard negative: seven shot less one killed is six, not the five stated once.
    _, _, _, groups = reconciled(
        (INJURED, {"value": 1, **POLICE}),
        (INJURED, {"value": 5}),
        (SHOT, {"value": 7}),
        (KILLED, {"value": 1}),
    )
    assert _by(groups, INJURED).estimate.best == 1


def test_a_larger_injured_best_never_gives_way(reconciled) -> None:
    # Hard negative: an injured count of several is a count of its own (the wounded may die).
    _, _, _, groups = reconciled(
        (INJURED, {"value": 2, **POLICE}),
        (INJURED, {"value": 5}),
        (SHOT, {"value": 6}),
        (KILLED, {"value": 1}),
    )
    assert _by(groups, INJURED).estimate.best == 2


def test_killed_gives_way_to_shot_less_injured(reconciled) -> None:
    # "two died at the scene" (2, named) against "quadruple homicide" (4): four shot and no
    # wounded reported state the four again (a toll only rises).
    _, _, _, groups = reconciled(
        (KILLED, {"value": 2, **POLICE}),
        (KILLED, {"value": 4}),
        (SHOT, {"value": 4}),
    )
    killed = _by(groups, KILLED)
    assert killed.estimate.best == 4
    assert "less the injured best of the scope" in killed.estimate.rule
    derived = _by(groups, INJURED)
    assert derived.derived_from and derived.estimate.best == 0


def test_killed_stays_when_the_rest_are_wounded(reconciled) -> None:
    # Hard negative: four shot less two wounded is two, the killed best already.
    _, _, _, groups = reconciled(
        (KILLED, {"value": 2, **POLICE}),
        (KILLED, {"value": 4}),
        (SHOT, {"value": 4}),
        (INJURED, {"value": 2}),
    )
    assert _by(groups, KILLED).estimate.best == 2


def test_a_hedged_count_gives_no_way(reconciled) -> None:
    # Hard negative: "at least 5" is no exact count.
    _, _, _, groups = reconciled(
        (INJURED, {"value": 1, **POLICE}),
        (INJURED, {"value": 5, "low": 5, "qualifier": Qualifier.AT_LEAST}),
        (SHOT, {"value": 6}),
        (KILLED, {"value": 1}),
    )
    assert _by(groups, INJURED).estimate.best == 1
