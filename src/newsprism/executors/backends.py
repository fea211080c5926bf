"""Choosing an executor by name; the optional Dask executor is imported only when chosen."""

from __future__ import annotations

from typing import Literal

from newsprism.errors import BackendUnavailable, ConfigError
from newsprism.executors.base import Executor
from newsprism.executors.local import LocalExecutor

ExecutorName = Literal["local", "dask"]

#: The names ``--executor`` accepts.
EXECUTORS: tuple[ExecutorName, ...] = ("local", "dask")


def open_executor(name: str, *, workers: int = 1, scheduler: str | None = None) -> Executor:
    """The executor called ``name``: ``"local"`` (``workers`` processes on this machine) or
    ``"dask"`` (the cluster whose scheduler listens at ``scheduler``).

    Raises ``BackendUnavailable`` when ``"dask"`` is asked for without the ``[distributed]``
    extra, and ``ConfigError`` for an unknown name or an unreachable scheduler.
    """
    if name == "local":
        return LocalExecutor(workers)
    if name != "dask":
        msg = f"unknown executor {name!r}; use one of {', '.join(EXECUTORS)}"
        raise ConfigError(msg)
    try:
        from newsprism.executors.distributed import DaskExecutor  # noqa: PLC0415 - optional extra
    except ImportError as exc:
        msg = (
            f"--executor dask needs the Dask packages, which are not installed ({exc}); install "
            "them with `pip install 'newsprism[distributed]'` (the workers need them too)"
        )
        raise BackendUnavailable(msg) from exc
    return DaskExecutor(scheduler)
