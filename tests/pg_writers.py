"""Processes that write one PostgreSQL store at once (tests/unit/store/test_postgres.py); a
module of their own because spawned processes import their code by name."""

from __future__ import annotations

import time

import numpy as np

from newsprism.model.article import Article
from newsprism.model.ids import article_id_for

SHARED = 120  # articles every writer adds
OWN = 40  # articles only one writer adds


def _article(text: str) -> Article:
    return Article(
        article_id=article_id_for(text),
        ref=f"ref-{text[:16]}",
        title="Title",
        text=text,
        lang="en",
        lang_confidence=0.9,
        cleaner="clean.text.v1",
    )


def write(url: str, number: int, start: float) -> tuple[int, int]:
    """Open the store at ``start`` (all writers at once) and add the shared articles and this
    writer's own, in small batches and a writer-specific order; return (added, skipped)."""
    from newsprism.store.postgres import PostgresStore

    shared = [_article(f"Shared article {n}.") for n in range(SHARED)]
    own = [_article(f"Article {n} of writer {number}.") for n in range(OWN)]
    mixed = [*shared[number % 2 :: 2], *own, *shared[(number + 1) % 2 :: 2]]
    if number % 2:
        mixed.reverse()
    time.sleep(max(0.0, start - time.time()))
    with PostgresStore(url, batch_size=7) as store:
        result = store.add_articles(mixed)
        store.save_embeddings("m", {f"k{n}": np.full(3, n) for n in range(50)})
    return result.added, result.skipped_existing


def hold_story_lock(url: str, start: float) -> tuple[float, float]:
    """Take the story lock at ``start`` and hold it 0.3 s; return when it was held
    (``time.monotonic``, comparable across processes on one machine)."""
    from newsprism.store.postgres import PostgresStore

    time.sleep(max(0.0, start - time.time()))
    with PostgresStore(url) as store, store.story_lock():
        entered = time.monotonic()
        time.sleep(0.3)
        return entered, time.monotonic()
