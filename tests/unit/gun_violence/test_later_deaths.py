"""A death told by the rank of the one who died: "Third man dies" is three killed
(extract.later_deaths)."""

from __future__ import annotations

import pytest

from support import gv_figures_of


def _killed(text: str) -> list[int | None]:
    return [f.quantity.value for f in gv_figures_of(text) if f.kind.value == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5th person dies after July murder-suicide in Forsyth County", [5]),
        ("Third man dies after shooting at dice game in October", [3]),
        ("Second teen victim of suspected 14-year-old West Allis shooter dies", [2]),
        ("Title\n\nA second victim has died, police said.", [2]),
        ("Fourth victim in Robinson Road shooting passes away", [4]),
    ],
)
def test_a_ranked_death_states_the_toll(text: str, expected: list[int]) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A count across incidents: the rank is the city's, not the shooting's.
        "Third child dies from a shooting in Chicago in just two days",
        "Title\n\nThe fifth homicide victim this year died on Sunday.",
        # A passive death ranks the dead of a list as often as a toll.
        "Title\n\nThe third man killed was 35.",
        # The death is not the ranked person's: another clause.
        "Title\n\nA second man was shot, and the first died.",
        # No death: a ranked wounded person counts the people shot (extract.ordinals).
        "Title\n\nA fourth victim was also injured.",
    ],
)
def test_no_toll_without_a_ranked_death(text: str) -> None:
    assert all(v != n for v in _killed(text) for n in (2, 3, 4, 5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The story's own weekend, and a death months later, are no round-up.
        ("Third man dies after this weekend's shooting", [3]),
        ("Second victim dies two months after shooting", [2]),
        # A round-up phrase anywhere in the sentence.
        ("Third child dies from a shooting in Chicago in just two days", []),
    ],
)
def test_round_up_phrases(text: str, expected: list[int]) -> None:
    assert [v for v in _killed(text) if v != 1] == expected


@pytest.mark.parametrize("text", ["² th man dies", "The ¹ st man dies", "9" * 5000 + "th man dies"])
def test_odd_digits_are_no_rank(text: str) -> None:
    assert all(v == 1 for v in _killed(text))
