"""Language packs load for every resource folder, carry the documented data and reject
malformed files with a message naming the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.lang.packs import (
    FALLBACK_LANG,
    KNOWN_LEXICONS,
    available_languages,
    build_pack,
    load_pack,
)
from newsprism.lang.schema import PackError
from newsprism.model.figures import FigureKind

SUPPORTED = ("en", "id", "ar", "fr", "es", "de", "tr")


def test_every_supported_language_has_a_pack() -> None:
    assert set(SUPPORTED) <= set(available_languages())


@pytest.mark.parametrize("lang", SUPPORTED)
def test_pack_has_numbers_kinds_and_cues(lang: str) -> None:
    pack = load_pack(lang)
    assert pack.lang == lang
    assert pack.numbers.words.values and pack.numbers.words.scales
    assert pack.numbers.magnitudes and pack.numbers.hedges_before
    cues = pack.attribution
    assert cues.named and cues.vague and cues.anonymous
    kinds = {payload for _, payload in pack.lexicon("casualty_after").entries()}
    assert {FigureKind.KILLED.value, FigureKind.INJURED.value} <= kinds


@pytest.mark.parametrize(("lang", "decimal"), [("en", "."), ("id", ","), ("de", ","), ("ar", ".")])
def test_pack_digit_conventions(lang: str, decimal: str) -> None:
    assert load_pack(lang).numbers.decimal == decimal


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


def _pack_dir(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "xx"
    folder.mkdir()
    base = {
        "language.toml": 'name = "Test"\n[text]\n',
        "numbers.toml": '[digits]\ndecimal = "."\nthousands = [","]\n[words]\nvalues = {"one" = 1}\n',
    }
    for name, body in {**base, **files}.items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("name", "body", "message"),
    [
        ("numbers.toml", '[digits]\ndecimel = "."\n[words]\n', "unknown key 'digits.decimel'"),
        (
            "lexicon.toml",
            'casualty_after = {kiled = ["dead"]}\n',
            "casualty_after.kiled is no figure kind",
        ),
        ("lexicon.toml", 'peeple = ["persons"]\n', "lexicons ['peeple'] are neither read"),
        (
            "rules.toml",
            '[[rule]]\nid = "a"\npattern = "@nope NUM"\naction = "figure"\nkind = "killed"\nexamples = ["x => none"]\n',
            "unknown lexicon @nope",
        ),
        (
            "rules.toml",
            '[[rule]]\nid = "a"\npattern = "dead"\naction = "figure"\nkind = "killed"\nexamples = ["x => none"]\n',
            "needs a NUM element",
        ),
        (
            "rules.toml",
            '[[rule]]\nid = "a"\npattern = "NUM dead"\naction = "figure"\nkind = "killed"\n',
            "at least one example",
        ),
        (
            "rules.toml",
            '[[rule]]\nid = "a"\npattern = "NUM dead"\naction = "figur"\nkind = "killed"\nexamples = ["x => none"]\n',
            "unknown action 'figur'",
        ),
        (
            "attribution.toml",
            '[cues]\nnamed = ["said"]\nsoruce_after = []\n',
            "unknown key 'cues.soruce_after'",
        ),
    ],
)
def test_malformed_pack_files_are_errors_naming_file_and_key(
    tmp_path: Path, name: str, body: str, message: str
) -> None:
    from importlib.resources.abc import Traversable

    folder = _pack_dir(tmp_path, **{name: body})
    traversable: Traversable = folder
    with pytest.raises(PackError, match=message.replace("[", r"\[").replace("]", r"\]")) as info:
        build_pack("xx", traversable)
    assert name in str(info.value)


def test_known_lexicons_are_documented_in_the_resources_readme() -> None:
    readme = (Path(__file__).parents[3] / "src/newsprism/lang/resources/README.md").read_text(
        encoding="utf-8"
    )
    missing = [name for name in KNOWN_LEXICONS if f"`{name}`" not in readme]
    assert not missing
