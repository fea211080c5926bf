from __future__ import annotations

import pytest

from newsprism.report.render.charts import CHART_WIDTH, nice_ticks, range_chart, timeline_chart


def figure(fid: str, value: int | None, low: int | None, high: int | None, qualifier: str) -> dict:
    return {
        "figure_id": fid,
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "quote": f"quote {fid}",
        "attribution": "named",
    }


def point(fid: str, origin: str, date: str | None, value: int, qualifier: str = "exact") -> dict:
    return {
        "figure": fid,
        "origin": origin,
        "date": date,
        "value": value,
        "low": None,
        "high": None,
        "qualifier": qualifier,
        "article": "x",
    }


@pytest.mark.parametrize(("top", "axis_max"), [(1.0, 1), (13, 15), (1383 * 1.15, 2000), (0, 1)])
def test_nice_ticks_give_a_round_axis_above_the_top(top: float, axis_max: int) -> None:
    found, ticks = nice_ticks(top)
    assert found == axis_max and ticks[0] == 0 and ticks[-1] == axis_max


def test_range_chart_draws_open_ended_figures_as_arrows_and_exact_ones_as_points() -> None:
    group = {
        "figures": [
            figure("f1", 1000, 1001, None, "more than"),
            figure("f2", 1383, None, None, "exact"),
        ],
        "best": 1383,
        "high": 1383,
    }
    chart = range_chart(group, {"f1": "SOHR [1]", "f2": "SNHR [2]"})
    assert chart is not None
    open_bar, exact = sorted(chart.bars, key=lambda b: b.figure)
    assert open_bar.open_right and open_bar.x1 == CHART_WIDTH
    assert exact.exact and exact.label == "SNHR [2]"
    assert chart.best_x == exact.x0


def test_range_chart_needs_two_figures() -> None:
    group = {"figures": [figure("f1", 5, None, None, "exact")], "best": 5, "high": 5}
    assert range_chart(group, {}) is None


def test_timeline_needs_two_dates_and_draws_one_line_per_origin() -> None:
    undated = {"timeline": [point("f1", "a", None, 5), point("f2", "b", None, 9)]}
    assert timeline_chart(undated, {}, {}) is None
    dated = {
        "timeline": [
            point("f1", "sohr", "2025-03-07", 340),
            point("f2", "sohr", "2025-03-14", 1500, "more than"),
            point("f3", "hrw", "2025-03-09", 800),
        ]
    }
    chart = timeline_chart(dated, {"sohr": "SOHR", "hrw": "HRW"}, {"f2": "over 1,500"})
    assert chart is not None
    names = [s.name for s in chart.series]
    assert names == ["HRW", "SOHR"]
    sohr = chart.series[1]
    assert [p.x for p in sohr.points] == [0.0, CHART_WIDTH]
    assert sohr.points[1].open_up and sohr.points[1].title.startswith("over 1,500")
    assert sohr.points[1].y < sohr.points[0].y  # higher counts are drawn higher
