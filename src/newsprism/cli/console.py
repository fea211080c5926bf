"""Terminal output shared by the commands: data to stdout, messages to stderr (progress:
``cli.progress``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.markup import escape

from newsprism.model.article import Rejection

#: Messages, tables and progress go to stderr so that stdout stays machine-readable.
err = Console(stderr=True, highlight=False)


def write_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line on stdout (UTF-8, non-ASCII kept)."""
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, sort_keys=True))
        out.write("\n")


def report_rejections(rejections: Iterable[Rejection]) -> int:
    """Print each rejected input with its reason; return how many there were."""
    count = 0
    for rejection in rejections:
        count += 1
        # Input names and reasons may contain "[...]": escape them so rich prints them as text.
        err.print(f"[yellow]rejected[/] {escape(rejection.ref)}: {escape(rejection.reason)}")
    return count
