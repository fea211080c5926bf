"""The brief: a short English summary of a story, built from templates, every sentence cited.

Sections, in order: what happened where and when (the story's label, languages, dates); the
reconciled figures with their ranges and origins; what is disputed; what only one article says.
Nothing is generated freely: each sentence is a template filled with numbers, names and quotes
from the inputs, and carries the ids of the articles behind it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from newsprism.brief import phrases
from newsprism.model.article import Article
from newsprism.model.figures import AttributionKind, FigureKind
from newsprism.model.ids import ArticleId, FigureId
from newsprism.model.reconcile import (
    TOTAL_SCOPE,
    Agreement,
    Brief,
    BriefSection,
    BriefSentence,
    FigureGroup,
    Origin,
    SingleSourceClaim,
    TimelinePoint,
)
from newsprism.model.stories import Story

BRIEF_GENERATOR = "brief.template.v1"

#: Limits that keep the brief short (a guess at what a reader takes in at a glance).
MAX_FIGURE_GROUPS = 6
MAX_OTHER_ORIGINS = 4
MAX_DISPUTED = 4
MAX_SINGLE_SOURCE = 5

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

_AGREEMENT_WORDS = {
    Agreement.SINGLE: "one independent origin",
    Agreement.AGREE: "the origins agree",
    Agreement.OVERLAP: "the origins differ but their figures can all be true",
    Agreement.CONFLICT: "some figures cannot all be true",
}


def _date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _sentence(
    text: str, citations: Iterable[ArticleId], section: BriefSection
) -> list[BriefSentence]:
    cited = tuple(sorted(set(citations)))
    return [BriefSentence(text=text, citations=cited, section=section)] if cited else []


def _overview(story: Story, articles: Sequence[Article]) -> list[BriefSentence]:
    n = len(articles)
    label = story.label.strip().rstrip(".…:;, ")
    parts = [f"“{label}”: reported by {n} article{'s' if n != 1 else ''}"]
    languages = phrases.language_list(story.languages)
    if languages:
        parts.append(f" in {languages}")
    if story.outlets:
        k = len(story.outlets)
        parts.append(f" from {k} outlet{'s' if k != 1 else ''}")
    if (
        story.first_seen is not None
        and story.last_seen is not None
        and story.last_seen != story.first_seen
    ):
        parts.append(f", between {_date(story.first_seen)} and {_date(story.last_seen)}")
    elif story.first_seen is not None:
        parts.append(f", on {_date(story.first_seen)}")
    return _sentence("".join(parts) + ".", (a.article_id for a in articles), BriefSection.OVERVIEW)


def _point_text(point: TimelinePoint) -> str:
    return phrases.amount(point.qualifier, point.value, point.low, point.high)


def _is_one(point: TimelinePoint) -> bool:
    return point.value == 1 and point.low == 1 and point.high == 1


def _origin_label(origin: Origin) -> str:
    if origin.kind is AttributionKind.NAMED:
        return origin.label
    if origin.kind is AttributionKind.NONE:
        return "no source named"
    detail = origin.label.split(": ", 1)[1] if ": " in origin.label else ""
    return f"{detail}, unnamed" if detail else f"{origin.kind.value} source"


def _scope_words(group: FigureGroup) -> str:
    return "all victims" if group.scope == TOTAL_SCOPE else group.label


def _supporters(origin: Origin, group: FigureGroup) -> set[ArticleId]:
    articles = set(origin.article_ids)
    for other in group.origins:
        if other.repeats == origin.key:
            articles.update(other.article_ids)
    return articles


def _evolution(group: FigureGroup, origin: Origin) -> list[BriefSentence]:
    """How the best origin's figure changed over dated reports (first and last differ)."""
    dated = [(p.date, p) for p in group.timeline if p.origin == origin.key and p.date is not None]
    if len(dated) < 2:
        return []
    (first_date, first), (last_date, last) = dated[0], dated[-1]
    if first_date == last_date or first.value == last.value:
        return []
    trend = "rose" if (last.value or 0) > (first.value or 0) else "fell"
    name = phrases.source_name(origin.label) if origin.kind is AttributionKind.NAMED else None
    whose = f"{phrases.capitalize(name)}'s figure" if name else "The figure"
    return _sentence(
        f"{whose} {trend} from {_point_text(first)} on {_date(first_date)} to "
        f"{_point_text(last)} on {_date(last_date)}.",
        (first.article_id, last.article_id),
        BriefSection.FIGURES,
    )


