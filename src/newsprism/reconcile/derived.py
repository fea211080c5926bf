"""Injured derived from a count of people shot less the killed, when no article states it.

Shooting reports often give everyone hit and the deaths, never the wounded: "five people were
shot, two fatally". A casualties count ("people shot", ``FigureKind.CASUALTIES``) includes the
dead, so the injured are the rest. The rule (``derive_injured``), per scope (the total or one
victim group):

- the scope has a **casualties** group and a **killed** group but **no injured** group, nor
  one of a scope within it; or the story has **no killed and no injured group at all**
  (other than a roundup's): nobody is reported killed, so everyone shot is injured (0 killed
  subtracted, and said so in the rule) (a stated count of injured women is not overruled by a derived
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

**A part gives way to a count that the people shot state again** (``corroborated_parts``):
a killed or injured group (not derived) gives way to a **larger exact figure of the same
group** that states exactly a count of people shot less the other part: some casualties
figure of the scope, or of a scope within it, less the scope's best of the other kind (killed
for injured, stated injured for killed; 0 when the scope has no such group, and only a
precise best is subtracted). "Six people were shot, one fatally ... Five people survived the
attack": the five is stated once, but the shooting count and the death state it again, so it
is the total that the one critically hurt woman belongs to. "Quadruple homicide ... two died
at the scene and two on the way to hospital": four people shot and nobody wounded state the
four again. An **injured** best gives way only when it counts **one person** (victims are
described one by one, "a woman is in critical condition"): an injured count may fall as the
wounded die, so a larger injured best is a count of its own. A **killed** best gives way
whatever it is: a toll only rises, and a smaller killed best is a part or an early count. Of
several such figures the most stated in the group, then the largest, wins.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from newsprism.model.figures import Figure, FigureKind, Qualifier
from newsprism.model.ids import FigureId, StoryId
from newsprism.model.reconcile import (
    SEVERAL_INCIDENTS_SCOPE,
    Agreement,
    Estimate,
    FigureGroup,
    Origin,
)
from newsprism.reconcile.compare import is_magnitude, stated
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
    killed: FigureGroup | None,
    shot: int,
    dead: int,
    method: str,
) -> FigureGroup:
    c = casualties.estimate
    k = killed.estimate if killed is not None else Estimate(low=0, best=0, high=0, rule="")
    best = shot - dead
    c_low = c.low if c.low is not None else shot
    c_high = c.high if c.high is not None else shot
    k_low = k.low if k.low is not None else dead
    k_high = k.high if k.high is not None else dead
    low = min(max(c_low - k_high, 0), best)
    high = max(c_high - k_low, best)
    less = (
        f"{dead:,} killed (best of group {killed.group_id})"
        if killed is not None
        else "0 killed (no article of the story reports anyone killed)"
    )
    rule = (
        f"derived: {shot:,} people shot (casualties, best of group {casualties.group_id}) less "
        f"{less}; no article states an injured "
        f"count; best {best:,}; low {low:,}: lowest casualties less highest killed; "
        f"high {high:,}: highest casualties less lowest killed; never below 0"
    )
    sources = (casualties,) if killed is None else (casualties, killed)
    figure_ids = tuple(sorted({i for g in sources for i in g.figure_ids}))
    articles = tuple(sorted({a for g in sources for a in g.article_ids}))
    origins = casualties.origins if killed is None else _origins(casualties, killed)
    return FigureGroup(
        group_id=group_id,
        story_id=story_id,
        kind=FigureKind.INJURED,
        scope=casualties.scope,
        label=casualties.label,
        place=casualties.place or (killed.place if killed else None),
        period=casualties.period or (killed.period if killed else None),
        figure_ids=figure_ids,
        article_ids=articles,
        n_articles=len(articles),
        n_origins=sum(1 for o in origins if o.independent),
        origins=origins,
        estimate=Estimate(low=low, best=best, high=high, rule=rule),
        agreement=(
            casualties.agreement
            if killed is None
            else _agreement(casualties.agreement, killed.agreement)
        ),
        method=method,
        derived_from=tuple(g.group_id for g in sources),
    )


def _nobody_killed(groups: Sequence[FigureGroup], casualties: FigureGroup) -> bool:
    """Whether the story reports nobody killed and nobody injured (no such group but a
    roundup's), and ``casualties`` is no roundup's count."""
    return casualties.scope != SEVERAL_INCIDENTS_SCOPE and not any(
        g.kind in {FigureKind.KILLED, FigureKind.INJURED} and g.scope != SEVERAL_INCIDENTS_SCOPE
        for g in groups
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
        if stated or (killed is None and not _nobody_killed(groups, casualties)):
            continue
        shot: int | None
        dead: int | None
        if killed is None:
            # Nobody reported killed anywhere in the story: everyone shot is injured.
            shot, dead = _precise_best(casualties, figures_by_id), 0
        else:
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


#: The kind a count of people shot is split into, with the other part: killed and injured.
_OTHER_PART = {FigureKind.INJURED: FigureKind.KILLED, FigureKind.KILLED: FigureKind.INJURED}


def _shot_less_other(
    group: FigureGroup,
    groups: Sequence[FigureGroup],
    figures_by_id: Mapping[FigureId, Figure],
) -> set[int]:
    """Each count of people shot stated in ``group``'s scope (or a scope within it) less the
    best of the other part of the scope (killed for injured, stated injured for killed; 0
    when the scope has none); empty when that best is not a precise figure."""
    other_kind = _OTHER_PART[group.kind]
    other = next(
        (
            g
            for g in groups
            if g.kind is other_kind and g.scope == group.scope and not g.derived_from
        ),
        None,
    )
    other_best = 0 if other is None else _precise_best(other, figures_by_id)
    if other_best is None:
        return set()
    shot = {
        value
        for g in groups
        if g.kind is FigureKind.CASUALTIES and group.scope in scope_chain(g.scope)
        for i in g.figure_ids
        if (f := figures_by_id.get(i)) is not None
        and not is_magnitude(f.quantity)
        and (value := stated(f.quantity)) is not None
    }
    return {value - other_best for value in shot if value > other_best}


def _may_give_way(group: FigureGroup) -> bool:
    """Whether ``group``'s best may give way to a larger figure the people shot state again:
    a stated killed best (a toll only rises), or a stated injured best of one person."""
    best = group.estimate.best
    if group.kind not in _OTHER_PART or group.derived_from or best is None:
        return False
    return group.kind is FigureKind.KILLED or best == 1


def corroborated_parts(
    groups: Sequence[FigureGroup], figures_by_id: Mapping[FigureId, Figure]
) -> list[FigureGroup]:
    """``groups`` with each stated killed group, and each stated injured group whose best
    counts one person, set to a larger figure of it that a count of people shot less the
    other part states again (see the module's rule); other groups as they are."""
    out = []
    for group in groups:
        estimate = group.estimate
        if not _may_give_way(group):
            out.append(group)
            continue
        rests = _shot_less_other(group, groups, figures_by_id)
        members = [f for i in group.figure_ids if (f := figures_by_id.get(i)) is not None]
        larger = [
            f
            for f in members
            if f.quantity.qualifier is Qualifier.EXACT
            and (value := stated(f.quantity)) is not None
            and value > max(estimate.best or 0, 1)
            and value in rests
        ]
        if not larger:
            out.append(group)
            continue
        said = Counter(stated(f.quantity) for f in members)
        chosen = max(
            larger, key=lambda f: (said[stated(f.quantity)], stated(f.quantity), f.figure_id)
        )
        best = stated(chosen.quantity)
        assert best is not None
        low = min(estimate.low if estimate.low is not None else best, best)
        high = max(estimate.high if estimate.high is not None else best, best)
        kind, other = group.kind.value, _OTHER_PART[group.kind].value
        rule = (
            f"best {best:,}: the {best:,} {kind} stated in the group is also a count of "
            f"people shot (casualties of this scope or one within it) less the {other} best "
            f"of the scope, so the {estimate.best:,} is a part or an early count; "
            f"low {low:,}; high {high:,} (before: {estimate.rule})"
        )
        replaced = dataclasses.replace(
            estimate, low=low, best=best, high=high, rule=rule, best_figure_id=chosen.figure_id
        )
        out.append(dataclasses.replace(group, estimate=replaced))
    return out


__all__ = ["corroborated_parts", "derive_injured"]
