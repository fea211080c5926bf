"""Single victims listed one by one: summed into the count the article does not state, or read
as parts of the numbered count it does state (``extract.victim_lists``)."""

from __future__ import annotations

import pytest

from newsprism.model.figures import FigureKind
from support import gv_figures_of

INJURED, SHOT = FigureKind.INJURED, FigureKind.CASUALTIES


def _counts(body: str) -> list[tuple[FigureKind, int | None]]:
    """The figures of ``body`` below a title without figures (a headline is read apart)."""
    figures = gv_figures_of("Police investigate\n\n" + body)
    return sorted((f.kind, f.quantity.value or 0) for f in figures)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # One sentence lists each person shot: the sum is the count.
        (
            "A woman was shot in the back, another woman was shot in the face and a man was "
            "shot in the chest.",
            [(SHOT, 3)],
        ),
        (
            "A 15-year-old boy was shot in the face and an 18-year-old man was shot in the leg "
            "Monday afternoon, police said.",
            [(SHOT, 2)],
        ),
        # The next sentence goes on with one more ("also", "another").
        (
            "An 18-year-old female was shot in the arm. An 18-year-old male was also shot in "
            "the abdomen.",
            [(SHOT, 2)],
        ),
        # All found injured: the sum counts the injured.
        ("A man was wounded and a woman was grazed.", [(INJURED, 2)]),
    ],
)
def test_sums_a_list(body: str, expected: list[tuple[FigureKind, int | None]]) -> None:
    assert _counts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A numbered count in the article counts them already, before or after the list.
        (
            "Three people were shot Sunday. A man was shot in the leg, a woman was shot in the "
            "arm and another man was shot in the hand.",
            [(SHOT, 3)],
        ),
        (
            "A man was shot in the leg and a woman was shot in the arm. Three people were shot "
            "in all, police said.",
            [(SHOT, 3)],
        ),
        ("Two people were shot. A 20-year-old man was shot in the leg.", [(SHOT, 2)]),
    ],
)
def test_a_count_covers_the_list(body: str, expected: list[tuple[FigureKind, int | None]]) -> None:
    assert _counts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # The same person again (a caption repeated under each image).
        "A 5-year-old boy was shot in the arm. A 5-year-old boy was shot in the arm.",
        # A person who did the shooting: the agent, not one more victim.
        "A 10-year-old boy was shot by a 5-year-old.",
        "A 2-year-old boy shot himself, and a 6-year-old boy was shot in the leg.",
        # The next sentence without "also" or "another": not one more of the list.
        "A man was shot in the leg. A woman was shot in the arm.",
        # A definite phrase names someone already known.
        "A man was shot in the leg and the man was taken to a hospital.",
    ],
)
def test_no_sum(body: str) -> None:
    assert all(value == 1 for _, value in _counts(body))


def test_a_roundup_keeps_its_victims() -> None:
    body = (
        "Seven people were wounded in shootings across the city. A 29-year-old man was shot in "
        "the leg, and a 33-year-old man was shot in the arm."
    )
    assert (SHOT, 2) not in _counts(body)
    assert any(value == 1 for _, value in _counts(body))
