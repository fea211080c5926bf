"""Tests for lang.event_types: event-type cues per language, validated data."""

from __future__ import annotations

from importlib import resources

import pytest

from newsprism.lang.event_types import (
    EVENT_TYPES,
    EventCueError,
    compatible_types,
    event_cues,
    find_event_types,
    parse_event_cues,
    types_agree,
)

LANGUAGES = ("ar", "de", "en", "es", "fr", "id", "tr")


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "A powerful earthquake struck central Myanmar", "earthquake"),
        ("fr", "Séisme au Myanmar : Mandalay la plus touchée", "earthquake"),
        ("de", "Schweres Erdbeben in Myanmar", "earthquake"),
        ("tr", "Myanmar'daki depremde can kaybı arttı", "earthquake"),
        ("id", "Update Korban Gempa Myanmar", "earthquake"),
        ("ar", "ارتفاع ضحايا الزلزال في ميانمار", "earthquake"),
        ("es", "Naufragio de migrantes frente a Grecia", "shipwreck"),
        ("tr", "Göçmen teknesi alabora oldu", "shipwreck"),
        ("de", "Fürchterliches Zugunglück in Indien", "train_crash"),
        ("ar", "وزارة الصحة: حصيلة جديدة لضحايا انفجار مرفأ بيروت", "explosion"),
        ("ar", "والانفجار", "explosion"),  # proclitic and article taken off
        ("fr", "Kenya : plusieurs morts lors des manifestations", "protest"),
        ("de", "Hawaii: Maui-Brände", "wildfire"),
    ],
)
def test_cues_name_the_event_type(lang: str, text: str, kind: str) -> None:
    assert kind in find_event_types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police said he opened fire and fires were reported"),  # no wildfire
        ("de", "Es war ein kalter Tag"),  # German "war" is no war
    ],
)
def test_ambiguous_words_name_no_type(lang: str, text: str) -> None:
    assert find_event_types(text, lang) == frozenset()


def test_unknown_language_reads_with_fallback_languages() -> None:
    assert find_event_types("earthquake", "unknown", ("en",)) == {"earthquake"}
    assert find_event_types("earthquake", "unknown") == frozenset()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_cues_for_the_common_types(lang: str) -> None:
    cues = event_cues(lang)
    assert cues is not None
    kinds = {kind for _, kind in cues.types.entries()}
    assert kinds <= EVENT_TYPES
    assert {"earthquake", "flood", "explosion", "shipwreck", "protest", "violence"} <= kinds


def test_resource_files_ship_with_the_package() -> None:
    root = resources.files("newsprism.lang") / "resources"
    assert all((root / lang / "events.toml").is_file() for lang in LANGUAGES)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"typse": {}}, "unknown section"),
        ({"types": {"quake": ["x"]}}, "unknown key"),
        ({"tokens": {"prefix": ["x"]}}, "unknown key"),
    ],
)
def test_misspelt_data_is_an_error(data: dict[str, dict[str, list[str]]], message: str) -> None:
    with pytest.raises(EventCueError, match=message):
        parse_event_cues(data, "xx/events.toml")


def test_compatible_types_are_symmetric_groups() -> None:
    table = compatible_types()
    assert set(table) == EVENT_TYPES
    assert all(kind in others for kind, others in table.items())
    assert types_agree(frozenset({"protest"}), frozenset({"violence"}))
    assert not types_agree(frozenset({"train_crash"}), frozenset({"shipwreck"}))
