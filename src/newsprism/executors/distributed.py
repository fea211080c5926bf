"""The Dask executor: the same pure stage functions, run on a ``dask.distributed`` cluster.

Only the map steps leave the driver: the per-article path (clean, language, sentences,
figures) in chunks of ``CHUNK_SIZE`` articles per task, and embeddings in batches of
``EMBED_TASK_TEXTS`` texts per task. Story clustering and reconciliation stay on the driver.

Results are the local executor's, in the same order: a chunk's items run through the same
functions, a stage's exception on one item becomes the same ``Rejection`` (or ``StageError``
under ``"raise"``), and embeddings are computed in the same model batches.

Failures of a worker (killed, out of memory, lost) are retried by the scheduler on another
worker (``distributed.scheduler.allowed-failures``, 3 by default). When a chunk keeps killing
workers, its items are retried one by one, and the one input that still kills its worker (a
poison input) becomes a ``Rejection``; the others go through.

This module imports ``distributed``: import it through ``executors.backends.open_executor``,
which turns a missing extra into ``BackendUnavailable``.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import numpy as np
from distributed import Client, Future, KilledWorker, get_worker

from newsprism.cluster.embedding import (
    BATCH_SIZE,
    E5_MODEL_NAME,
    EMBEDDING_DIM,
    E5Embedder,
    Embedder,
    normalise_rows,
)
from newsprism.errors import BackendUnavailable, ConfigError, StageError
from newsprism.model.article import Rejection
from newsprism.pipeline.executor import ErrorPolicy

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")
U = TypeVar("U")

#: Articles per task: the local executor's chunk size (a task costs ~1 ms of scheduling; an
#: article ~8 ms of work, so 64 keep the overhead near 0.2 %).
CHUNK_SIZE = 64

#: Texts per embedding task: a multiple of the model's batch size, so that the model sees the
#: same batches as on the driver (and returns the same vectors).
EMBED_TASK_TEXTS = 4 * BATCH_SIZE

#: Tasks in flight per worker thread: enough to keep every worker busy while the driver
#: collects results in order, few enough to bound the driver's memory. Guess.
TASKS_PER_THREAD = 3

#: Seconds to wait for the scheduler, and then for a first worker, before giving up.
CONNECT_TIMEOUT_S = 20.0


@dataclass(frozen=True, slots=True)
class _Failed:
    """A stage raised on one item (sent back from a worker instead of the exception, whose
    class may not survive pickling)."""

    ref: str
    error: str


@dataclass(frozen=True, slots=True)
class _ChunkTask(Generic[T, R]):
    """What a worker runs: ``func`` over a chunk, each item's exception caught alone."""

    func: Callable[[T], R | Rejection]
    ref: Callable[[T], str]

    def __call__(self, chunk: Sequence[T]) -> list[R | Rejection | _Failed]:
        out: list[R | Rejection | _Failed] = []
        for item in chunk:
            try:
                out.append(self.func(item))
            except Exception as exc:  # noqa: BLE001 - a stage's failure is data (see module doc)
                out.append(_Failed(self.ref(item), f"{type(exc).__name__}: {exc}"))
        return out


def _outcome(result: R | Rejection | _Failed, stage: str, policy: ErrorPolicy) -> R | Rejection:
    """A worker's result as the local executor returns it (same rejection wording)."""
    if not isinstance(result, _Failed):
        return result
    if policy == "raise":
        raise StageError(stage, result.ref, result.error)
    logger.warning("stage %s failed on %s: %s", stage, result.ref, result.error)
    return Rejection(
        ref=result.ref,
        reason=f"internal error in {stage} ({result.error}); please report it with this input",
    )


def _poison(ref: str, stage: str, exc: BaseException) -> Rejection:
    logger.warning("input %s killed Dask workers in stage %s: %s", ref, stage, exc)
    return Rejection(
        ref=ref,
        reason=f"a Dask worker died each time it ran {stage} on this input ({exc}); the input "
        "was set aside, please report it with this input",
    )


