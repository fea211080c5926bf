"""Originating sources and their independence.

Five articles are not five confirmations. A figure's origin is who it is attributed to (the
Observatory), not the outlet that printed it. Rules, in order:

1. A named source is one origin wherever it is printed (keyed by ``source_norm``, else by its
   normalised name).
2. Anonymous, vague and unattributed figures belong to their article: nothing shows that two
   unnamed sources are the same. Copies (``StoryAssignment.duplicate_of``) belong to the article
   they copy, so a copy never adds an origin.
3. An unattributed figure restating, in the same article, a number attributed there to a better
   source (a bullet point summing up the body) takes that source as its origin.
4. An origin whose every figure states what a named origin states most likely repeats it: it is
   listed (``repeats``) but not counted as independent.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from newsprism.model.figures import AttributionKind, Figure
from newsprism.model.ids import ArticleId, FigureId
from newsprism.model.reconcile import Agreement, Origin
from newsprism.model.stories import StoryAssignment
from newsprism.reconcile.compare import compare

#: Attribution strength: a named origin outweighs an anonymous one, which outweighs vague
#: wording ("reports indicate"), which outweighs no attribution at all.
TIER: Mapping[AttributionKind, int] = {
    AttributionKind.NAMED: 3,
    AttributionKind.ANONYMOUS: 2,
    AttributionKind.VAGUE: 1,
    AttributionKind.NONE: 0,
}

_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def root_articles(assignments: Sequence[StoryAssignment]) -> dict[ArticleId, ArticleId]:
    """Each article mapped to the original it copies (following chains; cycles stop)."""
    copies = {a.article_id: a.duplicate_of for a in assignments if a.duplicate_of is not None}
    roots: dict[ArticleId, ArticleId] = {}
    for article_id in sorted(copies):
        seen = [article_id]
        while (target := copies.get(seen[-1])) is not None and target not in seen:
            seen.append(target)
        # A cycle of copies has no original: its smallest id stands for all of them.
        roots[article_id] = seen[-1] if copies.get(seen[-1]) is None else min(seen)
    return roots


def effective_kind(figure: Figure) -> AttributionKind:
    """The attribution kind, treating "named" without a name as unattributed."""
    attribution = figure.attribution
    if attribution.kind is AttributionKind.NAMED and not (
        attribution.source_norm or attribution.source
    ):
        return AttributionKind.NONE
    return attribution.kind


def source_key(figure: Figure) -> str | None:
    """The normalised name of a named source ("syrian observatory for human rights")."""
    attribution = figure.attribution
    if effective_kind(figure) is not AttributionKind.NAMED:
        return None
    if attribution.source_norm:
        return attribution.source_norm.strip().lower()
    name = _LEADING_ARTICLE.sub("", (attribution.source or "").strip())
    return _NON_WORD.sub(" ", name).strip().lower()


def origin_key(figure: Figure, roots: Mapping[ArticleId, ArticleId]) -> str:
    """The origin of one figure before restatements are resolved (rules 1 and 2)."""
    name = source_key(figure)
    if name is not None:
        return f"named:{name}"
    article = roots.get(figure.article_id, figure.article_id)
    return f"{effective_kind(figure).value}:{article}"


def assign_origins(
    figures: Sequence[Figure], roots: Mapping[ArticleId, ArticleId]
) -> dict[FigureId, str]:
    """Origin key of every figure of one group (rules 1-3)."""
    keys = {f.figure_id: origin_key(f, roots) for f in figures}
    attributed: dict[ArticleId, list[Figure]] = {}
    for figure in figures:
        if effective_kind(figure) is not AttributionKind.NONE:
            attributed.setdefault(roots.get(figure.article_id, figure.article_id), []).append(
                figure
            )
    for figure in figures:
        if effective_kind(figure) is not AttributionKind.NONE:
            continue
        article = roots.get(figure.article_id, figure.article_id)
        better = sorted(
            (-TIER[effective_kind(other)], keys[other.figure_id])
            for other in attributed.get(article, ())
            if compare(figure.quantity, other.quantity) is Agreement.AGREE
        )
        if better:
            keys[figure.figure_id] = better[0][1]
    return keys


def _label(figures: Sequence[Figure], kind: AttributionKind) -> str:
    names = Counter((f.attribution.source or "").strip() for f in figures)
    names.pop("", None)
    name = sorted(names.items(), key=lambda item: (-item[1], item[0]))[0][0] if names else None
    if kind is AttributionKind.NAMED and name:
        return name
    if kind is AttributionKind.NONE:
        return "unattributed"
    return f"{kind.value}: {name}" if name else kind.value


def build_origins(figures: Sequence[Figure], keys: Mapping[FigureId, str]) -> tuple[Origin, ...]:
    """The origins of one group, sorted by key, with independence decided (rule 4)."""
    by_key: dict[str, list[Figure]] = {}
    for figure in figures:
        by_key.setdefault(keys[figure.figure_id], []).append(figure)
    # Distinct quantities only: a story repeats the same few numbers many times.
    named = {
        k: sorted({f.quantity for f in fs}, key=repr)
        for k, fs in by_key.items()
        if k.startswith("named:")
    }
    origins = []
    for key in sorted(by_key):
        members = sorted(by_key[key], key=lambda f: f.figure_id)
        kind = max((effective_kind(f) for f in members), key=lambda k: TIER[k])
        repeats = None
        if key not in named:
            repeats = next(
                (
                    other
                    for other in sorted(named)
                    if all(
                        any(compare(q, g) is Agreement.AGREE for g in named[other])
                        for q in {f.quantity for f in members}
                    )
                ),
                None,
            )
        origins.append(
            Origin(
                key=key,
                label=_label(members, kind),
                kind=kind,
                article_ids=tuple(sorted({f.article_id for f in members})),
                figure_ids=tuple(f.figure_id for f in members),
                independent=repeats is None,
                repeats=repeats,
            )
        )
    return tuple(origins)
