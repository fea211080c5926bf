"""Opening SQLite connections to a store: checks, pragmas and migrations, errors named by path.

Every connection is in autocommit mode (``isolation_level=None``): writers open explicit
transactions. WAL lets readers work while one writer writes; ``busy_timeout`` makes a second
writer wait for the lock instead of failing at once.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsprism.errors import SchemaMismatch, StoreError
from newsprism.store.migrations import SCHEMA_VERSION, current_version, migrate

#: How long a writer waits for another writer's lock before failing (ms). An ingest batch
#: commits in milliseconds; 30 s covers a concurrent migration. Guess.
BUSY_TIMEOUT_MS = 30_000


def open_for_writing(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the store at ``path``, in autocommit mode with
    WAL, foreign keys and a busy timeout."""
    if path.is_dir():
        msg = f"{path} is a folder, not a store file; pass a file path such as {path}/news.db"
        raise StoreError(msg)
    if not path.parent.exists():
        msg = f"cannot create the store {path}: the folder {path.parent} does not exist"
        raise StoreError(msg)
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        msg = f"cannot open the store {path}: {exc}"
        raise StoreError(msg) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        check_is_newsprism(conn, path)
        migrate(conn, label=str(path))
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(_open_failure(path, exc)) from exc
    except StoreError:
        conn.close()
        raise
    return conn


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open the existing store at ``path`` read-only; it must be at ``SCHEMA_VERSION``."""
    if not path.is_file():
        msg = f"the store {path} does not exist; create it with `newsprism ingest PATH --db {path}`"
        raise StoreError(msg)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        msg = f"cannot open the store {path} for reading: {exc}"
        raise StoreError(msg) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        check_is_newsprism(conn, path)
        version = current_version(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(_open_failure(path, exc)) from exc
    except StoreError:
        conn.close()
        raise
    if version != SCHEMA_VERSION:
        conn.close()
        if version > SCHEMA_VERSION:
            msg = (
                f"{path} has schema version {version}, but this newsprism understands versions "
                f"up to {SCHEMA_VERSION}: it was written by a newer newsprism. Upgrade newsprism."
            )
            raise SchemaMismatch(msg)
        msg = (
            f"{path} has schema version {version} and needs migrating to {SCHEMA_VERSION}; open "
            "it once for writing (e.g. `newsprism ingest --db`) first"
        )
        raise StoreError(msg)
    return conn


def check_is_newsprism(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a SQLite database that has tables but no migration ledger (another program's)."""
    tables = {
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    if tables and "schema_migrations" not in tables:
        msg = (
            f"{path} is a SQLite database but not a newsprism store (tables: "
            f"{', '.join(sorted(tables)[:5])}); pass another --db file"
        )
        raise StoreError(msg)


def _open_failure(path: Path, exc: sqlite3.DatabaseError) -> str:
    if isinstance(exc, sqlite3.OperationalError):
        # Locked, disk I/O, permissions: the file may well be a store.
        return f"cannot open the store {path}: {exc}"
    return f"{path} is not a SQLite database ({exc}); pass a newsprism store or a new file"
