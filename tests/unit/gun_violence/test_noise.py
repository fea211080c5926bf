"""Extraction noise that reads as counts of the story's victims: clock times and station names,
ages, animals and things, links to other stories, wounds of the dead, other periods and
incidents."""

from __future__ import annotations

import pytest

from support import gv_figures_of


def _read(body: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.quantity.value) for f in gv_figures_of("Title\n\n" + body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Minutes of a clock time or a clip's length.
        ("A girl is dead after a shooting around 10:30 Monday night.", [("killed", 1)]),
        # A station's name: digits glued to letters, an acronym before a dash.
        ("Police told 41NBC a teen was shot.", [("casualties", 1)]),
        ("CBS 58 - Multiple Victims After Shooting at Brookfield Square", []),
        # Ages: after an abbreviated name, in words after a name, after "both".
        ("William A Young Jr., 32, was shot and killed by officers.", []),
        ("Scene: Miranda Doerr, three, was shot in her home.", []),
        ("Officers found Banes and Clark, both 31, with apparent gunshot wounds.", []),
        # Animals and things.
        ("As of Sunday evening, 108,780 deer had been killed this weekend.", []),
        ("Two dogs were shot in the yard.", []),
        ("Smith, who lived three blocks away, suffered gunshot wounds to the torso.", []),
    ],
)
def test_numbers_that_count_no_victims(body: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Hard negatives: these stay counts of people.
        ("Police: 4 dead after a shooting at 10:30 p.m.", [("killed", 4)]),
        ("WACO 9 dead, dozens injured in biker gang shootout", [("killed", 9), ("injured", None)]),
        ("Two men, 17 and 19, were shot.", [("casualties", 2)]),
        ("On Sunday, two, including a boy, were shot.", [("casualties", 2)]),
        ("Both men were shot and 3 others were injured.", [("injured", 3)]),
        ("Two people were shot in the car.", [("casualties", 2)]),
    ],
)
def test_counts_of_people_stay(body: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(body) == expected


def test_clip_lines_and_lists_of_links_are_skipped() -> None:
    text = (
        "Teen killed in Ardmore shooting\n\n"
        "A 16-year-old girl was killed Monday night.\n\n"
        "0:50 One dead after shooting involving officer\n\n"
        "2:06 Three hurt in crash on Main Street\n\n"
        "1:27 1 dead after Fife collision\n\n"
        "ALSO\n\n"
        "Two men wounded in downtown shooting\n"
        "Police: 5 hurt in apartment fire\n\n"
        "Police said four people were questioned."
    )
    assert [(f.kind.value, f.quantity.value) for f in gv_figures_of(text)] == [
        ("killed", 1),
        ("killed", 1),
    ]


def test_timeline_entries_and_headlines_of_the_story_stay() -> None:
    text = (
        "Five dead in mall shooting\n\n"
        "6:18 p.m. Two people were shot at the mall, police said.\n\n"
        "Also wounded were three officers who arrived first."
    )
    found = [(f.kind.value, f.quantity.value) for f in gv_figures_of(text)]
    assert found == [("killed", 5), ("casualties", 2), ("injured", 3)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wounds told beside a death are wounds of people shot ...
        (
            "The family died in the fire. All four were found with gunshot wounds.",
            [("casualties", 4)],
        ),
        (
            "All three suffered gunshot wounds to the upper body. Police said he killed his "
            "wife and son.",
            [("casualties", 3), ("killed", 2)],
        ),
        # ... and of the wounded where nobody is said to have died.
        ("Four people were sent to the hospital with gunshot wounds.", [("injured", 4)]),
        ("Three people were found with gunshot wounds overnight.", [("injured", 3)]),
    ],
)
def test_wounds_of_the_dead(body: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(body) == expected


@pytest.mark.parametrize(
    ("body", "elsewhere"),
    [
        ("So far this year, 21 adults have been accidentally shot.", "So far this year"),
        ("In that case, a 15-year-old was killed and a 14-year-old injured.", "In that case"),
        ("Two years ago, a man was killed at the same corner.", "years ago"),
        ("Two men were wounded in a separate shooting on Main Street.", "in a separate shooting"),
        # The story's own shooting, as a follow-up dates it.
        ("Police arrested a man in the case of a child shot last month.", None),
        ("Two people were wounded in the shooting on Main Street.", None),
    ],
)
def test_other_periods_and_incidents(body: str, elsewhere: str | None) -> None:
    found = gv_figures_of("Title\n\n" + body)
    assert found
    assert {f.incidents for f in found} == {elsewhere}
