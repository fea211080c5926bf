"""The local executor: this process, or worker processes on this machine (the default)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Self, TypeVar

from newsprism.cluster.embedding import Embedder
from newsprism.model.article import Rejection
from newsprism.pipeline.executor import ErrorPolicy, map_items

T = TypeVar("T")
R = TypeVar("R")


class LocalExecutor:
    """``workers`` processes on this machine (1 = in this process); embeddings on the driver."""

    def __init__(self, workers: int = 1) -> None:
        if workers < 1:
            msg = f"workers must be at least 1, not {workers}"
            raise ValueError(msg)
        self.workers = workers

    @property
    def name(self) -> str:
        return "local"

    def map(
        self,
        func: Callable[[T], R | Rejection],
        items: Iterable[T],
        *,
        stage: str,
        ref: Callable[[T], str],
        policy: ErrorPolicy = "record",
    ) -> Iterator[R | Rejection]:
        """See ``pipeline.executor.map_items``."""
        return map_items(func, items, stage=stage, ref=ref, workers=self.workers, policy=policy)

    def embedder(self) -> Embedder | None:
        return None

    def close(self) -> None:
        """Nothing to release: worker pools live only for one ``map``."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
