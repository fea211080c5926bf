"""``newsprism langs``: the language and domain packs, their coverage per rule family, and how
a sentence is read (``--explain``)."""

from __future__ import annotations

import io
import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from newsprism.cli.console import err
from newsprism.cli.options import EXIT_CONFIG
from newsprism.errors import ConfigError
from newsprism.extract.figures import explain as explain_text
from newsprism.lang.coverage import coverage
from newsprism.lang.packs import available_languages


class LangsFormat(StrEnum):
    """How ``newsprism langs`` prints."""

    TABLE = "table"
    JSON = "json"
    CODES = "codes"


def _explain(text: str, lang: str, domains: list[str]) -> None:
    rows = []
    for c in explain_text(text, lang, domains):
        q = c.quantity
        rows.append(
            {
                "number": text[c.chars[0] : c.chars[1]],
                "kind": c.kind.value if c.kind else None,
                "value": q.value,
                "low": q.low,
                "high": q.high,
                "qualifier": q.qualifier.value,
                "figure": c.is_figure,
                "dropped": c.dropped,
                "rules": list(c.rules),
                "group": c.group,
                "attribution": c.attribution.kind.value,
                "source": c.attribution.source,
            }
        )
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def langs(
    fmt: Annotated[
        LangsFormat,
        typer.Option(
            "--format", "-f", help="table (coverage), json (coverage), codes (one per line)."
        ),
    ] = LangsFormat.TABLE,
    explain: Annotated[
        str | None,
        typer.Option(
            "--explain",
            metavar="TEXT",
            help="Read TEXT as an article and print each number found: its kind, bounds, the "
            "rules that fired, why it is no figure, its attribution (JSON Lines).",
        ),
    ] = None,
    lang: Annotated[
        str, typer.Option("--lang", help="Language of --explain's text (ISO 639-1).")
    ] = "en",
    domain: Annotated[
        list[str] | None, typer.Option("--domain", help="Domain pack for --explain (repeatable).")
    ] = None,
) -> None:
    """The language and domain packs and what each covers, per rule family."""
    try:
        if explain is not None:
            _explain(explain, lang, domain or [])
            return
        if fmt is LangsFormat.CODES:
            sys.stdout.write("".join(f"{code}\n" for code in available_languages()))
            return
        found = coverage()
    except ConfigError as exc:  # a malformed pack file
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(EXIT_CONFIG) from exc
    if fmt is LangsFormat.JSON:
        for c in found:
            sys.stdout.write(
                json.dumps({"pack": c.pack, "name": c.name, **c.families}, ensure_ascii=False)
                + "\n"
            )
        return
    families = sorted({f for c in found for f in c.families}, key=lambda f: (f.split(".")[0], f))
    table = Table("family", *(c.pack for c in found), title="newsprism language and domain packs")
    for family in families:
        table.add_row(family, *(str(c.families.get(family, "")) for c in found))
    typer.echo(_render(table))


def _render(table: Table) -> str:
    buffer = io.StringIO()
    Console(file=buffer, width=max(100, 12 * len(table.columns)), color_system=None).print(table)
    return buffer.getvalue().rstrip("\n")


__all__ = ["LangsFormat", "langs"]
