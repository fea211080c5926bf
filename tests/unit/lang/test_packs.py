"""Language packs load for every resource folder and carry the documented data."""

from __future__ import annotations

import pytest

from newsprism.lang.packs import FALLBACK_LANG, available_languages, load_pack
from newsprism.model.figures import FigureKind

SUPPORTED = ("en", "id", "ar", "fr", "es", "de", "tr")


def test_every_supported_language_has_a_pack() -> None:
    assert set(SUPPORTED) <= set(available_languages())


@pytest.mark.parametrize("lang", SUPPORTED)
def test_pack_has_numbers_kinds_and_cues(lang: str) -> None:
    pack = load_pack(lang)
    assert pack.lang == lang
    assert pack.words.values and pack.words.scales
    assert pack.magnitudes and pack.hedges_before
    assert pack.kinds_after and pack.named_cues and pack.vague_cues and pack.anonymous_cues
    kinds = {payload for _, payload in pack.kinds_after.entries()}
    assert {FigureKind.KILLED, FigureKind.INJURED} <= kinds


@pytest.mark.parametrize(("lang", "decimal"), [("en", "."), ("id", ","), ("de", ","), ("ar", ".")])
def test_pack_digit_conventions(lang: str, decimal: str) -> None:
    assert load_pack(lang).decimal == decimal


def test_unknown_language_falls_back_to_english() -> None:
    assert load_pack("unknown").lang == FALLBACK_LANG
    assert load_pack("zz") is load_pack("zz")


@pytest.mark.parametrize(
    ("alias", "key"),
    [("Syrian Observatory for Human Rights", "sohr"), ("human rights watch", "hrw")],
)
def test_sources_table_maps_aliases_to_keys(alias: str, key: str) -> None:
    pack = load_pack("en")
    tokens = alias.lower().split()
    hit = pack.sources.match_at(tokens, 0)
    assert hit is not None
    assert hit[1].key == key
