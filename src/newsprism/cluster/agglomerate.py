"""Greedy agglomeration over scored candidate edges, with guards against chaining.

Edges are taken best first (ties broken by index, so the result does not depend on input order
once articles are sorted). An edge above the threshold merges its two clusters only if

* the clusters' *average-link* embedding score is still clearly above background (computed
  exactly from running vector sums: the mean cosine over all cross pairs is
  ``sum_a . sum_b / (|a| |b|)``), so one strong pair cannot glue two unrelated groups, and
* the merged cluster's publication dates span at most ``max_span_days``, and
* the two clusters are not both locked to different existing stories (incremental runs).

Forced edges (copies) skip the score guards but not the lock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsprism.cluster.similarity import Background
from newsprism.cluster.unionfind import UnionFind


@dataclass(frozen=True, slots=True, kw_only=True)
class MergeParams:
    """Thresholds of the agglomeration (combined-score units; see similarity.combine)."""

    threshold: float = 1.7
    min_average_z: float = 1.0
    max_span_days: int = 400


@dataclass(slots=True)
class _Cluster:
    size: int
    vector_sum: np.ndarray
    mean_sum: np.ndarray  # per language column: sum of members' background means
    sd_sum: np.ndarray
    languages: np.ndarray  # per language column: number of members
    first: dt.date | None
    last: dt.date | None
    lock: str | None


def _span_ok(a: _Cluster, b: _Cluster, max_days: int) -> bool:
    firsts = [d for d in (a.first, b.first) if d is not None]
    lasts = [d for d in (a.last, b.last) if d is not None]
    if not firsts or not lasts:
        return True
    return (max(lasts) - min(firsts)).days <= max_days


def _average_z(a: _Cluster, b: _Cluster) -> float:
    """Average-link z: over all cross pairs, the mean cosine against the mean background (each
    pair's background is taken in the partner's language, as for single pairs)."""
    pairs = a.size * b.size
    mean_cos = float(a.vector_sum @ b.vector_sum) / pairs
    mu = float(a.mean_sum @ b.languages + b.mean_sum @ a.languages) / (2 * pairs)
    sd = float(a.sd_sum @ b.languages + b.sd_sum @ a.languages) / (2 * pairs)
    return (mean_cos - mu) / sd


def _joined(a: _Cluster, b: _Cluster) -> _Cluster:
    firsts = [d for d in (a.first, b.first) if d is not None]
    lasts = [d for d in (a.last, b.last) if d is not None]
    return _Cluster(
        size=a.size + b.size,
        vector_sum=a.vector_sum + b.vector_sum,
        mean_sum=a.mean_sum + b.mean_sum,
        sd_sum=a.sd_sum + b.sd_sum,
        languages=a.languages + b.languages,
        first=min(firsts) if firsts else None,
        last=max(lasts) if lasts else None,
        lock=a.lock or b.lock,
    )


def agglomerate(
    vectors: np.ndarray,
    bg: Background,
    dates: Sequence[dt.date | None],
    edges: Sequence[tuple[float, int, int]],
    params: MergeParams,
    *,
    forced: Sequence[tuple[int, int]] = (),
    locked: Mapping[str, Sequence[int]] | None = None,
) -> UnionFind:
    """Cluster ``len(vectors)`` items; ``edges`` are ``(score, i, j)``; returns the partition.

    ``locked`` maps an existing story id to its members: they start together and two clusters
    locked to different stories never merge.
    """
    n = len(vectors)
    uf = UnionFind(n)
    one_hot = np.eye(bg.mean.shape[1], dtype=np.float64)
    clusters: dict[int, _Cluster] = {
        i: _Cluster(
            1,
            vectors[i].astype(np.float64),
            bg.mean[i].astype(np.float64),
            bg.sd[i].astype(np.float64),
            one_hot[bg.lang[i]],
            dates[i],
            dates[i],
            None,
        )
        for i in range(n)
    }

    def merge(a: int, b: int) -> None:
        ra, rb = uf.find(a), uf.find(b)
        joined = _joined(clusters.pop(ra), clusters.pop(rb))
        clusters[uf.union(ra, rb)] = joined

    for story_id in sorted(locked or {}):
        members = sorted((locked or {})[story_id])
        if not members:
            continue
        for other in members[1:]:
            if uf.find(other) != uf.find(members[0]):
                merge(members[0], other)
        clusters[uf.find(members[0])].lock = story_id

    def locks_clash(ra: int, rb: int) -> bool:
        la, lb = clusters[ra].lock, clusters[rb].lock
        return la is not None and lb is not None and la != lb

    for i, j in sorted(forced):
        ra, rb = uf.find(i), uf.find(j)
        if ra != rb and not locks_clash(ra, rb):
            merge(ra, rb)

    for score, i, j in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        if score < params.threshold:
            break
        ra, rb = uf.find(i), uf.find(j)
        if ra == rb or locks_clash(ra, rb):
            continue
        a, b = clusters[ra], clusters[rb]
        if not _span_ok(a, b, params.max_span_days):
            continue
        if (a.size > 1 or b.size > 1) and _average_z(a, b) < params.min_average_z:
            continue
        merge(ra, rb)
    return uf
