"""A group's figures over time, per origin; a cumulative toll that drops is flagged.

A toll that rises from 340 to 1,500 over a week is an evolution, not a contradiction: the
timeline shows it. For kinds that only accumulate (killed, injured, casualties), a later figure
of the same origin that cannot reach an earlier one's lower bound is a contradiction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from newsprism.model.figures import Figure, FigureKind
from newsprism.model.ids import ArticleId, FigureId
from newsprism.model.reconcile import Conflict, ConflictReason, TimelinePoint
from newsprism.reconcile.compare import bounds, stated
from newsprism.reconcile.period_dates import period_date

#: Kinds whose count never goes down as reporting goes on (people do not come back to life;
#: displaced and missing people do return, so those kinds may drop).
CUMULATIVE = frozenset({FigureKind.KILLED, FigureKind.INJURED, FigureKind.CASUALTIES})


def figure_date(figure: Figure, published: Mapping[ArticleId, dt.date | None]) -> dt.date | None:
    """When the figure was true: the date its stated time names ("as of Saturday", "am
    Samstag": ``Figure.as_of``) or its period ("as of March 9"), resolved against the
    article's publication date; else that date."""
    article_date = published.get(figure.article_id)
    return (
        period_date(figure.as_of, article_date)
        or period_date(figure.period, article_date)
        or article_date
    )


def build_timeline(
    figures: Sequence[Figure],
    origin_of: Mapping[FigureId, str],
    dates: Mapping[FigureId, dt.date | None],
) -> tuple[TimelinePoint, ...]:
    """Every figure as a point, sorted by origin, then date (undated last), then figure id."""
    points = [
        TimelinePoint(
            origin=origin_of[f.figure_id],
            date=dates.get(f.figure_id),
            figure_id=f.figure_id,
            article_id=f.article_id,
            low=bounds(f.quantity).low,
            value=stated(f.quantity),
            high=bounds(f.quantity).high,
            qualifier=f.quantity.qualifier,
        )
        for f in figures
    ]
    return tuple(
        sorted(
            points,
            key=lambda p: (p.origin, p.date is None, p.date or dt.date.min, p.figure_id),
        )
    )


def find_drops(kind: FigureKind, timeline: Sequence[TimelinePoint]) -> tuple[Conflict, ...]:
    """Cumulative tolls that drop between two dated figures of the same origin."""
    if kind not in CUMULATIVE:
        return ()
    drops = []
    by_origin: dict[str, list[TimelinePoint]] = {}
    for p in timeline:
        if p.date is not None:
            by_origin.setdefault(p.origin, []).append(p)
    for origin, points in sorted(by_origin.items()):
        for i, earlier in enumerate(points):
            for later in points[i + 1 :]:
                if later.date == earlier.date or earlier.low is None or later.high is None:
                    continue
                if later.high < earlier.low:
                    drops.append(
                        Conflict(
                            figure_ids=(earlier.figure_id, later.figure_id),
                            origins=(origin,),
                            reason=ConflictReason.CONTRADICTION,
                            consistent=False,
                            note=(
                                f"cumulative toll dropped from {earlier.low:,} ({earlier.date}) "
                                f"to {later.high:,} ({later.date}) from the same origin"
                            ),
                        )
                    )
    return tuple(drops)
