"""CSV cells: text a spreadsheet would evaluate is neutralised (issue #12 defect 4)."""

from __future__ import annotations

import pytest

from newsprism.report.render.spreadsheet import FORMULA_STARTS, csv_cell


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_csv_cell_prefixes_text_a_spreadsheet_would_evaluate(start: str) -> None:
    assert csv_cell(f'{start}HYPERLINK("http://x")') == f'\'{start}HYPERLINK("http://x")'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        (1383, "1383"),
        (-3, "-3"),
        (0.5, "0.5"),
        ("Homs", "Homs"),
        (["=a", "b"], "'=a; b"),
    ],
)
def test_csv_cell_keeps_numbers_and_plain_text(value: object, expected: str) -> None:
    assert csv_cell(value) == expected
