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


def died_of_wounds(
    groups: Sequence[FigureGroup], figures_by_id: Mapping[FigureId, Figure] | None = None
) -> list[FigureGroup]:
    """``groups`` with each injured group whose one wounded person later died set to 0 (see
    the module's rules; the second reads ``figures_by_id``, and is skipped without them);
    other groups as they are."""
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
