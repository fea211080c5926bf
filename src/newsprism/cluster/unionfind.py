"""Disjoint sets over ``0..n-1`` with path halving and union by size."""

from __future__ import annotations


class UnionFind:
    """Disjoint-set forest; ``find`` returns the smallest index of a set's root chain owner."""

    def __init__(self, size: int) -> None:
        self._parent = list(range(size))
        self._size = [1] * size

    def find(self, item: int) -> int:
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: int, b: int) -> int:
        """Merge the sets of ``a`` and ``b``; return the new root."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if self._size[ra] < self._size[rb] or (self._size[ra] == self._size[rb] and rb < ra):
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size[rb]
        return ra

    def size(self, item: int) -> int:
        return self._size[self.find(item)]

    def groups(self) -> list[list[int]]:
        """All sets, each sorted, ordered by their smallest member."""
        members: dict[int, list[int]] = {}
        for i in range(len(self._parent)):
            members.setdefault(self.find(i), []).append(i)
        return sorted(members.values(), key=lambda g: g[0])
