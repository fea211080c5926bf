"""People counted with a subject: "Smith was shot along with two others" counts three."""

from __future__ import annotations

import pytest

from support import gv_figures_of


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.quantity.value) for f in gv_figures_of(f"Title\n{text}")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quantico Brunson-Moton was shot along with a 16-year-old boy and a 21-year-old man.",
            [("casualties", 3)],
        ),
        ("Smith was shot along with two others.", [("casualties", 3)]),
        ("Ellis, 44, was shot along with three others around 1 a.m.", [("casualties", 4)]),
        ("Two men were wounded together with a woman.", [("injured", 3)]),
        ("The two were shot, along with another woman, just before 1 a.m.", [("casualties", 3)]),
        ("Smith was killed along with two others.", [("killed", 3)]),
    ],
)
def test_the_subject_counts_with_its_companions(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _counts(text) == expected


def test_a_headline_subject_counts_too() -> None:
    figures = gv_figures_of("Teen girl shot along with three others at party\nBody text.")
    assert [(f.kind.value, f.quantity.value) for f in figures] == [("casualties", 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural subject without a number: how many is not said.
        ("They were shot along with two others.", [("casualties", 2)]),
        # Not after a casualty phrase: care, or the subject first.
        ("He was taken to the hospital along with two others.", [("injured", 1)]),
        ("Smith, along with two others, was shot.", [("casualties", 2)]),
        # "along with" after no casualty phrase.
        ("Police arrived along with two paramedics; two people were shot.", [("casualties", 2)]),
    ],
)
def test_what_takes_no_companions(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith and three others were shot on a basketball court.", [("casualties", 4)]),
        ("Jane Doe, 23, and two other women were wounded.", [("injured", 3)]),
        (
            "A 12-year-old was in critical condition after he and three others were shot.",
            [("injured", 1), ("casualties", 4)],
        ),
    ],
)
def test_a_named_person_counts_with_the_others(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Capitalised words that name no person, and counts of others after no conjunct.
        ("Police and two others were at the scene.", []),
        ("Two men were killed. Two others were shot.", [("killed", 2), ("injured", 2)]),
        # A noun phrase is summed by the coordination rule, not once more here.
        ("A man and three others were shot.", [("casualties", 4)]),
    ],
)
def test_no_named_person_before_the_others(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _counts(text) == expected


def test_a_time_word_is_no_companion() -> None:
    assert _counts("Yesterday and two others were shot.") == [("casualties", 2)]
