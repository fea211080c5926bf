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


def _sources(text: str, lang: str = "en") -> list[tuple[AttributionKind, str | None]]:
    return [
        (f.attribution.kind, f.attribution.source) for f in figures_of("Title\n" + text, lang=lang)
    ]


def test_an_acronym_the_article_spells_out_is_cited_by_its_full_name() -> None:
    text = (
        "The Ruritania Flood Relief Office (RFRO) opened shelters on Monday.\n"
        "RFRO said 140 people were missing."
    )
    assert _sources(text) == [(AttributionKind.NAMED, "Ruritania Flood Relief Office")]


def test_a_bare_organisation_word_points_back_to_the_name_before() -> None:
    text = (
        "The Ruritania Flood Relief Office said it had opened shelters.\n"
        "The relief office said 140 people were missing."
    )
    assert _sources(text) == [(AttributionKind.NAMED, "Ruritania Flood Relief Office")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Turkish heads in another case are cited in the base form, dotless ı kept.
        ("Irak ordusunun açıklamasına göre 12 asker öldü.", "tr", "Irak ordusu"),
        ("Sel nedeniyle 8 kişi öldü, Kızılay'ın verilerine göre.", "tr", None),
        # German genitive heads in the nominative; the day after is no part of the name.
        (
            "Nach Angaben des Zivilschutzes am Dienstag wurden 17 Menschen verletzt.",
            "de",
            "Zivilschutz",
        ),
    ],
)
def test_source_names_are_cited_in_their_base_form(
    text: str, lang: str, expected: str | None
) -> None:
    got = _sources(text, lang)
    assert got[0][0] is AttributionKind.NAMED
    if expected is not None:
        assert got[0][1] == expected


def test_known_sources_match_with_the_languages_own_letters_and_clitics() -> None:
    # Turkish writes "UNICEF" with a dotless ı once lower-cased; Arabic attaches "لل".
    assert _attribution("UNICEF'e göre 300 çocuk öldü.", "tr") == [
        (AttributionKind.NAMED, "unicef")
    ]
    assert _attribution("ووفقا للشرطة، قتل 7 أشخاص في الاشتباكات.", "ar") == [
        (AttributionKind.NAMED, "police")
    ]


def test_a_group_that_acts_without_a_cue_is_no_source() -> None:
    text = "Rescuers searched the river after a boat capsized, killing 9 people."
    assert _attribution(text) == [(AttributionKind.NONE, None)]


def test_a_breakdown_far_from_its_whole_is_judged_in_its_own_sentence() -> None:
    text = (
        "The health ministry said 90 people were killed in the attack.\n"
        "Unconfirmed reports say 30 children are among the 90 dead."
    )
    kinds = [k for k, _ in _attribution(text)]
    assert kinds[0] is AttributionKind.NAMED
    assert AttributionKind.VAGUE in kinds[1:]


def test_a_quotation_over_several_sentences_is_its_introducers() -> None:
    text = (
        "The Varna Flood Agency published its latest statement:\n"
        '"Initial reports say 14 people died. Another 6 people are missing in the hills."'
    )
    got = _sources(text)
    assert [k for k, _ in got] == [AttributionKind.NAMED, AttributionKind.NAMED]
    assert all(s == "Varna Flood Agency" for _, s in got)


def test_turkish_sentence_final_verb_names_the_subject_that_opens_the_sentence() -> None:
    text = (
        "Liman İdaresi Başkanı Murat Yılmaz, Yunan sahil güvenliğinin aramaları sürdürdüğünü "
        "ve 12 kişinin kayıp olduğunu söyledi."
    )
    assert _sources(text, "tr") == [(AttributionKind.NAMED, "Liman İdaresi Başkanı Murat Yılmaz")]


@pytest.mark.parametrize(
    ("text", "lang", "source", "via"),
    [
        (
            "The Varna Coast Guard confirmed to Reuters that 12 migrants drowned.",
            "en",
            "Varna Coast Guard",
            "Reuters",
        ),
        (
            "Die Feuerwehr bestätigte gegenüber der dpa 12 Tote.",
            "de",
            "Feuerwehr",
            "dpa",
        ),
    ],
)
def test_the_outlet_told_is_the_relay_not_the_source(
    text: str, lang: str, source: str, via: str
) -> None:
    [figure] = figures_of("Title\n" + text, lang=lang)
    assert (figure.attribution.source, figure.attribution.via) == (source, via)


def test_a_closing_phrase_after_a_quotation_points_back_to_the_subject_that_spoke() -> None:
    text = (
        "Liman İdaresi Başkanı Murat Yılmaz sosyal medya hesabından yaptığı paylaşımda, Yunan "
        "sahil güvenliğinin aramaları sürdürdüğünü ifade etti. Yılmaz gelişmelere dair, "
        '"Gemide 40 kişi vardı. Şu ana kadar 12 kişi hayatını kaybetti" ifadelerini kullandı.'
    )
    assert _sources(text, "tr") == [(AttributionKind.NAMED, "Liman İdaresi Başkanı Murat Yılmaz")]
