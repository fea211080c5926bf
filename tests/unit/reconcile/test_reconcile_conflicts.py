from __future__ import annotations

import datetime as dt

import pytest

from newsprism.model.figures import AttributionKind
from newsprism.model.reconcile import Agreement, ConflictReason
from newsprism.reconcile.conflicts import agreement, find_conflicts
from newsprism.reconcile.origins import assign_origins, build_origins

NAMED = AttributionKind.NAMED


def run(figures, dates=None):
    keys = assign_origins(figures, {})
    origins = build_origins(figures, keys)
    return find_conflicts(figures, origins, dates or {}), agreement(figures, origins, dates or {})


def test_different_dates_explain_a_difference(make_figure) -> None:
    a = make_figure("a1", value=300, attribution=NAMED, source="SOHR")
    b = make_figure("a2", value=900, attribution=NAMED, source="SNHR")
    (conflict,), relation = run(
        [a, b], {a.figure_id: dt.date(2025, 3, 7), b.figure_id: dt.date(2025, 3, 9)}
    )
    assert conflict.reason is ConflictReason.DIFFERENT_TIME
    assert not conflict.consistent
    assert relation is Agreement.CONFLICT


def test_different_places_explain_a_difference(make_figure) -> None:
    a = make_figure("a1", value=30, place="Baniyas")
    b = make_figure("a2", value=90, place="Latakia")
    (conflict,), _ = run([a, b])
    assert conflict.reason is ConflictReason.DIFFERENT_SCOPE


def test_different_origins_explain_a_difference(make_figure) -> None:
    a = make_figure("a1", value=300, attribution=NAMED, source="SOHR")
    b = make_figure("a2", value=900, attribution=NAMED, source="SNHR")
    (conflict,), _ = run([a, b])
    assert conflict.reason is ConflictReason.DIFFERENT_ORIGIN
    assert (
        "300 (SOHR) vs 900 (SNHR)" in conflict.note or "900 (SNHR) vs 300 (SOHR)" in conflict.note
    )


def test_same_origin_incompatible_numbers_are_a_contradiction(make_figure) -> None:
    a = make_figure("a1", value=300, attribution=NAMED, source="SOHR")
    b = make_figure("a2", value=900, attribution=NAMED, source="SOHR")
    conflicts, relation = run([a, b])
    assert [c.reason for c in conflicts] == [ConflictReason.CONTRADICTION]
    assert relation is Agreement.SINGLE


@pytest.mark.parametrize(
    ("values", "relation"),
    [((13, 13), Agreement.AGREE), ((13,), Agreement.SINGLE), ((13, 40), Agreement.CONFLICT)],
)
def test_agreement_of_independent_origins(make_figure, values, relation) -> None:
    figures = [make_figure(f"a{i}", value=v) for i, v in enumerate(values)]
    assert run(figures)[1] is relation
