"""The brief of the example set, built from its gold figures and hand-made claims."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from newsprism.brief import BRIEF_GENERATOR, brief_to_text, build_brief
from newsprism.evaluation.reconcile import load_gold_example
from newsprism.model.article import Span
from newsprism.model.figures import (
    Attribution,
    AttributionKind,
    Figure,
    FigureKind,
    Qualifier,
    Quantity,
)
from newsprism.model.ids import ArticleId, FigureId, StoryId
from newsprism.model.reconcile import Brief, BriefSection, SingleSourceClaim
from newsprism.model.stories import Story
from newsprism.reconcile import reconcile_story


@pytest.fixture
def example_brief(example_dir: Path, example_gold: Path) -> tuple[Brief, dict[str, str]]:
    articles, figures = load_gold_example(example_dir, example_gold)
    story = Story(
        story_id=StoryId("s1"),
        label="Killings on Syria's coast",
        article_ids=tuple(sorted(a.article_id for a in articles)),
        languages=("en", "id"),
        outlets=(),
        first_seen=dt.date(2025, 3, 7),
        last_seen=dt.date(2025, 3, 10),
        method="test",
    )
    kidnapping = next(a for a in articles if a.ref.startswith("000"))
    start = kidnapping.text.index("This source revealed")
    end = kidnapping.text.index(".", start) + 1
    claim = SingleSourceClaim(
        article_id=kidnapping.article_id,
        sentence_index=9,
        span=Span(start, end),
        text=kidnapping.text[start:end],
        attribution=Attribution(kind=AttributionKind.ANONYMOUS, source="This source"),
        support=0.5,
        threshold=0.6,
    )
    groups = reconcile_story(story, articles, figures)
    refs = {a.article_id: a.ref for a in articles}
    return build_brief(story, articles, groups, [claim]), refs


def build_figure(
    article_id: ArticleId, *, value: int, attribution: AttributionKind, source: str
) -> Figure:
    return Figure(
        figure_id=FigureId(f"f-{article_id}-{value}"),
        article_id=article_id,
        lang="en",
        kind=FigureKind.KILLED,
        quantity=Quantity(value=value, low=None, high=None, qualifier=Qualifier.EXACT),
        group=None,
        place=None,
        period=None,
        attribution=Attribution(kind=attribution, source=source, source_norm=source.lower()),
        evidence=Span(0, 1),
        sentence_index=0,
        extractor="test",
    )


def texts(brief: Brief, section: BriefSection | None = None) -> list[str]:
    return [s.text for s in brief.sentences if section is None or s.section is section]


def test_every_sentence_carries_citations(example_brief) -> None:
    brief, _ = example_brief
    assert brief.sentences
    assert all(s.citations for s in brief.sentences)
    assert all(c in brief.references for s in brief.sentences for c in s.citations)
    assert brief.generator == BRIEF_GENERATOR


def test_overview_says_what_where_and_when(example_brief) -> None:
    (overview,) = texts(example_brief[0], BriefSection.OVERVIEW)
    assert overview == (
        "“Killings on Syria's coast”: reported by 5 articles in English and Indonesian, "
        "between 7 March 2025 and 10 March 2025."
    )


def test_figures_name_the_best_origin_and_the_others(example_brief) -> None:
    brief, refs = example_brief
    figures = texts(brief, BriefSection.FIGURES)
    assert (
        "Over 1,000 people were killed according to the Syrian Observatory for Human Rights."
        in figures
    )
    assert any(t.startswith("Other reports give hundreds (Human Rights Watch)") for t in figures)
    assert (
        "1,383 civilians were killed according to the Syrian Observatory for Human Rights."
        in figures
    )
    assert (
        "13 members of the security forces were killed in reports that name no source." in figures
    )
    lead = next(s for s in brief.sentences if s.text.startswith("Over 1,000 people"))
    assert sorted(refs[c][:3] for c in lead.citations) == ["000", "001"]


def test_numbers_use_thousands_separators(example_brief) -> None:
    brief, _ = example_brief
    figures = texts(brief, BriefSection.FIGURES) + texts(brief, BriefSection.DISPUTED)
    assert not re.search(r"\b\d{4,}\b", " ".join(figures))
    assert any("20,000" in t for t in figures)


def test_disputed_section_explains_the_scope_inconsistency(example_brief) -> None:
    disputed = texts(example_brief[0], BriefSection.DISPUTED)
    assert any(
        t.startswith("Note: 1,383 civilians") and t.endswith("so it is at least 1,383.")
        for t in disputed
    )
    assert any(
        t.startswith("Reported deaths (all victims) range from hundreds to over 1,000")
        for t in disputed
    )


def test_single_source_claims_are_quoted_with_their_attribution(example_brief) -> None:
    (sentence,) = texts(example_brief[0], BriefSection.SINGLE_SOURCE)
    assert sentence.startswith("Only one article reports “This source revealed that thousands")
    assert sentence.endswith("(citing an anonymous source).")


def test_brief_to_text_numbers_references_in_order(example_brief) -> None:
    brief, refs = example_brief
    text = brief_to_text(brief, refs)
    assert "[1] 000_861153e402fb5a16.txt" in text
    first_line = text.splitlines()[0]
    assert first_line.endswith("[1][2][3][4][5]")


def test_brief_of_a_story_without_figures_has_only_the_overview(example_brief) -> None:
    brief, _ = example_brief
    story = Story(
        story_id=StoryId("empty"),
        label="Quiet day",
        article_ids=brief.references[:1],
        languages=("en",),
        outlets=("Outlet",),
        first_seen=None,
        last_seen=None,
        method="test",
    )
    empty = build_brief(story, [], [], [])
    assert empty.sentences == ()
    assert empty.references == ()


def test_a_rising_toll_is_told_as_an_evolution(example_dir: Path, example_gold: Path) -> None:
    articles, _ = load_gold_example(example_dir, example_gold)
    early, late = (
        dataclasses.replace(articles[0], published=dt.date(2025, 3, 7)),
        dataclasses.replace(articles[1], published=dt.date(2025, 3, 14)),
    )
    figures = [
        build_figure(early.article_id, value=340, attribution=AttributionKind.NAMED, source="SOHR"),
        build_figure(late.article_id, value=1500, attribution=AttributionKind.NAMED, source="SOHR"),
    ]
    story = Story(
        story_id=StoryId("s2"),
        label="Coast",
        article_ids=tuple(sorted((early.article_id, late.article_id))),
        languages=("en",),
        outlets=(),
        first_seen=dt.date(2025, 3, 7),
        last_seen=dt.date(2025, 3, 14),
        method="test",
    )
    groups = reconcile_story(story, [early, late], figures)
    brief = build_brief(story, [early, late], groups, [])
    assert "1,500 people were killed according to SOHR." in texts(brief)
    assert "SOHR's figure rose from 340 on 7 March 2025 to 1,500 on 14 March 2025." in texts(brief)
