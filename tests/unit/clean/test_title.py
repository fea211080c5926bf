"""Headline inference and repeated-headline removal."""

from __future__ import annotations

import pytest

from newsprism.clean.title import drop_title_copies, fallback_title, infer_title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Harsh Truth of Life in Syria\n\nRecent violence.",
            "The Harsh Truth of Life in Syria",
        ),
        ("World\n\nFire kills 3\n\nFire kills 3\nSyria", "Fire kills 3"),
        ("A standfirst paragraph ends here.\nFire kills 3\n\nFire kills 3\nBody.", "Fire kills 3"),
        ("- Over 1,000 fatalities reported\n- Second bullet", "Over 1,000 fatalities reported"),
    ],
)
def test_infer_title_finds_headline(text: str, expected: str) -> None:
    assert infer_title(text) == expected


@pytest.mark.parametrize(
    "text",
    ["A first paragraph that ends like a sentence.\nMore.", "x" * 250 + "\nbody", "", "\n\n"],
)
def test_infer_title_returns_none_without_headline(text: str) -> None:
    assert infer_title(text) is None


def test_fallback_title_cuts_long_first_line_at_word() -> None:
    text = "word " * 40
    title = fallback_title(text)
    assert len(title) <= 80
    assert text.startswith(title)
    assert title.endswith("word")


def test_drop_title_copies_keeps_first_copy() -> None:
    text = "Fire\nBy A. Writer\nFire\nBody."
    assert drop_title_copies(text, "Fire") == "Fire\nBy A. Writer\nBody."


def test_drop_title_copies_leaves_text_without_copies_unchanged() -> None:
    text = "Body only.\n\nMore body."
    assert drop_title_copies(text, "Fire") is text
