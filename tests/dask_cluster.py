"""A dask.distributed LocalCluster for the tests (pytest plugin: fixture ``dask_client``).

Several worker processes, one thread each, started once per session (a few seconds). The
scheduler lets a task kill one worker and retries it on another; the second death marks the
task failed (``allowed-failures`` 1 instead of 3, so that the poison-input test stays short).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

WORKERS = 2


@pytest.fixture(scope="session")
def dask_client() -> Iterator[Any]:
    """A client connected to a LocalCluster of ``WORKERS`` worker processes."""
    dask = pytest.importorskip("dask", reason="Dask tests need the [distributed] extra")
    distributed = pytest.importorskip("distributed", reason="Dask tests need [distributed]")
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        distributed.LocalCluster(
            n_workers=WORKERS,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster, set_as_default=False) as client,
    ):
        yield client
