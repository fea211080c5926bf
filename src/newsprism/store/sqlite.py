"""The SQLite store: one file, WAL journal, foreign keys on, schema only through migrations.

Writes happen in explicit transactions (the connection is in autocommit mode and every write
opens ``BEGIN IMMEDIATE``), so an interrupted run keeps whole batches and never a partial row.
WAL lets readers (the web app, ``db info``) work while an ingest writes; ``busy_timeout`` makes
a second writer wait instead of failing at once. One connection per ``SqliteStore``; use it
from the thread that opened it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import numpy as np
import numpy.typing as npt

from newsprism.errors import StoreError
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article, Rejection
from newsprism.model.ids import ArticleId, StoryId
from newsprism.model.stories import StoryAssignment
from newsprism.store.analyses import ANALYSED_COLUMNS, ANALYSED_FROM, analysis_from_row
from newsprism.store.analyses import encode_analysis as encode
from newsprism.store.base import DEFAULT_BATCH_SIZE, AddResult, FloatVector
from newsprism.store.connection import open_for_writing, open_read_only
from newsprism.store.migrations import current_version
from newsprism.store.rows import article_from_row, article_row

#: Ids per ``IN (...)`` query: well under SQLite's variable limit (32,766 since 3.32).
_IDS_PER_QUERY = 900
_ARTICLE_COLUMNS = (
    "article_id, ref, title, text, lang, lang_confidence, cleaner, url, outlet, published"
)
_VECTOR_DTYPE = np.dtype("<f4")


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SqliteStore:
    """A ``Store`` in a SQLite file (created and migrated on open).

    With ``read_only`` (the web app, ``db info``) the file must exist at the current schema
    version; nothing is created or migrated, and writes raise ``StoreError``.

    Raises ``StoreError`` naming ``path`` when it is not a SQLite database (or not a newsprism
    one), and ``SchemaMismatch`` when a newer newsprism wrote it.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        now: Callable[[], dt.datetime] = _utc_now,
        read_only: bool = False,
    ) -> None:
        if batch_size < 1:
            msg = f"batch_size must be at least 1, not {batch_size}"
            raise ValueError(msg)
        self.path = Path(path)
        self._batch_size = batch_size
        self._now = now
        self.read_only = read_only
        self._conn = open_read_only(self.path) if read_only else open_for_writing(self.path)

    # -- articles ----------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Store new articles, ``batch_size`` per transaction (see ``store.base``)."""
        added = skipped = 0
        iterator = iter(articles)
        while batch := list(islice(iterator, self._batch_size)):
            rows = [self._article_row(article) for article in batch]
            with self._transaction():
                before = self._conn.total_changes
                self._conn.executemany(
                    f"INSERT OR IGNORE INTO articles ({_ARTICLE_COLUMNS}, added_at, raw) "  # noqa: S608 - fixed column list
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                inserted = self._conn.total_changes - before
            added += inserted
            skipped += len(batch) - inserted
        return AddResult(added=added, skipped_existing=skipped)

    def articles(self, ids: Sequence[ArticleId] | None = None) -> Iterator[Article]:
        """The stored articles (only ``ids`` when given), sorted by ``article_id``."""
        select = f"SELECT {_ARTICLE_COLUMNS} FROM articles"  # noqa: S608 - fixed column list
        if ids is None:
            yield from (
                article_from_row(row) for row in self._rows(f"{select} ORDER BY article_id")
            )
            return
        found: list[Article] = []
        for chunk in _chunks(sorted(set(ids))):
            marks = ", ".join("?" * len(chunk))
            rows = self._rows(f"{select} WHERE article_id IN ({marks})", chunk)
            found.extend(article_from_row(row) for row in rows)
        yield from sorted(found, key=lambda article: article.article_id)

    def count_articles(self) -> int:
        """How many articles are stored."""
        return int(self._read("SELECT COUNT(*) FROM articles").fetchone()[0])

    # -- rejections --------------------------------------------------------------------------

    def add_rejections(self, rejections: Iterable[Rejection]) -> None:
        """Record rejections, de-duplicated on ``(ref, reason)``."""
        seen_at = self._now().isoformat()
        rows = [(r.ref, r.reason, seen_at) for r in rejections]
        if not rows:
            return
        with self._transaction():
            self._conn.executemany(
                "INSERT OR IGNORE INTO rejections (ref, reason, seen_at) VALUES (?, ?, ?)", rows
            )

    def rejections(self) -> list[Rejection]:
        """The recorded rejections, sorted by ``(ref, reason)``."""
        rows = self._rows("SELECT ref, reason FROM rejections ORDER BY ref, reason")
        return [Rejection(ref=ref, reason=reason) for ref, reason in rows]

    # -- embeddings --------------------------------------------------------------------------

    def load_embeddings(self, model: str, keys: Sequence[str]) -> dict[str, FloatVector]:
        """The stored float32 vectors of ``model`` for those ``keys`` that have one."""
        found: dict[str, FloatVector] = {}
        for chunk in _chunks(sorted(set(keys))):
            marks = ", ".join("?" * len(chunk))
            cursor = self._read(
                f"SELECT key, dim, vector FROM embeddings WHERE model = ? AND key IN ({marks})",  # noqa: S608 - placeholders only
                (model, *chunk),
            )
            for key, dim, blob in cursor:
                vector = np.frombuffer(blob, dtype=_VECTOR_DTYPE).astype(np.float32)
                if vector.shape != (dim,):
                    msg = f"{self.path}: embedding {model}/{key} is damaged (dim {dim})"
                    raise StoreError(msg)
                found[key] = vector
        return found

    def save_embeddings(self, model: str, vectors: Mapping[str, npt.ArrayLike]) -> None:
        """Store vectors as one-dimensional float32, replacing existing ``(model, key)``."""
        rows = []
        for key, value in vectors.items():
            vector = np.asarray(value, dtype=_VECTOR_DTYPE).reshape(-1)
            rows.append((model, key, int(vector.shape[0]), vector.tobytes()))
        if not rows:
            return
        with self._transaction():
            self._conn.executemany(
                "INSERT OR REPLACE INTO embeddings (model, key, dim, vector) VALUES (?, ?, ?, ?)",
                rows,
            )

    # -- story assignments -------------------------------------------------------------------

    def save_assignments(self, assignments: Iterable[StoryAssignment], method: str) -> None:
        """Store assignments (upsert per article); unknown article ids raise ``StoreError``."""
        assigned_at = self._now().isoformat()
        rows = [
            (a.article_id, a.story_id, a.duplicate_of, method, assigned_at) for a in assignments
        ]
        if not rows:
            return
        try:
            with self._transaction():
                self._conn.executemany(
                    "INSERT INTO story_assignments "
                    "(article_id, story_id, duplicate_of, method, assigned_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                    "story_id = excluded.story_id, duplicate_of = excluded.duplicate_of, "
                    "method = excluded.method, assigned_at = excluded.assigned_at",
                    rows,
                )
        except sqlite3.IntegrityError as exc:
            msg = (
                f"{self.path}: a story assignment names an article that is not stored ({exc}); "
                "add the articles before assigning them"
            )
            raise StoreError(msg) from exc

    def assignments(self) -> list[StoryAssignment]:
        """All story assignments, sorted by ``article_id``."""
        rows = self._rows(
            "SELECT article_id, story_id, duplicate_of FROM story_assignments ORDER BY article_id"
        )
        return [
            StoryAssignment(
                article_id=ArticleId(article_id),
                story_id=StoryId(story_id),
                duplicate_of=ArticleId(duplicate_of) if duplicate_of is not None else None,
            )
            for article_id, story_id, duplicate_of in rows
        ]

    # -- analyses ----------------------------------------------------------------------------

    def save_analyses(self, analyses: Iterable[AnalyzedArticle], recipe: str) -> None:
        """Store analyses made under ``recipe`` (upsert per article), ``batch_size`` per
        transaction; an unknown article raises ``StoreError`` and drops its batch."""
        iterator = iter(analyses)
        while batch := list(islice(iterator, self._batch_size)):
            at = self._now().isoformat()
            rows = [(a.article.article_id, recipe, encode(a), at) for a in batch]
            try:
                with self._transaction():
                    self._conn.executemany(
                        "INSERT INTO analyses (article_id, recipe, analysis, analysed_at) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                        "recipe = excluded.recipe, analysis = excluded.analysis, "
                        "analysed_at = excluded.analysed_at",
                        rows,
                    )
            except sqlite3.IntegrityError as exc:
                msg = (
                    f"{self.path}: an analysis names an article that is not stored ({exc}); add "
                    "the articles before their analyses"
                )
                raise StoreError(msg) from exc

    def analyzed_articles(self, recipe: str) -> Iterator[tuple[Article, AnalyzedArticle | None]]:
        """Every stored article, sorted by ``article_id``, with its analysis under ``recipe``
        (``None`` when there is none that can be read)."""
        rows = self._rows(
            f"SELECT {ANALYSED_COLUMNS} FROM {ANALYSED_FROM.format('?')} ORDER BY a.article_id",  # noqa: S608 - fixed SQL
            (recipe,),
        )
        label = str(self.path)
        for row in rows:
            yield analysis_from_row(row, label=label)

    # -- housekeeping ------------------------------------------------------------------------

    def info(self) -> dict[str, int | str]:
        """Path, backend, schema version and row counts."""

        def count(sql: str) -> int:
            return int(self._read(sql).fetchone()[0])

        return {
            "backend": "sqlite",
            "path": str(self.path),
            "schema_version": current_version(self._conn),
            "articles": count("SELECT COUNT(*) FROM articles"),
            "rejections": count("SELECT COUNT(*) FROM rejections"),
            "embeddings": count("SELECT COUNT(*) FROM embeddings"),
            "assignments": count("SELECT COUNT(*) FROM story_assignments"),
            "analyses": count("SELECT COUNT(*) FROM analyses"),
            "stories": count("SELECT COUNT(DISTINCT story_id) FROM story_assignments"),
        }

    def close(self) -> None:
        """Close the connection (WAL content is checkpointed by SQLite on last close)."""
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

    def _article_row(self, article: Article) -> tuple[object, ...]:
        return article_row(
            article,
            published=article.published.isoformat() if article.published else None,
            stored_at=self._now().isoformat(),
        )

    def _read(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(_read_failure(self.path, exc)) from exc

    def _rows(self, sql: str, params: Sequence[object] = ()) -> Iterator[Any]:
        """The rows of a query, streamed; an error met while stepping through them (a damaged
        page) is a ``StoreError`` naming the store, like an error in the query itself."""
        cursor = self._read(sql, params)
        try:
            yield from cursor
        except sqlite3.Error as exc:
            raise StoreError(_read_failure(self.path, exc)) from exc

    def _transaction(self) -> _Transaction:
        if self.read_only:
            msg = f"{self.path} is open read-only; open it without read_only to write"
            raise StoreError(msg)
        return _Transaction(self._conn, self.path)


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back when the block raises; SQLite errors
    other than integrity errors become ``StoreError``."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._path = path

    def __enter__(self) -> None:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            msg = f"{self._path}: cannot start a write (another writer holds the lock?): {exc}"
            raise StoreError(msg) from exc

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error) and not isinstance(exc, sqlite3.IntegrityError):
                msg = f"{self._path}: write failed and was rolled back: {exc}"
                raise StoreError(msg) from exc
            return
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as commit_error:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            msg = f"{self._path}: commit failed and was rolled back: {commit_error}"
            raise StoreError(msg) from commit_error


def _read_failure(path: Path, exc: sqlite3.Error) -> str:
    if isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc):
        return (
            f"{path}: cannot read the store: {exc}; the file is damaged: restore it from a "
            "backup, or ingest the articles again into a new store"
        )
    return f"{path}: cannot read the store: {exc}"


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _IDS_PER_QUERY):
        yield items[start : start + _IDS_PER_QUERY]
