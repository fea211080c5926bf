"""Deaths told as a declaration by others, as brain death or the end of life support, and
conditions told bare after a count of the dead (extract.declared, persons.toml
[predicates.brain_death] and [predicates.suffered], figures.toml [kinds.after_states])."""

from __future__ import annotations

import pytest

from support import gv_figures_of


def _values(text: str, kind: str) -> list[int | None]:
    return [f.quantity.value for f in gv_figures_of(text) if f.kind.value == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nParamedics pronounced him dead at the scene.",
        "Title\n\nThe boy was driven to a hospital where doctors pronounced him dead.",
        "Title\n\nMiami-Dade Fire Rescue crews pronounced the victim dead at the scene.",
        "Title\n\nMatthew says doctors have declared her brain dead.",
        "Title\n\nThe girl was declared brain-dead on Friday.",
        "Title\n\nShe was declared clinically brain-dead at 5:10 p.m. Friday.",
        "Title\n\nThe 2-year-old girl has been taken off life support.",
        "Title\n\nThe victim sustained a gunshot wound and was pronounced dead at the scene.",
        "Title\n\nThe man suffered multiple gunshot wounds and later died at a hospital.",
    ],
)
def test_one_person_declared_dead(text: str) -> None:
    assert _values(text, "killed") == [1]


@pytest.mark.parametrize(
    "text",
    [
        # Intent or doubt before the declaration.
        "Title\n\nDoctors could not pronounce him dead until his family arrived.",
        # Life support without its end is no death.
        "Title\n\nThe girl remains on life support.",
        # A wound alone says nothing of the outcome.
        "Title\n\nThe victim sustained a gunshot wound to the leg.",
        # The death is another person's.
        "Title\n\nThe man suffered a gunshot wound and his wife died.",
    ],
)
def test_no_death_without_a_declaration(text: str) -> None:
    assert _values(text, "killed") == []


def test_a_headline_victim_passes_away() -> None:
    assert _values("UPDATE: Shooting Victim Passes Away\n\nBody.", "killed") == [1]


def test_critical_after_the_dead_counts_the_wounded() -> None:
    text = "3 Dead, 1 Critical in Possible Domestic Murder-Suicide in Waldorf\n\nBody."
    assert _values(text, "killed") == [3]
    assert _values(text, "injured") == [1]


def test_critical_after_people_shot_is_a_part_of_them() -> None:
    figures = gv_figures_of("6 Shot, 1 Dead, 1 Critical In Kingsessing Shooting\n\nBody.")
    critical = [f for f in figures if f.kind.value == "injured"]
    assert [f.quantity.value for f in critical] == [1]
    assert critical[0].group == "critical"
