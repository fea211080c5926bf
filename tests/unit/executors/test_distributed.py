"""The Dask executor on a real dask.distributed LocalCluster (tests/dask_cluster.py): same
results as the local executor, clear errors without a cluster or the extra (worker failures:
test_worker_failures.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import worker_tasks
from dask_cluster import RESULT_TIMEOUT_S
from newsprism.api import Engine
from newsprism.cli.app import app
from newsprism.errors import BackendUnavailable, ConfigError, StageError
from newsprism.executors.backends import open_executor
from newsprism.executors.local import LocalExecutor
from newsprism.model.article import Rejection
from newsprism.settings import Settings

pytest.importorskip("distributed", reason="Dask tests need the [distributed] extra")

from newsprism.executors.distributed import DaskExecutor

WORDS = ["alpha", "empty", "beta", "bad", "gamma", "delta", "epsilon", "zeta"]


def _run(executor: Any, items: list[Any], func: Any = worker_tasks.shout) -> list[Any]:
    return list(executor.map(func, items, stage="test.shout.v1", ref=str))


def test_dask_executor_returns_what_the_local_executor_returns(dask_client: Any) -> None:
    local = _run(LocalExecutor(1), WORDS)
    dask = _run(
        DaskExecutor(client=dask_client, result_timeout_s=RESULT_TIMEOUT_S, chunk_size=3), WORDS
    )
    assert dask == local
    assert dask[0] == "ALPHA" and dask[1] == Rejection(ref="empty", reason="nothing to shout")
    failure = dask[3]
    assert isinstance(failure, Rejection)
    assert "test.shout.v1" in failure.reason and "cannot shout 'bad'" in failure.reason


def test_dask_executor_raise_policy_names_stage_and_item(dask_client: Any) -> None:
    executor = DaskExecutor(client=dask_client, result_timeout_s=RESULT_TIMEOUT_S, chunk_size=2)
    with pytest.raises(StageError, match=r"test\.shout\.v1.*bad"):
        list(
            executor.map(worker_tasks.shout, WORDS, stage="test.shout.v1", ref=str, policy="raise")
        )


def test_engine_per_article_path_on_dask_is_the_local_one(
    dask_client: Any, example_dir: Path, tmp_path: Path
) -> None:
    # Embeddings and the whole report on Dask: tests/e2e/test_shared_store.py.
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    paths = [example_dir, tmp_path / "empty.txt"]
    settings = Settings(workers=1)
    local = Engine(settings).analyze_articles(paths)
    dask = Engine(
        settings, executor=DaskExecutor(client=dask_client, result_timeout_s=RESULT_TIMEOUT_S)
    ).analyze_articles(paths)
    assert dask == local
    assert len(local[0]) == 5 and len(local[1]) == 1


def test_dask_executor_needs_a_scheduler_address() -> None:
    with pytest.raises(ConfigError, match="--scheduler tcp://HOST:PORT"):
        DaskExecutor(None)


def test_dask_executor_names_an_unreachable_scheduler() -> None:
    with pytest.raises(
        ConfigError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    ):
        DaskExecutor("tcp://127.0.0.1:9", timeout_s=1)


def test_executor_dask_without_the_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    monkeypatch.delitem(sys.modules, "newsprism.executors.distributed")
    with pytest.raises(BackendUnavailable, match=r"newsprism\[distributed\]"):
        open_executor("dask", scheduler="tcp://127.0.0.1:8786")


def test_cli_executor_dask_without_the_extra_exits_3(
    monkeypatch: pytest.MonkeyPatch, example_dir: Path
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    monkeypatch.delitem(sys.modules, "newsprism.executors.distributed")
    result = CliRunner().invoke(
        app, ["figures", str(example_dir), "--executor", "dask", "--scheduler", "tcp://x:1"]
    )
    assert result.exit_code == 3
    message = " ".join(result.output.split())
    assert "pip install 'newsprism[distributed]'" in message
    assert "Traceback" not in message


def test_cli_executor_dask_without_a_scheduler_exits_3(
    monkeypatch: pytest.MonkeyPatch, example_dir: Path
) -> None:
    monkeypatch.delenv("DASK_SCHEDULER_ADDRESS", raising=False)
    result = CliRunner().invoke(app, ["figures", str(example_dir), "--executor", "dask"])
    assert result.exit_code == 3
    assert "--scheduler tcp://HOST:PORT or set DASK_SCHEDULER_ADDRESS" in " ".join(
        result.output.split()
    )
