"""Ordered, named schema migrations for the SQLite store.

Each migration runs in one transaction together with its row in ``schema_migrations``, so a
store is always at a whole version: an interrupted migration leaves the previous version.
Migrations are append-only: never edit one that has shipped, add the next.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from newsprism.errors import SchemaMismatch, StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema change: its version (1, 2, ...), a name, and its SQL statements."""

    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "initial",
        (
            """CREATE TABLE articles (
                article_id TEXT PRIMARY KEY,
                ref TEXT NOT NULL,
                title TEXT NOT NULL,
                text TEXT NOT NULL,
                lang TEXT NOT NULL,
                lang_confidence REAL NOT NULL,
                cleaner TEXT NOT NULL,
                url TEXT,
                outlet TEXT,
                published TEXT,
                added_at TEXT NOT NULL,
                raw TEXT NOT NULL
            )""",
            "CREATE INDEX articles_published ON articles (published)",
            """CREATE TABLE rejections (
                ref TEXT NOT NULL,
                reason TEXT NOT NULL,
                seen_at TEXT NOT NULL,
                PRIMARY KEY (ref, reason)
            )""",
            """CREATE TABLE embeddings (
                model TEXT NOT NULL,
                key TEXT NOT NULL,
                dim INTEGER NOT NULL,
                vector BLOB NOT NULL,
                PRIMARY KEY (model, key)
            )""",
            """CREATE TABLE story_assignments (
                article_id TEXT PRIMARY KEY REFERENCES articles (article_id) ON DELETE CASCADE,
                story_id TEXT NOT NULL,
                duplicate_of TEXT REFERENCES articles (article_id) ON DELETE SET NULL,
                method TEXT NOT NULL,
                assigned_at TEXT NOT NULL
            )""",
            "CREATE INDEX story_assignments_story ON story_assignments (story_id)",
        ),
    ),
    Migration(
        2,
        "analyses",
        (
            # One analysis per article, with the key of the recipe that made it
            # (store/analyses.py): compressed JSON, read back only under the same recipe.
            """CREATE TABLE analyses (
                article_id TEXT PRIMARY KEY REFERENCES articles (article_id) ON DELETE CASCADE,
                recipe TEXT NOT NULL,
                analysis BLOB NOT NULL,
                analysed_at TEXT NOT NULL
            )""",
        ),
    ),
)

#: The schema version this code writes and understands.
SCHEMA_VERSION = MIGRATIONS[-1].version

_CREATE_LEDGER = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)"""


def current_version(conn: sqlite3.Connection) -> int:
    """The highest migration recorded in ``conn`` (0 for a new database)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if exists is None:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(
    conn: sqlite3.Connection,
    *,
    label: str,
    migrations: tuple[Migration, ...] = MIGRATIONS,
) -> int:
    """Bring ``conn`` to the newest version in ``migrations``; return that version.

    ``conn`` must be in autocommit mode (``isolation_level=None``): each migration opens its own
    transaction. ``label`` names the store in messages (its path).

    Raises ``SchemaMismatch`` when the store was written by a newer newsprism (its version is
    above the newest known), and ``StoreError`` when a migration fails (the store keeps the
    previous version).
    """
    newest = migrations[-1].version if migrations else 0
    version = current_version(conn)
    if version > newest:
        msg = (
            f"{label} has schema version {version}, but this newsprism understands versions up "
            f"to {newest}: it was written by a newer newsprism. Upgrade newsprism "
            "(pip install -U newsprism) or use another --db file."
        )
        raise SchemaMismatch(msg)
    for migration in migrations:
        if migration.version <= version:
            continue
        _apply(conn, migration, label=label)
        version = migration.version
    return version


def _apply(conn: sqlite3.Connection, migration: Migration, *, label: str) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        if current_version(conn) >= migration.version:
            # Another process applied it while this one waited for the write lock.
            conn.execute("ROLLBACK")
            return
        conn.execute(_CREATE_LEDGER)
        for statement in migration.statements:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (migration.version, migration.name, dt.datetime.now(dt.UTC).isoformat()),
        )
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        msg = (
            f"{label}: migration {migration.version} ({migration.name}) failed: {exc}; the "
            f"store is unchanged at its previous version"
        )
        raise StoreError(msg) from exc
    conn.execute("COMMIT")
