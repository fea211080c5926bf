from __future__ import annotations

import pytest

from newsprism.segment.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One two. Three four.", ["One two.", "Three four."]),
        (
            "Headline without stop\nBody sentence one. Body two.",
            ["Headline without stop", "Body sentence one.", "Body two."],
        ),
        (
            "  • 600+ fatalities reported\n  • 430+ killed",
            ["• 600+ fatalities reported", "• 430+ killed"],
        ),
        (
            "Sebanyak 1.383 warga sipil tewas. Kedua kalinya.",
            ["Sebanyak 1.383 warga sipil tewas.", "Kedua kalinya."],
        ),
        (
            "قتل عشرات المدنيين في اللاذقية. الرئيس يلتقي وزير الخارجية.",
            ["قتل عشرات المدنيين في اللاذقية.", "الرئيس يلتقي وزير الخارجية."],
        ),
        ("", []),
    ],
)
def test_split_sentences_spans_cover_sentences(text: str, expected: list[str]) -> None:
    assert [s.span.of(text) for s in split_sentences(text)] == expected


def test_split_sentences_indexes_are_positions() -> None:
    sentences = split_sentences("A b. C d.\nE f.")
    assert [s.index for s in sentences] == [0, 1, 2]
