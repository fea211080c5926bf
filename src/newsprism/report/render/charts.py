"""Chart geometry for the HTML report and the web app: plain numbers, drawn as inline SVG by
the templates (no script, no external asset), so the charts work offline.

Two charts per figure group: the *ranges by origin* (one bar per figure, from its lower to its
upper bound, an arrow when it has none, the best estimate as a vertical line) and the *toll
over time* (one line per origin through its dated figures). Kept apart from the templates so
the geometry is testable and the templates hold no arithmetic.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

CHART_WIDTH = 520  # px of the plotting area
LABEL_WIDTH = 300  # px left of it for the row labels of the ranges chart
ROW_HEIGHT = 22
PLOT_HEIGHT = 180  # px of the timeline's plotting area
#: Qualifiers whose figure has no upper bound ("over 1,000", "hundreds").
OPEN_ENDED = frozenset(
    {
        "more than",
        "at least",
        "dozens",
        "hundreds",
        "thousands",
        "tens of thousands",
        "hundreds of thousands",
        "millions",
    }
)
#: Line colours of the timeline's origins (colour-blind safe, Okabe-Ito).
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis tick: its position and its label."""

    pos: float
    label: str


@dataclass(frozen=True, slots=True)
class RangeBar:
    """One figure drawn as a bar from ``x0`` to ``x1`` (``open_right``: no upper bound, drawn
    as an arrow). ``figure`` is the figure's id, for the link to its quote."""

    label: str
    title: str
    x0: float
    x1: float
    y: float
    open_right: bool
    attribution: str
    figure: str
    exact: bool = False


@dataclass(frozen=True, slots=True)
class RangeChart:
    """Figures of one group on a common axis, with the reconciled best as a vertical line."""

    bars: tuple[RangeBar, ...]
    best_x: float | None
    best_label: str
    ticks: tuple[Tick, ...]
    height: int


def nice_ticks(top: float, count: int = 4) -> tuple[int, list[int]]:
    """An axis maximum at or above ``top`` and round tick values from 0 to it."""
    if top <= 0:
        return 1, [0, 1]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    axis_max = int(math.ceil(top / step) * step)
    return axis_max, list(range(0, axis_max + 1, step))


def bounds(figure: dict[str, Any]) -> tuple[int, int | None] | None:
    """Lower and upper bound of a figure as worded (upper ``None``: open-ended)."""
    low = figure["low"] if figure["low"] is not None else figure["value"]
    high = figure["high"] if figure["high"] is not None else figure["value"]
    if low is None:
        return None
    if figure["qualifier"] in OPEN_ENDED:
        high = None
    return int(low), (int(high) if high is not None else None)


def range_chart(
    group: dict[str, Any], labels: dict[str, str], kinds: dict[str, str] | None = None
) -> RangeChart | None:
    """The "ranges by origin" chart of a figure group; ``labels`` names each figure's row and
    ``kinds`` gives its origin's attribution kind (both by figure id). ``None`` when there is
    nothing to compare (fewer than two figures), or for a derived group (its figures count
    other kinds)."""
    if group.get("derived_from"):
        return None
    rows = [(f, b) for f in group["figures"] if (b := bounds(f)) is not None]
    if len(rows) < 2:
        return None
    rows.sort(key=lambda row: (labels.get(row[0]["figure_id"], ""), row[1][0]))
    top = max([b[1] or b[0] for _, b in rows] + [group["best"] or 0, group["high"] or 0])
    axis_max, ticks = nice_ticks(top * 1.15)
    scale = CHART_WIDTH / axis_max
    bars = []
    for index, (figure, (low, high)) in enumerate(rows):
        x1 = (high if high is not None else axis_max) * scale
        bars.append(
            RangeBar(
                label=labels.get(figure["figure_id"], ""),
                title=figure["quote"],
                x0=round(low * scale, 1),
                x1=round(max(x1, low * scale + 3), 1),
                y=index * ROW_HEIGHT,
                open_right=high is None,
                attribution=(kinds or {}).get(figure["figure_id"], figure["attribution"]),
                figure=figure["figure_id"],
                exact=high == low,
            )
        )
    best = group.get("best")
    return RangeChart(
        bars=tuple(bars),
        best_x=round(best * scale, 1) if best is not None else None,
        best_label=f"best {best:,}" if best is not None else "",
        ticks=tuple(Tick(round(t * scale, 1), f"{t:,}") for t in ticks),
        height=len(bars) * ROW_HEIGHT,
    )


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """A dated figure on the timeline; ``open_up``: a lower bound ("over 1,000")."""

    x: float
    y: float
    title: str
    open_up: bool
    figure: str


@dataclass(frozen=True, slots=True)
class TimelineSeries:
    """One origin's figures over time."""

    name: str
    color: str
    color_index: int
    points: tuple[TimelinePoint, ...]
    path: str


@dataclass(frozen=True, slots=True)
class TimelineChart:
    """The toll over time of one group: one series per origin, dates on x, counts on y."""

    series: tuple[TimelineSeries, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    height: int


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _short_date(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%b')} {day.year}"


def timeline_chart(
    group: dict[str, Any], names: dict[str, str], amounts: dict[str, str]
) -> TimelineChart | None:
    """The toll over time of a group, per origin (``names``: origin key -> readable name;
    ``amounts``: figure id -> the figure as worded). ``None`` unless figures were reported on
    at least two different dates."""
    dated = [
        p
        for p in group["timeline"]
        if p["date"] is not None and (p["value"] is not None or p["low"] is not None)
    ]
    days = sorted({_day(p["date"]) for p in dated})
    if len(days) < 2:
        return None
    first, last = days[0], days[-1]
    span = max(1, (last - first).days)
    counts = [p["value"] if p["value"] is not None else p["low"] for p in dated]
    axis_max, ticks = nice_ticks(max(counts) * 1.1)

    def x_of(day: dt.date) -> float:
        return round((day - first).days / span * CHART_WIDTH, 1)

    def y_of(count: int) -> float:
        return round(PLOT_HEIGHT - count / axis_max * PLOT_HEIGHT, 1)

    by_origin: dict[str, list[dict[str, Any]]] = {}
    for point in dated:
        by_origin.setdefault(point["origin"], []).append(point)
    series = []
    for index, (origin, points) in enumerate(sorted(by_origin.items())):
        drawn = []
        for point in sorted(points, key=lambda p: (p["date"], p["figure"])):
            count = point["value"] if point["value"] is not None else point["low"]
            drawn.append(
                TimelinePoint(
                    x=x_of(_day(point["date"])),
                    y=y_of(count),
                    title=f"{amounts.get(point['figure'], f'{count:,}')}, "
                    f"{_short_date(_day(point['date']))}",
                    open_up=point["qualifier"] in OPEN_ENDED,
                    figure=point["figure"],
                )
            )
        path = " ".join(f"{'M' if i == 0 else 'L'}{p.x},{p.y}" for i, p in enumerate(drawn))
        series.append(
            TimelineSeries(
                name=names.get(origin, origin),
                color=PALETTE[index % len(PALETTE)],
                color_index=index % len(PALETTE),
                points=tuple(drawn),
                path=path,
            )
        )
    middle = first + dt.timedelta(days=span // 2)
    x_days = sorted({first, last} | ({middle} if span >= 4 else set()))
    return TimelineChart(
        series=tuple(series),
        x_ticks=tuple(Tick(x_of(d), _short_date(d)) for d in x_days),
        y_ticks=tuple(Tick(y_of(t), f"{t:,}") for t in ticks),
        height=PLOT_HEIGHT,
    )
