"""Tests for lang.places: one place across languages and scripts, and no town in common words."""

from __future__ import annotations

import pytest

from newsprism.lang.places import Place, PlaceIndex, find_places, place_index


def _ids(text: str) -> set[str]:
    return {p.place_id for p in find_places(text, place_index())}


def _countries(text: str) -> set[str]:
    return {c for p in find_places(text, place_index()) for c in p.countries}


@pytest.mark.parametrize(
    "names",
    [
        ["Latakia", "Lattaquié", "Lazkiye", "اللاذقية"],
        ["Myanmar", "Birmanie", "Burma", "ميانمار", "Birmania", "Myanmar'da"],
        ["Beirut", "Beyrouth", "بيروت", "Beyrut’ta", "وبيروت"],
        ["India", "Inde", "Indien", "Hindistan", "الهند", "l'Inde"],
    ],
)
def test_one_place_across_languages_and_scripts(names: list[str]) -> None:
    found = [_ids(f"Reports from {name} said.") for name in names]
    assert all(len(ids) == 1 for ids in found), found
    assert all(ids == found[0] for ids in found), found


def test_a_city_names_its_country() -> None:
    assert _countries("Die Explosion in Beirut") == {"LB"}
    assert _countries("ماندالاي") == {"MM"}


@pytest.mark.parametrize(
    "text",
    [
        "Police said the man was arrested.",  # Police is a town in Poland
        "the police in nice weather",  # lower case is no place name
        "Selama beberapa hari terakhir, desa-desa dibakar.",  # sentence-initial word, a town
        "ASKER ÖLDÜ",  # words in capitals only
    ],
)
def test_common_words_are_no_places(text: str) -> None:
    assert _ids(text) == set()


def test_a_major_city_opens_a_sentence() -> None:
    assert _countries("Beirut was shaken. Mandalay too.") == {"LB", "MM"}


def test_homonyms_keep_the_larger_place_and_drop_names_of_many_countries() -> None:
    paris_fr = Place("geo:1", "Paris", frozenset({"FR"}))
    paris_tx = Place("geo:2", "Paris", frozenset({"US"}))
    central = [Place(f"sub:{c}-C", "Central", frozenset({c})) for c in ("BW", "GH", "FJ")]
    index = PlaceIndex.build(
        [
            ("Paris", paris_fr, 2_000_000.0),
            ("Paris", paris_tx, 25_000.0),
            *(("Central", p, 1e6) for p in central),
        ]
    )
    assert index.lookup("Paris") == (paris_fr,)
    assert index.lookup("Central") == ()
