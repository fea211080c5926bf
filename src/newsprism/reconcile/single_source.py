"""Claims only one source makes: informative sentences no other article of the story supports.

Support is sentence-level cross-article similarity from an injected multilingual embedder
(``embed(texts) -> rows``, L2-normalised). Scores of multilingual embedders bunch together (e5
cosines sit near 0.75-0.85 for related and unrelated sentences alike), so no absolute cut is used:
a sentence is unsupported when its best match in the other articles falls well below its
article's typical best match (see ``_thresholds``). A
sentence whose figure is stated in another article too is supported whatever the embedder says.

Copies (``StoryAssignment.duplicate_of``) are neither a source of claims nor of support: a copy
supports nothing. A story with a single original article has nothing to compare: no claims.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsprism.model.article import Article, Sentence
from newsprism.model.figures import Figure
from newsprism.model.ids import ArticleId
from newsprism.model.reconcile import SingleSourceClaim
from newsprism.model.stories import Story, StoryAssignment
from newsprism.reconcile.claims import is_informative, sentence_attribution
from newsprism.reconcile.compare import stated
from newsprism.reconcile.origins import root_articles

Embed = Callable[[Sequence[str]], np.ndarray]

#: Median absolute deviation to standard deviation for normal data.
_MAD_TO_SD = 1.4826
#: Informative sentences an article needs for its own median to be used (else the story's).
_MIN_OWN = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class SingleSourceParams:
    """Thresholds of ``find_single_source_claims`` (defaults checked on the example set).

    ``z``: how many robust standard deviations below the story's median best match a sentence
    must fall; ``min_spread``: floor on that deviation, so a story whose sentences all match
    equally well flags nothing by noise; ``max_per_article``: claims kept per article (the least
    supported); ``max_sentences``: sentences per article considered (bounds the cost of long
    pages); ``min_candidates``: below this many informative sentences the median is meaningless
    and nothing is flagged.
    """

    z: float = 1.5
    min_spread: float = 0.02
    max_per_article: int = 4
    max_sentences: int = 40
    min_candidates: int = 5


@dataclass(frozen=True, slots=True)
class _Unit:
    article_id: ArticleId
    sentence: Sentence
    text: str
    candidate: bool


def _units(
    article: Article, sentences: Sequence[Sentence], params: SingleSourceParams
) -> list[_Unit]:
    units = []
    for sentence in sorted(sentences, key=lambda s: s.index)[: params.max_sentences]:
        text = sentence.span.of(article.text)
        line_start = article.text.rfind("\n", 0, sentence.span.start) + 1
        line_end = article.text.find("\n", sentence.span.end)
        line = article.text[line_start : line_end if line_end >= 0 else len(article.text)]
        if not text.strip():
            continue
        units.append(_Unit(article.article_id, sentence, text, is_informative(text, line)))
    return units


def _thresholds(
    units: Sequence[_Unit],
    candidates: Sequence[int],
    best: np.ndarray,
    params: SingleSourceParams,
) -> dict[ArticleId, float]:
    """Per-article cut: the article's median best match minus ``z`` robust standard deviations
    of the story's residuals (best match minus its article's median).

    Centring per article removes what an article's language or length does to every score
    (Indonesian sentences match English ones less well across the board); the spread is shared
    so that a well-supported article's ordinary sentences are not flagged.
    """
    story_median = float(np.median(best[list(candidates)]))
    by_article: dict[ArticleId, list[int]] = {}
    for i in candidates:
        by_article.setdefault(units[i].article_id, []).append(i)
    medians = {
        a: float(np.median(best[idx])) if len(idx) >= _MIN_OWN else story_median
        for a, idx in by_article.items()
    }
    residuals = np.array([best[i] - medians[units[i].article_id] for i in candidates])
    spread = max(float(np.median(np.abs(residuals))) * _MAD_TO_SD, params.min_spread)
    return {a: m - params.z * spread for a, m in medians.items()}


def _figure_keys(figures: Sequence[Figure]) -> set[tuple[str, int]]:
    return {(f.kind.value, n) for f in figures if (n := stated(f.quantity)) is not None}


def _best_matches(units: Sequence[_Unit], vectors: np.ndarray) -> np.ndarray:
    """Each unit's highest similarity to a unit of another article (-1 when there is none)."""
    owners = np.array([u.article_id for u in units])
    best = np.full(len(units), -1.0)
    for article_id in sorted(set(owners.tolist())):
        mine = np.flatnonzero(owners == article_id)
        others = np.flatnonzero(owners != article_id)
        if others.size:
            best[mine] = (vectors[mine] @ vectors[others].T).max(axis=1)
    return best


