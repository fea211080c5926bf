"""Write a report in the requested formats into a folder."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from newsprism.errors import ConfigError
from newsprism.model.report import Report
from newsprism.report.records import report_to_json
from newsprism.report.render.html import render_html
from newsprism.report.render.markdown import render_markdown

FORMATS: tuple[str, ...] = ("html", "md", "json")


def check_output_folder(folder: Path) -> None:
    """Raise ``ConfigError`` unless reports can be written into ``folder`` (it exists as a
    folder we may write in, or can be created): checked before a run, so that a long analysis
    does not end in a write error. Nothing is created."""
    if folder.exists() and not folder.is_dir():
        msg = (
            f"the output {folder} is a file, not a folder; give a folder for report.html, "
            "report.md and report.json"
        )
        raise ConfigError(msg)
    existing = folder
    while not existing.is_dir() and existing.parent != existing:
        if existing.exists() or existing.is_symlink():
            msg = f"cannot create the output folder {folder}: {existing} is not a folder"
            raise ConfigError(msg)
        existing = existing.parent
    try:
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as exc:
        msg = (
            f"cannot write the reports into {folder}: {existing} is not writable "
            f"({exc.strerror or exc}); choose another output folder"
        )
        raise ConfigError(msg) from exc


def write_report(report: Report, folder: Path, formats: list[str]) -> list[Path]:
    """Write ``report.<fmt>`` for each format into ``folder`` (created); return the paths.

    Each file is written to a temporary name and renamed, so an interrupted run never leaves a
    half-written report behind. Raises ``ConfigError`` naming the file when one cannot be
    written (disk full, folder removed during the run).
    """
    try:
        return _write(report, folder, formats)
    except OSError as exc:
        msg = f"cannot write the reports into {folder}: {exc.strerror or exc}"
        raise ConfigError(msg) from exc


def _write(report: Report, folder: Path, formats: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    data = report_to_json(report)
    renderers = {
        "json": lambda: json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
        "md": lambda: render_markdown(data),
        "html": lambda: render_html(report_to_json(report, with_text=True)),
    }
    written = []
    for fmt in formats:
        path = folder / f"report.{fmt}"
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(renderers[fmt](), encoding="utf-8")
        tmp.replace(path)
        written.append(path)
    return written
