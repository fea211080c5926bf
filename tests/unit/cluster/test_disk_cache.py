from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from newsprism.cluster.disk_cache import DiskEmbeddingCache, default_cache_path
from newsprism.cluster.embedding import CachedEmbedder


class CountingEmbedder:
    model_name = "test-model"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.seen.extend(texts)
        rows = np.array([[len(t), t.count("a") + 1.0, 1.0] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_a_second_run_embeds_nothing_and_gets_the_same_vectors(tmp_path: Path) -> None:
    texts = ["a banana", "cherry", "a banana", "date palm"]
    first_model = CountingEmbedder()
    first = CachedEmbedder(first_model, DiskEmbeddingCache(tmp_path / "c.sqlite")).embed(texts)
    assert sorted(first_model.seen) == ["a banana", "cherry", "date palm"]
    second_model = CountingEmbedder()
    reopened = DiskEmbeddingCache(tmp_path / "c.sqlite")
    second = CachedEmbedder(second_model, reopened).embed(texts)
    assert second_model.seen == []
    np.testing.assert_allclose(first, second, rtol=1e-6)


def test_vectors_are_kept_per_model(tmp_path: Path) -> None:
    cache = DiskEmbeddingCache(tmp_path / "c.sqlite")
    cache.save_embeddings("m1", {"k": np.ones(3, dtype=np.float32)})
    assert set(cache.load_embeddings("m1", ["k", "other"])) == {"k"}
    assert cache.load_embeddings("m2", ["k"]) == {}


def test_missing_texts_are_embedded_shortest_first_and_progress_is_told(tmp_path: Path) -> None:
    model = CountingEmbedder()
    told: list[int] = []
    embedder = CachedEmbedder(
        model, DiskEmbeddingCache(tmp_path / "c.sqlite"), progress=told.append
    )
    embedder.embed(["a much longer text", "mid text", "a"])
    assert model.seen == ["a", "mid text", "a much longer text"]
    assert sum(told) == 3


def test_the_cache_path_follows_the_environment(tmp_path: Path) -> None:
    assert default_cache_path({"NEWSPRISM_EMBEDDING_CACHE": "off"}) is None
    assert default_cache_path({"NEWSPRISM_EMBEDDING_CACHE": str(tmp_path / "x.db")}) == (
        tmp_path / "x.db"
    )
    assert default_cache_path({"XDG_CACHE_HOME": str(tmp_path)}) == (
        tmp_path / "newsprism" / "embeddings.sqlite"
    )
