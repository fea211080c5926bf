"""Headline lists of bare nouns ("Officer, suspect injured", "Officer & Suspect Both Shot",
"wounding girlfriend and her son": two; ``extract.headlines``)."""

from __future__ import annotations

import pytest

from newsprism.model.figures import FigureKind
from support import gv_figures_of

HURT, SHOT = FigureKind.INJURED, FigureKind.CASUALTIES


def _headline(title: str) -> list[tuple[FigureKind, int | None]]:
    """The figures of the headline ``title`` above a body without figures."""
    figures = gv_figures_of(title + "\n\nPolice are investigating.", title=title)
    return sorted((f.kind, f.quantity.value or 0) for f in figures)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Officer, suspect injured in shooting at Walgreens", [(HURT, 2)]),
        ("Porterville officer, suspect wounded in exchange of gunfire", [(HURT, 2)]),
        ("Weatherford Officer & Suspect Both Shot During Struggle", [(SHOT, 2)]),
        ("Gunman kills self after wounding girlfriend and her son", [(HURT, 2)]),
        ("Trooper shot during traffic stop", [(SHOT, 1)]),
    ],
)
def test_headline_lists_count_everyone(title: str, expected: list[tuple[FigureKind, int]]) -> None:
    assert [e for e in _headline(title) if e[0] is not FigureKind.KILLED] == sorted(expected)


@pytest.mark.parametrize(
    "title",
    [
        "Suspect arrested in weekend robbery",  # an arrest, no casualty
        "Judge sentences suspect and her son in robbery",  # nothing happened to them
    ],
)
def test_headline_nouns_without_casualty(title: str) -> None:
    casualty = {FigureKind.KILLED, HURT, SHOT}
    assert [e for e in _headline(title) if e[0] in casualty] == []
