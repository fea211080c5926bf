"""Tests for cluster.agglomerate: threshold, anti-chaining guard, locks, date span."""

from __future__ import annotations

import datetime as dt

import numpy as np

from newsprism.cluster.agglomerate import MergeParams, agglomerate
from newsprism.cluster.similarity import Background


def _unit(rows: list[list[float]]) -> np.ndarray:
    arr = np.asarray(rows, dtype=np.float32)
    return arr / np.linalg.norm(arr, axis=1, keepdims=True)


def _flat_background(n: int) -> Background:
    return Background.uniform(n, 0.0, 0.1)


def test_edges_below_threshold_do_not_merge() -> None:
    vectors = _unit([[1, 0], [1, 0.1], [0, 1]])
    uf = agglomerate(vectors, _flat_background(3), [None] * 3, [(0.5, 0, 1)], MergeParams())
    assert uf.groups() == [[0], [1], [2]]


def test_average_link_guard_stops_chaining() -> None:
    # 0-1 close, 1-2 close, but 0 and 2 are unrelated: a chain 0-1-2 must not form.
    vectors = _unit([[1, 0], [1, 1], [0, 1]])
    edges = [(3.0, 0, 1), (2.9, 1, 2)]
    params = MergeParams(threshold=1.0, min_average_z=6.0)
    uf = agglomerate(vectors, _flat_background(3), [None] * 3, edges, params)
    assert uf.groups() == [[0, 1], [2]]


def test_date_span_limits_merges() -> None:
    vectors = _unit([[1, 0], [1, 0]])
    dates = [dt.date(2016, 1, 1), dt.date(2017, 1, 1)]
    params = MergeParams(max_span_days=30)
    uf = agglomerate(vectors, _flat_background(2), dates, [(5.0, 0, 1)], params)
    assert uf.groups() == [[0], [1]]


def test_locked_stories_never_merge_but_absorb_new_items() -> None:
    vectors = _unit([[1, 0], [1, 0], [1, 0.01]])
    edges = [(5.0, 0, 1), (4.0, 1, 2)]
    locked = {"s1": [0], "s2": [1]}
    uf = agglomerate(vectors, _flat_background(3), [None] * 3, edges, MergeParams(), locked=locked)
    assert uf.groups() == [[0], [1, 2]]


def test_forced_edges_merge_regardless_of_score() -> None:
    vectors = _unit([[1, 0], [0, 1]])
    uf = agglomerate(vectors, _flat_background(2), [None] * 2, [], MergeParams(), forced=[(0, 1)])
    assert uf.groups() == [[0, 1]]
