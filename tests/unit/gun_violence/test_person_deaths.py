"""One person wounded who then died: counted killed, not also injured. The death may follow in
the sentence ("was taken to the hospital and pronounced dead", "A boy who was wounded Friday
died Saturday") or in another sentence that names the same person; another person's death
leaves the injured person counted."""

from __future__ import annotations

import pytest

from newsprism.model.figures import FigureKind
from support import gv_figures_of

KILLED, INJURED, SHOT = FigureKind.KILLED, FigureKind.INJURED, FigureKind.CASUALTIES


def _counts(text: str) -> list[tuple[FigureKind, int | None]]:
    return [(f.kind, f.quantity.value) for f in gv_figures_of(text)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The death later in the sentence is the person's own.
        ("The toddler was taken to the hospital and pronounced dead.", [(KILLED, 1)]),
        ("A 16-year-old boy who was critically wounded Friday died Saturday.", [(KILLED, 1)]),
        ("A man was wounded Friday and died Saturday.", [(KILLED, 1)]),
        ("One person was injured and later died.", [(KILLED, 1)]),
        # A person noun between: the death is another's.
        ("The man was wounded and a woman died.", [(INJURED, 1), (KILLED, 1)]),
        ("The man was wounded and his wife died.", [(INJURED, 1), (KILLED, 1)]),
        ("A man was wounded and a woman died.", [(INJURED, 1), (KILLED, 1)]),
        (
            "A man was injured when a gunman opened fire and killed a woman.",
            [(INJURED, 1), (KILLED, 1)],
        ),
        ("A man was killed and a woman wounded.", [(KILLED, 1), (INJURED, 1)]),
        ("Two were shot; one died.", [(SHOT, 2), (KILLED, 1)]),
    ],
)
def test_a_death_later_in_the_sentence(body: str, expected: list[tuple[FigureKind, int]]) -> None:
    assert _counts(f"Title\n{body}") == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Toddler injured in accidental shooting has died",
        "Update: 10-year-old succumbs to injuries following accidental shooting",
    ],
)
def test_a_headline_person_wounded_who_died(headline: str) -> None:
    assert _counts(headline) == [(KILLED, 1)]


def test_headline_clauses_about_two_people() -> None:
    assert _counts("Man injured, woman dies in shooting") == [(INJURED, 1), (KILLED, 1)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The same person named dead in a later sentence: the same noun, name, or age.
        (
            "A 16-year-old boy was critically wounded Friday. Police said the boy died Saturday.",
            [(KILLED, 1)],
        ),
        ("Smith was airlifted to a hospital. Police said Smith died Saturday.", [(KILLED, 1)]),
        (
            "A 16-year-old boy was critically wounded. Later, a 16-year-old boy died.",
            [(KILLED, 1)],
        ),
        # Named dead before, and named again as injured by a definite phrase or the name.
        ("The boy died Saturday. The boy had been taken to a hospital.", [(KILLED, 1)]),
        # Another person: another noun, another age, "the other", or "a man" after the death.
        ("The man died. His wife was wounded.", [(KILLED, 1), (INJURED, 1)]),
        (
            "A 24-year-old man was wounded. Police said the 20-year-old man died.",
            [(INJURED, 1), (KILLED, 1)],
        ),
        (
            "The man was wounded. Police said the other man died.",
            [(INJURED, 1), (KILLED, 1)],
        ),
        ("A man was wounded. Another man died.", [(INJURED, 1), (KILLED, 1)]),
        (
            "The man died. A man was wounded in another shooting.",
            [(KILLED, 1), (INJURED, 1)],
        ),
    ],
)
def test_the_same_person_dead_in_another_sentence(
    body: str, expected: list[tuple[FigureKind, int]]
) -> None:
    assert _counts(f"Title\n{body}") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The same age, the age standing for the person in one of them: one person.
        (
            "An accidental shooting has killed a 16-year-old. "
            "Police say the shooting critically injured a 16-year-old.",
            [(KILLED, 1)],
        ),
        ("A 14-year-old boy was killed. A 14-year-old was wounded.", [(KILLED, 1)]),
        # One more person of that age, or another noun of it: two.
        (
            "A 16-year-old boy was killed. Another 16-year-old was wounded.",
            [(KILLED, 1), (INJURED, 1)],
        ),
        (
            "A 16-year-old boy was killed. A 16-year-old girl was wounded.",
            [(KILLED, 1), (INJURED, 1)],
        ),
    ],
)
def test_the_same_age_is_the_same_person(body: str, expected: list[tuple[FigureKind, int]]) -> None:
    assert _counts(f"Title\n{body}") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Only the dead came before: the anaphor names them.
        (
            "A 17-year-old boy died Saturday night. "
            "The teenager was shooting guns with friends when he was wounded.",
            [(KILLED, 1)],
        ),
        (
            "A 16-year-old boy died on Saturday. Officers heard a gunshot. "
            "The teen was wounded and taken to a hospital.",
            [(KILLED, 1)],
        ),
        # One more person, or a person introduced by a possessive: two.
        ("A boy died Saturday. He was also wounded.", [(KILLED, 1), (INJURED, 1)]),
        ("The man died. His wife was wounded.", [(KILLED, 1), (INJURED, 1)]),
        ("A boy died Saturday. The other boy was wounded.", [(KILLED, 1), (INJURED, 1)]),
        # A pronoun further back than the next sentence: someone else may have come between.
        (
            "A boy died Saturday. His 7-year-old brother was also hit. He was wounded.",
            [(KILLED, 1), (INJURED, 1)],
        ),
    ],
)
def test_an_anaphor_after_the_only_dead(body: str, expected: list[tuple[FigureKind, int]]) -> None:
    assert _counts(f"Title\n{body}") == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("7-year-old shot, killed in Southwest Charlotte", [(KILLED, 1)]),
        ("6-year-old Atlanta girl shot in the head, killed", [(KILLED, 1)]),
    ],
)
def test_a_headline_shot_comma_killed(
    headline: str, expected: list[tuple[FigureKind, int]]
) -> None:
    assert _counts(headline) == expected
