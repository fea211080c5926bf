"""Evolving tolls: the latest figure of a toll reported over several days.

A disaster's death toll is reported for days or weeks: 73, then 135, 158, 191. Each article
states the count as known when it was written, so the estimate of a toll that only rises
(killed, injured, casualties) must follow time, across sources and languages, rather than
count how many articles repeat a number (early tolls are the most repeated) or prefer the
single best-attributed source (its latest statement may be days older than another official
count). The rule (``evolving_best``), for a group whose figures carry at least
``MIN_DATES`` distinct dates and that shows a toll rising (a count of at least ``MIN_TOLL``
reported, then a larger one later):

- **candidates**: precise figures (not magnitude words, not projections, not increments such
  as "three more", not a breakdown of another figure, not about another event), of origins
  that are named or the outlet's own (vague and anonymous origins never set the best);
- **when a number was true**: a number is dated by the first article that reports it (a later
  article repeating 10,022 relays the figure of the day it was announced; it is not a newer
  count); a number that only undated articles state is placed by evidence: when its origin
  also states dated figures and it is larger than the latest of them, the toll rose to it
  after that date ("rose to"); so is an undated number at most ``UPDATE_MARGIN`` above the
  latest dated count of the group (114 on 22 August, "115 confirmed" undated: the next
  update; a number far above may be a projection or count more); otherwise it has no known
  time and does not compete;
- **a part is no toll**: a candidate less than ``PART_SHARE`` of a count (not a range)
  reported earlier by a named origin counts a part (a day's deaths, one town), never the toll;
- **best** = the figure with the latest time; among figures of the same time a named origin
  before the outlet's own voice, then the number stated by more articles, then the largest
  (the toll only rises).

Stories reported within one day (a single shooting) keep the rules of
``newsprism.reconcile.estimate``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsprism.model.figures import AttributionKind, Figure, FigureKind, Qualifier
from newsprism.model.ids import FigureId
from newsprism.model.reconcile import Estimate, Origin
from newsprism.reconcile.compare import is_magnitude, point
from newsprism.reconcile.origins import effective_kind

#: Kinds whose count only rises as reporting goes on.
RISING = frozenset({FigureKind.KILLED, FigureKind.INJURED, FigureKind.CASUALTIES})
#: Distinct publication (or stated) dates a group needs before time decides its best.
MIN_DATES = 2
#: The smallest count whose rise marks an evolving toll: below it, reports name their few
#: victims one by one (a shooting's "one dead", then a second victim named) and the rules of
#: ``newsprism.reconcile.estimate`` weigh them.
MIN_TOLL = 10
#: How far above the latest dated count an undated number may be and still read as its update.
UPDATE_MARGIN = 0.1
#: A later count below this share of a toll already reported counts a part of it.
PART_SHARE = 0.5
#: Wordings of a count (not an estimate's range) that a later part is measured against.
_COUNTS = frozenset({Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.ABOUT})
#: Origins whose figures may set the best of an evolving toll, and their rank at equal time.
_RANK = {AttributionKind.NAMED: 1, AttributionKind.NONE: 0}


@dataclass(frozen=True, slots=True)
class EvolvingChoice:
    """The figure chosen as the latest count, and why, in words."""

    figure: Figure
    note: str


def _candidate(figure: Figure) -> bool:
    quantity = figure.quantity
    return (
        not is_magnitude(quantity)
        and quantity.qualifier is not Qualifier.PROJECTION
        and point(quantity) is not None
        and not figure.increment
        and figure.part_of is None
        and figure.other_event is None
        and effective_kind(figure) in _RANK
    )


def _first_reported(
    figures: Sequence[Figure], dates: Mapping[FigureId, dt.date | None]
) -> dict[int, dt.date]:
    """The first date each number is reported on (by any figure of the group)."""
    first: dict[int, dt.date] = {}
    for figure in figures:
        value, date = point(figure.quantity), dates.get(figure.figure_id)
        if value is None or date is None or is_magnitude(figure.quantity):
            continue
        if value not in first or date < first[value]:
            first[value] = date
    return first


def _rises(timed: Sequence[tuple[tuple[dt.date, int], Figure]]) -> bool:
    """Whether the timed candidates show a toll that rose: a count of at least ``MIN_TOLL``
    reported, then a larger one later."""
    values = [(when, point(f.quantity) or 0) for when, f in timed]
    return any(
        MIN_TOLL <= early < later and t_early < t_later
        for t_early, early in values
        for t_later, later in values
    )


def _part(
    figure: Figure,
    when: dt.date,
    candidates: Sequence[Figure],
    dates: Mapping[FigureId, dt.date | None],
) -> bool:
    """Whether ``figure`` (of time ``when``) is below ``PART_SHARE`` of a count a named origin
    reported earlier: a part of the toll, not the toll."""
    value = point(figure.quantity) or 0
    return any(
        (date := dates.get(other.figure_id)) is not None
        and date < when
        and effective_kind(other) is AttributionKind.NAMED
        and other.quantity.qualifier in _COUNTS
        and value < PART_SHARE * (point(other.quantity) or 0)
        for other in candidates
    )


def evolving_best(
    kind: FigureKind,
    figures: Sequence[Figure],
    origins: Sequence[Origin],
    origin_of: Mapping[FigureId, str],
    dates: Mapping[FigureId, dt.date | None],
) -> EvolvingChoice | None:
    """The latest count of a rising toll reported over several days (see the module's rule);
    ``None`` when the rule does not apply (another kind, one date, no dated candidate)."""
    if kind not in RISING:
        return None
    if len({d for f in figures if (d := dates.get(f.figure_id)) is not None}) < MIN_DATES:
        return None
    first = _first_reported(figures, dates)
    candidates = [f for f in figures if _candidate(f)]
    latest_dated: dict[str, tuple[dt.date, int]] = {}
    for figure in candidates:
        date, value = dates.get(figure.figure_id), point(figure.quantity) or 0
        if date is None:
            continue
        key = origin_of[figure.figure_id]
        seen = latest_dated.get(key)
        if seen is None or (date, value) > seen:
            latest_dated[key] = (date, value)
    newest = max(
        ((first[v], v) for f in candidates if (v := point(f.quantity) or 0) in first),
        default=None,
    )
    timed: list[tuple[tuple[dt.date, int], Figure]] = []
    for figure in candidates:
        value = point(figure.quantity) or 0
        if value in first:
            timed.append(((first[value], 0), figure))
            continue
        seen = latest_dated.get(origin_of[figure.figure_id])
        if seen is not None and value > seen[1]:
            # Undated, larger than its origin's latest dated count: the toll rose to it since.
            timed.append(((seen[0], 1), figure))
        elif newest is not None and newest[1] < value <= newest[1] * (1 + UPDATE_MARGIN):
            timed.append(((newest[0], 1), figure))
    timed = [(when, f) for when, f in timed if not _part(f, when[0], candidates, dates)]
    if not _rises(timed):
        return None
    articles: dict[int, set[str]] = {}
    for figure in figures:
        if (number := point(figure.quantity)) is not None:
            articles.setdefault(number, set()).add(figure.article_id)
    when, chosen = max(
        timed,
        key=lambda item: (
            item[0],
            _RANK[effective_kind(item[1])],
            len(articles.get(point(item[1].quantity) or 0, ())),
            point(item[1].quantity) or 0,
            item[1].figure_id,
        ),
    )
    label = next((o.label for o in origins if o.key == origin_of[chosen.figure_id]), "")
    if when[1]:
        timing = (
            f"undated, but larger than the latest dated count of the same origin "
            f"({when[0].isoformat()}): the toll rose to it since"
        )
    else:
        timing = f"first reported {when[0].isoformat()}"
    note = (
        f"latest count of a toll reported over several days: {chosen_value(chosen):,} from "
        f"{label or 'unattributed'}, {timing}; earlier tolls stay in the timeline"
    )
    return EvolvingChoice(figure=chosen, note=note)


def evolving_estimate(
    figures: Sequence[Figure],
    origins: Sequence[Origin],
    origin_of: Mapping[FigureId, str],
    dates: Mapping[FigureId, dt.date | None],
) -> Estimate | None:
    """The estimate of an evolving toll (``None`` when ``evolving_best`` does not apply):
    best as chosen there; low = the smallest latest count of a named origin that has a time
    (never above best); high = the largest figure of a named origin, projections and the top
    of a stated range included (never below best)."""
    if not figures:
        return None
    choice = evolving_best(figures[0].kind, figures, origins, origin_of, dates)
    if choice is None:
        return None
    best = chosen_value(choice.figure)
    named = [f for f in figures if effective_kind(f) is AttributionKind.NAMED]
    latest_of: dict[str, tuple[dt.date, int]] = {}
    for figure in named:
        date, value = dates.get(figure.figure_id), point(figure.quantity)
        if date is None or value is None or not _candidate(figure):
            continue
        key = origin_of[figure.figure_id]
        if key not in latest_of or (date, value) > latest_of[key]:
            latest_of[key] = (date, value)
    low = min([v for _, v in latest_of.values()] + [best])
    highs = [
        h
        for f in named
        if not is_magnitude(f.quantity)
        and not f.increment
        and f.part_of is None
        and f.other_event is None
        and (h := f.quantity.high if f.quantity.high is not None else point(f.quantity)) is not None
    ]
    high = max([*highs, best])
    rule = (
        f"best {best:,}: {choice.note}; low {low:,}: smallest latest dated count of a named "
        f"origin; high {high:,}: largest figure of a named origin, projections included; "
        "nothing averaged"
    )
    return Estimate(
        low=low, best=best, high=high, rule=rule, best_figure_id=choice.figure.figure_id
    )


def chosen_value(figure: Figure) -> int:
    """The number a chosen figure gives the best (0 when it states none)."""
    return point(figure.quantity) or 0


__all__ = ["MIN_DATES", "RISING", "EvolvingChoice", "evolving_best", "evolving_estimate"]
