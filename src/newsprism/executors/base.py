"""The executor port: map a pure per-item stage function over a stream, and embed texts.

An executor changes *where* stages run, never what they return: ``map`` yields one result per
item, in input order, and a stage's failure on one item becomes a ``Rejection`` naming the
stage (or a ``StageError`` under the ``"raise"`` policy), exactly as the local executor does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Protocol, Self, TypeVar

from newsprism.cluster.embedding import Embedder
from newsprism.model.article import Rejection
from newsprism.pipeline.executor import ErrorPolicy

__all__ = ["ErrorPolicy", "Executor"]

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    """Runs per-item stages (``map``) and, optionally, embeddings (``embedder``)."""

    @property
    def name(self) -> str:
        """``"local"`` or ``"dask"`` (recorded in logs and benchmarks)."""
        ...

    def map(
        self,
        func: Callable[[T], R | Rejection],
        items: Iterable[T],
        *,
        stage: str,
        ref: Callable[[T], str],
        policy: ErrorPolicy = "record",
    ) -> Iterator[R | Rejection]:
        """``func`` over every item, results in input order; ``items`` is consumed lazily, in
        the calling thread, with a bounded number of items in flight."""
        ...

    def embedder(self) -> Embedder | None:
        """An embedder that runs where the stages run, or ``None`` for the driver's own."""
        ...

    def close(self) -> None:
        """Release workers or connections; further calls are programming errors."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...
