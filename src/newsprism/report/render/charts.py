"""Chart geometry for the HTML report: plain numbers, drawn as inline SVG by the template.

Kept apart from the template so the geometry is testable and the template holds no arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CHART_WIDTH = 560  # px of the plotting area; the labels sit left of it
ROW_HEIGHT = 22


@dataclass(frozen=True, slots=True)
class RangeBar:
    """One figure drawn as a bar from ``x0`` to ``x1`` (``open_right`` when it has no upper
    bound: "over 1,000" is drawn as an arrow)."""

    label: str
    title: str
    x0: float
    x1: float
    y: float
    open_right: bool
    attribution: str


@dataclass(frozen=True, slots=True)
class RangeChart:
    """Figures of one group on a common axis, with the reconciled best as a vertical line."""

    bars: tuple[RangeBar, ...]
    best_x: float | None
    axis_max: int
    height: int


def _bounds(figure: dict[str, Any]) -> tuple[int, int | None] | None:
    low = figure["low"] if figure["low"] is not None else figure["value"]
    high = figure["high"] if figure["high"] is not None else figure["value"]
    if low is None:
        return None
    if figure["qualifier"] in {
        "more than",
        "at least",
        "dozens",
        "hundreds",
        "thousands",
        "tens of thousands",
        "hundreds of thousands",
        "millions",
    }:
        high = None
    return int(low), (int(high) if high is not None else None)


def range_chart(group: dict[str, Any]) -> RangeChart | None:
    """Geometry of the "ranges by source" chart of a figure group (``None`` if nothing to draw,
    or for a derived group: its figures count other kinds)."""
    if group.get("derived_from"):
        return None
    rows = [(f, b) for f in group["figures"] if (b := _bounds(f)) is not None]
    if not rows:
        return None
    top = max([b[1] or b[0] for _, b in rows] + [group["best"] or 0, group["high"] or 0])
    axis_max = max(1, int(top * 1.25))
    scale = CHART_WIDTH / axis_max
    bars = []
    for index, (figure, (low, high)) in enumerate(rows):
        x1 = (high if high is not None else axis_max) * scale
        source = figure.get("source") or figure["attribution"]
        bars.append(
            RangeBar(
                label=f"{figure['article']} · {source}",
                title=figure["quote"],
                x0=low * scale,
                x1=max(x1, low * scale + 2),
                y=index * ROW_HEIGHT,
                open_right=high is None,
                attribution=figure["attribution"],
            )
        )
    best = group.get("best")
    return RangeChart(
        bars=tuple(bars),
        best_x=best * scale if best is not None else None,
        axis_max=axis_max,
        height=len(bars) * ROW_HEIGHT,
    )
