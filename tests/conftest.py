"""Shared fixtures and the hypothesis profile used in CI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

#: Real servers for the tests that need them: a throwaway PostgreSQL server (tests/pg_server.py)
#: and a dask.distributed LocalCluster (tests/dask_cluster.py).
pytest_plugins = ["pg_server", "dask_cluster"]

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
