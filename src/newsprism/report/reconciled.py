"""Reconciled figure groups, single-source claims and the brief as JSON-ready records.

The group fields named by the ``newsprism reconcile`` contract (``story``, ``articles``, ``kind``,
``scope``, ``low``, ``best``, ``high``, ``n_articles``, ``n_origins``, ``origins``, ``rule``,
``figures``) are a public interface: extend, never rename.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsprism.brief.phrases import origin_name
from newsprism.model.ids import ArticleId
from newsprism.model.reconcile import Brief, BriefMark, FigureGroup, Origin, SingleSourceClaim
from newsprism.report.serialize import JsonDict, iso_date


def _origin_name(origin: Origin, langs: Mapping[ArticleId, str] | None) -> str:
    english = langs is None or all(langs.get(a) == "en" for a in origin.article_ids)
    return origin_name(origin.kind, origin.label, english=english)


def _marks(marks: tuple[BriefMark, ...]) -> list[JsonDict]:
    return [{"start": m.start, "end": m.end, "figure": m.figure_id} for m in marks]


def group_to_json(
    group: FigureGroup,
    refs: Mapping[ArticleId, str],
    figures: Mapping[str, JsonDict],
    langs: Mapping[ArticleId, str] | None = None,
) -> JsonDict:
    """One reconciled figure group with the figures behind it (``langs``, the articles'
    languages, decide whether an unnamed source's wording is quoted as is)."""
    estimate = group.estimate
    best_point = next((p for p in group.timeline if p.figure_id == estimate.best_figure_id), None)
    return {
        "group": group.group_id,
        "story": group.story_id,
        "parent": group.parent_group_id,
        "articles": sorted(refs[a] for a in group.article_ids),
        "kind": group.kind.value,
        "scope": group.scope,
        "label": group.label,
        "place": group.place,
        "period": group.period,
        "low": estimate.low,
        "best": estimate.best,
        "high": estimate.high,
        "best_figure": estimate.best_figure_id,
        "as_of": iso_date(best_point.date) if best_point is not None else None,
        "rule": estimate.rule,
        "agreement": group.agreement.value,
        "n_articles": group.n_articles,
        "n_origins": group.n_origins,
        "origins": [o.label for o in group.origins if o.independent],
        "origin_details": [
            {
                "key": o.key,
                "label": o.label,
                "name": _origin_name(o, langs),
                "attribution": o.kind.value,
                "articles": sorted(refs[a] for a in o.article_ids),
                "independent": o.independent,
                "repeats": o.repeats,
            }
            for o in group.origins
        ],
        "figures": [figures[f] for f in group.figure_ids if f in figures],
        "timeline": [
            {
                "origin": p.origin,
                "date": iso_date(p.date),
                "article": refs[p.article_id],
                "figure": p.figure_id,
                "qualifier": p.qualifier.value,
                "low": p.low,
                "value": p.value,
                "high": p.high,
            }
            for p in group.timeline
        ],
        "conflicts": [
            {
                "reason": c.reason.value,
                "consistent": c.consistent,
                "origins": list(c.origins),
                "figures": list(c.figure_ids),
                "explanation": c.note,
                "other_group": c.other_group_id,
            }
            for c in group.conflicts
        ],
        "method": group.method,
        "derived_from": list(group.derived_from),
    }


def claim_to_json(claim: SingleSourceClaim, refs: Mapping[ArticleId, str]) -> JsonDict:
    """A sentence no other article of the story supports, with who it cites."""
    return {
        "article": refs[claim.article_id],
        "text": claim.text,
        "start": claim.span.start,
        "end": claim.span.end,
        "sentence": claim.sentence_index,
        "attribution": claim.attribution.kind.value,
        "source": claim.attribution.source,
        "support": round(claim.support, 4),
        "threshold": round(claim.threshold, 4),
        "figures": list(claim.figure_ids),
    }


def brief_to_json(brief: Brief, refs: Mapping[ArticleId, str]) -> JsonDict:
    """The brief: sentences with the articles cited, and the numbered reference list."""
    numbers = {article_id: i + 1 for i, article_id in enumerate(brief.references)}
    return {
        "generator": brief.generator,
        "references": [refs[a] for a in brief.references],
        "sentences": [
            {
                "text": s.text,
                "section": s.section.value,
                "citations": [refs[a] for a in s.citations],
                "numbers": [numbers[a] for a in s.citations if a in numbers],
                "marks": _marks(s.marks),
            }
            for s in brief.sentences
        ],
        "key_numbers": [
            {
                "kind": k.kind.value,
                "group": k.group_id,
                "text": k.text,
                "low": k.low,
                "best": k.best,
                "high": k.high,
                "origin": k.origin,
                "as_of": iso_date(k.as_of),
                "figure": k.figure_id,
                "citations": [refs[a] for a in k.citations],
                "numbers": [numbers[a] for a in k.citations if a in numbers],
                "marks": _marks(k.marks),
            }
            for k in brief.key_numbers
        ],
    }
