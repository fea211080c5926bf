"""Counts named by the event: "a quadruple shooting" is four people shot."""

from __future__ import annotations

import pytest

from support import gv_figures_of


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.quantity.value) for f in gv_figures_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # In a headline, with no number anywhere: the event tells the count and its kind.
        ("Teenager injured during quadruple shooting", [("injured", 1), ("casualties", 4)]),
        ("Police investigate double-shooting on Main Street", [("casualties", 2)]),
        ("Title\n\nA man was arrested in the triple homicide.", [("arrested", 1), ("killed", 3)]),
        ("Title\n\nThe double fatal shooting shocked the town.", [("killed", 2)]),
        # Beside a stated count the event repeats it.
        (
            "Title\n\nFour people were shot in a quadruple shooting.",
            [("casualties", 4), ("casualties", 4)],
        ),
    ],
)
def test_an_event_named_by_its_count_gives_the_count(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Plural events count events, not people.
        "Title\n\nTwo triple shootings happened this month.",
        # The killer died too: whether the count takes them in is not said.
        "Title\n\nA double murder-suicide shocked them.",
        "Oklahoma authorities name the dead in triple murder, suicide",
        # Multiplying words that name no event of people.
        "Title\n\nThe team scored a double overtime win and a triple play.",
    ],
)
def test_no_count_from_other_events_or_murder_suicides(text: str) -> None:
    assert _read(text) == []
