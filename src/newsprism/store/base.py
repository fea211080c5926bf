"""The store port: what the pipeline needs to keep between runs.

Three implementations behave the same (``tests/contract/test_store.py`` runs one suite over
all): ``store.sqlite.SqliteStore`` (a file, incremental runs), ``store.postgres.PostgresStore``
(a shared server; ``store.backends.open_store`` picks it for ``postgresql://`` URLs) and
``store.memory.MemoryStore`` (tests and one-shot runs).

Contract:

- ``add_articles`` is idempotent on ``article_id`` (the clean-text hash): an article already
  stored is counted in ``skipped_existing`` and left unchanged. Articles are written in
  batches, each in one transaction: when the input iterator raises, the batches written before
  stay, the batch in progress is dropped whole, and the exception propagates.
- ``articles`` yields articles sorted by ``article_id``, exactly as they were added.
- Rejections are de-duplicated on ``(ref, reason)`` and listed sorted by ``(ref, reason)``.
- Embeddings are float32 vectors keyed by ``(model, key)``; saving a key again replaces it.
- ``save_assignments`` upserts per article (an article is in one story); every article named
  (and every ``duplicate_of``) must be stored, else ``StoreError``.
- ``save_analyses`` keeps one analysis per article with the key of the recipe that made it
  (``pipeline.recipe``), replacing the article's previous one, in batched transactions like
  ``add_articles``; every article must be stored, else ``StoreError``. ``analyzed_articles``
  yields every stored article (sorted by ``article_id``) with its analysis when one was stored
  under that recipe and reads back equal to what was saved, else ``None`` (an unreadable one is
  logged, never raised: see ``store.analyses``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol, Self

import numpy as np
import numpy.typing as npt

from newsprism.errors import SchemaMismatch, StoreError
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article, Rejection
from newsprism.model.ids import ArticleId
from newsprism.model.stories import StoryAssignment

__all__ = ["AddResult", "FloatVector", "SchemaMismatch", "Store", "StoreError"]

#: An embedding vector as stored: one-dimensional float32.
FloatVector = npt.NDArray[np.float32]

#: Articles written per transaction. Larger batches are faster (one fsync each); smaller ones
#: lose less on interruption. 500 articles of ~5 KB commit in a few milliseconds. Guess.
DEFAULT_BATCH_SIZE = 500


@dataclass(frozen=True, slots=True, kw_only=True)
class AddResult:
    """What ``add_articles`` did: articles newly stored, and articles already there."""

    added: int
    skipped_existing: int


class Store(Protocol):
    """Keeps articles, rejections, embeddings, story assignments and the articles' analyses
    (see module docstring)."""

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Store new articles (idempotent on ``article_id``), in batched transactions."""
        ...

    def articles(self, ids: Sequence[ArticleId] | None = None) -> Iterator[Article]:
        """The stored articles (only ``ids`` when given; unknown ids are ignored), sorted by
        ``article_id``."""
        ...

    def count_articles(self) -> int:
        """How many articles are stored."""
        ...

    def add_rejections(self, rejections: Iterable[Rejection]) -> None:
        """Record rejected inputs (de-duplicated on ``(ref, reason)``)."""
        ...

    def rejections(self) -> list[Rejection]:
        """The recorded rejections, sorted by ``(ref, reason)``."""
        ...

    def load_embeddings(self, model: str, keys: Sequence[str]) -> dict[str, FloatVector]:
        """The stored vectors of ``model`` for those ``keys`` that have one."""
        ...

    def save_embeddings(self, model: str, vectors: Mapping[str, npt.ArrayLike]) -> None:
        """Store vectors (converted to one-dimensional float32), replacing existing keys."""
        ...

    def save_assignments(self, assignments: Iterable[StoryAssignment], method: str) -> None:
        """Store story assignments made by ``method``, replacing an article's previous one."""
        ...

    def assignments(self) -> list[StoryAssignment]:
        """All story assignments, sorted by ``article_id``."""
        ...

    def save_analyses(self, analyses: Iterable[AnalyzedArticle], recipe: str) -> None:
        """Store the analyses of stored articles, made under the recipe with key ``recipe``
        (replacing an article's previous analysis), in batched transactions."""
        ...

    def analyzed_articles(self, recipe: str) -> Iterator[tuple[Article, AnalyzedArticle | None]]:
        """Every stored article, sorted by ``article_id``, with its analysis stored under
        ``recipe`` (``None`` when it has none, one made under another recipe, or one that
        cannot be read)."""
        ...

    def info(self) -> dict[str, int | str]:
        """Schema version and row counts (for ``newsprism db info``)."""
        ...

    def close(self) -> None:
        """Release the store; further calls are programming errors."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...
