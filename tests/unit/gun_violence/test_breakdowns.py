"""Counts that are parts of a count or belong elsewhere: people in a condition after a larger
count, ages of a plural noun, age bounds and fractions, teasers after a closing header, other
periods' tolls."""

from __future__ import annotations

import pytest

from support import gv_figures_of


def _read(body: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.quantity.value) for f in gv_figures_of("Title\n\n" + body)]


def _totals(body: str) -> list[tuple[str, int | None]]:
    """Figures but the parts a condition scopes (their group is the condition)."""
    return [
        (f.kind.value, f.quantity.value)
        for f in gv_figures_of("Title\n\n" + body)
        if f.group not in {"critically", "critical", "stable", "life threatening"}
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A count in a condition after a larger count: a part.
        ("Nine people were shot and wounded, one critically.", [("injured", 9)]),
        (
            "Police located four individuals who had been shot. Two received injuries that"
            " were not life threatening.",
            [("casualties", 4)],
        ),
        (
            "Rescuers took four gunshot victims to a hospital, and two were in critical"
            " condition and two were stable.",
            [("casualties", 4)],
        ),
        # Hard negatives: no larger count before; a recap of the whole; a larger count after.
        ("Two men were in critical condition after the shooting.", [("injured", 2)]),
        (
            "Four people were shot, one fatally. The three injured do not have"
            " life-threatening injuries.",
            [("casualties", 4), ("killed", 1), ("injured", 3)],
        ),
        (
            "One man is in critical condition. Police said five people were shot.",
            [("injured", 1), ("casualties", 5)],
        ),
    ],
)
def test_counts_in_a_condition(body: str, expected: list[tuple[str, int | None]]) -> None:
    assert _totals(body) == expected


def test_a_part_keeps_its_number_scoped_to_its_condition() -> None:
    figures = gv_figures_of("Title\n\nNine people were shot and wounded, one critically.")
    assert [(f.quantity.value, f.group) for f in figures] == [(9, None), (1, "critically")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Her sons, 7 and 8, were critically hurt.", []),
        ("Four men and five women, all younger than 45, were injured.", [("injured", 9)]),
        ("A 2 1/2 year-old boy was shot.", []),
        ("A 2½-year-old boy was shot.", []),
        ("He was taken to one of two hospitals after three people were injured.", [("injured", 3)]),
        # Hard negatives: a count of people after a plural noun; a count after "than".
        ("Two teens were wounded.", [("injured", 2)]),
        ("More than 45 people were injured.", [("injured", 45)]),
    ],
)
def test_ages_and_things(body: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(body) == expected


def test_teasers_after_a_closing_header() -> None:
    body = (
        "Two people were shot on Main Street.\n\nMore stories you may like on 7News\n\n"
        "LIVE: 25 hurt in apparent explosion Police say 25 people suffered minor injuries."
    )
    assert _read(body) == [("casualties", 2)]


def test_tolls_of_other_periods() -> None:
    body = "Since Easter, at least eight youths have been injured by gunfire."
    figures = gv_figures_of("Title\n\n" + body)
    assert [f.incidents for f in figures] == ["Since Easter"]
