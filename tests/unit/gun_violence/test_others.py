"""The others beside the dead told before them ("Two men were pronounced dead. Two other
gunshot victims arrived at the hospital": two wounded; ``extract.others``)."""

from __future__ import annotations

import pytest

from newsprism.model.figures import FigureKind
from support import gv_figures_of

KILLED, HURT, SHOT = FigureKind.KILLED, FigureKind.INJURED, FigureKind.CASUALTIES


def _counts(body: str) -> list[tuple[FigureKind, int | None]]:
    """The figures of ``body`` below a title without figures."""
    figures = gv_figures_of("Police investigate\n\n" + body)
    return sorted((f.kind, f.quantity.value or 0) for f in figures)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Two men were pronounced dead. Two other gunshot victims arrived at the hospital.",
            [(KILLED, 2), (HURT, 2)],
        ),
        (
            "Two men were killed on Friday.\n\nPolice said five other people were shot.",
            [(KILLED, 2), (HURT, 5)],
        ),
        ("One dead and 11 others shot.", [(KILLED, 1), (HURT, 11)]),
    ],
)
def test_others_after_the_dead_are_wounded(
    body: str, expected: list[tuple[FigureKind, int]]
) -> None:
    assert _counts(body) == sorted(expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A noun for people says nothing of what happened: more of the dead, perhaps.
        (
            "Two men were pronounced dead. Two other victims were found nearby.",
            [(KILLED, 2), (SHOT, 2)],
        ),
        # A conjunct stands beside one person of its sentence, who counts too (``companions``).
        (
            "Two men were killed on Friday.\n\nPolice believe Smith and three others were shot.",
            [(KILLED, 2), (SHOT, 4)],
        ),
        # No dead told before: the others are people shot.
        ("A man was shot on Main Street. Two other people were shot nearby.", [(SHOT, 2)]),
    ],
)
def test_others_without_dead_before_stay_shot(
    body: str, expected: list[tuple[FigureKind, int]]
) -> None:
    assert _counts(body) == sorted(expected)
