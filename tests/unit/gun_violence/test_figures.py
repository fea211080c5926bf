"""extract_figures: kinds, non-figures, scope, headline flags and the example-set targets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsprism.evaluation.figures import evaluate_example_set
from newsprism.extract.gun_violence.figures import EXTRACTOR
from newsprism.model.figures import AttributionKind, Figure, FigureKind
from support import gv_figures_of


def _figures(text: str, lang: str = "en", title: str = "Title") -> tuple[Figure, ...]:
    return gv_figures_of(text, lang=lang, title=title)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Title\nThe blast killed 13 people in the town.", FigureKind.KILLED, 13),
        ("Title\nPolice said 4 people were injured.", FigureKind.INJURED, 4),
        ("Title\nSeven people remain missing after the flood.", FigureKind.MISSING, 7),
        ("Title\nAbout 5,000 residents were displaced.", FigureKind.DISPLACED, 5000),
        ("Title\nGunmen kidnapped 20 students on Monday.", FigureKind.ABDUCTED, 20),
        ("Title\nOfficers arrested 12 protesters.", FigureKind.ARRESTED, 12),
        ("Title\nThe storm left 300 casualties.", FigureKind.CASUALTIES, 300),
    ],
)
def test_extract_figures_reads_each_kind(text: str, kind: FigureKind, value: int) -> None:
    figures = _figures(text)
    assert [(f.kind, f.quantity.value) for f in figures] == [(kind, value)]
    assert figures[0].extractor == EXTRACTOR


@pytest.mark.parametrize(
    "text",
    [
        "Title\nThe 1982 Hama massacre is remembered.",
        "Title\nThe nation's 14-year war continues.",
        "Title\nThree groups carried out the attacks.",
        "Title\nNearly three-quarters of the victims were civilians.",
        "Title\nThe fighting lasted 48 hours.",
        "Title\nThe 3rd convoy arrived on March 6.",
    ],
)
def test_extract_figures_ignores_non_figures(text: str) -> None:
    assert _figures(text) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Title\nA 15-year-old boy was killed Sunday.", FigureKind.KILLED),
        ("Title\nA man was shot and wounded.", FigureKind.INJURED),
    ],
)
def test_extract_figures_counts_one_person_in_words(text: str, kind: FigureKind) -> None:
    assert [(f.kind, f.quantity.value) for f in _figures(text)] == [(kind, 1)]


def test_extract_figures_drops_sentences_about_past_years() -> None:
    text = "Title\nIt was the worst since 1982, when 20,000 were killed. Today 50 died."
    figures = gv_figures_of(text, published=dt.date(2025, 3, 9))
    assert [f.quantity.value for f in figures] == [50]


def test_extract_figures_splits_two_kinds_in_one_sentence() -> None:
    figures = _figures("Title\nFive people were killed and 30 wounded in Aleppo.")
    assert [(f.kind, f.quantity.value) for f in figures] == [
        (FigureKind.KILLED, 5),
        (FigureKind.INJURED, 30),
    ]
    assert all(f.place == "Aleppo" for f in figures)


def test_extract_figures_reads_group_and_period() -> None:
    (figure,) = _figures("Title\nAt least 430 Alawite civilians were killed within 48 hours.")
    assert figure.group == "Alawite civilians"
    assert figure.period == "48 hours"


@pytest.mark.parametrize(
    "sentence",
    [
        "The monitor documented a death toll exceeding 1,000 individuals within two days, "
        "with non-combatants constituting nearly three-quarters of the victims.",
        "At least 40 people were killed, most of them civilians.",
        "Some 40 people were killed (mostly civilians) on Friday.",
    ],
)
def test_group_is_not_read_past_a_clause_break(sentence: str) -> None:
    """What follows a comma or parenthesis describes the victims' make-up, not the group."""
    (figure,) = _figures(f"Title\n{sentence}")
    assert figure.kind is FigureKind.KILLED
    assert figure.group is None


def test_extract_figures_flags_headlines_and_bullets() -> None:
    text = (
        "600+ Dead in Revenge Killings\n- 20,000+ displaced to the mountains\nBody text: 5 killed."
    )
    figures = _figures(text, title="600+ Dead in Revenge Killings")
    assert [f.in_headline for f in figures] == [True, True, False]
    assert all(f.attribution.kind is AttributionKind.NONE for f in figures)


def test_extract_figures_is_sorted_with_stable_ids() -> None:
    text = "Title\n3 people died. Later 2 more were killed."
    first, second = _figures(text), _figures(text)
    assert first == second
    assert [f.evidence.start for f in first] == sorted(f.evidence.start for f in first)
    assert len({f.figure_id for f in first}) == len(first)


def test_extract_figures_evidence_lies_in_text() -> None:
    text = "Title\nThe Syrian Observatory for Human Rights said 1,383 civilians were killed."
    (figure,) = _figures(text)
    quote = figure.evidence.of(text)
    assert quote.startswith("Syrian Observatory") and quote.endswith("killed")


def test_extract_figures_unknown_language_uses_english() -> None:
    (figure,) = _figures("Title\nAt least 12 people were killed.", lang="unknown")
    assert figure.quantity.low == 12


def test_example_set_meets_targets(example_dir: Path, example_gold: Path) -> None:
    scores = evaluate_example_set(example_dir, example_gold)
    assert scores.recall == 1.0, scores.errors
    assert scores.precision >= 0.95, scores.errors
    assert scores.violations == 0
    assert scores.attribution_accuracy == 1.0, scores.errors


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Title\nOne man was shot and did not survive.", FigureKind.KILLED, 1),
        ("Title\nTwo men were taken off life support on Monday.", FigureKind.KILLED, 2),
        # Survival stays a wound: only its negation is a death.
        ("Title\nTwo men survived the shooting.", FigureKind.INJURED, 2),
    ],
)
def test_death_phrases_after_the_count_read_killed(text: str, kind: FigureKind, value: int) -> None:
    assert [(f.kind, f.quantity.value) for f in _figures(text)] == [(kind, value)]
