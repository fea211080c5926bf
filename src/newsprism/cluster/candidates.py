"""Blocking: the few article pairs worth scoring, never all pairs at scale.

Small batches (up to ``EXACT_LIMIT`` articles) get exact top-k neighbours from one blocked matrix
product. Larger ones use random-hyperplane LSH (SimHash) on corpus-centred vectors: several
tables, each hashing an article to a bucket of ``bits`` signs; articles are compared only within
their buckets (buckets over ``MAX_BUCKET`` are split by further hyperplanes), and each article keeps
its top-k neighbours over all tables. The hyperplanes come from a fixed seed, so the candidate
set depends only on the vectors, and the number of bits grows with log(n) so that the expected
bucket size, and the cost per article, stay flat.

Pairs that share a rare key (a name or figure found in at most ``max_key_df`` articles) are
added through an inverted index, so cross-lingual reports that the embedding ranks lower still
meet the scorer.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

#: Up to this many articles, neighbours are exact (a 5k x 5k float32 product takes ~0.3 s).
EXACT_LIMIT = 5000
#: Target mean bucket size for SimHash; guess tuned on the benchmark (flat cost, good recall).
BUCKET_TARGET = 64
#: Buckets larger than this are split with more hyperplanes (bounds the per-bucket product).
MAX_BUCKET = 512
_MAX_SPLIT_DEPTH = 24
_SEED = 20250308  # fixed: same vectors, same candidates
_ROW_BLOCK = 2048


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockingParams:
    """How many neighbours each article keeps, and the LSH shape."""

    neighbours: int = 20
    tables: int = 6
    exact_limit: int = EXACT_LIMIT
    bucket_target: int = BUCKET_TARGET
    max_bucket: int = MAX_BUCKET
    max_key_df: int = 12


def centre(vectors: np.ndarray) -> np.ndarray:
    """Rows minus the corpus mean, re-normalised (spreads e5's bunched cosines apart)."""
    if len(vectors) == 0:
        return vectors
    centred = vectors - vectors.mean(axis=0, dtype=np.float64).astype(np.float32)
    norms = np.linalg.norm(centred, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(centred / norms, dtype=np.float32)


def _top_k_exact(vectors: np.ndarray, k: int) -> set[tuple[int, int]]:
    n = len(vectors)
    pairs: set[tuple[int, int]] = set()
    k = min(k, n - 1)
    if k <= 0:
        return pairs
    for start in range(0, n, _ROW_BLOCK):
        block = vectors[start : start + _ROW_BLOCK] @ vectors.T
        rows = np.arange(len(block))
        block[rows, rows + start] = -np.inf
        top = np.argpartition(-block, k - 1, axis=1)[:, :k]
        for r, cols in enumerate(top):
            i = r + start
            for j in cols.tolist():
                pairs.add((i, j) if i < j else (j, i))
    return pairs


def _bucket_neighbours(
    vectors: np.ndarray,
    members: np.ndarray,
    planes: np.ndarray,
    depth: int,
    k: int,
    max_bucket: int,
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
) -> None:
    """Exact top-k inside ``members``, splitting the bucket first if it is too large."""
    if len(members) > max_bucket and depth < _MAX_SPLIT_DEPTH:
        side = (vectors[members] @ planes[depth]) > 0
        for part in (members[side], members[~side]):
            if len(part) > 1:
                _bucket_neighbours(vectors, part, planes, depth + 1, k, max_bucket, found)
        return
    rows = vectors[members]
    sims = rows @ rows.T
    np.fill_diagonal(sims, -np.inf)
    kk = min(k, len(members) - 1)
    top = np.argpartition(-sims, kk - 1, axis=1)[:, :kk]
    left = np.repeat(members, kk)
    right = members[top.ravel()]
    found.append((left, right, np.take_along_axis(sims, top, axis=1).ravel()))


def _top_k_lsh(vectors: np.ndarray, params: BlockingParams) -> set[tuple[int, int]]:
    n, dim = vectors.shape
    bits = max(1, min(24, round(math.log2(max(2, n / params.bucket_target)))))
    rng = np.random.default_rng(_SEED)
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    weights = (1 << np.arange(bits)).astype(np.int64)
    for _ in range(params.tables):
        planes = rng.standard_normal((bits, dim)).astype(np.float32)
        split_planes = rng.standard_normal((_MAX_SPLIT_DEPTH, dim)).astype(np.float32)
        codes = ((vectors @ planes.T) > 0).astype(np.int64) @ weights
        order = np.argsort(codes, kind="stable")
        edges = np.flatnonzero(np.diff(codes[order])) + 1
        for members in np.split(order, edges):
            if len(members) > 1:
                _bucket_neighbours(
                    vectors,
                    np.sort(members),
                    split_planes,
                    0,
                    params.neighbours,
                    params.max_bucket,
                    found,
                )
    if not found:
        return set()
    left = np.concatenate([f[0] for f in found])
    right = np.concatenate([f[1] for f in found])
    sims = np.concatenate([f[2] for f in found])
    # Unique (left, right), then each left keeps its best ``neighbours`` (ties by index).
    order = np.lexsort((right, -sims, left))
    left, right, sims = left[order], right[order], sims[order]
    keep = np.ones(len(left), dtype=bool)
    same = (left[1:] == left[:-1]) & (right[1:] == right[:-1])
    keep[1:] = ~same
    left, right = left[keep], right[keep]
    starts = np.r_[0, np.flatnonzero(np.diff(left)) + 1]
    rank = np.arange(len(left)) - np.repeat(starts, np.diff(np.r_[starts, len(left)]))
    chosen = rank < params.neighbours
    a, b = left[chosen], right[chosen]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    return set(zip(lo.tolist(), hi.tolist(), strict=True))


def neighbour_pairs(vectors: np.ndarray, params: BlockingParams) -> set[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, where one is among the other's nearest neighbours."""
    if len(vectors) < 2:
        return set()
    centred = centre(vectors)
    if len(vectors) <= params.exact_limit:
        return _top_k_exact(centred, params.neighbours)
    return _top_k_lsh(centred, params)


def shared_key_pairs(keysets: Sequence[frozenset[str]], max_df: int) -> set[tuple[int, int]]:
    """Pairs sharing at least one key that occurs in at most ``max_df`` articles."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(keysets):
        for key in keys:
            postings[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if 1 < len(members) <= max_df:
            for a_pos, a in enumerate(members):
                for b in members[a_pos + 1 :]:
                    pairs.add((a, b) if a < b else (b, a))
    return pairs
