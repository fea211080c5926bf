"""A subordinate clause with its own subject, and nouns after a count that make it no count
of people: charges, accounts, a broadcaster's channel."""

from __future__ import annotations

import pytest

from support import gv_figures_of


def _read(body: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.quantity.value) for f in gv_figures_of("Title\n\n" + body)]


@pytest.mark.parametrize(
    "body",
    [
        # The casualty word tells what happened to the subordinate clause's own subject.
        "Two teenagers are facing charges after the bystander was struck by a stray bullet.",
        # A casualty word before the subordinating word is no kind of the count after it.
        "Man arrested after cousin shot while 2 were playing with gun",
        # Charges, accounts and channels are no counts of people.
        "A father faces two felony charges after his young son accidentally shot himself.",
        "She told police two different stories about how he was shot.",
        "News 2 spoke with the injured teenager after the shooting.",
    ],
)
def test_no_count_of_people_hit(body: str) -> None:
    assert _read(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Hard negatives: the count is the one hit.
        ("Two men are recovering after they were shot Saturday.", [("casualties", 2)]),
        ("Two people are recovering after being shot.", [("casualties", 2)]),
        ("Two people were shot after an argument.", [("casualties", 2)]),
        ("Police shot two men after a chase.", [("casualties", 2)]),
        # A noun phrase after the subordinating word opens no clause.
        ("Two teens were hurt after a fight at the mall.", [("injured", 2)]),
        ("Two people were shot while the car was parked.", [("casualties", 2)]),
        ("Three men faced charges and two people were wounded.", [("injured", 2)]),
    ],
)
def test_the_count_keeps_its_kind(body: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(body) == expected