def _derived(group: FigureGroup, by_id: Mapping[str, FigureGroup]) -> list[BriefSentence]:
    """A derived group in words: no figure states it, so no quote is given as if it did; the
    sources' articles are cited."""
    est = group.estimate
    sources = [by_id[g] for g in group.derived_from if g in by_id]
    if est.best is None or len(sources) != len(group.derived_from):
        return []
    parts = " less ".join(
        f"{phrases.number(s.estimate.best or 0)} {'shot' if s.kind is FigureKind.CASUALTIES else 'killed'}"
        for s in sources
    )
    one = est.best == 1
    low, high = est.low if est.low is not None else est.best, est.high or est.best
    spread = (
        f"; range {phrases.number(low)} to {phrases.number(high)}"
        if (low, high) != (est.best,) * 2
        else ""
    )
    lead = (
        f"{phrases.counted(phrases.number(est.best), group.label, one=one)} "
        f"{phrases.verb(group.kind, one=one)} by derivation: {parts} "
        f"(no article states an injured count{spread})."
    )
    return _sentence(phrases.capitalize(lead), group.article_ids, BriefSection.FIGURES)


def _group_sentences(group: FigureGroup, by_id: Mapping[str, FigureGroup]) -> list[BriefSentence]:
    if group.derived_from:
        return _derived(group, by_id)
    points = {p.figure_id: p for p in group.timeline}
    best_id = group.estimate.best_figure_id
    if best_id is None or best_id not in points:
        return []
    best = points[best_id]
    origin = next(o for o in group.origins if best_id in o.figure_ids)
    one = _is_one(best)
    lead = (
        f"{phrases.counted(_point_text(best), group.label, one=one)} "
        f"{phrases.verb(group.kind, one=one)} "
        f"{phrases.according_to(origin.kind, origin.label)}."
    )
    out = _sentence(phrases.capitalize(lead), _supporters(origin, group), BriefSection.FIGURES)
    out += _evolution(group, origin)
    out += _others(group, origin, points)
    out += _estimate(group)
    return out


def _others(
    group: FigureGroup, origin: Origin, points: Mapping[FigureId, TimelinePoint]
) -> list[BriefSentence]:
    """What the other origins (not repeating the best one) give, latest figure each."""
    others = []
    cited: set[ArticleId] = set()
    for other in group.origins:
        if origin.key in (other.key, other.repeats):
            continue
        rep = max(
            (points[f] for f in other.figure_ids if f in points),
            key=lambda p: (p.date or dt.date.min, p.value or 0, p.figure_id),
        )
        others.append(
            f"{phrases.short_amount(rep.qualifier, rep.value, rep.low, rep.high)} "
            f"({_origin_label(other)})"
        )
        cited.update(other.article_ids)
        if len(others) == MAX_OTHER_ORIGINS:
            break
    if not others:
        return []
    listed = f"{', '.join(others[:-1])} and {others[-1]}" if len(others) > 1 else others[0]
    return _sentence(f"Other reports give {listed}.", cited, BriefSection.FIGURES)


def _estimate(group: FigureGroup) -> list[BriefSentence]:
    """Low / best / high with article and origin counts (groups of more than one figure)."""
    est = group.estimate
    if est.best is None or len(group.figure_ids) < 2:
        return []
    numbers = ", ".join(
        f"{name} {phrases.number(value)}"
        for name, value in (("low", est.low), ("best", est.best), ("high", est.high))
        if value is not None
    )
    return _sentence(
        f"Reconciled estimate of {phrases.KIND_NOUNS[group.kind]} ({_scope_words(group)}): "
        f"{numbers}, from {group.n_articles} article{'s' if group.n_articles != 1 else ''} and "
        f"{group.n_origins} independent origin{'s' if group.n_origins != 1 else ''}; "
        f"{_AGREEMENT_WORDS[group.agreement]}.",
        group.article_ids,
        BriefSection.FIGURES,
    )


