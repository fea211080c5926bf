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


def test_overview_says_how_many_articles_in_which_languages_and_when(example_brief) -> None:
    (overview,) = texts(example_brief[0], BriefSection.OVERVIEW)
    assert overview == (
        "Five articles, in English (four) and Indonesian (one), published between 7 and "
        "10 March 2025, report this story."
    )


def test_figures_name_the_best_origin_and_the_others(example_brief) -> None:
    brief, refs = example_brief
    figures = texts(brief, BriefSection.FIGURES)
    assert (
        "According to the Syrian Observatory for Human Rights, over 1,000 people were killed."
        in figures
    )
    assert any(t.startswith("Other reports give hundreds (Human Rights Watch)") for t in figures)
    assert (
        "According to the Syrian Observatory for Human Rights, 1,383 civilians were killed."
        in figures
    )
    assert (
        "Without naming a source, one article reports that 13 members of the security forces "
        "were killed." in figures
    )
    lead = next(s for s in brief.sentences if s.text.endswith("over 1,000 people were killed."))
    assert sorted(refs[c][:3] for c in lead.citations) == ["000", "001"]


def test_no_sentence_starts_with_a_digit_or_shows_internal_labels(example_brief) -> None:
    brief, _ = example_brief
    for sentence in brief.sentences:
        assert not sentence.text[0].isdigit(), sentence.text
        assert sentence.text[0].isupper() or sentence.text[0] in "“", sentence.text
        for internal in ("None", "vague:", "anonymous:", "unattributed", "named:", "none:"):
            assert internal not in sentence.text, sentence.text


def test_marks_locate_each_stated_number_and_its_figure(example_brief) -> None:
    brief, _ = example_brief
    lead = next(s for s in brief.sentences if s.text.endswith("over 1,000 people were killed."))
    (mark,) = lead.marks
    assert lead.text[mark.start : mark.end] == "over 1,000"
    marked = [m for s in brief.sentences for m in s.marks]
    assert len(marked) >= 8
    assert all(m.figure_id.startswith("f") for m in marked)


def test_key_numbers_give_one_quotable_line_per_kind(example_brief) -> None:
    brief, refs = example_brief
    killed = brief.key_numbers[0]
    assert killed.kind is FigureKind.KILLED
    assert killed.text.startswith(
        "Over 1,000 people killed (Syrian Observatory for Human Rights, date not given)"
    )
    assert killed.origin == "Syrian Observatory for Human Rights"
    # The Observatory's 1,383 civilians raise the whole it says is "over 1,000".
    assert (killed.low, killed.best) == (1001, 1383)
    assert "best estimate 1,383" in killed.text
    assert killed.text[killed.marks[0].start : killed.marks[0].end] == "Over 1,000"
    assert sorted(refs[c][:3] for c in killed.citations) == ["000", "001"]
    assert len({k.kind for k in brief.key_numbers}) == len(brief.key_numbers)


def test_numbers_use_thousands_separators(example_brief) -> None:
    brief, _ = example_brief
    figures = texts(brief, BriefSection.FIGURES) + texts(brief, BriefSection.DISPUTED)
    assert not re.search(r"\b\d{4,}\b", " ".join(figures))
    assert any("20,000" in t for t in figures)


def test_disputed_section_explains_the_scope_inconsistency(example_brief) -> None:
    (disputed,) = texts(example_brief[0], BriefSection.DISPUTED)
    assert disputed == (
        "The count of civilians, 1,383 (Syrian Observatory for Human Rights), exceeds the count "
        "given for all victims, over 1,000; since that count is a lower bound, the total is at "
        "least 1,383."
    )


def test_single_source_claims_are_quoted_with_their_attribution(example_brief) -> None:
    (sentence,) = texts(example_brief[0], BriefSection.SINGLE_SOURCE)
    assert sentence.startswith(
        "Only one article reports, citing an anonymous source: “This source revealed that"
    )
    assert sentence.endswith("collapse.”")


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
    assert "According to SOHR, 1,500 people were killed (reported on 14 March 2025)." in texts(
        brief
    )
    assert "SOHR's figure rose from 340 on 7 March 2025 to 1,500 on 14 March 2025." in texts(brief)
    (key,) = brief.key_numbers
    assert key.as_of == dt.date(2025, 3, 14)
    assert "(SOHR, reported on 14 March 2025)" in key.text
