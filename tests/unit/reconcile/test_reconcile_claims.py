from __future__ import annotations

import pytest

from newsprism.model.figures import AttributionKind
from newsprism.reconcile.claims import is_headline, is_informative, sentence_attribution


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This source revealed that thousands of military personnel were kidnapped.", True),
        ("Women-led coalitions in Idlib and Aleppo have successfully mediated local truces.", True),
        ("Syria Conflict Escalates: 600+ Dead in Alawite Revenge Killings and Clashes", False),
        ("Analysts said so.", False),
        ("Click here to subscribe to our newsletter for the latest news from Syria today.", False),
        ("this is a long sentence with nothing checkable in it at all really.", False),
    ],
)
def test_is_informative_keeps_claims_and_drops_headlines(text: str, expected: bool) -> None:
    assert is_informative(text, text) is expected


def test_is_headline_needs_a_whole_line_without_final_punctuation() -> None:
    assert is_headline("Key Points", "Key Points")
    assert not is_headline("It rained.", "It rained. Then it stopped.")


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "This source revealed that thousands were kidnapped.",
            AttributionKind.ANONYMOUS,
            "This source",
        ),
        (
            "Human Rights Watch melaporkan bahwa ratusan orang terbunuh.",
            AttributionKind.NAMED,
            "Human Rights Watch",
        ),
        (
            "According to the Syrian Network for Human Rights, hundreds died.",
            AttributionKind.NAMED,
            "Syrian Network for Human Rights",
        ),
        ("Digital forensic experts have identified a pattern.", AttributionKind.VAGUE, "experts"),
        (
            "Instead, these sources point to provocations.",
            AttributionKind.ANONYMOUS,
            "these sources",
        ),
        ("Women-led coalitions have mediated local truces.", AttributionKind.NONE, None),
        (
            "Seorang saksi mata, yang menolak disebutkan namanya, melaporkan melihat.",
            AttributionKind.ANONYMOUS,
            "menolak disebutkan namanya",
        ),
    ],
)
def test_sentence_attribution_reads_cues(
    text: str, kind: AttributionKind, source: str | None
) -> None:
    attribution = sentence_attribution(text)
    assert attribution.kind is kind
    assert attribution.source == source


def test_sentence_attribution_prefers_the_figures_attribution(make_figure) -> None:
    figure = make_figure("a1", value=5, attribution=AttributionKind.NAMED, source="UN")
    assert sentence_attribution("The source said 5 died.", [figure]).source == "UN"
