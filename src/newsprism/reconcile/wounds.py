"""A wounded person who later dies: counted among the killed, no longer among the injured.

Local news often first reports one person wounded ("a 2-year-old is in critical condition")
and, days later, that the person died ("2-year-old dies"). The injured figure was true when it
was stated; the story's count is not: the person moved from injured to killed. Reconciling the
two kinds separately would keep both ("1 killed, 1 injured"). The rule (``died_of_wounds``):

- an injured group whose figures all count **one person** (a single wounded victim; larger
  counts are left alone: a rising death toll in a large event is as often bodies found as the
  wounded dying),
- every figure of it **dated**, and the killed group of the same scope has a figure dated
  **after** the last of them,
- and the killed best **rose** after that last injured report: it exceeds every killed figure
  dated on or before it (none counts as 0), by at least the one wounded person,

gets best and low 0 (high stays 1: the figures say one person was wounded), with the rule
written into its estimate. A later article that still reports the person wounded (dated on or
after the death report) keeps the injured count: they may be another victim, or alive.

Articles carry a date, not a time, so a wound reported the day of the death ("Teen critically
injured after shooting", then "Teen dies of gunshot wound") cannot be ordered by date, and the
article that reports the death often tells the wound as its history ("The 2-year-old who was
shot has died. Kendal was critically injured in the shooting Tuesday"). A second reading
(``_reported_dead``) moves the one wounded person to the killed when the story itself says so:

- the injured group counts one person (as above) and the killed group of its scope counts **one
  person** too (best 1, every figure 1);
- some article reports the wound and **no death** (no killed figure of the scope): the report
  made while the person was alive; every such article is dated, none **after** the first
  dated report of the death (a wound reported the day after a death was reported is another
  victim's: the death was known);
- and no sentence states a death and a wound together ("one man was killed and another
  wounded", "one dead, one injured"): two victims, not one.

An injured figure in an article that reports the death is not read as a later report of the
person alive: it is the wound the death followed, or another victim, and only a sentence that
names both tells the second. Without a wound-only report nothing moves.

Larger counts move only when a report says so (``moved_to_killed``): "Four hurt in shooting"
(Sunday), then "one dead and three injured" (Tuesday). When the killed best **rose** by ``r``
after the date of the injured best's figure (it exceeds every killed figure dated on or before
it, none counting as 0, and a killed figure at the best is dated after it), and an injured
figure dated on or after that later killed report states exactly the injured best less ``r``,
that figure is the injured best: the wounded who died moved to the killed, and a later report
counts the rest. Without such a report nothing moves (a rising toll in a large event is as
often bodies found as the wounded dying).

A later toll in a headline is such a report (``later_tolls``, run first by
``died_of_wounds``): "4 dead, 1 wounded" (July), then "5th person dies after July
murder-suicide" (December), "Third man dies after shooting at dice game in October". The
estimate keeps the earlier, better-attributed and more widely stated toll; the headline of the
story's last report states the new one. When the last report (one article, dated after every
other killed figure of the scope) states in its headline killed counts that are all above the
killed best, the largest is the killed best, and the injured best of the scope drops by the
rise ``r`` (best figure none, low lowered), provided:

- the injured best is at least ``r``: the dead came from the wounded (a toll rising beyond them
  is bodies found, or another count);
- that headline states no injured count above the injured best less ``r`` ("Father of 5
  killed, 4 hospitalized" counts all the wounded alive).

A headline that also tells a killed count at or below the best tells the old toll ("2
arrested in shooting that killed 1": the 2 is no toll), and a larger figure in the body only
may count another event: neither moves anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

from newsprism.model.figures import Figure, FigureKind
from newsprism.model.ids import FigureId
from newsprism.model.reconcile import FigureGroup, TimelinePoint


def _rise_after_wounded(injured: FigureGroup, killed: FigureGroup) -> int:
    """How much the killed best rose after the last (dated) report of the injured; 0 when any
    injured figure is undated or no killed figure is dated after the last of them."""
    dates = [p.date for p in injured.timeline]
    best = killed.estimate.best
    if not dates or best is None or any(d is None for d in dates):
        return 0
    last = max(d for d in dates if d is not None)
    if not any(p.date is not None and p.date > last for p in killed.timeline):
        return 0
    before = [p.value for p in killed.timeline if p.date is not None and p.date <= last and p.value]
    return best - max(before, default=0)


def _one_person(group: FigureGroup) -> bool:
    return group.estimate.best == 1 and all(p.value == 1 for p in group.timeline)


def _reported_dead(
    injured: FigureGroup, killed: FigureGroup, figures_by_id: Mapping[FigureId, Figure]
) -> dt.date | None:
    """The date of the last wound-only report of the one wounded person when the one death
    the story reports is theirs (see the module's second reading); ``None`` otherwise."""
    if not _one_person(killed):
        return None
    dead_in = {p.article_id for p in killed.timeline}
    alone = [p.date for p in injured.timeline if p.article_id not in dead_in]
    deaths = [p.date for p in killed.timeline if p.date is not None]
    if not alone or not deaths or any(d is None for d in alone):
        return None
    last = max(d for d in alone if d is not None)
    if last > min(deaths):
        return None
    wounds = [figures_by_id[i] for i in injured.figure_ids if i in figures_by_id]
    sentences = {
        (f.article_id, f.sentence_index) for i in killed.figure_ids if (f := figures_by_id.get(i))
    }
    if any((f.article_id, f.sentence_index) in sentences for f in wounds):
        return None
    return last


def _later_toll(
    killed: FigureGroup, figures_by_id: Mapping[FigureId, Figure]
) -> TimelinePoint | None:
    """The headline figure of the story's last report that raises the killed best (see the
    module's rule on a later toll); ``None`` when there is none."""
    best = killed.estimate.best
    points = [p for p in killed.timeline if p.value is not None]
    if best is None or not points or any(p.date is None for p in points):
        return None
    last = max(p.date for p in points if p.date is not None)
    latest = [p for p in points if p.date == last]
    if len({p.article_id for p in latest}) != 1 or len(latest) == len(points):
        return None
    heads = [
        p for p in latest if (f := figures_by_id.get(p.figure_id)) is not None and f.in_headline
    ]
    if not heads or any((p.value or 0) <= best for p in heads):
        return None  # "2 arrested in shooting that killed 1": the old toll, told again
    return max(heads, key=lambda p: (p.value or 0, p.figure_id))


def _headline_injured(
    injured: FigureGroup, article: str, figures_by_id: Mapping[FigureId, Figure]
) -> list[int]:
    """The injured counts that the headline of ``article`` states."""
    return [
        p.value
        for p in injured.timeline
        if p.article_id == article
        and p.value is not None
        and (f := figures_by_id.get(p.figure_id)) is not None
        and f.in_headline
    ]


def later_tolls(
    groups: Sequence[FigureGroup], figures_by_id: Mapping[FigureId, Figure]
) -> list[FigureGroup]:
    """``groups`` with each killed group whose best the headline of the story's last report
    raises set to that headline's figure, and the injured group of its scope lowered by the
    rise (see the module's rule on a later toll); other groups as they are."""
    injured = {g.scope: g for g in groups if g.kind is FigureKind.INJURED and not g.derived_from}
    changed: dict[str, FigureGroup] = {}
    for group in groups:
        if group.kind is not FigureKind.KILLED or group.derived_from:
            continue
        point = _later_toll(group, figures_by_id)
        wounded = injured.get(group.scope)
        if point is None or point.value is None or point.date is None or wounded is None:
            continue
        before, hurt = group.estimate, wounded.estimate
        if before.best is None:
            continue
        rise = point.value - before.best
        if hurt.best is None or hurt.best < rise:
            continue  # the rise is not the wounded dying: bodies found, or another count
        if any(
            v > hurt.best - rise
            for v in _headline_injured(wounded, point.article_id, figures_by_id)
        ):
            continue  # "Father of 5 killed, 4 hospitalized": the wounded are all alive
        high = max(before.high if before.high is not None else point.value, point.value)
        rule = (
            f"best {point.value:,}: the headline of the last report ({point.date.isoformat()}) "
            f"states {point.value:,} killed, {rise:,} more than the earlier reports: a later "
            f"toll; low {before.low if before.low is not None else point.value:,}; high "
            f"{high:,} (before: {before.rule})"
        )
        changed[group.group_id] = dataclasses.replace(
            group,
            estimate=dataclasses.replace(
                before, best=point.value, high=high, rule=rule, best_figure_id=point.figure_id
            ),
        )
        rest = hurt.best - rise
        low = min(rest, hurt.low if hurt.low is not None else rest)
        rule = (
            f"best {rest:,}: {rise:,} of the {hurt.best:,} injured are taken to have died of "
            f"their wounds: the headline of the last report ({point.date.isoformat()}) raises "
            f"the killed to {point.value:,}; low {low:,}; "
            f"high {hurt.high if hurt.high is not None else hurt.best:,} (before: {hurt.rule})"
        )
        changed[wounded.group_id] = dataclasses.replace(
            wounded,
            estimate=dataclasses.replace(
                hurt,
                low=low,
                best=rest,
                rule=rule,
                best_figure_id=None,
            ),
        )
    return [changed.get(g.group_id, g) for g in groups]


def died_of_wounds(
    groups: Sequence[FigureGroup], figures_by_id: Mapping[FigureId, Figure] | None = None
) -> list[FigureGroup]:
    """``groups`` with each injured group whose one wounded person later died set to 0 (see
    the module's rules; the second reads ``figures_by_id``, and is skipped without them);
    other groups as they are. With ``figures_by_id``, a killed best that the last report's
    headline raises takes that figure first (``later_tolls``)."""
    if figures_by_id:
        groups = later_tolls(groups, figures_by_id)
    killed = {g.scope: g for g in groups if g.kind is FigureKind.KILLED}
    out = []
    for group in groups:
        stated = group.kind is FigureKind.INJURED and not group.derived_from
        other = killed.get(group.scope) if stated else None
        if other is None or not _one_person(group):
            out.append(group)
            continue
        if _rise_after_wounded(group, other) >= 1:
            last = max(p.date for p in group.timeline if p.date is not None)
            why = f"the killed count rose to {other.estimate.best:,} after that report"
        elif figures_by_id and (reported := _reported_dead(group, other, figures_by_id)):
            last = reported
            why = "the one death the story reports is reported on or after it, and no sentence "
            why += "states a death and a wound together"
        else:
            out.append(group)
            continue
        rule = (
            f"best 0: the one person reported wounded, last on {last.isoformat()}, is taken "
            f"to have died of the wounds: {why}; low 0; high 1: the figures say one person "
            f"was wounded (before: {group.estimate.rule})"
        )
        estimate = dataclasses.replace(
            group.estimate, low=0, best=0, high=1, rule=rule, best_figure_id=None
        )
        out.append(dataclasses.replace(group, estimate=estimate))
    return out


def _moved(injured: FigureGroup, killed: FigureGroup) -> tuple[int, TimelinePoint] | None:
    """The rise of the killed best after the injured best's figure, and the later injured
    figure that states the injured best less that rise; ``None`` when there is none."""
    best, dead = injured.estimate.best, killed.estimate.best
    point = next(
        (p for p in injured.timeline if p.figure_id == injured.estimate.best_figure_id), None
    )
    if best is None or dead is None or point is None or point.date is None:
        return None
    stated = point.date
    reports = [
        p.date
        for p in killed.timeline
        if p.date is not None and p.date > stated and p.value is not None and p.value >= dead
    ]
    before = [
        p.value for p in killed.timeline if p.date is not None and p.date <= stated and p.value
    ]
    rise = dead - max(before, default=0)
    if not reports or rise < 1 or rise > best:
        return None
    since = min(reports)
    later = sorted(
        (
            p
            for p in injured.timeline
            if p.date is not None and p.date >= since and p.value == best - rise
        ),
        key=lambda p: (p.date or since, p.figure_id),
    )
    return (rise, later[-1]) if later else None


def moved_to_killed(groups: Sequence[FigureGroup]) -> list[FigureGroup]:
    """``groups`` with each injured group whose best a later report lowers by the rise of the
    killed best set to that report's figure (see the module's rule); other groups as they
    are."""
    killed = {g.scope: g for g in groups if g.kind is FigureKind.KILLED}
    out = []
    for group in groups:
        other = killed.get(group.scope) if group.kind is FigureKind.INJURED else None
        moved = None if other is None or group.derived_from else _moved(group, other)
        if other is None or moved is None:
            out.append(group)
            continue
        rise, point = moved
        before = group.estimate
        assert before.best is not None and point.value is not None and point.date is not None
        rule = (
            f"best {point.value:,}: {rise:,} of the {before.best:,} injured are taken to have "
            f"died of their wounds: the killed count rose to {other.estimate.best:,} after that "
            f"figure, and a report of {point.date.isoformat()} states {point.value:,} injured; "
            f"low {min(before.low if before.low is not None else point.value, point.value):,}; "
            f"high {before.high if before.high is not None else before.best:,} "
            f"(before: {before.rule})"
        )
        estimate = dataclasses.replace(
            before,
            low=min(before.low if before.low is not None else point.value, point.value),
            best=point.value,
            rule=rule,
            best_figure_id=point.figure_id,
        )
        out.append(dataclasses.replace(group, estimate=estimate))
    return out


__all__ = ["died_of_wounds", "moved_to_killed"]
