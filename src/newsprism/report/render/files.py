"""Write a report in the requested formats into a folder."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.model.report import Report
from newsprism.report.records import report_to_json
from newsprism.report.render.html import render_html
from newsprism.report.render.markdown import render_markdown

FORMATS: tuple[str, ...] = ("html", "md", "json")


def write_report(report: Report, folder: Path, formats: list[str]) -> list[Path]:
    """Write ``report.<fmt>`` for each format into ``folder`` (created); return the paths.

    Each file is written to a temporary name and renamed, so an interrupted run never leaves a
    half-written report behind.
    """
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
