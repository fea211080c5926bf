"""The killer among the dead: "killed two people before killing himself" is three dead."""

from __future__ import annotations

import pytest

from support import gv_figures_of


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.quantity.value) for f in gv_figures_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nThe gunman fatally shot two people before killing himself.", [("killed", 3)]),
        (
            "Title\n\nThe man shot and killed three people, then turned the gun on himself.",
            [("killed", 4)],
        ),
        # The headline's short form.
        ("Teen dad kills infant, self\n\nPolice were called.", [("killed", 2)]),
        # A murder-suicide after the object of a killing verb.
        ("Man kills 3-year-old daughter in murder-suicide\n\nPolice were called.", [("killed", 2)]),
        # Passive, the killer named after the count.
        ("Title\n\nSeven people were slain by a gunman who then killed himself.", [("killed", 8)]),
        (
            "Title\n\nFour people were shot to death, then the gunman killed himself.",
            [("killed", 5)],
        ),
    ],
)
def test_a_killer_who_died_by_their_own_hand_is_one_more_dead(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The killer is one of those counted.
        (
            "Title\n\nTwo people are dead, including the gunman, who killed himself.",
            [("killed", 2)],
        ),
        # A murder-suicide after a count of the dead: the killer may be among them.
        ("Title\n\nTwo people were found dead in a murder-suicide.", [("killed", 2)]),
        # Another sentence: the count is as stated.
        ("Title\n\nTwo people were killed. The gunman later killed himself.", [("killed", 2)]),
        # A count of the wounded: no killed count to add to.
        (
            "Title\n\nTwo people were wounded before the gunman killed himself.",
            [("injured", 2)],
        ),
        # Another count between: the phrase is read for the nearest count only, here the wounded.
        (
            "Title\n\nA man killed two people and wounded three others before taking his own life.",
            [("killed", 2), ("injured", 3)],
        ),
    ],
)
def test_the_count_stays_where_the_killer_is_counted_or_the_phrase_is_elsewhere(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _read(text) == expected
