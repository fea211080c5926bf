"""normalize: the canonical form of clean text."""

from __future__ import annotations

import pytest

from newsprism.clean.normalize import drop_repeated_lines, normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u201cHello\u201d", '"Hello"'),
        ("it\u2019s", "it's"),
        ("5\u2032 10\u2033", "5' 10\""),
        ("a\u00a0b\u202fc\u3000d", "a b c d"),
        ("a \t  b", "a b"),
        ("line  \nnext", "line\nnext"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("a\n\n\n\nb", "a\n\nb"),
        ("zero\u200bwidth\u200d\ufeff", "zerowidth"),
        ("bell\x07 and \x1b escape", "bell and escape"),
        ("e\u0301", "\u00e9"),
        ("A\u200b\u0300", "\u00c0"),  # the zero-width space mapped away: then NFC
        ("\n\n  text  \n\n", "text"),
    ],
)
def test_normalize_maps_characters_and_spacing(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "• 600+ fatalities\n• 430+ killed",
        "- Over 1,000 fatalities\n- Alawite minority targeted",
        "Syria \u2013 a dash \u2014 and another",
        "Headline\n\nBody paragraph.",
    ],
)
def test_normalize_keeps_bullets_dashes_and_lines(text: str) -> None:
    assert normalize(text) == text


def test_normalize_drops_paragraphs_repeated_twice() -> None:
    # The GVA texts repeat each paragraph twice, separated by a blank line.
    text = "First para.\n\nFirst para.\n\nSecond para.\n\nSecond para.\n\n\n\nThird."
    assert normalize(text) == "First para.\n\nSecond para.\n\nThird."


def test_normalize_keeps_repeats_that_are_not_consecutive() -> None:
    text = "A.\n\nB.\n\nA."
    assert normalize(text) == text


def test_drop_repeated_lines_ignores_blank_lines_between() -> None:
    assert drop_repeated_lines(["T", "", "T", "x", "x", "y"]) == ["T", "", "x", "y"]
