"""Sentence spans lie inside the text, in order, without overlap, and never start or end on
whitespace."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.segment.sentences import split_sentences

_TEXT = st.text(
    alphabet=st.sampled_from(list("abc XYZ.,!?\n\t1234567890éüığ«»’"))
    | st.characters(codec="utf-8"),
    max_size=400,
)


@given(_TEXT)
def test_sentence_spans_are_ordered_inside_and_trimmed(text: str) -> None:
    previous_end = 0
    for sentence in split_sentences(text):
        span = sentence.span
        assert previous_end <= span.start < span.end <= len(text)
        piece = span.of(text)
        assert piece == piece.strip()
        assert "\n" not in piece
        previous_end = span.end
