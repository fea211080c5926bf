"""Tests for cluster.candidates: exact and LSH blocking find planted neighbours."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.cluster.candidates import (
    BlockingParams,
    centre,
    neighbour_pairs,
    shared_key_pairs,
)


def _planted(n_groups: int, size: int, dim: int = 32, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((n_groups, dim))
    rows = np.repeat(centres, size, axis=0) + 0.05 * rng.standard_normal((n_groups * size, dim))
    rows += 3.0  # shared offset: every cosine is high, as with e5
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


@pytest.mark.parametrize("exact_limit", [10_000, 10])
def test_neighbour_pairs_recover_planted_groups(exact_limit: int) -> None:
    vectors = _planted(n_groups=40, size=3)
    params = BlockingParams(neighbours=4, exact_limit=exact_limit, bucket_target=8)
    pairs = neighbour_pairs(vectors, params)
    wanted = {(g * 3 + a, g * 3 + b) for g in range(40) for a in range(3) for b in range(a + 1, 3)}
    assert len(wanted & pairs) / len(wanted) > 0.95
    assert len(pairs) < 40 * 3 * 4  # blocked: far fewer than all pairs


def test_neighbour_pairs_of_tiny_inputs() -> None:
    assert neighbour_pairs(np.zeros((1, 4), dtype=np.float32), BlockingParams()) == set()
    two = _planted(1, 2)
    assert neighbour_pairs(two, BlockingParams()) == {(0, 1)}


def test_centre_spreads_bunched_vectors() -> None:
    vectors = _planted(n_groups=5, size=2)
    raw = vectors @ vectors.T
    centred = centre(vectors)
    assert raw.min() > 0.5
    assert (centred @ centred.T).min() < 0.0


def test_shared_key_pairs_skip_common_keys() -> None:
    keysets = [frozenset({"name:a", "name:common"})] * 2 + [frozenset({"name:common"})] * 3
    assert shared_key_pairs(keysets, max_df=2) == {(0, 1)}
