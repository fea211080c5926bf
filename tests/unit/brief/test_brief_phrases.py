from __future__ import annotations

import pytest

from newsprism.brief import phrases
from newsprism.model.figures import Attribution, AttributionKind, FigureKind, Qualifier


@pytest.mark.parametrize(
    ("qualifier", "value", "low", "high", "expected"),
    [
        (Qualifier.MORE_THAN, 1000, 1001, None, "over 1,000"),
        (Qualifier.AT_LEAST, 600, 600, None, "at least 600"),
        (Qualifier.HUNDREDS, None, 200, None, "hundreds of"),
        (Qualifier.EXACT, 1383, None, None, "1,383"),
        (Qualifier.RANGE, None, 10, 20, "10 to 20"),
        (Qualifier.NEARLY, 50, None, 49, "nearly 50"),
    ],
)
def test_amount_words_a_count(qualifier, value, low, high, expected) -> None:
    assert phrases.amount(qualifier, value, low, high) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Syrian Observatory for Human Rights", "the Syrian Observatory for Human Rights"),
        ("Human Rights Watch", "Human Rights Watch"),
        ("the Ministry of Health", "the Ministry of Health"),
    ],
)
def test_source_name_gives_institutions_an_article(label: str, expected: str) -> None:
    assert phrases.source_name(label) == expected


def test_counted_and_verb_agree_for_one_person() -> None:
    assert phrases.counted("1", "people", one=True) == "1 person"
    assert phrases.verb(FigureKind.KILLED, one=True) == "was killed"


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        (Attribution(kind=AttributionKind.NAMED, source="UN"), "attributing it to the UN"),
        (Attribution(kind=AttributionKind.ANONYMOUS), "citing an anonymous source"),
        (Attribution(kind=AttributionKind.VAGUE, source="experts"), "citing unnamed experts"),
        (Attribution(kind=AttributionKind.NONE), "naming no source"),
    ],
)
def test_citing_describes_a_claims_sourcing(attribution: Attribution, expected: str) -> None:
    assert phrases.citing(attribution) == expected


def test_quote_cuts_long_sentences_at_a_word() -> None:
    quoted = phrases.quote("word " * 100, max_chars=20)
    assert quoted.startswith("“word") and quoted.endswith("…”")
    assert len(quoted) <= 23


@pytest.mark.parametrize(
    ("detail", "english", "expected"),
    [
        ("Reports indicate", True, "unnamed reports"),
        ("Independent monitors", True, "unnamed independent monitors"),
        ("UN officials", True, "unnamed UN officials"),
        ("laporan", False, "unnamed sources (“laporan”)"),
        ("", True, "unnamed sources"),
    ],
)
def test_vague_source_reads_as_unnamed_sources(detail: str, english: bool, expected: str) -> None:
    assert phrases.vague_source(detail, english=english) == expected


@pytest.mark.parametrize(
    ("kind", "label", "expected"),
    [
        (AttributionKind.NAMED, "Human Rights Watch", "Human Rights Watch"),
        (
            AttributionKind.ANONYMOUS,
            "anonymous: who wished to remain anonymous",
            "an anonymous source",
        ),
        (AttributionKind.VAGUE, "vague: Independent monitors", "unnamed independent monitors"),
        (AttributionKind.NONE, "unattributed", "no source named"),
    ],
)
def test_origin_name_hides_internal_labels(kind, label: str, expected: str) -> None:
    assert phrases.origin_name(kind, label) == expected
