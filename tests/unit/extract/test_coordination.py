"""Coordinated counts of people: one figure, the sum of the conjuncts, and breakdowns that
count nothing of their own."""

from __future__ import annotations

import pytest

from newsprism.extract.numbers import find_quantities
from newsprism.extract.tokens import tokenize
from newsprism.lang.packs import load_pack
from support import figures_of


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.quantity.value) for f in figures_of(f"Title\n{text}")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police: 2 children, 1 teen shot in Durham.", [("casualties", 3)]),
        ("Police said a 16-year-old and two children were shot.", [("casualties", 3)]),
        ("Police said a teenager and two younger boys were shot.", [("casualties", 3)]),
        ("Four men and a woman were wounded in the shooting.", [("injured", 5)]),
        ("Police said a young boy and four adults were injured.", [("injured", 5)]),
        ("1 child, 4 adults shot.", [("casualties", 5)]),
        ("4 adults, 1 child shot.", [("casualties", 5)]),
        ("Police said four adults and a 3-year-old were shot.", [("casualties", 5)]),
        ("10 women, 7 men wounded in playground shooting.", [("injured", 17)]),
        ("The gunman injured two men and a 10-year-old girl.", [("injured", 3)]),
        ("A man and his two sons were shot.", [("casualties", 3)]),
        ("A man, woman and boy were wounded.", [("injured", 3)]),
        ("Two men, three women and a child were shot.", [("casualties", 6)]),
        ("In the car were two women, a man and an infant, who were all shot.", [("casualties", 4)]),
        (
            "Three people were killed and two men and a woman were wounded.",
            [("killed", 3), ("injured", 3)],
        ),
        ("He shot two men and a woman, two of whom died.", [("casualties", 3), ("killed", 2)]),
    ],
)
def test_coordinated_counts_sum_their_conjuncts(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One man died and 12 others -- nine males and three females -- were hospitalized.",
            [("killed", 1), ("injured", 12)],
        ),
        (
            "One man died and eight others, five men and three women, were seriously injured.",
            [("killed", 1), ("injured", 8)],
        ),
        ("Police said four people, two men and two women, were shot.", [("casualties", 4)]),
        ("Police found four adults (two men and two women) wounded.", [("injured", 4)]),
    ],
)
def test_breakdowns_are_parts_of_the_count_before(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One dead and six injured in the shooting.", [("killed", 1), ("injured", 6)]),
        ("Two men were killed and three were injured.", [("killed", 2), ("injured", 3)]),
        ("Two 16 and 17-year-old girls were shot.", [("casualties", 2)]),
        ("The victims, ages 25 and 26, were shot.", []),
        ("The victims, 17 and 19 years old, were injured.", []),
        ("One victim, a 27-year-old woman, was pronounced dead.", [("killed", 1)]),
        # A list whose other conjuncts cannot be read is not summed.
        ("He killed his wife, two young children and his mother-in-law.", [("killed", 2)]),
        ("the killing of a 14-year-old boy, and son of an officer", [("killed", 1)]),
    ],
)
def test_what_is_not_a_coordination(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _counts(text) == expected


def test_a_range_is_no_coordination() -> None:
    pack = load_pack("en")
    text = "between 2,300 and 2,400 people"
    (match,) = find_quantities(tokenize(text, 0, len(text), pack), pack)
    assert (match.quantity.low, match.quantity.high, match.coordinated) == (2300, 2400, False)


def test_a_coordination_names_no_group() -> None:
    (figure,) = figures_of("Title\nA 16-year-old and two children were shot.")
    assert figure.group is None
