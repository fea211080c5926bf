"""Killing words that tell no death, family sizes, parts of a count that died, inclusions
between dashes and calendar tallies: the readings that gave false counts of people killed."""

from __future__ import annotations

import pytest

from support import gv_figures_of


def _read(body: str) -> list[tuple[str, int | None, str | None]]:
    return [
        (f.kind.value, f.quantity.value, f.incidents) for f in gv_figures_of("Title\n\n" + body)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "They were indicted for the attempted murders of five teenagers in South Memphis.",
        "Giddings, the man accused of trying to kill 2 law enforcement officers, was arrested.",
        "He let a handgun be discharged to harm or kill another person.",
        "The gunman threatened to kill three people at the store.",
    ],
)
def test_an_attempt_or_a_threat_tells_no_death(body: str) -> None:
    assert [k for k, _, _ in _read(body) if k == "killed"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Hard negatives: deaths that happened.
        ("The gunman killed three people at the store.", [("killed", 3, None)]),
        ("He went on to kill 2 officers.", [("killed", 2, None)]),
        ("He was charged in the murder of two men.", [("killed", 2, None)]),
    ],
)
def test_killing_words_without_an_attempt_stay_deaths(
    body: str, expected: list[tuple[str, int | None, str | None]]
) -> None:
    assert _read(body) == expected


def test_a_non_fatal_shooting_is_a_wound() -> None:
    figures = gv_figures_of("Redford couple charged in non-fatal shooting of son\n\nText.")
    assert [(f.kind.value, f.quantity.value) for f in figures] == [("injured", 1)]


@pytest.mark.parametrize(
    "body",
    [
        "A father of three who stopped at a store was fatally shot early Sunday.",
        "Brittney Barnett, a 25-year-old mother of three, was fatally shot.",
    ],
)
def test_a_family_size_is_no_count(body: str) -> None:
    assert 3 not in [q for _, q, _ in _read(body)]


def test_a_parent_of_one_child_still_names_the_child() -> None:
    body = "Parents of a 10-year-old boy who accidentally shot himself will stand trial."
    assert _read(body) == [("casualties", 1, None)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "One of 5 shot in Southern Pines billiards bar dies of injuries",
            [("killed", 1), ("casualties", 5)],
        ),
        ("One of two men shot late Monday in Belle Glade dies", [("killed", 1), ("casualties", 2)]),
    ],
)
def test_the_part_of_a_count_that_died_is_the_dead(
    title: str, expected: list[tuple[str, int]]
) -> None:
    figures = gv_figures_of(title + "\n\nText.")
    assert [(f.kind.value, f.quantity.value) for f in figures] == expected


def test_a_count_with_its_own_verb_after_a_dash_inclusion() -> None:
    body = (
        "Four men were killed and at least 53 other people — including a 10-year-old girl — "
        "were wounded in a shooting."
    )
    assert [(k, q) for k, q, _ in _read(body)] == [("killed", 4), ("injured", 53)]


def test_a_headline_verb_after_the_dead_takes_its_count() -> None:
    figures = gv_figures_of("Shootout at tavern leaves 1 dead, injures five\n\nText.")
    assert [(f.kind.value, f.quantity.value) for f in figures] == [("killed", 1), ("injured", 5)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "As of July 15, 126 people had been murdered in Baltimore this year.",
            [("killed", 126, "As of July 15")],
        ),
        (
            "Crime stats for 2015, in the city of New Orleans, show 165 people were murdered.",
            [("killed", 165, "for 2015")],
        ),
        (
            "The uptick – nearly 50 shot since June 21 and 19 killed – is blamed on drugs.",
            [("casualties", 50, "since June 21"), ("killed", 19, "since June 21")],
        ),
        (
            "At least five other children have been shot in the city this year, two fatally.",
            [("casualties", 5, "this year"), ("killed", 2, "this year")],
        ),
        ("45 people were killed during July.", [("killed", 45, "during July")]),
    ],
)
def test_a_count_over_a_calendar_period_is_a_tally(
    body: str, expected: list[tuple[str, int | None, str | None]]
) -> None:
    assert _read(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # One attack's date, or a follow-up dating the story's own shooting.
        "Two men were shot in July 2015 at the bar.",
        "A man was killed on July 4.",
        "Two men were killed in May at the bar.",
        "Two people were shot last month at the bar.",
    ],
)
def test_a_date_of_one_attack_is_no_calendar_tally(body: str) -> None:
    assert all(incidents is None for _, _, incidents in _read(body))
