"""Deaths told in words the person rule did not read: a life not kept ("did not survive",
"doctors were not able to save her"), official words ("pronounced deceased"), a pronoun
wounded in a clause after the death ("died after she was wounded"), and "the victim" dying in
the sentence after a person was wounded. Each is one person killed, not also injured."""

from __future__ import annotations

import pytest

from newsprism.model.figures import FigureKind
from support import gv_figures_of

KILLED, INJURED, SHOT = FigureKind.KILLED, FigureKind.INJURED, FigureKind.CASUALTIES


def _counts(text: str) -> list[tuple[FigureKind, int | None]]:
    return [(f.kind, f.quantity.value) for f in gv_figures_of(f"Title\n{text}")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "She was transported to the hospital, but doctors were not able to save her.",
            [(KILLED, 1)],
        ),
        ("Manning was taken to a hospital, but did not survive, authorities said.", [(KILLED, 1)]),
        ("The girl was shot. She did not survive.", [(KILLED, 1)]),
        ("The boy was rushed to a hospital but could not be saved.", [(KILLED, 1)]),
        # A doubt is no death; survival stays injured.
        ("The man was shot and is not expected to survive.", []),
        ("The man was taken to a hospital and survived.", [(INJURED, 1)]),
        ("She was not able to save her son.", []),
    ],
)
def test_a_life_not_kept(body: str, expected: list[tuple[FigureKind, int]]) -> None:
    assert _counts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The woman was declared deceased at the scene.", [(KILLED, 1)]),
        (
            "He was taken to University Health, where he was pronounced deceased.",
            [(KILLED, 1)],
        ),
        ("The man was shot and was pronounced deceased.", [(KILLED, 1)]),
        # A modifier, not a predicate.
        ("The deceased man's brother was wounded.", [(INJURED, 1)]),
    ],
)
def test_official_words_for_a_death(body: str, expected: list[tuple[FigureKind, int]]) -> None:
    assert _counts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A man died after he was wounded in a shooting.", [(KILLED, 1)]),
        ("A 4-year-old girl has died after she was wounded in a shooting.", [(KILLED, 1)]),
        ("A man was killed when he was shot in the chest.", [(KILLED, 1)]),
        # Another clause: the pronoun may be someone else.
        (
            "A man was killed after a dispute, when she was wounded.",
            [(KILLED, 1), (INJURED, 1)],
        ),
        # No death before the pronoun.
        ("Police arrived after he was wounded.", [(INJURED, 1)]),
    ],
)
def test_a_pronoun_wounded_before_the_death(
    body: str, expected: list[tuple[FigureKind, int]]
) -> None:
    assert _counts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The girl was wounded. The victim later died at the hospital.", [(KILLED, 1)]),
        # Another noun, or a victim described further: another person may be meant.
        ("The girl was wounded. The man later died.", [(INJURED, 1), (KILLED, 1)]),
        (
            "The girl was wounded. The other victim later died.",
            [(INJURED, 1), (KILLED, 1)],
        ),
    ],
)
def test_the_victim_dead_in_the_next_sentence(
    body: str, expected: list[tuple[FigureKind, int]]
) -> None:
    assert _counts(body) == expected
