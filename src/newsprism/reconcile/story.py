"""Reconcile one story: figure groups with origins, estimates, timelines and conflicts.

The order of the inputs never matters: figures are sorted by id, groups by kind and scope, and
every id is a content hash.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

from newsprism.model.article import Article
from newsprism.model.figures import Figure, FigureKind
from newsprism.model.ids import ArticleId, FigureId, StoryId, content_hash
from newsprism.model.reconcile import TOTAL_SCOPE, Conflict, ConflictReason, FigureGroup
from newsprism.model.stories import Story, StoryAssignment
from newsprism.reconcile.align import AlignedGroup, align, most_common
from newsprism.reconcile.compare import bounds, point
from newsprism.reconcile.conflicts import agreement, find_conflicts, phrase
from newsprism.reconcile.derived import corroborated_parts, derive_injured
from newsprism.reconcile.estimate import estimate
from newsprism.reconcile.origins import assign_origins, build_origins, root_articles
from newsprism.reconcile.scope import scope_chain
from newsprism.reconcile.shot_rest import headline_rest
from newsprism.reconcile.timeline import build_timeline, figure_date, find_drops
from newsprism.reconcile.wholes import floor_by_parts
from newsprism.reconcile.wounds import died_of_wounds, moved_to_killed

RECONCILER = "reconcile.groups.v7"


def group_id_for(story_id: StoryId, kind: str, scope: str) -> str:
    """The content-hash id of a group: stable across runs and input orders."""
    return "g" + content_hash(story_id, kind, scope)


def _build_group(
    story_id: StoryId,
    aligned: AlignedGroup,
    roots: Mapping[ArticleId, ArticleId],
    published: Mapping[ArticleId, dt.date | None],
) -> FigureGroup:
    figures = aligned.figures
    origin_of = assign_origins(figures, roots)
    origins = build_origins(figures, origin_of)
    dates: dict[FigureId, dt.date | None] = {
        f.figure_id: figure_date(f, published) for f in figures
    }
    timeline = build_timeline(figures, origin_of, dates)
    conflicts = find_conflicts(figures, origins, dates) + find_drops(aligned.key.kind, timeline)
    articles = tuple(sorted({f.article_id for f in figures}))
    return FigureGroup(
        group_id=group_id_for(story_id, aligned.key.kind.value, aligned.key.scope),
        story_id=story_id,
        kind=aligned.key.kind,
        scope=aligned.scope.key,
        label=aligned.scope.label,
        place=most_common(f.place for f in figures),
        period=most_common(f.period for f in figures),
        figure_ids=tuple(f.figure_id for f in figures),
        article_ids=articles,
        n_articles=len(articles),
        n_origins=sum(1 for o in origins if o.independent),
        origins=origins,
        estimate=estimate(figures, origins, origin_of, dates),
        agreement=agreement(figures, origins, dates),
        timeline=timeline,
        conflicts=tuple(sorted(conflicts, key=lambda c: (c.figure_ids, c.reason.value))),
        method=RECONCILER,
    )


def _with_parents(
    groups: Sequence[FigureGroup], figures_by_id: Mapping[FigureId, Figure]
) -> list[FigureGroup]:
    """Link each group to the nearest enclosing scope's group of the same kind, and flag subset
    figures larger than that superset's best (a scope inconsistency, never a conflict)."""
    by_key = {(g.kind, g.scope): g for g in groups}
    linked = []
    for group in groups:
        parent = next(
            (
                by_key[(group.kind, s)]
                for s in scope_chain(group.scope)[1:]
                if (group.kind, s) in by_key
            ),
            None,
        )
        if parent is None:
            linked.append(group)
            continue
        # A derived group's figures count other kinds: they are no subset figures.
        flags = [] if group.derived_from else _scope_flags(group, parent, figures_by_id)
        linked.append(
            dataclasses.replace(
                group,
                parent_group_id=parent.group_id,
                conflicts=tuple(
                    sorted((*group.conflicts, *flags), key=lambda c: (c.figure_ids, c.reason.value))
                ),
            )
        )
    return linked


def _scope_flags(
    child: FigureGroup, parent: FigureGroup, figures_by_id: Mapping[FigureId, Figure]
) -> list[Conflict]:
    """Subset figures above the superset's best. When that best is itself only a lower bound
    ("over 1,000"), the two can both be true (``consistent``): the subset then raises the
    floor of the total; otherwise the scopes contradict each other."""
    best = parent.estimate.best
    best_id = parent.estimate.best_figure_id
    if best is None or best_id is None:
        return []
    open_ended = bounds(figures_by_id[best_id].quantity).high is None
    label_of = {fid: o.label for o in child.origins for fid in o.figure_ids}
    whole = "all victims" if parent.scope == TOTAL_SCOPE else f"all {parent.label}"
    flags = []
    for figure_id in child.figure_ids:
        figure = figures_by_id[figure_id]
        value = point(figure.quantity)
        if value is None or value <= best:
            continue
        stated_by = f"{phrase(figure)} {child.label} ({label_of.get(figure_id, 'unattributed')})"
        if open_ended:
            why = f"the total is a lower bound, so it is at least {value:,}"
        else:
            why = (
                "a subset cannot outnumber its superset, so the figures likely date from "
                "different moments or count differently"
            )
        flags.append(
            Conflict(
                figure_ids=(figure_id,),
                origins=tuple(sorted({o.key for o in child.origins if figure_id in o.figure_ids})),
                reason=ConflictReason.DIFFERENT_SCOPE,
                consistent=open_ended,
                note=f"{stated_by} exceeds the best estimate for {whole} ({best:,}): {why}",
                other_group_id=parent.group_id,
            )
        )
    return flags


def reconcile_story(
    story: Story,
    articles: Sequence[Article],
    figures: Sequence[Figure],
    assignments: Sequence[StoryAssignment] = (),
) -> tuple[FigureGroup, ...]:
    """The figure groups of ``story``, in kind then scope order.

    Figures of articles outside the story are ignored; copies (``duplicate_of``) are counted
    as articles but never as origins. Each group's ``estimate.rule`` says how low/best/high were
    chosen (see ``newsprism.reconcile.estimate``); one person reported wounded who later died
    is no longer counted injured, nor are the wounded who died when a later report counts the
    rest (see ``newsprism.reconcile.wounds``). A killed best, or an injured best of one
    person, gives way to a larger figure of its group that a count of people shot less the
    other kind states again; a scope with people shot and killed but no injured figure gets a
    derived injured group (shot less killed; both in ``newsprism.reconcile.derived``).
    """
    members = set(story.article_ids)
    unique = {f.figure_id: f for f in figures if f.article_id in members}
    ordered = [unique[i] for i in sorted(unique)]
    published = {a.article_id: a.published for a in articles if a.article_id in members}
    roots = root_articles([a for a in assignments if a.article_id in members])
    groups = [
        _build_group(story.story_id, aligned, roots, published)
        for aligned in align(ordered, (story.label,))
    ]
    groups = derive_injured(
        corroborated_parts(groups, unique),
        unique,
        lambda scope: group_id_for(story.story_id, FigureKind.INJURED.value, scope),
        RECONCILER,
    )
    linked = floor_by_parts(_with_parents(groups, unique), unique)
    return tuple(headline_rest(moved_to_killed(died_of_wounds(linked, unique)), unique))
