"""An in-memory ``Store`` for tests and one-shot runs: the same behaviour as ``SqliteStore``
(the contract tests run over both), nothing written to disk."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from types import TracebackType
from typing import Self

import numpy as np
import numpy.typing as npt

from newsprism.errors import StoreError
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article, Rejection
from newsprism.model.ids import ArticleId
from newsprism.model.stories import StoryAssignment
from newsprism.store.analyses import encode_analysis, read_analysis
from newsprism.store.base import DEFAULT_BATCH_SIZE, AddResult, FloatVector
from newsprism.store.migrations import SCHEMA_VERSION


class MemoryStore:
    """A ``Store`` held in dictionaries (see ``store.base`` for the contract)."""

    def __init__(self, *, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        if batch_size < 1:
            msg = f"batch_size must be at least 1, not {batch_size}"
            raise ValueError(msg)
        self._batch_size = batch_size
        self._articles: dict[ArticleId, Article] = {}
        self._rejections: set[tuple[str, str]] = set()
        self._embeddings: dict[tuple[str, str], FloatVector] = {}
        self._assignments: dict[ArticleId, tuple[StoryAssignment, str]] = {}
        # Encoded as the SQL stores encode them, so that what reads back is the same.
        self._analyses: dict[ArticleId, tuple[str, bytes]] = {}

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Store new articles, ``batch_size`` at a time (a failing iterator drops the batch in
        progress, like a rolled-back transaction)."""
        added = skipped = 0
        iterator = iter(articles)
        while batch := list(islice(iterator, self._batch_size)):
            for article in batch:
                if article.article_id in self._articles:
                    skipped += 1
                else:
                    self._articles[article.article_id] = article
                    added += 1
        return AddResult(added=added, skipped_existing=skipped)

    def articles(self, ids: Sequence[ArticleId] | None = None) -> Iterator[Article]:
        """The stored articles (only ``ids`` when given), sorted by ``article_id``."""
        wanted = sorted(self._articles) if ids is None else sorted(set(ids) & self._articles.keys())
        for article_id in wanted:
            yield self._articles[article_id]

    def count_articles(self) -> int:
        """How many articles are stored."""
        return len(self._articles)

    def add_rejections(self, rejections: Iterable[Rejection]) -> None:
        """Record rejections, de-duplicated on ``(ref, reason)``."""
        self._rejections.update((r.ref, r.reason) for r in rejections)

    def rejections(self) -> list[Rejection]:
        """The recorded rejections, sorted by ``(ref, reason)``."""
        return [Rejection(ref=ref, reason=reason) for ref, reason in sorted(self._rejections)]

    def load_embeddings(self, model: str, keys: Sequence[str]) -> dict[str, FloatVector]:
        """Copies of the stored float32 vectors of ``model`` for ``keys`` that have one."""
        found: dict[str, FloatVector] = {}
        for key in keys:
            vector = self._embeddings.get((model, key))
            if vector is not None:
                found[key] = vector.copy()
        return found

    def save_embeddings(self, model: str, vectors: Mapping[str, npt.ArrayLike]) -> None:
        """Store copies as one-dimensional float32, replacing existing ``(model, key)``."""
        converted = {
            key: np.array(value, dtype=np.float32).reshape(-1) for key, value in vectors.items()
        }
        for key, vector in converted.items():
            self._embeddings[model, key] = vector

    def save_assignments(self, assignments: Iterable[StoryAssignment], method: str) -> None:
        """Store assignments (upsert per article); unknown article ids raise ``StoreError``
        and store none of them."""
        pending = list(assignments)
        for assignment in pending:
            for article_id in (assignment.article_id, assignment.duplicate_of):
                if article_id is not None and article_id not in self._articles:
                    msg = (
                        f"a story assignment names article {article_id}, which is not stored; "
                        "add the articles before assigning them"
                    )
                    raise StoreError(msg)
        for assignment in pending:
            self._assignments[assignment.article_id] = (assignment, method)

    def assignments(self) -> list[StoryAssignment]:
        """All story assignments, sorted by ``article_id``."""
        return [self._assignments[key][0] for key in sorted(self._assignments)]

    def save_analyses(self, analyses: Iterable[AnalyzedArticle], recipe: str) -> None:
        """Store analyses (replacing an article's previous one), ``batch_size`` at a time; an
        unknown article raises ``StoreError`` and drops its batch."""
        iterator = iter(analyses)
        while batch := list(islice(iterator, self._batch_size)):
            rows = {a.article.article_id: (recipe, encode_analysis(a)) for a in batch}
            unknown = sorted(rows.keys() - self._articles.keys())
            if unknown:
                msg = (
                    f"an analysis names article {unknown[0]}, which is not stored; add the "
                    "articles before their analyses"
                )
                raise StoreError(msg)
            self._analyses.update(rows)

    def analyzed_articles(self, recipe: str) -> Iterator[tuple[Article, AnalyzedArticle | None]]:
        """Every stored article, sorted by ``article_id``, with its analysis under ``recipe``."""
        for article in self.articles():
            stored = self._analyses.get(article.article_id)
            data = stored[1] if stored is not None and stored[0] == recipe else None
            yield article, read_analysis(data, article, label=":memory:")

    def info(self) -> dict[str, int | str]:
        """Backend, schema version and counts (the same keys as ``SqliteStore.info``)."""
        return {
            "backend": "memory",
            "path": ":memory:",
            "schema_version": SCHEMA_VERSION,
            "articles": len(self._articles),
            "rejections": len(self._rejections),
            "embeddings": len(self._embeddings),
            "assignments": len(self._assignments),
            "analyses": len(self._analyses),
            "stories": len({a.story_id for a, _ in self._assignments.values()}),
        }

    def close(self) -> None:
        """Nothing to release."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
