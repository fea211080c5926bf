"""Opening connections to a PostgreSQL store: the encoding check, migrations (or, read-only,
the version check), and errors that name the database without its password.

The counterpart of ``store.connection`` for ``store.postgres``.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict

from newsprism.errors import SchemaMismatch, StoreError
from newsprism.store.postgres_schema import SCHEMA_VERSION, check_is_newsprism, current_version
from newsprism.store.postgres_schema import migrate as migrate_schema

#: Seconds to wait for the server when connecting.
CONNECT_TIMEOUT_S = 10

Row = tuple[Any, ...]


def display_url(url: str) -> str:
    """``url`` without its password, for messages and ``db info``."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://(unparsable URL)"
    user = f"{parts['user']}@" if parts.get("user") else ""
    host = str(parts.get("host") or "")
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{host}{port}/{parts.get('dbname') or ''}"


def connect(url: str, *, label: str, read_only: bool) -> psycopg.Connection[Row]:
    """An autocommit connection to the store at ``url`` (``label``: its display URL), migrated
    to the current schema, or with ``read_only`` checked to be at it and set read-only.

    Raises ``StoreError`` naming ``label`` when the server cannot be reached, the database is
    not UTF-8 or holds another program's tables; ``SchemaMismatch`` when a newer newsprism
    wrote it.
    """
    try:
        conn = psycopg.connect(
            url,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            client_encoding="UTF8",
            application_name="newsprism",
        )
    except psycopg.Error as exc:
        msg = (
            f"cannot connect to the PostgreSQL store {label}: {str(exc).strip()}; check "
            "the URL, that the server runs and accepts you, and that the database exists"
        )
        raise StoreError(msg) from exc
    try:
        _prepare(conn, label=label, read_only=read_only)
    except (StoreError, psycopg.Error) as exc:
        conn.close()
        if isinstance(exc, StoreError):
            raise
        msg = f"cannot open the PostgreSQL store {label}: {exc}"
        raise StoreError(msg) from exc
    return conn


def _prepare(conn: psycopg.Connection[Row], *, label: str, read_only: bool) -> None:
    row = conn.execute(
        "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()"
    ).fetchone()
    if row is None or row[0] != "UTF8":
        msg = (
            f"{label} has encoding {row[0] if row else '?'}, but newsprism stores text "
            "in every script: create the database with ENCODING 'UTF8'"
        )
        raise StoreError(msg)
    if not read_only:
        migrate_schema(conn, label=label)
        return
    conn.execute("SET default_transaction_read_only = on")
    check_is_newsprism(conn, label)
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        msg = (
            f"{label} has schema version {version}, but this newsprism understands "
            f"versions up to {SCHEMA_VERSION}: it was written by a newer newsprism. Upgrade "
            "newsprism."
        )
        raise SchemaMismatch(msg)
    if version < SCHEMA_VERSION:
        msg = (
            f"{label} has schema version {version} and needs {SCHEMA_VERSION}; open it "
            f"once for writing first (`newsprism ingest PATH --db URL`)"
        )
        raise StoreError(msg)
