"""Schema migrations: ordered, each applied whole with its record, or not at all."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprism.errors import SchemaMismatch, StoreError
from newsprism.store.migrations import MIGRATIONS, Migration, current_version, migrate

_FIRST = Migration(1, "first", ("CREATE TABLE a (x INTEGER)",))
_SECOND = Migration(2, "second", ("CREATE TABLE b (y INTEGER)",))
_BROKEN = Migration(2, "broken", ("CREATE TABLE b (y INTEGER)", "THIS IS NOT SQL"))


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    yield connection
    connection.close()


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_migrate_applies_in_order_and_records_each(conn: sqlite3.Connection) -> None:
    assert migrate(conn, label="m.db", migrations=(_FIRST, _SECOND)) == 2
    names = conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert names == [(1, "first"), (2, "second")]
    assert {"a", "b"} <= _tables(conn)


def test_migrate_is_a_no_op_when_current(conn: sqlite3.Connection) -> None:
    migrate(conn, label="m.db", migrations=(_FIRST,))
    assert migrate(conn, label="m.db", migrations=(_FIRST,)) == 1
    assert conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == 1


def test_migrate_failure_leaves_previous_version(conn: sqlite3.Connection) -> None:
    migrate(conn, label="m.db", migrations=(_FIRST,))
    with pytest.raises(StoreError, match=r"migration 2 \(broken\) failed"):
        migrate(conn, label="m.db", migrations=(_FIRST, _BROKEN))
    assert current_version(conn) == 1
    assert "b" not in _tables(conn)


def test_migrate_refuses_newer_schema(conn: sqlite3.Connection) -> None:
    migrate(conn, label="m.db", migrations=(_FIRST, _SECOND))
    with pytest.raises(SchemaMismatch, match="schema version 2"):
        migrate(conn, label="m.db", migrations=(_FIRST,))


def test_migrations_are_numbered_from_one_without_gaps() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert len({m.name for m in MIGRATIONS}) == len(MIGRATIONS)
