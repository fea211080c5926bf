from __future__ import annotations

import pytest

from newsprism.segment.sentences import MAX_SENTENCE_CHARS, split_sentences


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


@pytest.mark.parametrize(
    "text",
    [
        " ".join(f"{i} people were killed in town{i}" for i in range(3000)),  # no full stop
        "x" * 25_000,  # no space at all
        "Short first.\n" + "word  \t" * 4000 + "\nShort last.",
    ],
)
def test_split_sentences_cuts_overlong_sentences_at_spaces(text: str) -> None:
    # Regression (issue #12 defect 8): a 116,000-character "sentence" took 200 s to extract.
    sentences = split_sentences(text)
    assert all(0 < len(s.span) <= MAX_SENTENCE_CHARS for s in sentences)
    pieces = [s.span.of(text) for s in sentences]
    assert all(p == p.strip() for p in pieces)
    assert "".join("".join(p.split()) for p in pieces) == "".join(text.split())
