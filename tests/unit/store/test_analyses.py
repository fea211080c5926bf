"""Stored analyses (store/analyses.py): what is encoded reads back exactly, and what cannot be
read back is refused as ``UnreadableAnalysis`` (never another error, never a wrong analysis)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.api import Engine
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article, Sentence, Span
from newsprism.model.figures import (
    Attribution,
    AttributionKind,
    Figure,
    FigureKind,
    Qualifier,
    Quantity,
)
from newsprism.model.framing import (
    ArticleFraming,
    AttributionMix,
    FramingSignal,
    SentenceOpinion,
    SignalKind,
)
from newsprism.model.ids import ArticleId, FigureId, article_id_for
from newsprism.settings import Settings
from newsprism.store.analyses import (
    UnreadableAnalysis,
    decode_analysis,
    encode_analysis,
    read_analysis,
)

REPO = Path(__file__).resolve().parents[3]
GOLDEN = sorted((REPO / "tests" / "golden").glob("*/input.txt"))
EXAMPLES = REPO / "examples" / "syria-coast-2025-03"

# Any text (PostgreSQL cannot hold NUL, but the codec can).
_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
_OPTIONAL_TEXT = st.none() | _TEXT
_COUNT = st.integers(min_value=0, max_value=10**12)
_SCORE = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


@st.composite
def _spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(min_value=0, max_value=10**6))
    return Span(start, start + draw(st.integers(min_value=0, max_value=10**4)))


@st.composite
def _quantities(draw: st.DrawFn) -> Quantity:
    low, value, high = sorted(draw(st.lists(_COUNT, min_size=3, max_size=3)))
    return Quantity(
        value=draw(st.none() | st.just(value)),
        low=draw(st.none() | st.just(low)),
        high=draw(st.none() | st.just(high)),
        qualifier=draw(st.sampled_from(Qualifier)),
    )


def _figures(article_id: ArticleId) -> st.SearchStrategy[Figure]:
    return st.builds(
        Figure,
        figure_id=st.builds(FigureId, _TEXT),
        article_id=st.just(article_id),
        lang=st.sampled_from(["en", "id", "ar", "unknown"]),
        kind=st.sampled_from(FigureKind),
        quantity=_quantities(),
        group=_OPTIONAL_TEXT,
        place=_OPTIONAL_TEXT,
        period=_OPTIONAL_TEXT,
        attribution=st.builds(
            Attribution,
            kind=st.sampled_from(AttributionKind),
            source=_OPTIONAL_TEXT,
            source_norm=_OPTIONAL_TEXT,
            cue=st.none() | _spans(),
            via=_OPTIONAL_TEXT,
        ),
        evidence=_spans(),
        sentence_index=st.integers(min_value=0, max_value=10**4),
        extractor=_TEXT,
        in_headline=st.booleans(),
        confidence=_SCORE,
        incidents=_OPTIONAL_TEXT,
        as_of=_OPTIONAL_TEXT,
        increment=st.booleans(),
        part_of=st.none() | st.builds(FigureId, _TEXT),
        other_event=_OPTIONAL_TEXT,
        rules=st.lists(_TEXT, max_size=3).map(tuple),
    )


def _framings(article_id: ArticleId) -> st.SearchStrategy[ArticleFraming]:
    return st.builds(
        ArticleFraming,
        article_id=st.just(article_id),
        outlet=_TEXT,
        opinion=_SCORE,
        sentences=st.lists(
            st.builds(SentenceOpinion, sentence=_COUNT, span=_spans(), opinion=_SCORE),
            max_size=4,
        ).map(tuple),
        signals=st.lists(
            st.builds(
                FramingSignal,
                signal=st.sampled_from(SignalKind),
                sentence=_COUNT,
                span=_spans(),
                cue=_TEXT,
                quoted=st.booleans(),
            ),
            max_size=4,
        ).map(tuple),
        attribution_mix=st.builds(
            AttributionMix, named=_COUNT, anonymous=_COUNT, vague=_COUNT, none=_COUNT
        ),
        method=_TEXT,
    )


@st.composite
def _analyzed(draw: st.DrawFn) -> AnalyzedArticle:
    text = draw(st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=200))
    article = Article(
        article_id=article_id_for(text),
        ref=draw(_TEXT),
        title=draw(_TEXT),
        text=text,
        lang=draw(st.sampled_from(["en", "id", "ar", "fr", "unknown"])),
        lang_confidence=draw(_SCORE),
        cleaner=draw(_TEXT),
        url=draw(_OPTIONAL_TEXT),
        outlet=draw(_OPTIONAL_TEXT),
        published=draw(st.none() | st.dates(min_value=dt.date(1900, 1, 1))),
    )
    return AnalyzedArticle(
        article=article,
        sentences=tuple(
            draw(st.lists(st.builds(Sentence, index=_COUNT, span=_spans()), max_size=5))
        ),
        figures=tuple(draw(st.lists(_figures(article.article_id), max_size=3))),
        framing=draw(st.none() | _framings(article.article_id)),
    )


@given(analyzed=_analyzed())
def test_any_analysis_reads_back_exactly(analyzed: AnalyzedArticle) -> None:
    assert decode_analysis(encode_analysis(analyzed), analyzed.article) == analyzed


@pytest.fixture(scope="module")
def real_analyses() -> list[AnalyzedArticle]:
    """The golden inputs in seven languages and the example set, analysed as a run does; the
    English ones also with the gun-violence domain pack (its own extractor)."""
    paths = [*GOLDEN, EXAMPLES]
    plain, _, _ = Engine(Settings(workers=1)).analyze_articles(paths)
    english = [p for p in GOLDEN if p.parent.name.startswith("en-")]
    domain, _, _ = Engine(Settings(workers=1, domains=("gun-violence",))).analyze_articles(english)
    return [*plain, *domain]


def test_real_analyses_in_every_language_read_back_exactly(
    real_analyses: list[AnalyzedArticle],
) -> None:
    assert {a.article.lang for a in real_analyses} >= {"en", "id", "ar", "fr", "es", "de", "tr"}
    assert sum(len(a.figures) for a in real_analyses) > 20
    assert all(a.framing is not None for a in real_analyses)
    for analyzed in real_analyses:
        assert decode_analysis(encode_analysis(analyzed), analyzed.article) == analyzed


def test_stored_analysis_leaves_the_article_text_to_its_row(
    real_analyses: list[AnalyzedArticle],
) -> None:
    analyzed = max(real_analyses, key=lambda a: len(a.article.text))
    data = zlib.decompress(encode_analysis(analyzed))
    assert analyzed.article.text[:80].encode() not in data
    assert b'"figures"' in data and b'"framing"' in data  # JSON, readable by anyone


def test_stored_language_is_kept_for_an_article_stored_without_one(
    real_analyses: list[AnalyzedArticle],
) -> None:
    analyzed = real_analyses[0]
    unidentified = dataclasses.replace(analyzed.article, lang="unknown", lang_confidence=0.0)
    assert decode_analysis(encode_analysis(analyzed), unidentified) == analyzed


def _corruptions(good: bytes) -> dict[str, bytes]:
    json_text = zlib.decompress(good)
    return {
        "empty": b"",
        "not compressed": json_text,
        "cut short": good[: len(good) // 2],
        "not JSON": zlib.compress(b"\x80\x03cos\nsystem\n"),  # a pickle is refused, not run
        "JSON of another shape": zlib.compress(b'{"lang": 3}'),
        "a span that ends before it starts": zlib.compress(
            json_text.replace(b'"span":{"start":0,', b'"span":{"start":99999999,', 1)
        ),
    }


@pytest.mark.parametrize(
    "damage",
    [
        "empty",
        "not compressed",
        "cut short",
        "not JSON",
        "JSON of another shape",
        "a span that ends before it starts",
    ],
)
def test_damaged_analysis_is_unreadable(real_analyses: list[AnalyzedArticle], damage: str) -> None:
    analyzed = real_analyses[0]
    data = _corruptions(encode_analysis(analyzed))[damage]
    with pytest.raises(UnreadableAnalysis):
        decode_analysis(data, analyzed.article)


def test_analysis_of_another_article_is_unreadable(real_analyses: list[AnalyzedArticle]) -> None:
    mine, other = [a for a in real_analyses if a.figures][:2]
    with pytest.raises(UnreadableAnalysis, match="of article"):
        decode_analysis(encode_analysis(mine), other.article)


def test_compression_bomb_is_refused_without_inflating_it(
    real_analyses: list[AnalyzedArticle],
) -> None:
    article = real_analyses[0].article
    bomb = zlib.compress(b"[" * 1_000_000)
    with pytest.raises(UnreadableAnalysis, match="inflates past 1,000 bytes"):
        decode_analysis(bomb, article, max_bytes=1000)


@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_are_unreadable_or_an_analysis(data: bytes) -> None:
    article = Article(
        article_id=article_id_for("x"),
        ref="x",
        title="",
        text="x",
        lang="en",
        lang_confidence=1.0,
        cleaner="test",
    )
    for candidate in (data, zlib.compress(data)):
        try:
            decoded = decode_analysis(candidate, article)
        except UnreadableAnalysis:
            continue
        assert decoded.article.article_id == article.article_id


def test_read_analysis_logs_what_it_cannot_read(
    real_analyses: list[AnalyzedArticle], caplog: pytest.LogCaptureFixture
) -> None:
    article = real_analyses[0].article
    assert read_analysis(None, article, label="news.db") is None
    assert read_analysis(b"garbage", article, label="news.db") is None
    assert read_analysis("text", article, label="news.db") is None
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert all(
        m.startswith(f"news.db: the stored analysis of article {article.article_id}")
        for m in messages
    )
