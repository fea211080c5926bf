"""Every command that takes ``--db``, run with the default worker count, and the error paths
of issue #12 that need the whole command line: a damaged store, ``--strict`` with several
workers, ``-o`` onto a file, formulas in CSV, and an unexpected error."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.api import Engine
from newsprism.cli import app as cli_app
from newsprism.cli.app import app

pytestmark = pytest.mark.slow
runner = CliRunner()
REPO = Path(__file__).resolve().parents[2]
EXAMPLE_DIR = REPO / "examples" / "syria-coast-2025-03"
FORMULA = REPO / "tests" / "hostile" / "corpus" / "formula.jsonl"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "news.sqlite"
    result = runner.invoke(app, ["ingest", str(EXAMPLE_DIR), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "added 5 article(s)" in result.stderr
    return db


def _jsonl(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_analyze_reads_the_store_with_default_workers(store: Path, tmp_path: Path) -> None:
    # Regression (issue #12 defect 1): "SQLite objects created in a thread can only be used
    # in that same thread", exit 3.
    result = runner.invoke(app, ["analyze", "--db", str(store), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["articles"] == 5
    assert len(report["stories"]) == 1


@pytest.mark.parametrize(("command", "rows"), [("figures", 16), ("stories", 5), ("reconcile", 0)])
def test_output_commands_read_the_store_with_default_workers(
    store: Path, command: str, rows: int
) -> None:
    result = runner.invoke(app, [command, "--db", str(store)])
    assert result.exit_code == 0, result.output
    found = _jsonl(result.stdout)
    assert len(found) >= max(rows, 1)
    if command == "stories":
        assert len({row["story"] for row in found}) == 1


def test_ingest_again_with_default_workers_adds_nothing(store: Path) -> None:
    result = runner.invoke(app, ["ingest", str(EXAMPLE_DIR), "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert "added 0 article(s), 5 already stored" in result.stderr
    info = runner.invoke(app, ["db", "info", "--db", str(store)])
    assert json.loads(info.stdout)["articles"] == 5


def test_a_damaged_store_names_the_damage(store: Path, tmp_path: Path) -> None:
    # Issue #12 defect 1: the thread error used to hide the real one.
    damaged = tmp_path / "damaged.sqlite"
    shutil.copy(store, damaged)
    with sqlite3.connect(damaged) as conn:
        (page,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'articles'"
        ).fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with damaged.open("r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))
    result = runner.invoke(app, ["analyze", "--db", str(damaged), "-o", str(tmp_path / "out")])
    assert result.exit_code == 3
    assert "malformed" in result.stderr and "damaged" in result.stderr
    assert "thread" not in result.stderr


def test_strict_with_default_workers_stops_instead_of_hanging(tmp_path: Path) -> None:
    # Regression (issue #12 defect 2): the pool waited for ever on a worker that died.
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = subprocess.run(
        [sys.executable, "-m", "newsprism", "figures", "--strict", "empty.txt", str(EXAMPLE_DIR)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 1
    assert "empty.txt: empty file" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("target", ["report.json", "report.json/sub"])
def test_output_onto_a_file_is_refused_before_the_run(tmp_path: Path, target: str) -> None:
    (tmp_path / "report.json").write_text("{}", encoding="utf-8")
    result = runner.invoke(
        app, ["analyze", str(tmp_path / "missing-input"), "-o", str(tmp_path / target)]
    )
    assert result.exit_code == 3
    assert "not a folder" in result.stderr
    assert "rejected" not in result.stderr  # refused before reading anything
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == "{}"


def test_stories_csv_neutralises_a_formula_title() -> None:
    result = runner.invoke(app, ["stories", str(FORMULA), "--format", "csv"])
    assert result.exit_code == 0, result.output
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert row["article"] == "'=1+1"
    assert row["label"].startswith("'=HYPERLINK(")


def _crash(*_: object, **__: object) -> None:
    msg = "boom\nrejected fake.txt: forged"
    raise RuntimeError(msg)


@pytest.mark.parametrize("verbose", [False, True])
def test_an_unexpected_error_exits_4_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], verbose: bool
) -> None:
    monkeypatch.setattr(Engine, "analyze", _crash)
    argv = ["newsprism", *(["-v"] if verbose else []), "figures", str(EXAMPLE_DIR)]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as exited:
        cli_app.main()
    assert exited.value.code == 4
    stderr = capsys.readouterr().err
    first = stderr.splitlines()[0]
    assert first.startswith("error: unexpected RuntimeError: boom\\nrejected fake.txt")
    assert "newsprism" in first and "figures" in first and EXAMPLE_DIR.name in first
    if verbose:
        assert "Traceback" in stderr
    else:
        assert stderr.count("\n") == 1
        assert "`newsprism -v ...` shows the traceback" in first


def test_analyze_db_twice_gives_the_first_report_and_the_batch_report(tmp_path: Path) -> None:
    db = tmp_path / "news.sqlite"
    runs = {
        "first": [str(EXAMPLE_DIR), "--db", str(db)],
        "second": [str(EXAMPLE_DIR), "--db", str(db)],  # every analysis read from the store
        "store only": ["--db", str(db)],
        "batch": [str(EXAMPLE_DIR)],
    }
    reports = {}
    for name, args in runs.items():
        out = tmp_path / name
        result = runner.invoke(app, ["analyze", *args, "-o", str(out), "-f", "json", "-j", "1"])
        assert result.exit_code == 0, result.output
        reports[name] = json.loads((out / "report.json").read_text(encoding="utf-8"))
        reports[name].pop("generated_at")
    assert reports["first"]["figures"] and reports["first"]["stories"]
    assert reports["second"] == reports["first"]
    assert reports["store only"] == reports["first"]
    assert reports["batch"] == reports["first"]  # one path: the store gives the batch's stories
    info = runner.invoke(app, ["db", "info", "--db", str(db)])
    assert json.loads(info.stdout)["analyses"] == 5
