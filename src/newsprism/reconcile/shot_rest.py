"""The injured as the rest of a headline's count of people shot.

"Five people shot in overnight attack" counts the dead too. When the story's injured count
falls short of that count less the killed ("a woman is in critical condition", one of the
wounded described), the injured figure is a part of the rest: the injured best becomes the
headline's count of people shot less the killed best. The rule (``headline_rest``):

- the story's count of people shot (its whole-event casualties group, see ``whole_group``) is
  stated, as such, in a headline, and by no roundup of several incidents;
- the story has a whole-event injured group that is stated, not derived;
- people shot less the killed best (0 with no killed group) exceeds the injured best.

The injured group keeps its figures; its best and high are raised and its rule says why.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from newsprism.model.figures import Figure, FigureKind
from newsprism.model.ids import FigureId
from newsprism.model.reconcile import SEVERAL_INCIDENTS_SCOPE, TOTAL_SCOPE, FigureGroup
from newsprism.reconcile.compare import stated


def whole_group(groups: Sequence[FigureGroup], kind: FigureKind) -> FigureGroup | None:
    """The group counting the whole story for ``kind``: its total group, else the outermost
    group (no parent) with the largest best; never a roundup's group."""
    of_kind = [
        g
        for g in groups
        if g.kind is kind and g.estimate.best is not None and g.scope != SEVERAL_INCIDENTS_SCOPE
    ]
    total = next((g for g in of_kind if g.scope == TOTAL_SCOPE), None)
    if total is not None:
        return total
    outer = [g for g in of_kind if g.parent_group_id is None]
    return max(outer, key=lambda g: (g.estimate.best or 0, g.group_id), default=None)


def headline_rest(
    groups: Sequence[FigureGroup], figures: Mapping[FigureId, Figure]
) -> list[FigureGroup]:
    """``groups`` with the whole-event injured best raised to the headline's count of people
    shot less the killed, where the module's rule applies."""
    shot_group = whole_group(groups, FigureKind.CASUALTIES)
    injured = whole_group(groups, FigureKind.INJURED)
    if shot_group is None or injured is None or injured.derived_from:
        return list(groups)
    shot = shot_group.estimate.best
    headlined = any(
        f.in_headline
        and f.incidents is None
        and f.kind is FigureKind.CASUALTIES
        and stated(f.quantity) == shot
        for f in figures.values()
    )
    killed_group = whole_group(groups, FigureKind.KILLED)
    dead = killed_group.estimate.best if killed_group is not None else 0
    best = injured.estimate.best
    if shot is None or dead is None or best is None or not headlined or shot - dead <= best:
        return list(groups)
    rest = shot - dead
    estimate = injured.estimate
    rule = (
        f"best {rest:,}: a headline counts {shot:,} people shot, less {dead:,} killed; the "
        f"{best:,} injured stated is a part of that rest (one of the wounded described); "
        f"high {max(rest, estimate.high or rest):,} (before: {estimate.rule})"
    )
    raised = dataclasses.replace(
        estimate, best=rest, high=max(rest, estimate.high or rest), rule=rule
    )
    return [dataclasses.replace(g, estimate=raised) if g is injured else g for g in groups]


__all__ = ["headline_rest", "whole_group"]