def _brief_groups(groups: Sequence[FigureGroup]) -> list[FigureGroup]:
    """The groups worth a sentence: most articles first, then shown in their own order."""
    casualty_kinds = (FigureKind.KILLED, FigureKind.INJURED, FigureKind.CASUALTIES)
    ranked = sorted(
        range(len(groups)),
        key=lambda i: (groups[i].kind not in casualty_kinds, -groups[i].n_articles, i),
    )
    return [groups[i] for i in sorted(ranked[:MAX_FIGURE_GROUPS])]


def _disputed(groups: Sequence[FigureGroup]) -> list[BriefSentence]:
    article_of: dict[FigureId, ArticleId] = {
        p.figure_id: p.article_id for g in groups for p in g.timeline
    }
    out: list[BriefSentence] = []
    for group in groups:
        for conflict in group.conflicts:
            scope_flag = conflict.other_group_id is not None
            if (conflict.consistent and not scope_flag) or len(out) >= MAX_DISPUTED:
                continue
            out += _sentence(
                f"{'Note' if conflict.consistent else 'Disputed'}: {conflict.note}.",
                (article_of[f] for f in conflict.figure_ids if f in article_of),
                BriefSection.DISPUTED,
            )
    for group in groups:
        if group.agreement is not Agreement.OVERLAP or len(out) >= MAX_DISPUTED:
            continue
        values = sorted(
            (p for p in group.timeline if p.value is not None),
            key=lambda p: (p.low or p.value or 0, p.figure_id),
        )
        if len(values) < 2:
            continue
        low, high = values[0], values[-1]
        out += _sentence(
            f"Reported {phrases.KIND_NOUNS[group.kind]} ({_scope_words(group)}) range from "
            f"{phrases.short_amount(low.qualifier, low.value, low.low, low.high)} to "
            f"{phrases.short_amount(high.qualifier, high.value, high.low, high.high)} across "
            f"{group.n_origins} independent origins; the figures differ but can all be true.",
            group.article_ids,
            BriefSection.DISPUTED,
        )
    return out


def _single_source(claims: Sequence[SingleSourceClaim]) -> list[BriefSentence]:
    chosen = sorted(claims, key=lambda c: (c.support, c.article_id, c.span.start))
    chosen = sorted(chosen[:MAX_SINGLE_SOURCE], key=lambda c: (c.article_id, c.span.start))
    out: list[BriefSentence] = []
    for claim in chosen:
        out += _sentence(
            f"Only one article reports {phrases.quote(claim.text)} "
            f"({phrases.citing(claim.attribution)}).",
            (claim.article_id,),
            BriefSection.SINGLE_SOURCE,
        )
    return out


def build_brief(
    story: Story,
    articles: Sequence[Article],
    groups: Sequence[FigureGroup],
    single_source: Sequence[SingleSourceClaim],
) -> Brief:
    """The cited brief of ``story`` from its reconciled groups and single-source claims.

    ``references`` lists the cited articles in reference order (by ``Article.ref``); each
    sentence's citations are in that order too, so renderers number them ``[1]``, ``[2]``...
    """
    members = set(story.article_ids)
    in_story = sorted(
        (a for a in articles if a.article_id in members), key=lambda a: (a.ref, a.article_id)
    )
    shown = _brief_groups(groups)
    by_id = {g.group_id: g for g in groups}
    sentences = [
        *_overview(story, in_story),
        *(s for g in shown for s in _group_sentences(g, by_id)),
        *_disputed(shown),
        *_single_source(single_source),
    ]
    order = {a.article_id: i for i, a in enumerate(in_story)}
    cited = {c for s in sentences for c in s.citations}
    references = tuple(sorted(cited, key=lambda a: (order.get(a, len(order)), a)))
    position = {a: i for i, a in enumerate(references)}
    return Brief(
        story_id=story.story_id,
        sentences=tuple(
            BriefSentence(
                text=s.text,
                citations=tuple(sorted(s.citations, key=position.__getitem__)),
                section=s.section,
            )
            for s in sentences
        ),
        references=references,
        generator=BRIEF_GENERATOR,
    )
