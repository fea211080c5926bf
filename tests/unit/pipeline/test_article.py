"""The per-article map step: an article too long to be one is rejected before analysis."""

from __future__ import annotations

from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import ContentType, RawArticle, Rejection
from newsprism.pipeline.article import analyze_raw
from newsprism.settings import Settings


def _raw(text: str) -> RawArticle:
    return RawArticle(ref="big.txt", origin="big.txt", body=text, content_type=ContentType.TEXT)


def test_analyze_raw_rejects_a_text_over_the_limit_naming_the_option() -> None:
    # Issue #12 defect 8: an 18 MB text under the byte limit took a minute and 1.4 GB.
    text = "Five people were killed in Homs on Monday, police said. " * 40
    result = analyze_raw(_raw(text), max_chars=1000)
    assert isinstance(result, Rejection)
    assert result.ref == "big.txt"
    assert f"{len(text.strip()):,} characters" in result.reason
    assert "--max-bytes" in result.reason
    assert isinstance(analyze_raw(_raw(text), max_chars=len(text)), AnalyzedArticle)


def test_the_text_limit_is_a_twentieth_of_max_bytes() -> None:
    assert Settings().max_chars == 1_000_000
    assert Settings(max_bytes=40).max_chars == 2
