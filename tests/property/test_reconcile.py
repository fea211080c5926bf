"""Reconciliation is independent of input order; comparisons are symmetric; estimates ordered."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.brief import build_brief
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
from newsprism.model.reconcile import Agreement
from newsprism.model.stories import Story, StoryAssignment
from newsprism.reconcile import reconcile_story
from newsprism.reconcile.compare import bounds, compare, point
from newsprism.reconcile.single_source import find_single_source_claims
from newsprism.segment.sentences import split_sentences

REPO = Path(__file__).resolve().parents[2]
ARTICLES, FIGURES = load_gold_example(
    REPO / "examples" / "syria-coast-2025-03", REPO / "examples" / "syria-coast-2025-03.gold.jsonl"
)
STORY = Story(
    story_id=StoryId("s"),
    label="Syria coast killings",
    article_ids=tuple(sorted(a.article_id for a in ARTICLES)),
    languages=("en", "id"),
    outlets=(),
    first_seen=None,
    last_seen=None,
    method="test",
)
EXPECTED = reconcile_story(STORY, ARTICLES, FIGURES)


@given(st.permutations(FIGURES), st.permutations(ARTICLES))
def test_example_reconciliation_ignores_input_order(figures, articles) -> None:
    assert reconcile_story(STORY, articles, figures) == EXPECTED


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    qualifier = draw(st.sampled_from(list(Qualifier)))
    n = draw(st.integers(1, 5000))
    if qualifier in {Qualifier.HUNDREDS, Qualifier.THOUSANDS, Qualifier.DOZENS}:
        return Quantity(value=None, low=n, high=None, qualifier=qualifier)
    if qualifier is Qualifier.MORE_THAN:
        return Quantity(value=n, low=n + 1, high=None, qualifier=qualifier)
    if qualifier is Qualifier.RANGE:
        return Quantity(value=None, low=n, high=n + draw(st.integers(0, 100)), qualifier=qualifier)
    if qualifier in {Qualifier.UP_TO, Qualifier.NEARLY}:
        return Quantity(value=n, low=None, high=n, qualifier=qualifier)
    return Quantity(value=n, low=None, high=None, qualifier=qualifier)


ARTICLE_IDS = [ArticleId(f"a{i}") for i in range(4)]


UNSTATED = Quantity(value=None, low=None, high=None, qualifier=Qualifier.EXACT)


@st.composite
def figures(draw: st.DrawFn, index: int) -> Figure:
    kind = draw(
        st.sampled_from([AttributionKind.NAMED, AttributionKind.VAGUE, AttributionKind.NONE])
    )
    source = draw(st.sampled_from(["SOHR", "SNHR"])) if kind is AttributionKind.NAMED else None
    return Figure(
        figure_id=FigureId(f"f{index:03d}"),
        article_id=draw(st.sampled_from(ARTICLE_IDS)),
        lang="en",
        kind=draw(st.sampled_from([FigureKind.KILLED, FigureKind.INJURED])),
        quantity=draw(st.one_of(quantities(), st.just(UNSTATED))),
        group=draw(st.sampled_from([None, "civilians", "Alawite civilians", "police officers"])),
        place=draw(st.sampled_from([None, "Latakia", "Baniyas"])),
        period=None,
        attribution=Attribution(kind=kind, source=source, source_norm=source),
        evidence=Span(0, 1),
        sentence_index=0,
        extractor="test",
    )


@st.composite
def figure_sets(draw: st.DrawFn) -> list[Figure]:
    n = draw(st.integers(1, 10))
    return [draw(figures(i)) for i in range(n)]


SYNTHETIC_STORY = Story(
    story_id=StoryId("s"),
    label="Test",
    article_ids=tuple(ARTICLE_IDS),
    languages=("en",),
    outlets=(),
    first_seen=None,
    last_seen=None,
    method="test",
)
COPIES = [
    StoryAssignment(article_id=ARTICLE_IDS[3], story_id=StoryId("s"), duplicate_of=ARTICLE_IDS[0])
]


@settings(max_examples=60)
@given(figure_sets(), st.randoms(use_true_random=False))
def test_reconciliation_of_any_figures_ignores_order(figs, random) -> None:
    expected = reconcile_story(SYNTHETIC_STORY, (), figs, COPIES)
    shuffled = list(figs)
    random.shuffle(shuffled)
    assert reconcile_story(SYNTHETIC_STORY, (), shuffled, COPIES) == expected
    for group in expected:
        est = group.estimate
        known = [x for x in (est.low, est.best, est.high) if x is not None]
        assert known == sorted(known)
        assert 1 <= group.n_origins <= len(group.origins)
        assert group.agreement in set(Agreement)
    brief = build_brief(SYNTHETIC_STORY, (), expected, ())
    assert all(sentence.citations for sentence in brief.sentences)


@given(quantities(), quantities())
def test_compare_is_symmetric(a: Quantity, b: Quantity) -> None:
    assert compare(a, b) is compare(b, a)
    assert compare(a, a) is Agreement.AGREE


@given(quantities())
def test_point_lies_within_bounds(quantity: Quantity) -> None:
    """Every generated quantity states a number; see the "unstated" strategy for the rest."""
    b, p = bounds(quantity), point(quantity)
    assert p is not None
    if quantity.qualifier is not Qualifier.NEARLY:
        assert (b.low is None or b.low <= p) and (b.high is None or p <= b.high)


def _bag_of_words(texts):
    import hashlib
    import re

    import numpy as np

    matrix = np.zeros((len(texts), 512))
    for i, text in enumerate(texts):
        for word in re.findall(r"\w{3,}", text.lower()):
            matrix[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % 512] += 1.0
        matrix[i] /= max(float(np.linalg.norm(matrix[i])), 1e-9)
    return matrix


SENTENCES = {a.article_id: split_sentences(a.text) for a in ARTICLES}
CLAIMS = find_single_source_claims(STORY, ARTICLES, SENTENCES, FIGURES, _bag_of_words)


@settings(max_examples=10)
@given(st.permutations(FIGURES), st.permutations(ARTICLES))
def test_single_source_claims_ignore_input_order(figures, articles) -> None:
    assert find_single_source_claims(STORY, articles, SENTENCES, figures, _bag_of_words) == CLAIMS
