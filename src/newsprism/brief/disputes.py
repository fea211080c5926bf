"""The brief's sentences about disagreements, each with its most likely reason.

Two figures that cannot both be true are named with their origins and the reason
reconciliation gave ("they were reported on different days", "they come from different
sources"); a part that outnumbers its whole ("1,383 civilians" against a best estimate of 601
for all victims) says what follows from it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsprism.brief import phrases
from newsprism.brief.figures import is_english, point_amount, scope_words
from newsprism.brief.text import Line, date_words
from newsprism.model.ids import ArticleId, FigureId
from newsprism.model.reconcile import (
    TOTAL_SCOPE,
    BriefSection,
    BriefSentence,
    Conflict,
    ConflictReason,
    FigureGroup,
    Origin,
    TimelinePoint,
)

#: Disagreements told in the brief; the report lists every one (a guess at what a reader
#: takes in at a glance).
MAX_DISPUTED = 4

_REASONS = {
    ConflictReason.DIFFERENT_SCOPE: "they may count different places or groups",
    ConflictReason.DIFFERENT_ORIGIN: "they come from different sources",
    ConflictReason.CONTRADICTION: "they come from the same source, and nothing explains the gap",
}


def _origin_of(group: FigureGroup, figure_id: FigureId) -> Origin | None:
    return next((o for o in group.origins if figure_id in o.figure_ids), None)


def _reason(conflict: Conflict, a: TimelinePoint, b: TimelinePoint) -> str:
    if conflict.reason is ConflictReason.DIFFERENT_TIME and a.date and b.date:
        first, last = sorted((a.date, b.date))
        return (
            f"they were reported on {date_words(first)} and {date_words(last)}, "
            "and the toll may have changed in between"
        )
    return _REASONS.get(conflict.reason, "they come from different reports")


def _pair(
    group: FigureGroup,
    conflict: Conflict,
    points: Mapping[FigureId, TimelinePoint],
    langs: Mapping[ArticleId, str],
) -> list[BriefSentence]:
    found = [points[f] for f in conflict.figure_ids if f in points]
    if len(found) != 2:
        return []
    a, b = found
    line = Line().add(f"two figures for {scope_words(group)} cannot both be true: ")
    for index, point in enumerate((a, b)):
        if index:
            line.add(" and ")
        line.add(point_amount(point, short=True), point.figure_id)
        origin = _origin_of(group, point.figure_id)
        if origin is not None:
            english = is_english(origin, langs)
            line.add(f" ({phrases.origin_name(origin.kind, origin.label, english=english)})")
    line.add(f"; {_reason(conflict, a, b)}.")
    return line.sentence((a.article_id, b.article_id), BriefSection.DISPUTED)


def _part_over_whole(
    group: FigureGroup,
    whole: FigureGroup,
    conflict: Conflict,
    points: Mapping[FigureId, TimelinePoint],
    langs: Mapping[ArticleId, str],
) -> list[BriefSentence]:
    point = next((points[f] for f in conflict.figure_ids if f in points), None)
    # The whole as its own best figure states it: a part may since have raised the estimate.
    own = next((p for p in whole.timeline if p.figure_id == whole.estimate.best_figure_id), None)
    best = own.low if own is not None and own.low is not None else whole.estimate.best
    if point is None or best is None:
        return []
    stated = point.low if point.low is not None else point.value
    line = Line().add(f"the count of {phrases.scope_noun(group.label)}, ")
    line.add(point_amount(point, short=True), point.figure_id)
    origin = _origin_of(group, point.figure_id)
    if origin is not None:
        english = is_english(origin, langs)
        line.add(f" ({phrases.origin_name(origin.kind, origin.label, english=english)})")
    whole_words = "all victims" if whole.scope == TOTAL_SCOPE else f"all {whole.label}"
    # The whole's own figure as stated ("over 1,000"): the estimate may already be the part's.
    line.add(f", exceeds the count given for {whole_words}, ")
    amount = point_amount(own, short=True) if own is not None else phrases.number(best)
    line.add(amount, whole.estimate.best_figure_id)
    if conflict.consistent and stated is not None:
        line.add(
            f"; since that count is a lower bound, the total is at least {phrases.number(stated)}."
        )
    else:
        line.add(
            "; a part cannot outnumber its whole, so the figures likely date from different "
            "moments or count differently."
        )
    return line.sentence({point.article_id, *whole.article_ids}, BriefSection.DISPUTED)


def disputed_sentences(
    shown: Sequence[FigureGroup], groups: Sequence[FigureGroup], langs: Mapping[ArticleId, str]
) -> list[BriefSentence]:
    """Disagreements in the ``shown`` groups worth a sentence: figures that cannot both be
    true, and parts that outnumber their whole (looked up among all ``groups``)."""
    by_id = {g.group_id: g for g in groups}
    out: list[BriefSentence] = []
    for group in shown:
        points = {p.figure_id: p for p in group.timeline}
        for conflict in group.conflicts:
            if len(out) >= MAX_DISPUTED:
                return out
            if conflict.other_group_id is not None:
                whole = by_id.get(conflict.other_group_id)
                if whole is not None:
                    out += _part_over_whole(group, whole, conflict, points, langs)
            elif not conflict.consistent:
                out += _pair(group, conflict, points, langs)
    return out
