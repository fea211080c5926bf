"""Wounds told by the bullet rather than by "shot": "grazed by a bullet" (injured), "hit by a
stray bullet", "struck by gunfire" (people shot); "hit by a car" is no shooting."""

from __future__ import annotations

import pytest

from support import gv_figures_of


def _counts(text: str) -> list[tuple[str, int | None]]:
    return sorted((f.kind.value, f.quantity.value) for f in gv_figures_of(f"Title\n\n{text}"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 7-year-old girl was grazed by a bullet.", [("injured", 1)]),
        (
            "A 7-year-old girl was grazed by a bullet, and a man was shot in the leg.",
            [("casualties", 2)],
        ),
        ("Three young men were struck by bullets near the intersection.", [("casualties", 3)]),
        ("Four people were hit by gunfire on Sunday.", [("casualties", 4)]),
        ("A 10-year-old girl was hit by a stray bullet on Thursday.", [("casualties", 1)]),
    ],
)
def test_wounds_told_by_the_bullet(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man was hit by a car on Main Street.",
        "Two pedestrians were struck by a truck.",
        "A bullet hit a wall of the house. The building was grazed by bullets.",
    ],
)
def test_hits_of_no_shooting(text: str) -> None:
    assert _counts(text) == []


def test_headline_hits_without_article() -> None:
    """Headlines drop the article: "struck by stray bullet" is a person shot; the emergency
    number after "calls" is no count."""
    figures = gv_figures_of(
        "7-year-old boy calls 911 after being struck by stray bullet while inside home\n\n"
        "Police are looking for a suspect."
    )
    assert [(f.kind.value, f.quantity.value) for f in figures] == [("casualties", 1)]


def test_headline_stray_bullet() -> None:
    figures = gv_figures_of(
        "Woman struck by stray bullet in Passaic speaks out\n\nShe spoke to reporters."
    )
    assert [(f.kind.value, f.quantity.value) for f in figures] == [("casualties", 1)]
