"""A whole is never below its largest part.

"Over 1,000 killed" and, by the same monitor, "1,383 civilians killed": the civilians are a part
of everyone killed, so everyone killed is at least 1,383. The rule (``floor_by_parts``), for
each group with subsets (``parent_group_id``), innermost first:

- a subset's precise best that exceeds its superset's best raises the superset's best to it
  when the superset's
  best is only a lower bound ("over 1,000") or comes from a less attributed origin; an exact
  whole from an origin as well attributed stands, and the scope conflict explains the two
  (see ``newsprism.reconcile.story``); magnitude words ("thousands of protesters") never
  raise;
- the superset's high is raised with it; its low is kept (never above best);
- derived groups (injured from people shot, ``newsprism.reconcile.derived``) neither raise nor
  are raised: their numbers are no stated count.

The rule is appended, in words, to the superset's ``Estimate.rule``; its ``best_figure_id``
stays the whole's own figure ("over 1,000, according to the Observatory"), so that what a
brief quotes is what a source said of the whole, and the rule names the part that raised it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from newsprism.model.figures import Figure
from newsprism.model.ids import FigureId
from newsprism.model.reconcile import FigureGroup
from newsprism.reconcile.compare import bounds, is_magnitude
from newsprism.reconcile.origins import TIER, effective_kind
from newsprism.reconcile.scope import scope_chain


def _raises(parent: FigureGroup, child: FigureGroup, figures: Mapping[FigureId, Figure]) -> bool:
    """Whether the subset's best raises the superset's: the subset's best is a precise figure,
    and the superset's best is only a lower bound ("over 1,000") or comes from a less
    attributed origin than the subset's. An exact whole from an origin as well attributed
    stands: the two then likely count otherwise or date from other moments, and the scope
    conflict says so."""
    own = figures.get(parent.estimate.best_figure_id or FigureId(""))
    theirs = figures.get(child.estimate.best_figure_id or FigureId(""))
    if theirs is None or is_magnitude(theirs.quantity):
        return False
    if own is None:
        return True
    return (
        bounds(own.quantity).high is None
        or TIER[effective_kind(own)] < TIER[effective_kind(theirs)]
    )


def floor_by_parts(
    groups: Sequence[FigureGroup], figures: Mapping[FigureId, Figure]
) -> list[FigureGroup]:
    """``groups`` with each superset's best raised to its largest subset's (see the module)."""
    by_id = {g.group_id: g for g in groups}
    ordered = sorted(groups, key=lambda g: -len(scope_chain(g.scope)))
    for subset in ordered:
        parent_id = subset.parent_group_id
        if parent_id is None or subset.derived_from:
            continue
        child = by_id[subset.group_id]
        parent = by_id[parent_id]
        best, floor = parent.estimate.best, child.estimate.best
        if parent.derived_from or floor is None or (best is not None and floor <= best):
            continue
        if not _raises(parent, child, figures):
            continue
        estimate = parent.estimate
        high = max(floor, estimate.high if estimate.high is not None else floor)
        low = min(estimate.low if estimate.low is not None else floor, floor)
        note = (
            f"; raised to {floor:,}: the whole is never below its largest part "
            f"({child.label}, best {floor:,}, of group {child.group_id})"
        )
        by_id[parent_id] = dataclasses.replace(
            parent,
            estimate=dataclasses.replace(
                estimate,
                best=floor,
                low=low,
                high=high,
                rule=estimate.rule + note,
            ),
        )
    return [by_id[g.group_id] for g in groups]


__all__ = ["floor_by_parts"]
