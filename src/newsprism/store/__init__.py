"""Persistence: the ``Store`` protocol, a SQLite store and an in-memory store."""

from __future__ import annotations

from newsprism.store.base import AddResult, Store
from newsprism.store.memory import MemoryStore
from newsprism.store.sqlite import SqliteStore

__all__ = ["AddResult", "MemoryStore", "SqliteStore", "Store"]
