"""Finding cues in a sentence: quotations, names that look like cues, patterns, final marks."""

from __future__ import annotations

import pytest

from newsprism.framing.article import score_sentence
from newsprism.framing.matching import find_quotations
from newsprism.lang.framing_cues import load_framing_cues
from newsprism.model.article import Span


def _hits(sentence: str, lang: str = "en") -> list[tuple[str, str, bool]]:
    _, hits = score_sentence(sentence, Span(0, len(sentence)), load_framing_cues(lang))
    return [(h.name, h.cue, h.quoted) for h in hits]


def test_quotations_toggle_and_pair() -> None:
    text = 'He said "a disgrace" and «une honte» then “wow”.'
    quotes = find_quotations(text, [('"', '"'), ("«", "»"), ("“", "”")])
    inside = [text[s:e] for s, e in zip(quotes.starts, quotes.ends, strict=True)]
    assert inside == ["a disgrace", "une honte", "wow"]
    assert quotes.covers(text.index("disgrace"))
    assert not quotes.covers(text.index("said"))


def test_quotation_never_runs_past_its_paragraph() -> None:
    text = 'He said "an unclosed quote.\nA shameful day.'
    quotes = find_quotations(text, [('"', '"')])
    assert not quotes.covers(text.index("shameful"))


def test_cues_inside_quotes_are_marked_quoted_and_do_not_raise_the_score() -> None:
    cues = load_framing_cues("en")
    plain = "The plan is a disgraceful sham."
    quoted = "“The plan is a disgraceful sham,” the minister said."
    assert score_sentence(plain, Span(0, len(plain)), cues)[0] > 0.5
    score, hits = score_sentence(quoted, Span(0, len(quoted)), cues)
    assert score < 0.5
    assert all(h.quoted for h in hits if h.name == "loaded")


def test_acronym_is_no_cue() -> None:
    assert ("first_person", "US", False) not in _hits("The US sent aid to us.")
    assert ("first_person", "us", False) in _hits("The US sent aid to us.")


def test_capitalised_word_in_mid_sentence_is_a_name_in_english() -> None:
    assert not [h for h in _hits("Talks resume on 3 May in Geneva.") if h[0] == "hedge"]
    assert [h for h in _hits("May the talks resume.") if h[0] == "hedge"]


def test_german_nouns_are_capitalised_and_still_cues() -> None:
    assert ("loaded", "Blutbad", False) in _hits("Milizen richteten ein Blutbad an.", "de")


def test_indonesian_polite_you_is_capitalised_and_still_a_cue() -> None:
    assert ("second_person", "Anda", False) in _hits("Jika Anda setuju, tulislah.", "id")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ülkemiz zor bir dönemden geçiyor.", "first_person"),
        ("Savaş durdurulmalıdır.", "normative"),
    ],
)
def test_turkish_suffix_patterns(sentence: str, name: str) -> None:
    assert [h for h in _hits(sentence, "tr") if h[0] == name]


@pytest.mark.parametrize(
    ("sentence", "mark"),
    [("Who could believe that?", "question"), ("What a disgrace!", "exclamation")],
)
def test_final_marks(sentence: str, mark: str) -> None:
    assert [h for h in _hits(sentence) if h[0] == mark]


def test_question_quoted_from_a_speaker_is_quoted() -> None:
    hits = _hits("“Where is my son?”")
    assert ("question", "?", True) in hits
