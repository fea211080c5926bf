"""Shared fixtures and the hypothesis profile used in CI."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

#: Real servers for the tests that need them: a throwaway PostgreSQL server (tests/pg_server.py)
#: and a dask.distributed LocalCluster (tests/dask_cluster.py).
pytest_plugins = ["pg_server", "dask_cluster"]

# Runs without a store keep vectors in the user's on-disk cache: tests (and the CLI runs they
# start) use a throwaway one instead of ~/.cache.
if "NEWSPRISM_EMBEDDING_CACHE" not in os.environ:
    _CACHE_DIR = tempfile.mkdtemp(prefix="newsprism-test-cache-")
    atexit.register(shutil.rmtree, _CACHE_DIR, ignore_errors=True)
    os.environ["NEWSPRISM_EMBEDDING_CACHE"] = str(Path(_CACHE_DIR) / "embeddings.sqlite")

settings.register_profile("ci", max_examples=200, deadline=None, derandomize=True)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*/expected.json from the current extractor (review the diff)",
    )


REPO = Path(__file__).resolve().parent.parent
EXAMPLE_DIR = REPO / "examples" / "syria-coast-2025-03"
EXAMPLE_GOLD = REPO / "examples" / "syria-coast-2025-03.gold.jsonl"


@pytest.fixture
def example_dir() -> Path:
    """The bundled example set (five articles about the March 2025 Syria coast killings)."""
    return EXAMPLE_DIR


@pytest.fixture
def example_gold() -> Path:
    return EXAMPLE_GOLD


@pytest.fixture(scope="session")
def hostile_report(tmp_path_factory: pytest.TempPathFactory):
    """The report of the XSS corpus (tests/hostile.py), analysed once per session."""
    from hostile import write_corpus
    from newsprism.api import Engine
    from newsprism.settings import Settings

    path = write_corpus(tmp_path_factory.mktemp("hostile"))
    return Engine(Settings(workers=1)).analyze([path])


@pytest.fixture(scope="session")
def hostile_outputs(hostile_report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """report.html, report.md and report.json of the XSS corpus."""
    from newsprism.report.render.files import write_report

    out = tmp_path_factory.mktemp("hostile-out")
    write_report(hostile_report, out, ["html", "md", "json"])
    return out


@pytest.fixture(scope="session")
def served_app(hostile_report):
    """The web app over the XSS corpus, served by uvicorn on a free local port; its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    from newsprism.web.app import create_app
    from newsprism.web.snapshot import FixedSnapshots

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        create_app(FixedSnapshots(hostile_report)), host="127.0.0.1", port=port, log_level="error"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the web app did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
