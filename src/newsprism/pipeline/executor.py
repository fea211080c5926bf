"""Local executor: map a per-item function over a stream, in this process or in worker processes.

Order is preserved, memory is bounded (at most a few chunks per worker are in flight), and a
failure on one item becomes a ``Rejection`` naming the stage instead of ending the run, unless
the error policy is ``"raise"``.

The input iterator is always pulled in the calling thread: it may read a SQLite connection
(which belongs to the thread that opened it) or raise (``--strict``), and an exception raised
by it must reach the caller as it is, not travel through a worker.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.pool
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Generic, Literal, TypeVar

from newsprism.errors import StageError
from newsprism.model.article import Rejection

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

ErrorPolicy = Literal["raise", "record"]

#: Items sent to a worker at a time: large enough to amortise pickling, small enough that a
#: progress bar moves (measured on the GVA set: 32 to 256 give the same throughput).
CHUNK_SIZE = 64
#: Chunks in flight per worker: two keep every worker busy while the caller reads the next
#: chunk; more only holds more items in memory.
CHUNKS_PER_WORKER = 2


@dataclass(frozen=True, slots=True)
class _Guarded(Generic[T, R]):
    """Picklable wrapper turning exceptions of ``func`` into rejections (or StageErrors)."""

    func: Callable[[T], R | Rejection]
    stage: str
    policy: ErrorPolicy
    ref: Callable[[T], str]

    def __call__(self, item: T) -> R | Rejection:
        try:
            return self.func(item)
        except Exception as exc:
            ref = self.ref(item)
            if self.policy == "raise":
                raise StageError(self.stage, ref, f"{type(exc).__name__}: {exc}") from exc
            logger.warning("stage %s failed on %s: %s", self.stage, ref, exc)
            return Rejection(
                ref=ref,
                reason=f"internal error in {self.stage} ({type(exc).__name__}: {exc}); "
                "please report it with this input",
            )


def default_workers() -> int:
    """All cores of this machine (at least one)."""
    return max(1, os.cpu_count() or 1)


def map_items(
    func: Callable[[T], R | Rejection],
    items: Iterable[T],
    *,
    stage: str,
    ref: Callable[[T], str],
    workers: int = 1,
    policy: ErrorPolicy = "record",
) -> Iterator[R | Rejection]:
    """Apply ``func`` to every item in order, in ``workers`` processes (1 = in this process)."""
    guarded: _Guarded[T, R] = _Guarded(func, stage, policy, ref)
    if workers <= 1:
        for item in items:
            yield guarded(item)
        return
    # fork keeps start-up cheap (loaded models are shared copy-on-write); spawn elsewhere.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(workers) as pool:
        yield from _pooled(pool, guarded, items, in_flight=workers * CHUNKS_PER_WORKER)


def _pooled(
    pool: multiprocessing.pool.Pool,
    guarded: _Guarded[T, R],
    items: Iterable[T],
    *,
    in_flight: int,
) -> Iterator[R | Rejection]:
    """``guarded`` over ``items`` in ``pool``, in order, with at most ``in_flight`` chunks
    submitted and not yet consumed. Unlike ``Pool.imap``, which pulls ``items`` in a thread of
    its own, chunks are read here, in the caller's thread."""
    pending: deque[multiprocessing.pool.AsyncResult[list[R | Rejection]]] = deque()
    iterator = iter(items)
    while chunk := list(islice(iterator, CHUNK_SIZE)):
        pending.append(pool.apply_async(_apply_chunk, (guarded, chunk)))
        if len(pending) >= in_flight:
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()


def _apply_chunk(guarded: _Guarded[T, R], chunk: list[T]) -> list[R | Rejection]:
    return [guarded(item) for item in chunk]
