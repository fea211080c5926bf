"""The PostgreSQL store: the ``Store`` contract on a shared database server (psycopg 3).

For a newsroom or a research group: several machines ingest into one database at once, and
several readers (``analyze --db``, the web app) read it. The schema is the SQLite store's,
created and upgraded by ``store.postgres_schema``.

Concurrency: articles, rejections and embeddings are written with ``INSERT ... ON CONFLICT``
(two processes adding the same article store it once); each batch is one transaction whose
rows are sorted by key, so that concurrent writers take row locks in the same order and do not
deadlock (a deadlock or serialization failure is retried all the same). ``story_lock`` lets
one ingest at a time assign stories.

One limit that SQLite has not: PostgreSQL text cannot hold the NUL character (U+0000). Clean
articles never contain it (cleaning removes control characters); an article that does is
refused with ``StoreError``, and a NUL in a rejection's text is written as ``\\x00``.

This module imports ``psycopg``: open stores through ``store.backends.open_store``, which
turns a missing extra into ``BackendUnavailable``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from types import TracebackType
from typing import Self

import numpy as np
import numpy.typing as npt
import psycopg
from psycopg import errors as pg_errors

from newsprism.errors import StoreError
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article, Rejection
from newsprism.model.ids import ArticleId, StoryId
from newsprism.model.stories import StoryAssignment
from newsprism.store.analyses import ANALYSED_COLUMNS, ANALYSED_FROM, analysis_from_row
from newsprism.store.analyses import encode_analysis as encode
from newsprism.store.base import DEFAULT_BATCH_SIZE, AddResult, FloatVector
from newsprism.store.postgres_connection import Row, connect, display_url
from newsprism.store.postgres_schema import current_version
from newsprism.store.rows import article_from_row, article_row

#: Articles read per query when all are listed (keyset pages: bounded memory, no open cursor).
_PAGE = 1000
#: Times a write transaction is retried after a deadlock or serialization failure.
_WRITE_TRIES = 3
#: Key of the advisory lock held while an ingest assigns stories (sha256("newsprism.stories")).
STORY_LOCK = 0x5B0A_36E1_9C2F_4D17

_ARTICLE_COLUMNS = (
    "article_id, ref, title, text, lang, lang_confidence, cleaner, url, outlet, published"
)
_VECTOR_DTYPE = np.dtype("<f4")
_TEXT_FIELDS = ("article_id", "ref", "title", "text", "lang", "cleaner", "url", "outlet")


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class PostgresStore:
    """A ``Store`` in a PostgreSQL database (migrated on open; see ``store.base``).

    ``url`` is a libpq URL (``postgresql://user:password@host:port/dbname``; a password is
    better kept in ``~/.pgpass`` or ``PGPASSWORD``). With ``read_only`` the database must be at
    the current schema version; nothing is created, and writes raise ``StoreError``.

    Raises ``StoreError`` naming the database (never its password) when it cannot be reached,
    is not UTF-8, or holds another program's tables; ``SchemaMismatch`` when a newer newsprism
    wrote it.
    """

    def __init__(
        self,
        url: str,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        now: Callable[[], dt.datetime] = _utc_now,
        read_only: bool = False,
    ) -> None:
        if batch_size < 1:
            msg = f"batch_size must be at least 1, not {batch_size}"
            raise ValueError(msg)
        self.url = url
        self.label = display_url(url)
        self._batch_size = batch_size
        self._now = now
        self.read_only = read_only
        self._conn = connect(url, label=self.label, read_only=read_only)

    # -- articles ----------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Store new articles, ``batch_size`` per transaction (see ``store.base``)."""
        added = skipped = 0
        iterator = iter(articles)
        while batch := list(islice(iterator, self._batch_size)):
            rows = sorted((self._article_row(a) for a in batch), key=lambda row: str(row[0]))
            columns = [list(column) for column in zip(*rows, strict=True)]
            inserted = self._write(
                f"INSERT INTO articles ({_ARTICLE_COLUMNS}, added_at, raw) "  # noqa: S608 - fixed column list
                "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], "
                "%s::text[], %s::float8[], %s::text[], %s::text[], %s::text[], %s::date[], "
                "%s::timestamptz[], %s::jsonb[]) ON CONFLICT (article_id) DO NOTHING",
                columns,
            )
            added += inserted
            skipped += len(batch) - inserted
        return AddResult(added=added, skipped_existing=skipped)

    def articles(self, ids: Sequence[ArticleId] | None = None) -> Iterator[Article]:
        """The stored articles (only ``ids`` when given), sorted by ``article_id``."""
        select = f"SELECT {_ARTICLE_COLUMNS} FROM articles"  # noqa: S608 - fixed column list
        if ids is not None:
            rows = self._read(
                f"{select} WHERE article_id = ANY(%s) ORDER BY article_id", (sorted(set(ids)),)
            )
            yield from (article_from_row(row) for row in rows)
            return
        last = ""
        while rows := self._read(
            f"{select} WHERE article_id > %s ORDER BY article_id LIMIT %s", (last, _PAGE)
        ):
            yield from (article_from_row(row) for row in rows)
            last = str(rows[-1][0])

    def count_articles(self) -> int:
        """How many articles are stored."""
        return self._count("SELECT COUNT(*) FROM articles")

    # -- rejections --------------------------------------------------------------------------

    def add_rejections(self, rejections: Iterable[Rejection]) -> None:
        """Record rejections, de-duplicated on ``(ref, reason)``."""
        rows = sorted({(_no_nul(r.ref), _no_nul(r.reason)) for r in rejections})
        if not rows:
            return
        refs, reasons = (list(column) for column in zip(*rows, strict=True))
        self._write(
            "INSERT INTO rejections (ref, reason, seen_at) "
            "SELECT ref, reason, %s FROM unnest(%s::text[], %s::text[]) AS r (ref, reason) "
            "ON CONFLICT DO NOTHING",
            [self._now(), refs, reasons],
        )

    def rejections(self) -> list[Rejection]:
        """The recorded rejections, sorted by ``(ref, reason)``."""
        rows = self._read("SELECT ref, reason FROM rejections ORDER BY ref, reason")
        return [Rejection(ref=str(ref), reason=str(reason)) for ref, reason in rows]

    # -- embeddings --------------------------------------------------------------------------

    def load_embeddings(self, model: str, keys: Sequence[str]) -> dict[str, FloatVector]:
        """The stored float32 vectors of ``model`` for those ``keys`` that have one."""
        rows = self._read(
            "SELECT key, dim, vector FROM embeddings WHERE model = %s AND key = ANY(%s)",
            (model, sorted(set(keys))),
        )
        found: dict[str, FloatVector] = {}
        for key, dim, blob in rows:
            vector = np.frombuffer(bytes(blob), dtype=_VECTOR_DTYPE).astype(np.float32)
            if vector.shape != (dim,):
                msg = f"{self.label}: embedding {model}/{key} is damaged (dim {dim})"
                raise StoreError(msg)
            found[str(key)] = vector
        return found

    def save_embeddings(self, model: str, vectors: Mapping[str, npt.ArrayLike]) -> None:
        """Store vectors as one-dimensional float32, replacing existing ``(model, key)``."""
        rows = []
        for key in sorted(vectors):
            vector = np.asarray(vectors[key], dtype=_VECTOR_DTYPE).reshape(-1)
            rows.append((key, int(vector.shape[0]), vector.tobytes()))
        if not rows:
            return
        keys, dims, blobs = (list(column) for column in zip(*rows, strict=True))
        self._write(
            "INSERT INTO embeddings (model, key, dim, vector) "
            "SELECT %s, * FROM unnest(%s::text[], %s::int[], %s::bytea[]) "
            "ON CONFLICT (model, key) DO UPDATE SET dim = excluded.dim, vector = excluded.vector",
            [model, keys, dims, blobs],
        )

    # -- story assignments -------------------------------------------------------------------

    def save_assignments(self, assignments: Iterable[StoryAssignment], method: str) -> None:
        """Store assignments (upsert per article); unknown article ids raise ``StoreError``."""
        latest = {a.article_id: a for a in assignments}  # the last one per article wins
        if not latest:
            return
        ordered = [latest[key] for key in sorted(latest)]
        try:
            self._write(
                "INSERT INTO story_assignments "
                "(article_id, story_id, duplicate_of, method, assigned_at) "
                "SELECT a, s, d, %s, %s FROM unnest(%s::text[], %s::text[], %s::text[]) "
                "AS r (a, s, d) ON CONFLICT (article_id) DO UPDATE SET "
                "story_id = excluded.story_id, duplicate_of = excluded.duplicate_of, "
                "method = excluded.method, assigned_at = excluded.assigned_at",
                [
                    method,
                    self._now(),
                    [a.article_id for a in ordered],
                    [a.story_id for a in ordered],
                    [a.duplicate_of for a in ordered],
                ],
            )
        except pg_errors.ForeignKeyViolation as exc:
            msg = (
                f"{self.label}: a story assignment names an article that is not stored "
                f"({exc.diag.message_detail}); add the articles before assigning them"
            )
            raise StoreError(msg) from exc

    def assignments(self) -> list[StoryAssignment]:
        """All story assignments, sorted by ``article_id``."""
        rows = self._read(
            "SELECT article_id, story_id, duplicate_of FROM story_assignments ORDER BY article_id"
        )
        return [
            StoryAssignment(
                article_id=ArticleId(str(article_id)),
                story_id=StoryId(str(story_id)),
                duplicate_of=ArticleId(str(duplicate_of)) if duplicate_of is not None else None,
            )
            for article_id, story_id, duplicate_of in rows
        ]

    @contextlib.contextmanager
    def story_lock(self) -> Iterator[None]:
        """Held while an ingest reads, computes and saves story assignments, so that two
        concurrent ingests do not assign the same new articles each their own way."""
        self._read("SELECT pg_advisory_lock(%s)", (STORY_LOCK,))
        try:
            yield
        finally:
            self._read("SELECT pg_advisory_unlock(%s)", (STORY_LOCK,))

    # -- analyses ----------------------------------------------------------------------------

    def save_analyses(self, analyses: Iterable[AnalyzedArticle], recipe: str) -> None:
        """Store analyses made under ``recipe`` (upsert per article), ``batch_size`` per
        transaction; an unknown article raises ``StoreError`` and drops its batch."""
        iterator = iter(analyses)
        while batch := list(islice(iterator, self._batch_size)):
            latest = {a.article.article_id: a for a in batch}
            ids = sorted(latest)
            try:
                self._write(
                    "INSERT INTO analyses (article_id, recipe, analysis, analysed_at) "
                    "SELECT a, %s, d, %s FROM unnest(%s::text[], %s::bytea[]) AS r (a, d) "
                    "ON CONFLICT (article_id) DO UPDATE SET recipe = excluded.recipe, "
                    "analysis = excluded.analysis, analysed_at = excluded.analysed_at",
                    [recipe, self._now(), ids, [encode(latest[i]) for i in ids]],
                )
            except pg_errors.ForeignKeyViolation as exc:
                msg = (
                    f"{self.label}: an analysis names an article that is not stored "
                    f"({exc.diag.message_detail}); add the articles before their analyses"
                )
                raise StoreError(msg) from exc

    def analyzed_articles(self, recipe: str) -> Iterator[tuple[Article, AnalyzedArticle | None]]:
        """Every stored article, sorted by ``article_id``, with its analysis under ``recipe``
        (``None`` when there is none that can be read); read in keyset pages."""
        sql = (
            f"SELECT {ANALYSED_COLUMNS} FROM {ANALYSED_FROM.format('%s')} "  # noqa: S608 - fixed SQL
            "WHERE a.article_id > %s ORDER BY a.article_id LIMIT %s"
        )
        last = ""
        while rows := self._read(sql, (recipe, last, _PAGE)):
            yield from (analysis_from_row(row, label=self.label) for row in rows)
            last = str(rows[-1][0])

    # -- housekeeping ------------------------------------------------------------------------

    def info(self) -> dict[str, int | str]:
        """URL (without password), backend, schema version and row counts."""
        return {
            "backend": "postgresql",
            "path": self.label,
            "schema_version": current_version(self._conn),
            "articles": self._count("SELECT COUNT(*) FROM articles"),
            "rejections": self._count("SELECT COUNT(*) FROM rejections"),
            "embeddings": self._count("SELECT COUNT(*) FROM embeddings"),
            "assignments": self._count("SELECT COUNT(*) FROM story_assignments"),
            "analyses": self._count("SELECT COUNT(*) FROM analyses"),
            "stories": self._count("SELECT COUNT(DISTINCT story_id) FROM story_assignments"),
        }

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- internals ---------------------------------------------------------------------------

    def _article_row(self, article: Article) -> Row:
        for field in _TEXT_FIELDS:
            value = getattr(article, field)
            if isinstance(value, str) and "\x00" in value:
                msg = (
                    f"{self.label}: article {article.ref!r} has a NUL character (U+0000) in its "
                    f"{field}, which PostgreSQL cannot store; clean it first (newsprism's "
                    "cleaning removes control characters)"
                )
                raise StoreError(msg)
        return article_row(article, published=article.published, stored_at=self._now())

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        try:
            return self._conn.execute(sql.encode(), params).fetchall()
        except psycopg.Error as exc:
            msg = f"{self.label}: cannot read the store: {exc}"
            raise StoreError(msg) from exc

    def _count(self, sql: str) -> int:
        return int(self._read(sql)[0][0])

    def _write(self, sql: str, params: Sequence[object]) -> int:
        """Run one write in its own transaction (retried on deadlock); return its row count.

        Integrity errors propagate as psycopg errors for the caller to name; others become
        ``StoreError``.
        """
        if self.read_only:
            msg = f"{self.label} is open read-only; open it without read_only to write"
            raise StoreError(msg)
        for attempt in range(1, _WRITE_TRIES + 1):
            try:
                with self._conn.transaction():
                    cursor = self._conn.execute(sql.encode(), params)
                    return max(cursor.rowcount, 0)
            except (pg_errors.DeadlockDetected, pg_errors.SerializationFailure) as exc:
                if attempt == _WRITE_TRIES:
                    msg = f"{self.label}: write failed after {attempt} tries: {exc}"
                    raise StoreError(msg) from exc
            except pg_errors.IntegrityError:
                raise
            except psycopg.Error as exc:
                msg = f"{self.label}: write failed and was rolled back: {exc}"
                raise StoreError(msg) from exc
        raise AssertionError  # pragma: no cover - the loop returns or raises


def _no_nul(text: str) -> str:
    return text.replace("\x00", "\\x00")
