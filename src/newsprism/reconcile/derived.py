"""Injured derived from a count of people shot less the killed, when no article states it.

Shooting reports often give everyone hit and the deaths, never the wounded: "five people were
shot, two fatally". A casualties count ("people shot", ``FigureKind.CASUALTIES``) includes the
dead, so the injured are the rest. The rule (``derive_injured``), per scope (the total or one
victim group):

- the scope has a **casualties** group and a **killed** group but **no injured** group, nor
  one of a scope within it (a stated count of injured women is not overruled by a derived
  total that no figure states);
- both best estimates come from a precise figure: a best set by magnitude words only
  ("hundreds of casualties") is a bound, not a count, and is never subtracted;
- the casualties best is **not below** the killed best (one that is counts something else,
  or another moment: nothing is derived; equal bests derive 0 injured).

The derived group has kind injured, the sources' scope and label, best = casualties best less
killed best; low = casualties low less killed high and high = casualties high less killed low
(never negative, low <= best <= high); ``derived_from`` names the two source groups, and its
figures, articles and origins are theirs. It has no timeline, conflicts or ``best_figure_id``:
no figure states its number.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from newsprism.model.figures import Figure, FigureKind
from newsprism.model.ids import FigureId, StoryId
from newsprism.model.reconcile import Agreement, Estimate, FigureGroup, Origin
from newsprism.reconcile.compare import is_magnitude
from newsprism.reconcile.scope import scope_chain


def _precise_best(group: FigureGroup, figures_by_id: Mapping[FigureId, Figure]) -> int | None:
    best, best_id = group.estimate.best, group.estimate.best_figure_id
    if best is None or best_id is None or best_id not in figures_by_id:
        return None
    return None if is_magnitude(figures_by_id[best_id].quantity) else best


def _agreement(a: Agreement, b: Agreement) -> Agreement:
    both = {a, b}
    for level in (Agreement.CONFLICT, Agreement.OVERLAP):
        if level in both:
            return level
    return Agreement.AGREE if both == {Agreement.AGREE} else Agreement.SINGLE


def _origins(casualties: FigureGroup, killed: FigureGroup) -> tuple[Origin, ...]:
    merged: dict[str, Origin] = {}
    for origin in (*casualties.origins, *killed.origins):
        seen = merged.get(origin.key)
        if seen is None:
            merged[origin.key] = origin
            continue
        merged[origin.key] = Origin(
            key=seen.key,
            label=seen.label,
            kind=seen.kind,
            article_ids=tuple(sorted({*seen.article_ids, *origin.article_ids})),
            figure_ids=tuple(sorted({*seen.figure_ids, *origin.figure_ids})),
            independent=seen.independent or origin.independent,
            repeats=seen.repeats if seen.repeats == origin.repeats else None,
        )
    return tuple(merged[k] for k in sorted(merged))


def _derive(
    group_id: str,
    story_id: StoryId,
    casualties: FigureGroup,
    killed: FigureGroup,
    shot: int,
    dead: int,
    method: str,
) -> FigureGroup:
    c, k = casualties.estimate, killed.estimate
    best = shot - dead
    c_low = c.low if c.low is not None else shot
    c_high = c.high if c.high is not None else shot
    k_low = k.low if k.low is not None else dead
    k_high = k.high if k.high is not None else dead
    low = min(max(c_low - k_high, 0), best)
    high = max(c_high - k_low, best)
    rule = (
        f"derived: {shot:,} people shot (casualties, best of group {casualties.group_id}) less "
        f"{dead:,} killed (best of group {killed.group_id}); no article states an injured "
        f"count; best {best:,}; low {low:,}: lowest casualties less highest killed; "
        f"high {high:,}: highest casualties less lowest killed; never below 0"
    )
    figure_ids = tuple(sorted({*casualties.figure_ids, *killed.figure_ids}))
    articles = tuple(sorted({*casualties.article_ids, *killed.article_ids}))
    origins = _origins(casualties, killed)
    return FigureGroup(
        group_id=group_id,
        story_id=story_id,
        kind=FigureKind.INJURED,
        scope=casualties.scope,
        label=casualties.label,
        place=casualties.place or killed.place,
        period=casualties.period or killed.period,
        figure_ids=figure_ids,
        article_ids=articles,
        n_articles=len(articles),
        n_origins=sum(1 for o in origins if o.independent),
        origins=origins,
        estimate=Estimate(low=low, best=best, high=high, rule=rule),
        agreement=_agreement(casualties.agreement, killed.agreement),
        method=method,
        derived_from=(casualties.group_id, killed.group_id),
    )


def derive_injured(
    groups: Sequence[FigureGroup],
    figures_by_id: Mapping[FigureId, Figure],
    group_id_of: Callable[[str], str],
    method: str,
) -> list[FigureGroup]:
    """``groups`` with a derived injured group added for each scope that qualifies (see the
    module's rule), placed in kind then scope order. ``group_id_of`` gives the id of the injured group of a scope."""
    by_key = {(g.kind, g.scope): g for g in groups}
    kinds = list(FigureKind)
    out = list(groups)
    for casualties in groups:
        if casualties.kind is not FigureKind.CASUALTIES:
            continue
        scope = casualties.scope
        killed = by_key.get((FigureKind.KILLED, scope))
        stated = [
            g for g in groups if g.kind is FigureKind.INJURED and scope in scope_chain(g.scope)
        ]
        if killed is None or stated:
            continue
        shot = _precise_best(casualties, figures_by_id)
        dead = _precise_best(killed, figures_by_id)
        if shot is None or dead is None or shot < dead:
            continue
        derived = _derive(
            group_id_of(scope), casualties.story_id, casualties, killed, shot, dead, method
        )
        rank = (kinds.index(FigureKind.INJURED), len(scope_chain(scope)), scope)
        position = next(
            (
                i
                for i, g in enumerate(out)
                if (kinds.index(g.kind), len(scope_chain(g.scope)), g.scope) > rank
            ),
            len(out),
        )
        out.insert(position, derived)
    return out


__all__ = ["derive_injured"]
