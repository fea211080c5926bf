"""Worker failures on a real dask.distributed LocalCluster (a cluster per test: these tests kill
its workers): the work of a killed worker is retried, an input that keeps killing workers
becomes a rejection and the others go through."""

from __future__ import annotations

import os
import signal
from typing import Any

import pytest

import worker_tasks
from dask_cluster import RESULT_TIMEOUT_S
from newsprism.model.article import Rejection

pytest.importorskip("distributed", reason="Dask tests need the [distributed] extra")

from newsprism.executors.distributed import DaskExecutor


def _run(executor: Any, items: list[Any]) -> list[Any]:
    return list(executor.map(worker_tasks.shout, items, stage="test.shout.v1", ref=str))


def test_dask_executor_rejects_a_poison_input_and_keeps_the_rest(poison_dask_client: Any) -> None:
    executor = DaskExecutor(
        client=poison_dask_client, result_timeout_s=RESULT_TIMEOUT_S, chunk_size=2
    )
    items = ["one", worker_tasks.POISON, "two", "three"]
    out = _run(executor, items)
    assert out[0] == "ONE" and out[2:] == ["TWO", "THREE"]
    poison = out[1]
    assert isinstance(poison, Rejection) and poison.ref == worker_tasks.POISON
    assert "worker died" in poison.reason and "test.shout.v1" in poison.reason
    # The cluster goes on: a worker that survived runs new work.
    assert _run(executor, ["after"]) == ["AFTER"]


def test_dask_executor_retries_the_work_of_a_killed_worker(fresh_dask_client: Any) -> None:
    executor = DaskExecutor(
        client=fresh_dask_client, result_timeout_s=RESULT_TIMEOUT_S, chunk_size=2
    )
    numbers = list(range(60))
    pids = fresh_dask_client.run(os.getpid)
    victim = sorted(pids.values())[0]
    results = executor.map(worker_tasks.slow_double, numbers, stage="test.double.v1", ref=str)
    out = [next(results) for _ in range(6)]
    os.kill(victim, signal.SIGKILL)  # mid-run: tasks of that worker are in flight
    out.extend(results)
    assert out == [2 * n for n in numbers]
    # The worker really died (its nanny starts a new process, in its own time).
    assert victim not in fresh_dask_client.run(os.getpid).values()
