"""dask.distributed LocalClusters for the tests (pytest plugin: fixtures ``dask_client`` and
``fresh_dask_client``).

Several worker processes, one thread each. ``dask_client`` shares one cluster per test module
(a cluster left idle through the rest of a long session was seen to lose its workers on the
loaded 2-core machine) and waits for a worker before each test, so that a dead cluster fails
the test instead of hanging it. ``fresh_dask_client`` is a cluster of the test's own, for
tests that kill workers. The scheduler lets a task kill one worker and retries it on another;
the second death marks the task failed (``allowed-failures`` 1 instead of 3); the poison-input
test uses 0.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

import pytest

WORKERS = 2
#: Seconds to wait for workers (processes start slowly on a loaded machine).
START_TIMEOUT_S = 120
#: Seconds a test waits for one task's result: a cluster that lost its workers fails the test
#: (BackendUnavailable) instead of hanging the run.
RESULT_TIMEOUT_S = 240


@contextlib.contextmanager
def _cluster(workers: int = WORKERS, allowed_failures: int = 1) -> Iterator[Any]:
    dask = pytest.importorskip("dask", reason="Dask tests need the [distributed] extra")
    distributed = pytest.importorskip("distributed", reason="Dask tests need [distributed]")
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": allowed_failures}),
        distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster, set_as_default=False) as client,
    ):
        client.wait_for_workers(workers, timeout=START_TIMEOUT_S)
        yield client


@pytest.fixture(scope="module")
def _module_dask_client() -> Iterator[Any]:
    with _cluster() as client:
        yield client


@pytest.fixture
def dask_client(_module_dask_client: Any) -> Any:
    """A client of this module's LocalCluster of ``WORKERS`` worker processes."""
    _module_dask_client.wait_for_workers(1, timeout=START_TIMEOUT_S)
    return _module_dask_client


@pytest.fixture
def fresh_dask_client() -> Iterator[Any]:
    """A client of a LocalCluster of this test's own (for tests that kill workers)."""
    with _cluster() as client:
        yield client


@pytest.fixture
def poison_dask_client() -> Iterator[Any]:
    """Three workers, and a task that kills one worker fails at once (``allowed-failures``
    0): a poison input kills two workers in all, and the test never depends on the nannies
    restarting them (seen to stall inside a long pytest run on the loaded machine)."""
    with _cluster(workers=3, allowed_failures=0) as client:
        yield client
