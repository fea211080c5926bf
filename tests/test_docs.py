"""Documentation stays true: the CLI reference is generated from the app, and every command
is documented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_cli_reference_is_up_to_date(tmp_path: Path) -> None:
    out = tmp_path / "cli.md"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "typer",
            "newsprism.cli.app",
            "utils",
            "docs",
            "--name",
            "newsprism",
            "--output",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    current = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == current, "docs/cli.md is stale: run `make docs`"


@pytest.mark.parametrize(
    "command", ["analyze", "ingest", "figures", "stories", "reconcile", "serve", "framing", "eval"]
)
def test_readme_mentions_every_main_command(command: str) -> None:
    assert f"newsprism {command}" in (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_quick_start_is_make_demo_and_make_test() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().endswith("make test")
