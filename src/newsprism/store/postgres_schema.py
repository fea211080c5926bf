"""Schema migrations of the PostgreSQL store: the SQLite store's versions, in PostgreSQL's types.

Each migration runs in one transaction with its row in ``schema_migrations``, under an advisory
lock, so that several processes opening a new database at once apply it once (the others wait,
then find it done). Version numbers and names follow ``store.migrations`` one for one (a test
checks it): a store's version means the same tables on both backends.

Columns compared or sorted as text use the ``"C"`` collation, so that the database orders them
as Python orders strings (by code point), whatever the server's locale.
"""

from __future__ import annotations

import datetime as dt

import psycopg

from newsprism.errors import SchemaMismatch, StoreError
from newsprism.store.migrations import Migration

#: Key of the advisory lock taken while migrating (any constant unique to newsprism: the first
#: eight bytes of sha256("newsprism.migrations") as a signed integer).
MIGRATION_LOCK = 0x1C51_7E7B_D0B5_7A4E

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "initial",
        (
            """CREATE TABLE articles (
                article_id TEXT COLLATE "C" PRIMARY KEY,
                ref TEXT NOT NULL,
                title TEXT NOT NULL,
                text TEXT NOT NULL,
                lang TEXT NOT NULL,
                lang_confidence DOUBLE PRECISION NOT NULL,
                cleaner TEXT NOT NULL,
                url TEXT,
                outlet TEXT,
                published DATE,
                added_at TIMESTAMPTZ NOT NULL,
                raw JSONB NOT NULL
            )""",
            "CREATE INDEX articles_published ON articles (published)",
            # Rejections are unique on (ref, reason) as in SQLite; hashed, because a btree
            # entry is limited to about 2.7 KB and a reason may be longer.
            """CREATE TABLE rejections (
                ref TEXT COLLATE "C" NOT NULL,
                reason TEXT COLLATE "C" NOT NULL,
                seen_at TIMESTAMPTZ NOT NULL
            )""",
            "CREATE UNIQUE INDEX rejections_key ON rejections (md5(ref), md5(reason))",
            """CREATE TABLE embeddings (
                model TEXT COLLATE "C" NOT NULL,
                key TEXT COLLATE "C" NOT NULL,
                dim INTEGER NOT NULL,
                vector BYTEA NOT NULL,
                PRIMARY KEY (model, key)
            )""",
            """CREATE TABLE story_assignments (
                article_id TEXT COLLATE "C" PRIMARY KEY
                    REFERENCES articles (article_id) ON DELETE CASCADE,
                story_id TEXT COLLATE "C" NOT NULL,
                duplicate_of TEXT COLLATE "C" REFERENCES articles (article_id) ON DELETE SET NULL,
                method TEXT NOT NULL,
                assigned_at TIMESTAMPTZ NOT NULL
            )""",
            "CREATE INDEX story_assignments_story ON story_assignments (story_id)",
        ),
    ),
    Migration(
        2,
        "analyses",
        (
            """CREATE TABLE analyses (
                article_id TEXT COLLATE "C" PRIMARY KEY
                    REFERENCES articles (article_id) ON DELETE CASCADE,
                recipe TEXT COLLATE "C" NOT NULL,
                analysis BYTEA NOT NULL,
                analysed_at TIMESTAMPTZ NOT NULL
            )""",
            # Already compressed: TOAST need not try again.
            "ALTER TABLE analyses ALTER COLUMN analysis SET STORAGE EXTERNAL",
        ),
    ),
)

#: The schema version this code writes and understands.
SCHEMA_VERSION = MIGRATIONS[-1].version

_CREATE_LEDGER = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL
)"""


def table_names(conn: psycopg.Connection[tuple[object, ...]]) -> set[str]:
    """The tables of the connection's current schema."""
    rows = conn.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
    ).fetchall()
    return {str(name) for (name,) in rows}


def current_version(conn: psycopg.Connection[tuple[object, ...]]) -> int:
    """The highest migration recorded (0 for a database without newsprism tables)."""
    if "schema_migrations" not in table_names(conn):
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return int(str(row[0])) if row and row[0] is not None else 0


def check_is_newsprism(conn: psycopg.Connection[tuple[object, ...]], label: str) -> None:
    """Refuse a database whose schema has tables but no migration ledger (another program's)."""
    tables = table_names(conn)
    if tables and "schema_migrations" not in tables:
        msg = (
            f"{label} has tables ({', '.join(sorted(tables)[:5])}) but is not a newsprism store; "
            "use an empty database, or another schema (add ?options=-csearch_path%3Dnewsprism "
            "to the URL after `CREATE SCHEMA newsprism`)"
        )
        raise StoreError(msg)


def migrate(
    conn: psycopg.Connection[tuple[object, ...]],
    *,
    label: str,
    migrations: tuple[Migration, ...] = MIGRATIONS,
) -> int:
    """Bring the database to the newest version in ``migrations``; return that version.

    ``conn`` must be in autocommit mode. Raises ``SchemaMismatch`` when a newer newsprism wrote
    the database, ``StoreError`` when it is another program's or a migration fails (the
    database keeps its previous version).
    """
    newest = migrations[-1].version if migrations else 0
    for migration in (None, *migrations):
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                check_is_newsprism(conn, label)
                version = current_version(conn)
                if version > newest:
                    msg = (
                        f"{label} has schema version {version}, but this newsprism understands "
                        f"versions up to {newest}: it was written by a newer newsprism. Upgrade "
                        "newsprism (pip install -U newsprism) or use another database."
                    )
                    raise SchemaMismatch(msg)
                if migration is None or migration.version <= version:
                    continue
                conn.execute(_CREATE_LEDGER)
                for statement in migration.statements:
                    conn.execute(statement.encode())
                conn.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (%s, %s, %s)",
                    (migration.version, migration.name, dt.datetime.now(dt.UTC)),
                )
        except psycopg.Error as exc:
            name = f"migration {migration.version} ({migration.name})" if migration else "opening"
            msg = f"{label}: {name} failed: {exc}; the store is unchanged at its previous version"
            raise StoreError(msg) from exc
    return current_version(conn)
