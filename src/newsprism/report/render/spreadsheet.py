"""Cells of the CSV files newsprism writes, made safe to open in a spreadsheet.

Article text, ids and titles are hostile input: a cell starting with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula
(``=HYPERLINK(...)`` sends data away, ``=cmd|...`` ran commands in old Excel). Such a text cell
is prefixed with an apostrophe, which spreadsheets show as text and do not evaluate (OWASP's
"CSV injection" advice). Numbers are left as they are: ``-3`` is a number, not a formula.
"""

from __future__ import annotations

#: First characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """The text of one CSV cell: ``""`` for ``None``, lists joined with ``"; "``, text that a
    spreadsheet would evaluate prefixed with ``'``.

    >>> [csv_cell(v) for v in (None, 3, -3, "Homs", "=1+1", ["@a", "b"])]
    ['', '3', '-3', 'Homs', "'=1+1", "'@a; b"]
    """
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    text = "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
