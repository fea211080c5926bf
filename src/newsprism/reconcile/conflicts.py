"""Disagreements within a group, each labelled with its most likely explanation.

Independent origins are compared through their latest figure (the one the estimate would take
from them). Two figures that differ are explained, in this order, by:

1. ``different_time``: both are dated, on different days (a rising toll);
2. ``different_scope``: both name a place, and not the same one;
3. ``different_origin``: they come from different origins (monitors count differently);
4. ``contradiction``: the same origin states incompatible numbers with nothing to explain it.

``consistent`` tells whether the two can both be true ("600+" and "over 1,000" can).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping, Sequence

from newsprism.model.figures import Figure
from newsprism.model.ids import FigureId
from newsprism.model.reconcile import Agreement, Conflict, ConflictReason, Origin
from newsprism.reconcile.compare import compare, is_magnitude, stated
from newsprism.reconcile.origins import TIER

#: Origins compared pairwise at most (the best attributed and most carried ones): 12 origins
#: give at most 66 labelled pairs, which a reader can still take in (a guess, not measured).
MAX_COMPARED_ORIGINS = 12
#: Contradictions listed per origin at most (the first ones by figure id).
MAX_CONTRADICTIONS_PER_ORIGIN = 5

_QUALIFIER_WORDS = {
    "more than": "over {n}",
    "at least": "at least {n}",
    "up to": "up to {n}",
    "about": "about {n}",
    "nearly": "nearly {n}",
}


def phrase(figure: Figure) -> str:
    """The figure's number as worded, in English ("over 1,000", "hundreds", "13")."""
    q = figure.quantity
    if is_magnitude(q):
        return q.qualifier.value if q.qualifier.value != "exact" else "an unstated number"
    number = stated(q)
    text = f"{number:,}" if number is not None else "?"
    return _QUALIFIER_WORDS.get(q.qualifier.value, "{n}").format(n=text)


def _distinct(figures: Sequence[Figure], dates: Mapping[FigureId, dt.date | None]) -> list[Figure]:
    """One figure (the first by id) per distinct quantity and date: repeats add no conflict."""
    seen: dict[tuple[object, ...], Figure] = {}
    for figure in sorted(figures, key=lambda f: f.figure_id):
        seen.setdefault((figure.quantity, dates.get(figure.figure_id)), figure)
    return list(seen.values())


def representatives(
    figures: Sequence[Figure],
    origins: Sequence[Origin],
    dates: Mapping[FigureId, dt.date | None],
) -> list[tuple[Origin, Figure]]:
    """The latest figure of each independent origin (precise figures before magnitude words)."""
    by_id = {f.figure_id: f for f in figures}
    reps = []
    ranked = sorted(
        (o for o in origins if o.independent),
        key=lambda o: (-TIER[o.kind], -len(o.article_ids), o.key),
    )
    for origin in ranked[:MAX_COMPARED_ORIGINS]:
        members = [by_id[i] for i in origin.figure_ids if i in by_id]
        reps.append(
            (
                origin,
                max(
                    members,
                    key=lambda f: (
                        not is_magnitude(f.quantity),
                        dates.get(f.figure_id) or dt.date.min,
                        stated(f.quantity) or 0,
                        f.figure_id,
                    ),
                ),
            )
        )
    return sorted(reps, key=lambda item: item[0].key)


def _reason(
    a: Figure, b: Figure, same_origin: bool, dates: Mapping[FigureId, dt.date | None]
) -> tuple[ConflictReason, str]:
    date_a, date_b = dates.get(a.figure_id), dates.get(b.figure_id)
    if date_a is not None and date_b is not None and date_a != date_b:
        return (
            ConflictReason.DIFFERENT_TIME,
            f"reported on {min(date_a, date_b)} and {max(date_a, date_b)}",
        )
    # Dated alike, the day is part of the explanation; undated, the reader is told so.
    if date_a is not None and date_a == date_b:
        when = f", both reported on {date_a}"
    elif date_a is None and date_b is None:
        when = ", neither dated"
    else:
        when = f", one dated {date_a or date_b}, the other undated"
    if a.place and b.place and a.place.strip().lower() != b.place.strip().lower():
        return ConflictReason.DIFFERENT_SCOPE, f"about {a.place} and {b.place}{when}"
    if not same_origin:
        return ConflictReason.DIFFERENT_ORIGIN, f"from different origins{when}"
    return (
        ConflictReason.CONTRADICTION,
        f"from the same origin, with nothing to explain it{when}",
    )


