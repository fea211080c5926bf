"""The person rule over generated sentences: every passive casualty phrase of the English cues
counts exactly one person of its kind after any person phrase, and none once negated, made
hypothetical or said of a plural subject."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.extract.gun_violence.person_cues import load_persons
from newsprism.model.figures import Figure
from support import gv_figures_of

CUES = load_persons("en")
PASSIVE = sorted((" ".join(toks), kind) for toks, kind in CUES.passive.entries())
SUBJECTS = [
    "The man",
    "The 17-year-old boy",
    "His brother",
    "The victim's mother",
    "Terrell Skinner",
    "Terrell Skinner, 26, of Akron,",
    "She",
]
PLURALS = ["The men", "Two of the victims", "Both women"]
DOUBTS = ["was not", "could have been", "was nearly", "wasn't", "would have been"]


def _figures(body: str) -> tuple[Figure, ...]:
    return gv_figures_of(f"Title\n{body}")


@given(st.sampled_from(SUBJECTS), st.sampled_from(PASSIVE))
def test_a_person_and_a_passive_phrase_count_one(subject: str, phrase: tuple[str, str]) -> None:
    words, kind = phrase
    figures = _figures(f"{subject} was {words} on Sunday.")
    assert [(str(f.kind), f.quantity.value) for f in figures] == [(str(kind), 1)]


@given(st.sampled_from(SUBJECTS), st.sampled_from(PASSIVE), st.sampled_from(DOUBTS))
def test_negated_or_hypothetical_phrases_count_nobody(
    subject: str, phrase: tuple[str, str], doubt: str
) -> None:
    assert _figures(f"{subject} {doubt} {phrase[0]} on Sunday.") == ()


@given(st.sampled_from(PLURALS), st.sampled_from(PASSIVE))
def test_plural_subjects_are_no_single_person(subject: str, phrase: tuple[str, str]) -> None:
    assert all(f.quantity.value != 1 for f in _figures(f"{subject} were {phrase[0]} on Sunday."))