class DaskExecutor:
    """Runs stages on the Dask cluster whose scheduler listens at ``address``.

    Raises ``ConfigError`` when the scheduler cannot be reached or no worker joins it within
    ``timeout_s``. ``client`` (tests, benchmarks) uses an already connected client instead; it
    is then not closed by ``close``. ``result_timeout_s`` bounds the wait for one task's result
    (``None``: wait, as Dask does while a cluster has no workers; then a run whose workers all
    died waits for new ones); past it the run ends with ``BackendUnavailable``.
    """

    def __init__(
        self,
        address: str | None = None,
        *,
        client: Client | None = None,
        chunk_size: int = CHUNK_SIZE,
        timeout_s: float = CONNECT_TIMEOUT_S,
        result_timeout_s: float | None = None,
    ) -> None:
        if chunk_size < 1:
            msg = f"chunk_size must be at least 1, not {chunk_size}"
            raise ValueError(msg)
        self._chunk_size = chunk_size
        self._result_timeout_s = result_timeout_s
        self._owns_client = client is None
        if client is None:
            if not address:
                msg = (
                    "--executor dask needs the scheduler's address: pass --scheduler "
                    "tcp://HOST:PORT or set DASK_SCHEDULER_ADDRESS (start one with `dask "
                    "scheduler`, and workers with `dask worker tcp://HOST:PORT`)"
                )
                raise ConfigError(msg)
            client = _connect(address, timeout_s)
        self._client = client
        self.address = str(client.scheduler.address) if client.scheduler else str(address)

    @property
    def name(self) -> str:
        return "dask"

    def map(
        self,
        func: Callable[[T], R | Rejection],
        items: Iterable[T],
        *,
        stage: str,
        ref: Callable[[T], str],
        policy: ErrorPolicy = "record",
    ) -> Iterator[R | Rejection]:
        """``func`` over ``items`` on the cluster, results in input order (see module doc)."""
        task: _ChunkTask[T, R] = _ChunkTask(func, ref)
        iterator = iter(items)
        chunks = iter(lambda: list(islice(iterator, self._chunk_size)), [])
        with contextlib.closing(self._ordered(task, chunks)) as submitted:
            for chunk, future in submitted:
                for result in self._chunk_results(task, chunk, future, stage):
                    yield _outcome(result, stage, policy)

    def embedder(self) -> Embedder:
        return DaskEmbedder(self)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised e5 vectors of ``texts``, computed on the workers in tasks of
        ``EMBED_TASK_TEXTS`` texts (the same model batches as ``E5Embedder.embed``)."""
        if not texts:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        chunks = (
            list(texts[start : start + EMBED_TASK_TEXTS])
            for start in range(0, len(texts), EMBED_TASK_TEXTS)
        )
        parts = []
        with contextlib.closing(self._ordered(_passage_rows, chunks)) as submitted:
            for _, future in submitted:
                try:
                    parts.append(np.asarray(self._result(future), dtype=np.float32))
                except KilledWorker as exc:
                    raise self._lost(exc) from exc
        return normalise_rows(np.vstack(parts))

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

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

    def _ordered(
        self, func: Callable[[U], Any], arguments: Iterator[U]
    ) -> Generator[tuple[U, Future[Any]], None, None]:
        """Submit ``func(argument)`` for each argument with a bounded window of tasks in
        flight; yield ``(argument, future)`` in submission order. Arguments are pulled in the
        calling thread (a store's cursor must not be read from another thread)."""
        window = max(2, TASKS_PER_THREAD * self._threads())
        pending: deque[tuple[U, Future[Any]]] = deque()
        try:
            while True:
                while len(pending) < window and (argument := next(arguments, None)) is not None:
                    pending.append((argument, self._submit(func, argument)))
                if not pending:
                    return
                yield pending.popleft()
        finally:
            if pending:
                self._client.cancel([future for _, future in pending])

    def _chunk_results(
        self, task: _ChunkTask[T, R], chunk: list[T], future: Future[Any], stage: str
    ) -> list[R | Rejection | _Failed]:
        try:
            return list(self._result(future))
        except KilledWorker as exc:
            if len(chunk) == 1:
                return [_poison(task.ref(chunk[0]), stage, exc)]
            logger.warning(
                "a chunk of %d items killed workers; retrying them one by one", len(chunk)
            )
        # One at a time: items queued on the worker that the poison kills would die with it
        # (the scheduler counts every task a dying worker held), so none waits beside it.
        out: list[R | Rejection | _Failed] = []
        for item in chunk:
            try:
                out.extend(self._result(self._submit(task, [item])))
            except KilledWorker as exc:
                out.append(_poison(task.ref(item), stage, exc))
        return out

    def _submit(self, func: Callable[[U], Any], argument: U) -> Future[Any]:
        try:
            return self._client.submit(func, argument, pure=False)
        except (OSError, RuntimeError) as exc:
            raise self._lost(exc) from exc

    def _result(self, future: Future[Any]) -> Any:  # noqa: ANN401 - the task's own result
        try:
            return future.result(timeout=self._result_timeout_s)
        except KilledWorker:
            raise
        except (OSError, RuntimeError, TimeoutError) as exc:
            raise self._lost(exc) from exc

    def _threads(self) -> int:
        return max(1, int(sum(self._client.nthreads().values())))

    def _lost(self, exc: BaseException) -> BackendUnavailable:
        return BackendUnavailable(
            f"the Dask cluster at {self.address} failed during the run ({type(exc).__name__}: "
            f"{exc}); check the scheduler and workers, then run again (ingest is idempotent)"
        )


class DaskEmbedder:
    """An ``Embedder`` whose model runs on the cluster's workers, ``EMBED_TASK_TEXTS`` texts
    per task (one model per worker process, its threads set to the worker's)."""

    def __init__(self, executor: DaskExecutor) -> None:
        self._executor = executor

    @property
    def model_name(self) -> str:
        return E5_MODEL_NAME

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self._executor.embed(texts)


# -- worker side --------------------------------------------------------------------------------

_MODEL_LOCK = threading.Lock()


@functools.cache
def _worker_model() -> E5Embedder:
    # One model per worker process, run with the worker's threads (one call at a time).
    try:
        threads: int | None = int(get_worker().state.nthreads)
    except ValueError:  # not inside a worker (tests calling the function directly)
        threads = None
    return E5Embedder(num_threads=threads)


def _passage_rows(texts: list[str]) -> np.ndarray:
    """Unnormalised vectors of ``texts`` (the driver normalises, as ``E5Embedder`` does)."""
    with _MODEL_LOCK:
        return _worker_model().passages(texts)


def _connect(address: str, timeout_s: float) -> Client:
    try:
        client = Client(address, timeout=timeout_s, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        msg = (
            f"cannot reach the Dask scheduler at {address} ({type(exc).__name__}: {exc}); start "
            "one with `dask scheduler` and workers with `dask worker ADDRESS`, or fix --scheduler "
            "/ DASK_SCHEDULER_ADDRESS"
        )
        raise ConfigError(msg) from exc
    try:
        client.wait_for_workers(1, timeout=timeout_s)
    except (OSError, TimeoutError) as exc:
        client.close()
        msg = (
            f"the Dask scheduler at {address} has no workers (waited {timeout_s:.0f} s); start "
            f"some with `dask worker {address}`"
        )
        raise ConfigError(msg) from exc
    return client
