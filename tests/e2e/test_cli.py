"""End-to-end runs of the command line on the bundled example set and on bad inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli.app import app

pytestmark = pytest.mark.slow
runner = CliRunner()
EXAMPLE_DIR = Path(__file__).resolve().parents[2] / "examples" / "syria-coast-2025-03"


@pytest.fixture(scope="module")
def example_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    result = runner.invoke(app, ["analyze", str(EXAMPLE_DIR), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    return out


def test_analyze_writes_three_reports(example_report: Path) -> None:
    assert sorted(p.name for p in example_report.iterdir()) == [
        "report.html",
        "report.json",
        "report.md",
    ]


def test_analyze_report_json_has_one_story_of_five_articles(example_report: Path) -> None:
    data = json.loads((example_report / "report.json").read_text(encoding="utf-8"))
    assert data["schema"] == "newsprism.report/1"
    assert data["summary"]["articles"] == 5
    assert len(data["stories"]) == 1
    assert sorted(data["stories"][0]["articles"]) == sorted(p.name for p in EXAMPLE_DIR.iterdir())
    langs = {a["article"]: a["lang"] for a in data["articles"]}
    assert langs["003_5e058ba6d0e3f3ca.txt"] == "id"
    assert {v for k, v in langs.items() if not k.startswith("003")} == {"en"}


def test_analyze_report_json_figures_quote_their_offsets(example_report: Path) -> None:
    data = json.loads((example_report / "report.json").read_text(encoding="utf-8"))
    assert data["figures"], "the example set states figures"
    values = {(f["article"], f["value"]) for f in data["figures"]}
    assert ("003_5e058ba6d0e3f3ca.txt", 1383) in values
    for figure in data["figures"]:
        assert figure["start"] < figure["end"]
        assert figure["quote"]


def test_analyze_html_is_self_contained(example_report: Path) -> None:
    html = (example_report / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html
    assert "http://" not in html and "https://" not in html
    assert "1,383" in html


def test_figures_jsonl_fields(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["figures", str(EXAMPLE_DIR / "003_5e058ba6d0e3f3ca.txt"), "--format", "jsonl", "-j", "1"],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert rows
    required = {
        "article",
        "kind",
        "value",
        "low",
        "high",
        "qualifier",
        "group",
        "place",
        "period",
        "source",
        "attribution",
        "quote",
        "start",
        "end",
    }
    assert all(required <= row.keys() for row in rows)
    assert {row["article"] for row in rows} == {"003_5e058ba6d0e3f3ca.txt"}


def test_stories_jsonl_one_line_per_article() -> None:
    result = runner.invoke(app, ["stories", str(EXAMPLE_DIR), "--format", "jsonl", "-j", "1"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(rows) == 5
    assert len({row["story"] for row in rows}) == 1
    assert all({"article", "story", "duplicate_of"} <= row.keys() for row in rows)


def test_stories_explain_says_why_each_article_is_in_its_story() -> None:
    result = runner.invoke(
        app, ["stories", str(EXAMPLE_DIR), "--explain", "--format", "jsonl", "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    refs = {row["article"] for row in rows}
    for row in rows:
        link = row["link"]
        assert link["article"] in refs - {row["article"]}
        signals = link["signals"]
        assert set(signals) == {"embedding", "keys", "signature", "conflict", "time"}
        total = signals["embedding"] + signals["keys"] + signals["signature"]
        assert abs(total - signals["conflict"] - signals["time"] - link["score"]) < 0.01
        assert link["shared"]


def test_reconcile_jsonl_groups() -> None:
    result = runner.invoke(app, ["reconcile", str(EXAMPLE_DIR), "--format", "jsonl", "-j", "1"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert rows
    required = {
        "story",
        "articles",
        "kind",
        "scope",
        "low",
        "best",
        "high",
        "n_articles",
        "n_origins",
        "origins",
        "rule",
        "figures",
    }
    assert all(required <= row.keys() for row in rows)
    assert any(row["kind"] == "killed" and row["scope"] == "total" for row in rows)


def test_bad_inputs_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(
        "Five people were killed in Homs on Monday, police said.\n", encoding="utf-8"
    )
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (inputs / "notes.docx").write_bytes(b"PK\x03\x04")
    (inputs / "bad.jsonl").write_text(
        '{"text": "Three killed in Aleppo."}\n{broken\n', encoding="utf-8"
    )
    result = runner.invoke(app, ["figures", str(inputs), "-j", "1"])
    assert result.exit_code == 1
    for name in ("empty.txt", "binary.txt", "notes.docx", "bad.jsonl:2"):
        assert name in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert {row["value"] for row in rows} >= {5, 3}


def test_strict_stops_at_first_rejection(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_good.txt").write_text("Two people were injured.\n", encoding="utf-8")
    result = runner.invoke(app, ["figures", str(tmp_path), "--strict", "-j", "1"])
    assert result.exit_code != 0
    assert "a_empty.txt" in (result.stderr + str(result.exception))


def test_ingest_is_idempotent_and_analyze_reads_the_store(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    first = runner.invoke(app, ["ingest", str(EXAMPLE_DIR), "--db", str(db), "-j", "1"])
    assert first.exit_code == 0, first.output
    assert "added 5" in first.stderr
    again = runner.invoke(app, ["ingest", str(EXAMPLE_DIR), "--db", str(db), "-j", "1"])
    assert again.exit_code == 0, again.output
    assert "added 0" in again.stderr and "5 already stored" in again.stderr
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["analyze", "--db", str(db), "-o", str(out), "--format", "json", "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["summary"]["articles"] == 5
    info = runner.invoke(app, ["db", "info", "--db", str(db)])
    assert json.loads(info.stdout)["articles"] == 5


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["analyze", str(EXAMPLE_DIR), "-o", str(tmp_path), "--format", "pdf"]
    )
    assert result.exit_code == 2


def test_python_m_newsprism_help() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsprism", "--help"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    for command in ("analyze", "ingest", "figures", "stories", "reconcile", "eval"):
        assert command in proc.stdout


def test_framing_prints_one_profile_per_article() -> None:
    result = runner.invoke(app, ["framing", str(EXAMPLE_DIR), "-j", "1"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 5
    by_ref = {r["article"]: r for r in rows}
    piece = by_ref["000_861153e402fb5a16.txt"]
    assert {"article", "outlet", "lang", "opinion", "attribution_mix", "signals"} <= set(piece)
    assert piece["opinion"] == max(r["opinion"] for r in rows)
    text = (EXAMPLE_DIR / "000_861153e402fb5a16.txt").read_text(encoding="utf-8")
    for signal in piece["signals"]:
        assert signal["quote"] in text.replace("’", "'") or signal["quote"] in text


def test_framing_csv_and_outlets(tmp_path: Path) -> None:
    result = runner.invoke(app, ["framing", str(EXAMPLE_DIR), "-j", "1", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "article,outlet,lang,opinion,attribution_mix,signals"
    outlets = runner.invoke(app, ["framing", str(EXAMPLE_DIR), "-j", "1", "--outlets"])
    assert outlets.exit_code == 0, outlets.output
    assert len(outlets.stdout.splitlines()) == 5  # no outlet named: one per article


def test_analyze_report_json_has_framing(example_report: Path) -> None:
    data = json.loads((example_report / "report.json").read_text(encoding="utf-8"))
    signals = {s["signal"] for a in data["articles"] for s in a["framing"]["signals"]}
    assert {"opinion", "loaded", "anonymous_source", "single_source"} <= signals
    assert data["stories"][0]["profiles"]


def test_eval_framing_without_data_scores_the_example() -> None:
    result = runner.invoke(app, ["eval", "framing"])
    assert result.exit_code == 0, result.output
    assert "framing.example.editorial_flagged" in result.output
    assert "skipped: BABE" in result.output
