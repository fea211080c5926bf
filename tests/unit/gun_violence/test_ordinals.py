"""Victims counted by their rank ("a fourth victim was also injured": four people shot;
``extract.ordinals``)."""

from __future__ import annotations

import pytest

from newsprism.model.figures import FigureKind
from support import gv_figures_of

KILLED, SHOT = FigureKind.KILLED, FigureKind.CASUALTIES


def _counts(body: str) -> list[tuple[FigureKind, int | None]]:
    """The figures of ``body`` below a title without figures."""
    figures = gv_figures_of("Police investigate\n\n" + body)
    return sorted((f.kind, f.quantity.value or 0) for f in figures)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A fourth victim was also injured.", [(SHOT, 4)]),
        (
            "A fourth victim was taken by personal vehicle to East Alabama Medical Center.",
            [(SHOT, 4)],
        ),
        (
            "He said the fourth victim, Tara Hendricks, survived and was taken to the hospital.",
            [(SHOT, 4)],
        ),
        ("She died of her wounds. A second person was also injured.", [(SHOT, 2), (KILLED, 1)]),
        ("Police learned a second man was wounded in the incident.", [(SHOT, 2)]),
        (
            "A woman was shot in the back, another woman was shot in the face and a man was "
            "shot in the chest. A fourth victim was also injured.",
            [(SHOT, 4)],
        ),
    ],
)
def test_a_rank_counts_the_people_shot(body: str, expected: list[tuple[FigureKind, int]]) -> None:
    assert _counts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # One of the dead: a death after the phrase.
        "The third man killed, 35-year-old Ali Eskandarian, was a musician.",
        # Nobody hurt: no word of hurt or care, or a denial.
        "At this time the third person has not been identified.",
        "The second victim, an adult male, was not shot.",
        # The agent: the verb right after the noun.
        "A second officer shot the boy twice with a handgun.",
        # Not a person, and no opener.
        "The suspect fired a second shot that hit the car.",
        "Police said second man in custody was taken to jail.",
    ],
)
def test_a_rank_that_counts_no_one_shot(body: str) -> None:
    assert not [k for k, _ in _counts(body) if k is SHOT]


def test_what_befell_the_ranked_person() -> None:
    """A word of hurt right after the noun tells what happened to the person; only a verb of
    ``acting`` makes them the shooter."""
    from newsprism.extract.gun_violence.ordinals import find_ordinals
    from newsprism.extract.gun_violence.pack import load_pack

    pack = load_pack("en")
    found = find_ordinals(["the", "third", "man", "survived", "."], pack)
    assert [m.quantity.quantity.value for m in found] == [3]
    assert find_ordinals(["a", "second", "officer", "shot", "the", "boy", "."], pack) == []
