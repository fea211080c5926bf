"""``newsprism framing``: one framing profile per article (or per outlet with ``--outlets``)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from newsprism.cli.options import Db, MaxBytes, OptionalPaths, Strict, Workers
from newsprism.cli.outputs import Format, FormatOption, _emit, _finish, _run
from newsprism.report.records import framing_rows, profile_rows
from newsprism.settings import DEFAULT_MAX_BYTES

FRAMING_COLUMNS = ["article", "outlet", "lang", "opinion", "attribution_mix", "signals"]
OUTLET_COLUMNS = ["outlet", "n_articles", "opinion", "opinion_max", "attribution_mix", "signals"]


def _mix_cell(mix: dict[str, Any]) -> str:
    parts = [f"{k} {v:.2f}" for k, v in mix.items() if k != "figures" and v is not None]
    return f"{'; '.join(parts)} (of {mix['figures']} figures)" if parts else "no figures"


def _flat(row: dict[str, Any], *, full: bool) -> dict[str, Any]:
    """A row for CSV or a table: the mix and the signals as text (full signals for CSV, counts
    for a table)."""
    out = dict(row)
    out["attribution_mix"] = _mix_cell(row["attribution_mix"])
    if full and "signals" in row:
        out["signals"] = "; ".join(
            f"{s['signal']} [{s['sentence']}] {s['start']}-{s['end']}: {s['quote']}"
            for s in row["signals"]
        )
    else:
        out["signals"] = ", ".join(f"{k} {v}" for k, v in row["signal_counts"].items())
    return out


def framing(
    paths: OptionalPaths = None,
    fmt: FormatOption = Format.JSONL,
    outlets: Annotated[
        bool, typer.Option("--outlets", help="One line per outlet (profile over its articles).")
    ] = False,
    stories: Annotated[
        bool,
        typer.Option(
            "--stories",
            help="Cluster into stories first, so that claims only one article makes are signals "
            "too (loads the embedding model: slower).",
        ),
    ] = False,
    db: Db = None,
    workers: Workers = None,
    strict: Strict = False,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Print each article's framing: opinion score, attribution mix and signals with quotes."""
    report = _run(paths, db, workers, strict, max_bytes, label="framing", with_stories=stories)
    rows = profile_rows(report) if outlets else framing_rows(report)
    columns = OUTLET_COLUMNS if outlets else FRAMING_COLUMNS
    if fmt is not Format.JSONL:
        rows = [_flat(r, full=fmt is Format.CSV) for r in rows]
    _emit(rows, fmt, columns)
    _finish(report)
