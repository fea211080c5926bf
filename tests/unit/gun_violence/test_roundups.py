"""Roundups named as the subject of a figure ("Three shootings injured five people") count
several incidents; "the shootings" or "a series of shootings" stay the story's own event."""

from __future__ import annotations

import pytest

from support import gv_figures_of


def _incidents(body: str) -> list[tuple[str, int | None, str | None]]:
    return [
        (f.kind.value, f.quantity.value, f.incidents) for f in gv_figures_of("Title\n\n" + body)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Three shootings in the span of five hours overnight injured five people.",
            [("injured", 5, "Three shootings")],
        ),
        (
            "A spate of weekend shootings left five people dead.",
            [("killed", 5, "spate of weekend shootings")],
        ),
        (
            "Police are investigating two shootings Monday that resulted in the deaths of two men.",
            [("killed", 2, "two shootings")],
        ),
        (
            "Two separate shootings just blocks apart left one man dead on Friday.",
            [("killed", 1, "Two separate shootings")],
        ),
    ],
)
def test_a_roundup_subject_counts_several_incidents(
    body: str, expected: list[tuple[str, int | None, str | None]]
) -> None:
    assert _incidents(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # One event, or events tied into one.
        "The shootings left two people dead.",
        "The two shootings left two people dead.",
        "A series of shootings left five people dead.",
        "Two related shootings left five people dead.",
        # The roundup in another sentence, or no count before the event noun.
        "There were three shootings. Two men were wounded at a bar.",
        "Shootings are rare here, but two men were wounded at a bar.",
    ],
)
def test_the_story_s_own_shootings_are_no_roundup(body: str) -> None:
    assert all(f.incidents is None for f in gv_figures_of("Title\n\n" + body))
