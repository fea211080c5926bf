"""Coordinated counts of people: one figure, the sum of the conjuncts, and breakdowns that
count nothing of their own."""

from __future__ import annotations

import pytest

from newsprism.extract.gun_violence.numbers import find_quantities
from newsprism.extract.gun_violence.pack import load_pack
from newsprism.extract.gun_violence.tokens import tokenize
from support import gv_figures_of


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.quantity.value) for f in gv_figures_of(f"Title\n{text}")]


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
        ("He killed a neighbor, two young children and a dog.", [("killed", 2)]),
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
    (figure,) = gv_figures_of("Title\nA 16-year-old and two children were shot.")
    assert figure.group is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Lists that open with a relative or a definite person.
        ("The gunman opened fire, wounding his girlfriend and her son.", [("injured", 2)]),
        ("Police say a woman shot her estranged husband and their son.", [("casualties", 2)]),
        ("He shot his girlfriend and her three teenage daughters.", [("casualties", 4)]),
        ("He killed his wife, two young children and his mother-in-law.", [("killed", 4)]),
        ("He shot the child and a 45-year-old woman.", [("casualties", 2)]),
        ("The shooting injured a woman and her 2-year-old, police said.", [("injured", 2)]),
        ("His wife and son were shot.", [("casualties", 2)]),
        # Plural ages, hedged lists, a single with a noun the coordination reads.
        ("Two 17-year-olds and a 19-year-old were shot.", [("casualties", 3)]),
        ("At least two men and a woman were shot.", [("casualties", 3)]),
        ("A 19-year-old male and three 17-year-old females were wounded.", [("injured", 4)]),
    ],
)
def test_lists_of_people_count_everyone(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _counts(text) == expected


def test_a_hedged_list_keeps_its_hedge() -> None:
    (figure,) = gv_figures_of("Title\nAt least two men and a woman were shot.")
    assert (figure.quantity.value, figure.quantity.low) == (3, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One relative alone is a person (``persons``), not a list.
        ("He killed his wife.", [("killed", 1)]),
        # An apposition between commas names one person twice.
        (
            "Deputies found the victim, a 7-year-old child, suffering from injuries.",
            [("injured", 1)],
        ),
        ("The other victim, a 29-year-old man, suffered minor injuries.", [("injured", 1)]),
        # A possessive noun names another person; no casualty word, no figure.
        ("A man and the boy's mother were shot.", []),
        ("He is survived by his wife and two children.", []),
        ("A man and his car were hit.", []),
    ],
)
def test_what_is_no_list_of_relatives(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Man, woman shot in Dayton", [("casualties", 2)]),
        ("Man, 2 teens shot in Dayton", [("casualties", 3)]),
        ("Woman, 1-year-old boy wounded in shooting", [("injured", 2)]),
        ("1 man killed, boy, 2 others wounded in shootings", [("killed", 1), ("injured", 3)]),
        # An apposed age is no count: "Boy, 16" is one boy.
        ("Boy, 16, wounded in shooting", [("injured", 1)]),
        ("Man, 44, killed, 5 wounded at party", [("killed", 1), ("injured", 5)]),
        # A list inside a larger count is a part of it.
        ("Man, 2 teens among 5 shot", [("casualties", 5)]),
        # Describing words before the first noun.
        ("Pregnant woman, 2 others shot in Kansas City", [("casualties", 3)]),
        ("Off-duty officer, 2 others wounded", [("injured", 3)]),
        # ... but not a verb's object with nothing happening to it.
        ("Judge sentences man in shooting death", []),
        ("Police arrest man after shooting", []),
    ],
)
def test_headline_lists_count_everyone(
    headline: str, expected: list[tuple[str, int | None]]
) -> None:
    found = [(f.kind.value, f.quantity.value) for f in gv_figures_of(f"{headline}\nBody text.")]
    assert found == expected
