"""Running tallies: counts over a span of hours or days count several incidents."""

from __future__ import annotations

import pytest

from support import gv_figures_of


def _read(body: str) -> list[tuple[str, int | None, str | None]]:
    return [
        (f.kind.value, f.quantity.value, f.incidents) for f in gv_figures_of("Title\n\n" + body)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Seven people were shot in 72 hours.", [("casualties", 7, "in 72 hours")]),
        (
            "20 people have been shot over the past three days.",
            [("casualties", 20, "over the past three days")],
        ),
        ("Eleven were wounded in a 30-hour span.", [("injured", 11, "in a 30-hour span")]),
        ("Five were shot in less than 30 hours.", [("casualties", 5, "in less than 30 hours")]),
    ],
)
def test_a_count_over_a_long_span_is_a_tally(
    body: str, expected: list[tuple[str, int | None, str | None]]
) -> None:
    assert _read(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # A short span tells the time of one attack.
        "Three people were shot within two hours.",
        "Two men were shot in 10 minutes of gunfire.",
        # A span with no number, or after the clause.
        "Two men were shot within hours of each other.",
        "Two men were shot. Police arrived in 48 hours.",
    ],
)
def test_no_tally_from_short_spans_or_spans_without_a_number(body: str) -> None:
    assert all(incidents is None for _, _, incidents in _read(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "At least 18 people were shot between Tuesday afternoon and early Wednesday.",
            [("casualties", 18, "between Tuesday afternoon and early Wednesday")],
        ),
        (
            "Eight other people were shot from Sunday morning to early Monday.",
            [("casualties", 8, "from Sunday morning to early Monday")],
        ),
        (
            "Four people have been shot since Tuesday morning across the city.",
            [("casualties", 4, "since Tuesday")],
        ),
    ],
)
def test_a_count_over_a_span_of_days_is_a_tally(
    body: str, expected: list[tuple[str, int | None, str | None]]
) -> None:
    assert _read(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # One day dates one attack; "from" and "between" need a second day.
        "Two men were shot on Friday night.",
        "Two men were shot from a car Friday night.",
        "Three people were shot between 9 and 10 p.m. Friday.",
    ],
)
def test_one_day_is_no_tally(body: str) -> None:
    assert all(f.incidents is None for f in gv_figures_of("Title\n\n" + body))
