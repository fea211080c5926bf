"""Claims only one source makes: informative sentences no other article of the story supports.

Support is decided cheaply first; the embedder sees only a few sentences per article:

1. **Figures**: a sentence whose figure (kind and number) another article states is supported.
2. **Words**: every informative sentence gets the TF-IDF cosine of its words with its closest
   sentence in another article of the story (numbers, names and places count in any language).
   A sentence that shares ``lexical_support`` of its words with another is supported; of the
   others, an article's ``candidates_per_article`` least matched sentences below its median
   (the lexically novel ones) are its candidates.
3. **Meaning**: the candidates and, for each, its closest sentence by words in another article
   are embedded with the injected multilingual embedder (``embed(texts) -> rows``,
   L2-normalised), which also matches paraphrases and translations. A candidate is unsupported
   when its best match among the embedded sentences of other articles falls well below its
   article's typical candidate (see ``_thresholds``): scores of multilingual embedders bunch
   together (e5 cosines sit near 0.75-0.85 for related and unrelated sentences alike), so no
   absolute cut is used.

Copies (``StoryAssignment.duplicate_of``) are neither a source of claims nor of support: a copy
supports nothing. A story with a single original article has nothing to compare: no claims.
"""

from __future__ import annotations

import math
import re
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
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True, kw_only=True)
class SingleSourceParams:
    """Thresholds of ``find_single_source_claims`` (defaults checked on the example set).

    ``z``: how many robust standard deviations below its article's typical candidate a
    candidate's best match must fall; ``min_spread``: floor on that deviation, so a story whose
    sentences all match equally well flags nothing by noise; ``lexical_support``: a word cosine
    at which a sentence is supported whatever the others do (the same sentence, lightly
    edited); ``candidates_per_article``: lexically novel sentences per article checked with the
    embedder (8 and ``z`` 1.0 were checked on the example set with e5); ``max_per_article``:
    claims kept per article (the least supported); ``max_sentences``: sentences per article considered (bounds the cost of long
    pages); ``min_candidates``: below this many informative sentences the median is meaningless
    and nothing is flagged.
    """

    z: float = 1.0
    min_spread: float = 0.02
    lexical_support: float = 0.5
    candidates_per_article: int = 8
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
    units: Sequence[_Unit], rows: Sequence[int], best: np.ndarray, params: SingleSourceParams
) -> dict[ArticleId, float]:
    """Per-article cut over the candidates ``rows`` (``best`` aligned with them): the article's
    median best match minus ``z`` robust standard deviations of the story's residuals (best
    match minus its article's median).

    Centring per article removes what an article's language or length does to every score
    (Indonesian sentences match English ones less well across the board); the spread is shared
    so that a well-supported article's ordinary sentences are not flagged.
    """
    story_median = float(np.median(best))
    by_article: dict[ArticleId, list[int]] = {}
    for k, i in enumerate(rows):
        by_article.setdefault(units[i].article_id, []).append(k)
    medians = {
        a: float(np.median(best[idx])) if len(idx) >= _MIN_OWN else story_median
        for a, idx in by_article.items()
    }
    residuals = np.array([best[k] - medians[units[i].article_id] for k, i in enumerate(rows)])
    spread = max(float(np.median(np.abs(residuals))) * _MAD_TO_SD, params.min_spread)
    return {a: m - params.z * spread for a, m in medians.items()}


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if len(w) > 1 or w.isdigit()]


