"""Numbers that are no count of the people a casualty word applies to: age bounds and age
lists, counts of shootings, parts of a count ("two of the victims"), denied casualty words."""

from __future__ import annotations

import pytest

from support import gv_figures_of


def _read(sentence: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.quantity.value) for f in gv_figures_of("Title\n" + sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Age ranges and age bounds
        ("Police say five men between the ages of 21 and 58 were shot.", [("casualties", 5)]),
        ("Four other males, between the ages of 16-18 were also injured.", []),
        ("Three teen boys, all 16 or younger, were wounded.", [("injured", 3)]),
        ("One child 13 or younger has been shot every week.", [("casualties", 1)]),
        ("Children 12 and under were hurt.", []),
        ("A 14-, 15-, and 17-year-old were shot leaving a store.", []),
        ("Four people, including a 12- and 16-year-old, were shot.", [("casualties", 4)]),
        # Counts of shootings, incidents and scenes
        ("Three people were wounded in two shootings Monday morning.", [("injured", 3)]),
        ("1 Dead, 5 Injured in 2 Shootings", [("killed", 1), ("injured", 5)]),
        ("Eight people were injured in two separate shootings.", [("injured", 8)]),
        ("Police are investigating a deadly shooting that covers two crime scenes.", []),
    ],
)
def test_age_bounds_and_event_counts_are_no_counts(
    sentence: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Hard negatives: these stay counts of people.
        ("Police said five different people were shot.", [("casualties", 5)]),
        ("Police identified four shooting victims.", [("casualties", 4)]),
        ("Two boys, 17 and 19 years old, were shot.", [("casualties", 2)]),
        ("The man was shot six times.", []),
        ("After making the 9-1-1 call, 3 people were shot.", [("casualties", 3)]),
    ],
)
def test_counts_next_to_ages_and_events_stay(
    sentence: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A part of people counted elsewhere is no count of its own ...
        (
            "Four of the injured were taken to Delray Medical Center.",
            [],
        ),
        ("Police said three of the victims are gang members.", []),
        ("One of the victims was a woman.", []),
        ("Two of them had serious injuries.", []),
        ("Five people were wounded, three of them critically.", [("injured", 5)]),
        ("Three of those shot remain in critical condition.", []),
        # ... but the dead among them are.
        ("Five people were shot, two of them fatally.", [("casualties", 5), ("killed", 2)]),
        ("Five people were shot, two fatally.", [("casualties", 5), ("killed", 2)]),
        ("One of the wounded died at the hospital.", [("killed", 1)]),
        ("Two of the victims were shot and killed.", [("killed", 2)]),
        ("Of the 5 people shot, two died.", [("casualties", 5), ("killed", 2)]),
        # A whole of no casualties: the part counts the people shot among them.
        ("One of the children was shot in the leg.", [("casualties", 1)]),
        ("One of the men received minor injuries.", [("injured", 1)]),
        # The whole again, and parts of other kinds.
        ("All six of the victims are expected to survive.", [("casualties", 6)]),
        ("Two of the suspects were arrested.", [("arrested", 2)]),
        ("The shooter's six victims were identified.", [("casualties", 6)]),
        ("Two police officers shot in the line of duty.", [("casualties", 2)]),
    ],
)
def test_parts_of_a_count(sentence: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two adults inside the home were not hurt.", []),
        ("Two other children weren't injured.", []),
        ("Two people were killed and three were injured.", [("killed", 2), ("injured", 3)]),
        # Not a denial: "not seriously hurt" is hurt.
        ("The other two were not seriously hurt.", [("injured", 2)]),
    ],
)
def test_denied_casualty_words(sentence: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A part of the animals or things counted: no people
        ("The shot killed Victoria and injured one of the family dogs, deputies said.", []),
        ("The gun went off, injuring one of the dogs.", []),
        ("Two of their horses were shot.", []),
        # A part of people stays a count
        ("One of the family members was injured.", [("injured", 1)]),
        ("The gunman injured one of the officers.", [("injured", 1)]),
        # A bare "one" after a demonstrative: the event, no count
        ('"This one hurt, a lot," the chief said.', []),
        # ... but not when a person noun follows it
        ("This one man was shot in the leg.", [("casualties", 1)]),
    ],
)
def test_parts_of_things_and_demonstrative_ones(
    sentence: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _read(sentence) == expected
