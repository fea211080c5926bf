"""Golden-file fixture: ``pytest --update-golden`` (option declared in tests/conftest.py) or
``NEWSPRISM_UPDATE_GOLDEN=1`` rewrites every ``expected.json``."""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether golden files are rewritten instead of compared."""
    try:
        option = bool(request.config.getoption("--update-golden"))
    except ValueError:
        option = False
    return option or os.environ.get("NEWSPRISM_UPDATE_GOLDEN") == "1"