def _conflict(
    a: Figure,
    b: Figure,
    *,
    labels: tuple[str, str],
    origin_keys: tuple[str, ...],
    dates: Mapping[FigureId, dt.date | None],
) -> Conflict:
    label_a, label_b = labels
    if (a.figure_id, label_a) > (b.figure_id, label_b):
        a, b, label_a, label_b = b, a, label_b, label_a
    relation = compare(a.quantity, b.quantity)
    reason, why = _reason(a, b, len(set(origin_keys)) == 1, dates)
    both = "both can be true" if relation is Agreement.OVERLAP else "they cannot both be true"
    return Conflict(
        figure_ids=(a.figure_id, b.figure_id),
        origins=tuple(sorted(set(origin_keys))),
        reason=reason,
        consistent=relation is Agreement.OVERLAP,
        note=f"{phrase(a)} ({label_a}) vs {phrase(b)} ({label_b}): {why}; {both}",
    )


def find_conflicts(
    figures: Sequence[Figure],
    origins: Sequence[Origin],
    dates: Mapping[FigureId, dt.date | None],
) -> tuple[Conflict, ...]:
    """Labelled disagreements between independent origins, and within one origin."""
    conflicts = []
    reps = representatives(figures, origins, dates)
    for (origin_a, a), (origin_b, b) in itertools.combinations(reps, 2):
        if compare(a.quantity, b.quantity) is Agreement.AGREE:
            continue
        conflicts.append(
            _conflict(
                a,
                b,
                labels=(origin_a.label, origin_b.label),
                origin_keys=(origin_a.key, origin_b.key),
                dates=dates,
            )
        )
    by_id = {f.figure_id: f for f in figures}
    for origin in origins:
        members = [by_id[i] for i in origin.figure_ids if i in by_id]
        contradictions = 0
        for a, b in itertools.combinations(_distinct(members, dates), 2):
            if compare(a.quantity, b.quantity) is not Agreement.CONFLICT:
                continue
            date_a, date_b = dates.get(a.figure_id), dates.get(b.figure_id)
            if date_a is not None and date_b is not None and date_a != date_b:
                continue  # a dated evolution: the timeline shows it (drops are flagged there)
            conflicts.append(
                _conflict(
                    a,
                    b,
                    labels=(origin.label, origin.label),
                    origin_keys=(origin.key,),
                    dates=dates,
                )
            )
            contradictions += 1
            if contradictions == MAX_CONTRADICTIONS_PER_ORIGIN:
                break
    return tuple(sorted(conflicts, key=lambda c: (c.figure_ids, c.reason.value)))


def agreement(
    figures: Sequence[Figure],
    origins: Sequence[Origin],
    dates: Mapping[FigureId, dt.date | None],
) -> Agreement:
    """``single`` with one independent origin; else ``conflict`` if two origins' latest figures
    cannot both be true, ``agree`` if they all state the same number, ``overlap`` otherwise."""
    reps = representatives(figures, origins, dates)
    if len(reps) <= 1:
        return Agreement.SINGLE
    relations = {
        compare(a.quantity, b.quantity) for (_, a), (_, b) in itertools.combinations(reps, 2)
    }
    if Agreement.CONFLICT in relations:
        return Agreement.CONFLICT
    if relations == {Agreement.AGREE}:
        return Agreement.AGREE
    return Agreement.OVERLAP
