"""Tests for cluster.unionfind."""

from __future__ import annotations

from newsprism.cluster.unionfind import UnionFind


def test_union_find_groups_sorted() -> None:
    uf = UnionFind(6)
    uf.union(4, 1)
    uf.union(2, 5)
    uf.union(5, 4)
    assert uf.groups() == [[0], [1, 2, 4, 5], [3]]
    assert uf.size(2) == 4
