"""What happened to all of a count, told after it ("shot his girlfriend and her son, wounding
both": two wounded; ``extract.wholes``)."""

from __future__ import annotations

import pytest

from newsprism.model.figures import FigureKind
from support import gv_figures_of

HURT, SHOT = FigureKind.INJURED, FigureKind.CASUALTIES


def _counts(body: str) -> list[tuple[FigureKind, int | None]]:
    """The figures of ``body`` below a title without figures."""
    figures = gv_figures_of("Police investigate\n\n" + body)
    return sorted((f.kind, f.quantity.value or 0) for f in figures)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("He shot his girlfriend and her son, wounding both.", [(HURT, 2)]),
        ("Jackson opened fire on the two agents, injuring both, police say.", [(HURT, 2)]),
        # Not the whole: the count stays people shot.
        ("He shot his girlfriend and her son, wounding the boy.", [(SHOT, 2)]),
        ("He shot his girlfriend and her son, and both survived.", [(SHOT, 2)]),
        # "both" is a pair: not the whole of three; nor an outcome in the next sentence.
        ("He shot three men, wounding both.", [(SHOT, 3)]),
        ("He shot two men. Later, wounding both of them was denied.", [(SHOT, 2)]),
    ],
)
def test_outcome_of_all(body: str, expected: list[tuple[FigureKind, int]]) -> None:
    assert _counts(body) == sorted(expected)
