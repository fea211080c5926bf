"""Attribution: named, vague, anonymous, none; neighbours; normalised sources."""

from __future__ import annotations

import pytest

from newsprism.model.figures import AttributionKind
from support import figures_of


def _attribution(text: str, lang: str = "en") -> list[tuple[AttributionKind, str | None]]:
    return [
        (f.attribution.kind, f.attribution.source_norm)
        for f in figures_of("Title\n" + text, lang=lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The Syrian Observatory for Human Rights documented 1,383 deaths.", "en", "sohr"),
        ("SOHR said 50 people were killed.", "en", "sohr"),
        ("According to the UN, 300 people were displaced.", "en", "un"),
        ("Menurut PBB, 300 orang mengungsi.", "id", "un"),
        ("Selon l'OSDH, 50 personnes ont été tuées.", "fr", "sohr"),
        ("قال المرصد السوري لحقوق الإنسان إن 50 شخصا قتلوا.", "ar", "sohr"),
    ],
)
def test_named_sources_are_normalised_across_languages(text: str, lang: str, expected: str) -> None:
    assert _attribution(text, lang) == [(AttributionKind.NAMED, expected)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Reports indicate that over 1,000 people have died.", AttributionKind.VAGUE),
        ("Independent monitors said 600 people were killed.", AttributionKind.VAGUE),
        (
            "A source who wished to remain anonymous said 40 soldiers were kidnapped.",
            AttributionKind.ANONYMOUS,
        ),
        ("An ambush killed 13 soldiers.", AttributionKind.NONE),
    ],
)
def test_unnamed_sources_get_their_kind(text: str, kind: AttributionKind) -> None:
    assert [k for k, _ in _attribution(text)] == [kind]


def test_previous_sentence_of_the_paragraph_names_the_source() -> None:
    text = "In a report released by Human Rights Watch, abuses were listed. It said 20 people died."
    assert _attribution(text) == [(AttributionKind.NAMED, "hrw")]


def test_this_source_points_back_to_the_anonymous_source() -> None:
    text = (
        "A source, who wished to remain anonymous, described fear.\n"
        "This source revealed that thousands of soldiers were kidnapped."
    )
    assert [k for k, _ in _attribution(text)] == [AttributionKind.ANONYMOUS]


def test_two_sources_in_one_sentence_each_get_their_figure() -> None:
    text = (
        'Human Rights Watch melaporkan bahwa "ratusan orang terbunuh," sementara Syrian '
        "Observatory for Human Rights mendokumentasikan kematian 1.383 warga sipil."
    )
    assert _attribution(text, "id") == [
        (AttributionKind.NAMED, "hrw"),
        (AttributionKind.NAMED, "sohr"),
    ]