def _lexical_vectors(units: Sequence[_Unit]) -> np.ndarray:
    """TF-IDF rows of the units' words, L2-normalised over every word.

    Only words used by at least two articles can make two articles' sentences similar, so the
    matrix has a column for those only (the others still count in a sentence's norm).
    """
    bags = [_words(u.text) for u in units]
    owners_of: dict[str, set[ArticleId]] = {}
    df: dict[str, int] = {}
    for unit, bag in zip(units, bags, strict=True):
        for word in set(bag):
            owners_of.setdefault(word, set()).add(unit.article_id)
            df[word] = df.get(word, 0) + 1
    n = len(units)
    columns = {w: j for j, w in enumerate(sorted(w for w, o in owners_of.items() if len(o) > 1))}
    matrix = np.zeros((n, max(len(columns), 1)), dtype=np.float32)
    for i, bag in enumerate(bags):
        counts: dict[str, int] = {}
        for word in bag:
            counts[word] = counts.get(word, 0) + 1
        weights = {w: (1.0 + math.log(c)) * math.log(1.0 + n / df[w]) for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        for word, weight in weights.items():
            if (j := columns.get(word)) is not None:
                matrix[i, j] = weight / norm
    return matrix


def _best_matches(
    owners: Sequence[ArticleId], vectors: np.ndarray, rows: Sequence[int], targets: Sequence[int]
) -> tuple[np.ndarray, np.ndarray]:
    """For each of ``rows`` (indices into ``vectors``), its highest similarity to one of
    ``targets`` owned by another article, and that target (-1 and -1 when there is none)."""
    best = np.full(len(rows), -1.0)
    which = np.full(len(rows), -1, dtype=np.int64)
    row_ids = np.asarray(rows, dtype=np.int64)
    target_ids = np.asarray(targets, dtype=np.int64)
    if not row_ids.size or not target_ids.size:
        return best, which
    owner = np.asarray(owners, dtype=object)
    row_owner = owner[row_ids]
    target_owner = owner[target_ids]
    for article_id in sorted(set(row_owner.tolist())):
        mine = np.flatnonzero(row_owner == article_id)
        others = target_ids[target_owner != article_id]
        if others.size:
            scores = vectors[row_ids[mine]] @ vectors[others].T
            best[mine] = scores.max(axis=1)
            which[mine] = others[scores.argmax(axis=1)]
    return best, which


def _novel(
    units: Sequence[_Unit], lexical: np.ndarray, supported: set[int], params: SingleSourceParams
) -> list[int]:
    """Each article's lexically novel units: at most ``candidates_per_article`` of its least
    matched units, below its median match, and not supported by figures or shared words."""
    by_article: dict[ArticleId, list[int]] = {}
    for i, unit in enumerate(units):
        by_article.setdefault(unit.article_id, []).append(i)
    chosen: list[int] = []
    for indices in by_article.values():
        median = float(np.median(lexical[indices]))
        open_ = [
            i
            for i in indices
            if i not in supported
            and lexical[i] < params.lexical_support
            and (lexical[i] <= median or len(indices) < _MIN_OWN)
        ]
        chosen.extend(sorted(open_, key=lambda i: (lexical[i], i))[: params.candidates_per_article])
    return sorted(chosen)


def _figure_keys(figures: Sequence[Figure]) -> set[tuple[str, int]]:
    return {(f.kind.value, n) for f in figures if (n := stated(f.quantity)) is not None}


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
    attribution (from its figures, else its cues), its best support score and the threshold
    (word cosines, or embedding cosines for a sentence checked across languages).
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
    # Only informative sentences are compared: a claim is supported by another claim, not by
    # a navigation line or a caption.
    units = [
        u
        for a in originals
        for u in _units(a, sentences_by_article.get(a.article_id, ()), params)
        if u.candidate
    ]
    if len(units) < params.min_candidates:
        return ()
    owners = [u.article_id for u in units]
    lexical, closest = _best_matches(
        owners, _lexical_vectors(units), range(len(units)), range(len(units))
    )
    by_sentence = _figures_by_sentence(figures, members)
    elsewhere = _stated_elsewhere(by_sentence, roots)
    by_figures = {
        i
        for i, u in enumerate(units)
        if _figure_keys(by_sentence.get((u.article_id, u.sentence.index), []))
        & elsewhere.get(u.article_id, set())
    }
    candidates = _novel(units, lexical, by_figures, params)
    if not candidates:
        return ()
    # Embedded: the candidates and each one's closest sentence by words in another article.
    embedded = sorted({*candidates, *(int(closest[i]) for i in candidates if closest[i] >= 0)})
    position = {i: k for k, i in enumerate(embedded)}
    vectors = np.asarray(embed([units[i].text for i in embedded]), dtype=np.float64)
    best, _ = _best_matches(
        [owners[i] for i in embedded],
        vectors,
        [position[i] for i in candidates],
        range(len(embedded)),
    )
    thresholds = _thresholds(units, candidates, best, params)
    chosen: dict[ArticleId, list[tuple[float, int]]] = {}
    for k, i in enumerate(candidates):
        if best[k] < thresholds[owners[i]]:
            chosen.setdefault(owners[i], []).append((float(best[k]), k))
    claims = []
    for article_id, items in chosen.items():
        for score, k in sorted(items)[: params.max_per_article]:
            unit = units[candidates[k]]
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
