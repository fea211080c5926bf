"""``newsprism langs`` (coverage, codes, --explain) and ``--domain`` on the figure commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli.app import app
from newsprism.lang.packs import available_languages

runner = CliRunner()

SHOOTING = (
    "Two shot in Elm Street shooting\n"
    "Police said a gunman shot two men on Elm Street on Friday night. "
    "A third man was also shot and is being treated at the hospital."
)


def test_langs_lists_coverage_per_language_and_domain() -> None:
    result = runner.invoke(app, ["langs", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    packs = {row["pack"] for row in rows}
    assert set(available_languages()) <= packs
    assert "gun-violence/en" in packs
    for row in rows:
        if row["pack"] in available_languages():
            assert row["rules.figure"] >= 1 and row["kinds.killed"] >= 1, row


def test_langs_codes_prints_one_code_per_line() -> None:
    result = runner.invoke(app, ["langs", "--format", "codes"])
    assert result.exit_code == 0
    assert result.output.split() == list(available_languages())


def test_langs_explain_shows_rules_and_reasons() -> None:
    result = runner.invoke(
        app,
        ["langs", "--explain", "Die Zahl der Toten stieg auf 154, 12 km entfernt.", "--lang", "de"],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    toll = next(r for r in rows if r["value"] == 154)
    assert toll["figure"] and toll["kind"] == "killed" and "toll-verb" in toll["rules"]
    distance = next(r for r in rows if r["value"] == 12)
    assert not distance["figure"] and distance["dropped"]


@pytest.mark.parametrize("workers", ["1"])
def test_domain_option_selects_the_gun_violence_pack(tmp_path: Path, workers: str) -> None:
    path = tmp_path / "shooting.txt"
    path.write_text(SHOOTING, encoding="utf-8")
    core = runner.invoke(app, ["figures", str(path), "-j", workers])
    domain = runner.invoke(app, ["figures", str(path), "-j", workers, "--domain", "gun-violence"])
    assert core.exit_code == 0 and domain.exit_code == 0, (core.output, domain.output)
    extractors = {json.loads(line)["extractor"] for line in domain.output.splitlines()}
    assert extractors == {"extract.gun_violence.v5"}
    assert all(
        json.loads(line)["extractor"] == "extract.figures.v6" for line in core.output.splitlines()
    )


def test_unknown_domain_is_a_configuration_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nFive people were killed.", encoding="utf-8")
    result = runner.invoke(app, ["figures", str(path), "-j", "1", "--domain", "nope"])
    assert result.exit_code == 3
    assert "unknown domain pack" in result.output
