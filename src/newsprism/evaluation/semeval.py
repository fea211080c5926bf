"""Pair-similarity evaluation on SemEval-2022 task 8 (multilingual news-article pairs).

Pearson correlation between our same-story scores and the negated human ``Overall`` rating
(1 = very similar ... 4 = very dissimilar), so a higher r is better. The pairs are scored the
way clustering scores candidate pairs: inside one batch (all articles of the file), against
each article's background in the partner's language, calibrated per language pair within the
batch (``similarity.language_pair_calibration``). Three scores are reported: ``pearson``,
the calibrated embedding score ``z`` (our similarity score); ``combined_pearson``, the full
clustering score (``z`` plus shared names, numbers, places, event signatures and
disagreements, as ``cluster_stories`` scores candidate pairs; the pairs have no dates); and
``cosine_pearson``, the raw cosine, as baseline.
"""

from __future__ import annotations

import csv
import dataclasses
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsprism.cluster.concepts import article_concepts, concept_keys
from newsprism.cluster.embedding import LEAD_CHARS, Embedder, embedding_text
from newsprism.cluster.evidence import Batch, score_parts
from newsprism.cluster.signals import KEY_LEAD_CHARS, article_keys
from newsprism.cluster.similarity import (
    Background,
    ScoreParams,
    background,
    language_pair_calibration,
    z_scores,
)
from newsprism.model.article import Article
from newsprism.model.ids import article_id_for

#: Cleaner name recorded on articles built by this loader.
SEMEVAL_CLEANER = "eval"


@dataclass(frozen=True, slots=True, kw_only=True)
class PairScores:
    """Correlations of our pair scores with human ``Overall`` ratings (negated)."""

    pairs: int
    pearson: float
    combined_pearson: float
    cosine_pearson: float
    seconds: float


def load_semeval(csv_path: Path) -> list[tuple[Article, Article, float]]:
    """Pairs ``(article 1, article 2, Overall)`` from a SemEval-2022 task 8 CSV."""
    csv.field_size_limit(1 << 30)
    pairs: list[tuple[Article, Article, float]] = []
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            left = _semeval_article(row["text1"], row["lang1"], row["pair_id"] + "#1")
            right = _semeval_article(row["text2"], row["lang2"], row["pair_id"] + "#2")
            pairs.append((left, right, float(row["Overall"])))
    return pairs


def _semeval_article(text: str, lang: str, ref: str) -> Article:
    clean = " ".join(text.split())
    return Article(
        article_id=article_id_for(clean),
        ref=ref,
        title="",
        text=clean,
        lang=lang,
        lang_confidence=1.0,
        cleaner=SEMEVAL_CLEANER,
    )


def _batch(articles: Sequence[Article], vectors: np.ndarray, bg: Background) -> Batch:
    """The clustering evidence of the articles (keys and cross-lingual concepts of the lead,
    as ``cluster_stories`` draws them; the pairs carry no dates)."""
    concepts = tuple(
        article_concepts(a.text[:KEY_LEAD_CHARS], a.lang, a.published) for a in articles
    )
    keys = tuple(
        article_keys(a.title, a.text) | concept_keys(c)
        for a, c in zip(articles, concepts, strict=True)
    )
    return Batch(tuple(articles), vectors, keys, bg, concepts)


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson correlation coefficient (0.0 when either side is constant)."""
    a, b = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    a, b = a - a.mean(), b - b.mean()
    denom = math.sqrt(float(a @ a) * float(b @ b))
    return float(a @ b) / denom if denom else 0.0


def evaluate_semeval(
    csv_path: Path,
    embedder: Embedder,
    *,
    lead_chars: int = LEAD_CHARS,
    params: ScoreParams | None = None,
) -> PairScores:
    """Pearson r of our pair scores against ``-Overall`` on a SemEval-2022 task 8 CSV.

    ``lead_chars`` is how much of each text is embedded (the clustering default unless given).
    """
    start = time.perf_counter()
    pairs = load_semeval(csv_path)
    pair_texts = [
        (embedding_text(left, lead_chars=lead_chars), embedding_text(right, lead_chars=lead_chars))
        for left, right, _ in pairs
    ]
    articles: dict[str, Article] = {}
    for (left, right, _), texts_of_pair in zip(pairs, pair_texts, strict=True):
        for article, text in zip((left, right), texts_of_pair, strict=True):
            articles.setdefault(text, article)
    texts = sorted(articles)
    index = {t: i for i, t in enumerate(texts)}
    vectors = embedder.embed(texts)
    ordered = [(index[a], index[b]) for a, b in pair_texts]
    left_rows = np.array([i for i, _ in ordered], dtype=np.int64)
    right_rows = np.array([j for _, j in ordered], dtype=np.int64)
    bg = background(vectors, [articles[t].lang for t in texts])
    bg = dataclasses.replace(bg, calibration=language_pair_calibration(vectors, bg))
    cosines = np.einsum("kd,kd->k", vectors[left_rows], vectors[right_rows]).astype(np.float64)
    batch = _batch([articles[t] for t in texts], vectors, bg)
    combined = score_parts(batch, ordered, params or ScoreParams()).total()
    human = [-overall for _, _, overall in pairs]
    return PairScores(
        pairs=len(pairs),
        pearson=pearson(z_scores(cosines, left_rows, right_rows, bg).tolist(), human),
        combined_pearson=pearson(combined.tolist(), human),
        cosine_pearson=pearson(cosines.tolist(), human),
        seconds=time.perf_counter() - start,
    )
