"""The hostile-input corpus (tests/hostile) through the command line, with the default worker
count and with ``-j 1``: every bad input is a rejection with its reason, nothing crashes,
nothing is printed raw, and both runs print the same (issue #12)."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from newsprism.cli.app import app
from newsprism.cli.console import MAX_SHOWN_REJECTIONS
from newsprism.ingest.json_lines import MAX_UNREADABLE_IN_A_ROW

pytestmark = pytest.mark.slow
runner = CliRunner()
CORPUS = Path(__file__).resolve().parents[1] / "hostile" / "corpus"
#: A limit under which big.txt (made below) is too large and nostop.txt too long a text.
MAX_BYTES = "400000"
FORGED_NAME = "evil\nrejected fake.txt: \x1b[31mall good.txt"
BIDI_NAME = "report\u202etxt.exe.txt"

#: Rejected input (as printed, escaped) -> a part of its reason.
EXPECTED_REJECTIONS = {
    "badlength.warc#record-1": "Content-Length is 'notanumber'",
    "bigdate.jsonl:1": "a number of 400 digits",
    "bigint.jsonl:2": "a number of 5,000 digits",
    "big.txt": "raise the limit with --max-bytes",
    "binary.txt": "binary content",
    "dangling.txt": "broken symbolic link",
    "deep.json#1": "nested more than about 1,000 levels",
    "empty.html": "empty file",
    "evil\\nrejected fake.txt: all good\\x1b[2J": "no content or summary",
    "evil\\nrejected fake.txt: \\x1b[31mall good.txt": "empty file",
    f"junk.jsonl.gz:{MAX_UNREADABLE_IN_A_ROW + 1}": "not read from line",
    "locked/": "cannot read the folder",
    "nostop.txt": "over the 20,000-character limit",
    "nul.html": "binary content",
    "report\\u202etxt.exe.txt": "empty file",
    "script-only.html": "no article text after cleaning",
    "truncated.warc.gz#record-1": "the archive ends inside record 1",
    "wrapped.json#2": "a JSON int, not an object",
    "wrapped.json#3": "a JSON array, not an object",
}
#: Articles read from the corpus (refs in ``figures`` output).
EXPECTED_ARTICLES = {"good", "=1+1"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("hostile") / "in"
    shutil.copytree(CORPUS, folder)
    (folder / FORGED_NAME).write_bytes(b"")
    (folder / BIDI_NAME).write_bytes(b"")
    (folder / "big.txt").write_bytes(b"Five killed. " * 40_000)
    (folder / "dangling.txt").symlink_to(folder / "no-such-file.txt")
    (folder / "locked").mkdir()
    (folder / "locked" / "inside.txt").write_text("Never read.", encoding="utf-8")
    (folder / "locked").chmod(0)
    yield folder
    (folder / "locked").chmod(0o755)


@contextlib.contextmanager
def _locked_for_root(folder: Path) -> Iterator[None]:
    """Root lists a mode-000 folder anyway: refuse it as the kernel refuses anyone else."""
    with pytest.MonkeyPatch.context() as patch:
        if os.geteuid() == 0:
            real_scandir = os.scandir
            locked = folder / "locked"

            def scandir(path: Any = ".") -> Any:
                if Path(path) == locked:
                    raise PermissionError(errno.EACCES, "Permission denied", str(path))
                return real_scandir(path)

            patch.setattr(os, "scandir", scandir)
        yield


def _figures(corpus: Path, *options: str) -> Result:
    with _locked_for_root(corpus):
        return runner.invoke(
            app, [*options[:1], "figures", str(corpus), "--max-bytes", MAX_BYTES, *options[1:]]
        )


@pytest.fixture(scope="module")
def runs(corpus: Path) -> dict[str, Result]:
    return {
        "default": _figures(corpus, "-q"),
        "one": _figures(corpus, "-q", "-j", "1"),
        "verbose": _figures(corpus, "-v", "-j", "1"),
    }


@pytest.mark.parametrize("run", ["default", "one", "verbose"])
def test_hostile_corpus_ends_as_articles_and_rejections(runs: dict[str, Result], run: str) -> None:
    result = runs[run]
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 1  # inputs were rejected
    assert "Traceback" not in result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {row["article"] for row in rows} == EXPECTED_ARTICLES


def test_default_workers_and_one_worker_print_the_same(runs: dict[str, Result]) -> None:
    assert runs["default"].stdout == runs["one"].stdout
    assert runs["default"].stderr == runs["one"].stderr


def test_every_hostile_input_is_rejected_with_its_reason(runs: dict[str, Result]) -> None:
    lines = runs["verbose"].stderr.splitlines()
    for ref, reason in EXPECTED_REJECTIONS.items():
        found = [line for line in lines if line.startswith(f"rejected {ref}: ")]
        assert len(found) == 1, ref
        assert reason in found[0], ref


def test_rejection_lines_are_capped_and_never_raw(runs: dict[str, Result]) -> None:
    lines = runs["default"].stderr.splitlines()
    rejected = [line for line in lines if line.startswith("rejected ")]
    assert len(rejected) == MAX_SHOWN_REJECTIONS
    assert re.match(r"\.\.\. and [\d,]+ more rejected input\(s\)", lines[-1])
    for run in runs.values():
        assert "\x1b" not in run.stderr and "\u202e" not in run.stderr
        assert not any(line.startswith("rejected fake.txt") for line in run.stderr.splitlines())


def test_csv_output_of_the_corpus_holds_no_formula(corpus: Path) -> None:
    result = _figures(corpus, "-q", "-j", "1", "--format", "csv")
    cells = [cell for line in result.stdout.splitlines() for cell in line.split(",")]
    assert "'=1+1" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "@", "\t", "\r")]