def _figures_by_sentence(
    figures: Sequence[Figure], members: set[ArticleId]
) -> dict[tuple[ArticleId, int], list[Figure]]:
    found: dict[tuple[ArticleId, int], list[Figure]] = {}
    for figure in sorted(figures, key=lambda f: f.figure_id):
        if figure.article_id in members:
            found.setdefault((figure.article_id, figure.sentence_index), []).append(figure)
    return found


def _stated_elsewhere(
    by_sentence: Mapping[tuple[ArticleId, int], Sequence[Figure]],
    roots: Mapping[ArticleId, ArticleId],
) -> dict[ArticleId, set[tuple[str, int]]]:
    """Per original article, the (kind, number) pairs that some *other* article states."""
    per_article: dict[ArticleId, set[tuple[str, int]]] = {}
    for (article_id, _), found in by_sentence.items():
        per_article.setdefault(roots.get(article_id, article_id), set()).update(_figure_keys(found))
    return {
        a: set().union(*(keys for b, keys in per_article.items() if b != a)) for a in per_article
    }


def find_single_source_claims(
    story: Story,
    articles: Sequence[Article],
    sentences_by_article: Mapping[ArticleId, Sequence[Sentence]],
    figures: Sequence[Figure],
    embed: Embed,
    *,
    assignments: Sequence[StoryAssignment] = (),
    params: SingleSourceParams | None = None,
) -> tuple[SingleSourceClaim, ...]:
    """Sentences of the story's articles whose content no other article supports.

    Returns claims sorted by article id and sentence position, each with the sentence's own
    attribution (from its figures, else its cues), its best support score and the threshold.
    """
    params = params or SingleSourceParams()
    members = set(story.article_ids)
    roots = root_articles([a for a in assignments if a.article_id in members])
    originals = sorted(
        {
            a.article_id: a
            for a in articles
            if a.article_id in members and a.article_id not in roots
        }.values(),
        key=lambda a: a.article_id,
    )
    if len(originals) < 2:
        return ()
    # Only informative sentences are embedded and compared: a claim is supported by another
    # claim, not by a navigation line or a caption (and embedding is the expensive step).
    units = [
        u
        for a in originals
        for u in _units(a, sentences_by_article.get(a.article_id, ()), params)
        if u.candidate
    ]
    candidates = list(range(len(units)))
    if len(candidates) < params.min_candidates:
        return ()
    best = _best_matches(units, np.asarray(embed([u.text for u in units]), dtype=np.float64))
    thresholds = _thresholds(units, candidates, best, params)
    by_sentence = _figures_by_sentence(figures, members)
    elsewhere = _stated_elsewhere(by_sentence, roots)
    chosen: dict[ArticleId, list[tuple[float, int]]] = {}
    for i in candidates:
        unit = units[i]
        own = by_sentence.get((unit.article_id, unit.sentence.index), [])
        if best[i] >= thresholds[unit.article_id] or (
            own and _figure_keys(own) & elsewhere.get(unit.article_id, set())
        ):
            continue
        chosen.setdefault(unit.article_id, []).append((float(best[i]), i))
    claims = []
    for article_id, items in chosen.items():
        for score, i in sorted(items)[: params.max_per_article]:
            unit = units[i]
            own = by_sentence.get((article_id, unit.sentence.index), [])
            claims.append(
                SingleSourceClaim(
                    article_id=article_id,
                    sentence_index=unit.sentence.index,
                    span=unit.sentence.span,
                    text=unit.text,
                    attribution=sentence_attribution(unit.text, own),
                    support=round(score, 4),
                    threshold=round(thresholds[article_id], 4),
                    figure_ids=tuple(f.figure_id for f in own),
                )
            )
    return tuple(sorted(claims, key=lambda c: (c.article_id, c.span.start)))
