"""Benchmark: story clustering time for N articles whose embeddings are already cached.

Synthesises a corpus of N articles in events of 1-12 articles (geometric sizes, mean ~3): each
event has a centre direction, a place name, a toll and a date; its articles' vectors are the
e5-like shared offset + centre + noise (unrelated cosines ~0.75, same-event ~0.9), and their texts
are short generated reports. Vectors are put in a ``MemoryEmbeddingCache`` first, so the timing
covers clustering only (keys, copies, blocking, scoring, agglomeration), as for a re-run over a
store. Prints seconds, microseconds per article and B-cubed F1 against the planted events.

    .venv/bin/python bench/stories.py 10000 30000 100000
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Sequence

import numpy as np

from newsprism.cluster.embedding import (
    CachedEmbedder,
    MemoryEmbeddingCache,
    embedding_text,
    text_key,
)
from newsprism.cluster.stories import cluster_stories
from newsprism.evaluation.stories import bcubed
from newsprism.model.article import Article
from newsprism.model.ids import article_id_for

DIM = 384
_SYLLABLES = ["ka", "ro", "mi", "te", "lu", "sa", "no", "vi", "da", "pe", "zu", "ho"]


class _NoModel:
    """Fails if asked to embed: every vector must come from the cache."""

    model_name = "bench/v1"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        msg = f"{len(texts)} texts were not cached"
        raise AssertionError(msg)


def _name(rng: np.random.Generator) -> str:
    return "".join(rng.choice(_SYLLABLES, size=4)).title()


def synthesise(n: int, seed: int = 0) -> tuple[list[Article], dict[str, str], MemoryEmbeddingCache]:
    """``n`` articles, their planted event per id, and a cache holding their vectors."""
    rng = np.random.default_rng(seed)
    common = rng.standard_normal(DIM)
    common /= np.linalg.norm(common)
    articles: list[Article] = []
    gold: dict[str, str] = {}
    vectors: dict[str, np.ndarray] = {}
    start = dt.date(2024, 1, 1)
    event = 0
    while len(articles) < n:
        size = min(int(rng.geometric(0.35)), 12, n - len(articles))
        centre = rng.standard_normal(DIM)
        centre /= np.linalg.norm(centre)
        place, person = _name(rng), _name(rng)
        toll = int(rng.integers(2, 2000))
        day = start + dt.timedelta(days=int(rng.integers(0, 365)))
        for k in range(size):
            title = f"{place}: {toll} killed, says {person} ({k})"
            text = (
                f"Officials in {place} said {toll} people were killed on day {k}; "
                f"{person} told reporters that rescue work continued. "
                + " ".join(rng.choice(_SYLLABLES, size=30))
            )
            article = Article(
                article_id=article_id_for(f"{event}/{k}/{text}"),
                ref=f"e{event}-{k}",
                title=title,
                text=text,
                lang="en",
                lang_confidence=1.0,
                cleaner="bench",
                published=day + dt.timedelta(days=int(rng.integers(0, 3))),
                outlet=f"outlet{int(rng.integers(0, 200))}",
            )
            noise = rng.standard_normal(DIM)
            vec = 1.7 * common + centre + 0.55 * noise / np.linalg.norm(noise)
            vectors[text_key(embedding_text(article))] = (vec / np.linalg.norm(vec)).astype(
                np.float32
            )
            articles.append(article)
            gold[article.article_id] = f"e{event}"
        event += 1
    cache = MemoryEmbeddingCache()
    cache.save_embeddings(_NoModel.model_name, vectors)
    return articles, gold, cache


def run(n: int) -> tuple[float, float]:
    """Cluster ``n`` synthetic articles; return (seconds, B-cubed F1)."""
    articles, gold, cache = synthesise(n)
    embedder = CachedEmbedder(_NoModel(), cache)
    begin = time.perf_counter()
    result = cluster_stories(articles, embedder)
    seconds = time.perf_counter() - begin
    pred = {str(a.article_id): str(a.story_id) for a in result.assignments}
    return seconds, bcubed(pred, gold)[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 30_000, 100_000])
    args = parser.parse_args()
    print(f"{'articles':>9} {'seconds':>9} {'us/article':>11} {'B3 F1':>7}")  # noqa: T201
    for n in args.sizes:
        seconds, f1 = run(n)
        print(f"{n:>9} {seconds:>9.1f} {1e6 * seconds / n:>11.0f} {f1:>7.3f}", flush=True)  # noqa: T201


if __name__ == "__main__":
    main()
