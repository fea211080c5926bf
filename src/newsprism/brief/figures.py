"""The brief's sentences about one reconciled figure group.

For a group: who gives the best figure and what it is ("According to the Syrian Observatory
for Human Rights, over 1,000 people were killed (reported on 9 March 2025)."), how that
origin's figure changed over time, what the other origins give, and the reconciled estimate.
Every number is marked with the figure it comes from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from newsprism.brief import phrases
from newsprism.brief.text import Line, count_words, date_words, listing
from newsprism.model.figures import AttributionKind, FigureKind
from newsprism.model.ids import ArticleId, FigureId
from newsprism.model.reconcile import (
    TOTAL_SCOPE,
    Agreement,
    BriefSection,
    BriefSentence,
    FigureGroup,
    Origin,
    TimelinePoint,
)

#: Other origins listed after the best one (a guess at what a sentence carries readably).
MAX_OTHER_ORIGINS = 4

_AGREEMENT_WORDS = {
    Agreement.SINGLE: "all come from one independent source",
    Agreement.AGREE: "the sources agree",
    Agreement.OVERLAP: "the figures differ but can all be true",
    Agreement.CONFLICT: "some of the figures cannot all be true",
}


def point_amount(point: TimelinePoint, *, short: bool = False) -> str:
    """A timeline point's count as worded ("over 1,000", "hundreds of"; "hundreds" if short)."""
    words = phrases.amount(point.qualifier, point.value, point.low, point.high)
    return words.removesuffix(" of") if short else words


def is_one(point: TimelinePoint) -> bool:
    """The point counts exactly one person (verbs and nouns agree in the singular)."""
    return point.value == 1 and point.low in {1, None} and point.high in {1, None}


def is_english(origin: Origin, langs: Mapping[ArticleId, str]) -> bool:
    """Every article of ``origin`` is in English, so its wording can be used as is."""
    return all(langs.get(a) == "en" for a in origin.article_ids)


def supporters(origin: Origin, group: FigureGroup) -> set[ArticleId]:
    """The articles of ``origin`` and of the origins that repeat it."""
    articles = set(origin.article_ids)
    for other in group.origins:
        if other.repeats == origin.key:
            articles.update(other.article_ids)
    return articles


def best_of(group: FigureGroup) -> tuple[TimelinePoint, Origin] | None:
    """The point of the group's best figure and its origin (``None`` for a derived group)."""
    best_id = group.estimate.best_figure_id
    point = next((p for p in group.timeline if p.figure_id == best_id), None)
    origin = next((o for o in group.origins if best_id in o.figure_ids), None)
    if point is None or origin is None:
        return None
    return point, origin


def scope_words(group: FigureGroup) -> str:
    """ "deaths", "deaths among civilians", "deaths in several incidents"."""
    noun = phrases.KIND_NOUNS[group.kind]
    if group.scope == TOTAL_SCOPE:
        return noun
    suffix = phrases.scope_suffix(group.label)
    return f"{noun}{suffix}" if suffix else f"{noun} among {phrases.scope_noun(group.label)}"


def _lead(
    group: FigureGroup, point: TimelinePoint, origin: Origin, langs: Mapping[ArticleId, str]
) -> list[BriefSentence]:
    one = is_one(point)
    cited = supporters(origin, group)
    line = Line()
    opening = phrases.according_to(origin.kind, origin.label, english=is_english(origin, langs))
    if opening:
        line.add(f"{opening}, ")
    else:
        n = len(cited)
        line.add(f"without naming a source, {count_words(n, 'article')} report")
        line.add("s that " if n == 1 else " that ")
    line.add(point_amount(point), point.figure_id)
    line.add(
        f" {phrases.scope_noun(group.label, one=one)} {phrases.verb(group.kind, one=one)}"
        f"{phrases.scope_suffix(group.label)}"
    )
    if point.date is not None:
        line.add(f" (reported on {date_words(point.date)})")
    return line.add(".").sentence(cited, BriefSection.FIGURES)


def _possessive(origin: Origin) -> str:
    if origin.kind is not AttributionKind.NAMED:
        return "the figure"
    name = phrases.source_name(origin.label)
    return f"the figure of {name}" if name.startswith("the ") else f"{name}'s figure"


