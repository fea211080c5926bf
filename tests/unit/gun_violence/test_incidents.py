"""Figures that count several incidents (crime roundups): ``extract.scope.find_incidents``."""

from __future__ import annotations

import pytest

from newsprism.model.figures import FigureKind
from support import gv_figures_of

KILLED, INJURED = FigureKind.KILLED, FigureKind.INJURED


def _incidents(text: str) -> list[tuple[FigureKind, int | None, str | None]]:
    return [(f.kind, f.quantity.value, f.incidents) for f in gv_figures_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Headlines of roundups: every figure of the list shares the events.
        (
            "3 Dead, 22 Wounded In Weekend Shootings",
            [(KILLED, 3, "In Weekend Shootings"), (INJURED, 22, "In Weekend Shootings")],
        ),
        (
            "Title\n4 killed, 16 wounded in Wednesday shootings across Chicago.",
            [
                (KILLED, 4, "in Wednesday shootings across Chicago"),
                (INJURED, 16, "in Wednesday shootings across Chicago"),
            ],
        ),
        # A counted plural: "two shootings", "2 Shootings".
        (
            "Title\nThree people were hurt in two shootings on the South Side.",
            [(INJURED, 3, "in two shootings")],
        ),
        # A roundup modifier beside a plural.
        (
            "Title\nAt least 16 other people have been wounded in other citywide shootings.",
            [(INJURED, 16, "in other citywide shootings")],
        ),
        # The second figure of a coordination, past an inserted "including ...".
        (
            "Title\nTwo men were killed and eight others, including a 14-year-old girl, have "
            "been wounded in separate shootings across the city, police said.",
            [
                (KILLED, 2, "in separate shootings across the city"),
                (INJURED, 8, "in separate shootings across the city"),
            ],
        ),
        # A general noun made several by a roundup word or a citywide tail.
        (
            "Title\nTwo boys were injured Sunday in separate incidents.",
            [(INJURED, 2, "in separate incidents")],
        ),
        (
            "Title\nThree people were killed in violence across the city.",
            [(KILLED, 3, "in violence across the city")],
        ),
        # "the other shootings": the roundup word outweighs the determiner.
        (
            "Title\nFive people were wounded in the other shootings.",
            [(INJURED, 5, "in the other shootings")],
        ),
    ],
)
def test_roundup_figures_count_several_incidents(
    text: str, expected: list[tuple[FigureKind, int | None, str | None]]
) -> None:
    assert _incidents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One shooting.
        (
            "Title\nA man was killed and three other people were injured in a possible "
            "drive-by shooting.",
            [(KILLED, 1, None), (INJURED, 3, None)],
        ),
        # A definite plural is the story's own event: one attack can be several shootings.
        (
            "Title\nTwo people were killed in the shootings at the school.",
            [(KILLED, 2, None)],
        ),
        # Shootings tied into one spree.
        ("Title\nFour people were killed in a series of shootings.", [(KILLED, 4, None)]),
        ("Title\nTwo men were killed in linked shootings on Sunday.", [(KILLED, 2, None)]),
        # A general noun alone names no several incidents.
        ("Title\nThree people were killed in the violence.", [(KILLED, 3, None)]),
        ("Title\nTwo people were wounded in an incident on Main Street.", [(INJURED, 2, None)]),
        # Past the end of the sentence part.
        (
            "Title\nTwo people were wounded on Sunday; police are investigating other shootings.",
            [(INJURED, 2, None)],
        ),
    ],
)
def test_one_event_figures_count_no_several_incidents(
    text: str, expected: list[tuple[FigureKind, int | None, str | None]]
) -> None:
    assert _incidents(text) == expected


def test_incident_words_are_kept_as_written() -> None:
    (figure,) = gv_figures_of("Title\nTwo men were wounded in city-wide shootings on Friday.")
    assert figure.incidents == "in city-wide shootings"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Title\nThe targets were in the same gang as those in another nearby shooting "
            "last month that left two dead.",
            [(KILLED, 2, "another nearby shooting")],
        ),
        (
            "Title\nThe incident follows a shooting last week that left a man dead.",
            [(KILLED, 1, "a shooting last week")],
        ),
    ],
)
def test_another_event_named_beside_the_story_s_is_elsewhere(
    text: str, expected: list[tuple[FigureKind, int | None, str | None]]
) -> None:
    assert _incidents(text) == expected


def test_the_story_s_own_shooting_dated_last_week_is_no_other_event() -> None:
    text = "Title\nA man was seriously injured in an accidental shooting last week."
    assert [f.incidents for f in gv_figures_of(text)] == [None]
