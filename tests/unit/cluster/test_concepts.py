"""Tests for cluster.concepts: where, what kind of event, who and when, across languages."""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.cluster.concepts import (
    Concepts,
    article_concepts,
    concept_keys,
    countries_disagree,
    disagreements,
    event_year,
    find_orgs,
    mentioned_years,
    years_apart,
)


def test_concepts_of_a_lead_in_two_scripts_meet() -> None:
    fr = article_concepts("Séisme en Birmanie : 1 644 morts à Mandalay", "fr", None)
    ar = article_concepts("زلزال ميانمار: ارتفاع عدد القتلى في ماندالاي", "ar", None)
    assert fr.main_countries == ar.main_countries == {"MM"}
    assert fr.events == ar.events == {"earthquake"}
    assert "sig:earthquake@MM" in concept_keys(fr) & concept_keys(ar)
    assert disagreements(fr, ar) == 0


def test_same_type_elsewhere_disagrees_on_the_country() -> None:
    pylos = article_concepts(
        "Shipwreck off Greece: hundreds feared dead. Greece's coast guard said the boat was "
        "bound for Italy.",
        "en",
        None,
    )
    calabria = article_concepts("Naufragio de migrantes en Calabria, Italia", "es", None)
    assert pylos.main_countries == {"GR"}
    assert countries_disagree(pylos, calabria)
    assert disagreements(pylos, calabria) == 1


def test_one_war_led_by_either_side_agrees() -> None:
    a = Concepts(main_countries=frozenset({"PS"}), countries=frozenset({"PS", "IL"}))
    b = Concepts(main_countries=frozenset({"IL"}), countries=frozenset({"IL", "PS"}))
    assert not countries_disagree(a, b)


def test_organisations_are_normalised_like_figure_sources() -> None:
    assert "sohr" in find_orgs("according to the Syrian Observatory for Human Rights")
    assert "sohr" in find_orgs("المرصد السوري لحقوق الإنسان")
    assert "un" not in find_orgs("an un-named official")


@pytest.mark.parametrize(
    ("text", "until", "years"),
    [
        ("the 2023 quake, worse than 1999's", None, [2023, 1999]),
        ("04.08.2020 in Beirut", None, [2020]),
        ("2,023 dead and 1.999 missing", None, []),
        ("elections due in 2027", 2025, []),
    ],
)
def test_mentioned_years(text: str, until: int | None, years: list[int]) -> None:
    assert mentioned_years(text, until) == years


def test_event_year_is_the_publication_year_else_the_most_mentioned() -> None:
    assert event_year(dt.date(2024, 1, 3), [2023, 2023]) == 2024
    assert event_year(None, [2023, 2024, 2023]) == 2023
    assert event_year(None, [2023, 2024]) == 2024
    assert event_year(None, []) is None


def test_years_apart_only_when_neither_names_the_others_year() -> None:
    this = Concepts(years=frozenset({2024}), event_year=2024)
    last = Concepts(years=frozenset({2023}), event_year=2023)
    recalling = Concepts(years=frozenset({2023, 2024}), event_year=2024)
    assert years_apart(this, last) == 1
    assert years_apart(recalling, last) == 0
    assert years_apart(this, Concepts()) == 0
