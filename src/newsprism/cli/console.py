"""Terminal output shared by the commands: data to stdout, messages to stderr (progress:
``cli.progress``).

Input names, feed GUIDs, titles and reasons come from hostile input: every one is passed
through ``printable`` before it is shown, so that a newline cannot forge a log line and an
escape sequence cannot rewrite the terminal, and is printed as text (no rich markup, no emoji
codes), one message per line.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.text import Text

from newsprism.model.article import Rejection

#: Messages, tables and progress go to stderr so that stdout stays machine-readable.
err = Console(stderr=True, highlight=False, emoji=False)

#: Rejected inputs listed on stderr; the others are counted in one line (``-v`` lists them).
MAX_SHOWN_REJECTIONS = 20
#: Longest input name or reason shown (a GUID or a quoted error can be any length).
MAX_SHOWN_CHARS = 1_000
#: Control characters (C0, DEL, C1), line and paragraph separators, and the bidirectional
#: overrides and isolates that reorder what a terminal shows ("Trojan Source").
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str, *, limit: int = MAX_SHOWN_CHARS) -> str:
    r"""``text`` safe to print on one terminal line: control characters, line separators and
    bidi overrides escaped as Python writes them, cut at ``limit`` characters.

    >>> printable("a.txt\n\x1b[31mrejected b.txt")
    'a.txt\\n\\x1b[31mrejected b.txt'
    """
    if len(text) > limit:
        text = text[:limit] + "…"
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def print_line(message: str) -> None:
    """Print one message on stderr, escaped, as plain text on one line."""
    err.print(Text(printable(message, limit=4 * MAX_SHOWN_CHARS)), soft_wrap=True)


def is_verbose() -> bool:
    """Whether ``-v`` was given (the CLI callback sets the log level from it)."""
    return logging.getLogger("newsprism").isEnabledFor(logging.INFO)


def write_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line on stdout (UTF-8, non-ASCII kept)."""
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, sort_keys=True))
        out.write("\n")


def report_rejections(rejections: Sequence[Rejection], omitted: int = 0) -> int:
    """Print the rejected inputs with their reasons (the first ``MAX_SHOWN_REJECTIONS``
    unless ``-v``, then a count of the others); return how many there were in all.

    ``omitted`` counts rejections the run did not keep (see ``pipeline.rejections``).
    """
    verbose = is_verbose()
    shown = rejections if verbose else rejections[:MAX_SHOWN_REJECTIONS]
    for rejection in shown:
        line = Text("rejected", style="yellow")
        line.append(f" {printable(rejection.ref)}: {printable(rejection.reason)}")
        err.print(line, soft_wrap=True)
    hidden = len(rejections) - len(shown) + omitted
    if hidden:
        note = (
            f"the run keeps the first {len(rejections):,}"
            if verbose
            else f"`newsprism -v ...` lists {'the first ' if omitted else 'all '}"
            f"{len(rejections):,}"
        )
        print_line(f"... and {hidden:,} more rejected input(s) ({note})")
    return len(rejections) + omitted
