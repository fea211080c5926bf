from __future__ import annotations

import datetime as dt

from newsprism.model.figures import AttributionKind, FigureKind
from newsprism.model.reconcile import ConflictReason
from newsprism.reconcile.conflicts import find_conflicts
from newsprism.reconcile.origins import assign_origins, build_origins
from newsprism.reconcile.timeline import build_timeline, figure_date, find_drops

NAMED = AttributionKind.NAMED


def test_rising_toll_is_an_evolution_not_a_contradiction(make_figure) -> None:
    early = make_figure("a1", value=340, attribution=NAMED, source="SOHR")
    late = make_figure("a2", value=1500, attribution=NAMED, source="SOHR")
    dates = {early.figure_id: dt.date(2025, 3, 7), late.figure_id: dt.date(2025, 3, 14)}
    keys = assign_origins([early, late], {})
    timeline = build_timeline([early, late], keys, dates)
    assert [p.value for p in timeline] == [340, 1500]
    assert find_drops(FigureKind.KILLED, timeline) == ()
    assert find_conflicts([early, late], build_origins([early, late], keys), dates) == ()


def test_cumulative_toll_that_drops_is_flagged(make_figure) -> None:
    early = make_figure("a1", value=1500, attribution=NAMED, source="SOHR")
    late = make_figure("a2", value=340, attribution=NAMED, source="SOHR")
    dates = {early.figure_id: dt.date(2025, 3, 7), late.figure_id: dt.date(2025, 3, 14)}
    timeline = build_timeline([early, late], assign_origins([early, late], {}), dates)
    (drop,) = find_drops(FigureKind.KILLED, timeline)
    assert drop.reason is ConflictReason.CONTRADICTION
    assert "dropped from 1,500" in drop.note


def test_displacement_may_drop(make_figure) -> None:
    early = make_figure("a1", value=1500, kind=FigureKind.DISPLACED)
    late = make_figure("a1", value=340, kind=FigureKind.DISPLACED, tag="later")
    dates = {early.figure_id: dt.date(2025, 3, 7), late.figure_id: dt.date(2025, 3, 14)}
    timeline = build_timeline([early, late], assign_origins([early, late], {}), dates)
    assert find_drops(FigureKind.DISPLACED, timeline) == ()


def test_figure_date_reads_an_iso_date_in_the_period(make_figure) -> None:
    figure = make_figure("a1", value=5, period="as of 2025-03-09")
    assert figure_date(figure, {}) == dt.date(2025, 3, 9)
    assert figure_date(
        make_figure("a1", value=5), {figure.article_id: dt.date(2025, 3, 1)}
    ) == dt.date(2025, 3, 1)