def _evolution(group: FigureGroup, origin: Origin) -> list[BriefSentence]:
    """How the best origin's figure changed over dated reports (first and last differ)."""
    dated = [p for p in group.timeline if p.origin == origin.key and p.date is not None]
    if len(dated) < 2:
        return []
    first, last = dated[0], dated[-1]
    if first.date == last.date or first.value == last.value:
        return []
    assert first.date is not None and last.date is not None  # filtered above
    trend = "rose" if (last.value or last.low or 0) > (first.value or first.low or 0) else "fell"
    line = Line().add(f"{_possessive(origin)} {trend} from ")
    line.add(point_amount(first, short=True), first.figure_id)
    line.add(f" on {date_words(first.date)} to ")
    line.add(point_amount(last, short=True), last.figure_id)
    line.add(f" on {date_words(last.date)}.")
    return line.sentence((first.article_id, last.article_id), BriefSection.FIGURES)


def latest_point(origin: Origin, points: Mapping[FigureId, TimelinePoint]) -> TimelinePoint:
    """The latest (then largest) figure of an origin."""
    return max(
        (points[f] for f in origin.figure_ids if f in points),
        key=lambda p: (p.date or dt.date.min, p.value or p.low or 0, p.figure_id),
    )


def _others(
    group: FigureGroup, origin: Origin, langs: Mapping[ArticleId, str]
) -> list[BriefSentence]:
    """What the other origins (not repeating the best one) give, latest figure each."""
    points = {p.figure_id: p for p in group.timeline}
    others = [
        o
        for o in group.origins
        if origin.key not in (o.key, o.repeats) and any(f in points for f in o.figure_ids)
    ][:MAX_OTHER_ORIGINS]
    if not others:
        return []
    line = Line().add("other reports give " if len(others) > 1 else "another report gives ")
    cited: set[ArticleId] = set()
    for index, other in enumerate(others):
        if index:
            line.add(" and " if index == len(others) - 1 else ", ")
        rep = latest_point(other, points)
        line.add(point_amount(rep, short=True), rep.figure_id)
        name = phrases.origin_name(other.kind, other.label, english=is_english(other, langs))
        line.add(f" ({name})")
        cited.update(other.article_ids)
    return line.add(".").sentence(cited, BriefSection.FIGURES)


def _estimate(group: FigureGroup) -> list[BriefSentence]:
    """The reconciled low / best / high with article and origin counts (several figures)."""
    est = group.estimate
    if est.best is None or len(group.figure_ids) < 2:
        return []
    line = Line().add(f"taken together, the best estimate of {scope_words(group)} is ")
    line.add(phrases.number(est.best), est.best_figure_id)
    low = est.low if est.low is not None else est.best
    high = est.high if est.high is not None else est.best
    if (low, high) != (est.best, est.best):
        line.add(f", within a range of {phrases.number(low)} to {phrases.number(high)}")
    origins = count_words(group.n_origins, "independent source")
    line.add(f", from {count_words(group.n_articles, 'article')} and {origins}; ")
    line.add(f"{_AGREEMENT_WORDS[group.agreement]}.")
    return line.sentence(group.article_ids, BriefSection.FIGURES)


def _derived(group: FigureGroup, by_id: Mapping[str, FigureGroup]) -> list[BriefSentence]:
    """A derived group in words: no figure states it, so its sources' articles are cited."""
    est = group.estimate
    sources = [by_id[g] for g in group.derived_from if g in by_id]
    if est.best is None or len(sources) != len(group.derived_from):
        return []
    parts = listing(
        [
            f"{phrases.number(s.estimate.best or 0)} "
            f"{'shot' if s.kind is FigureKind.CASUALTIES else phrases.KIND_PARTICIPLES[s.kind]}"
            for s in sources
        ]
    ).replace(" and ", " less ")
    one = est.best == 1
    line = Line().add(
        f"by derivation, {phrases.counted(phrases.number(est.best), group.label, one=one)} "
        f"{phrases.verb(group.kind, one=one)}: {parts}; no article states this count."
    )
    return line.sentence(group.article_ids, BriefSection.FIGURES)


def group_sentences(
    group: FigureGroup, by_id: Mapping[str, FigureGroup], langs: Mapping[ArticleId, str]
) -> list[BriefSentence]:
    """The brief's sentences about ``group`` (none when it has no best figure)."""
    if group.derived_from:
        return _derived(group, by_id)
    best = best_of(group)
    if best is None:
        return []
    point, origin = best
    return [
        *_lead(group, point, origin, langs),
        *_evolution(group, origin),
        *_others(group, origin, langs),
        *_estimate(group),
    ]
