"""Golden framing cases in every language (``cases.toml``): opinion and report sentences,
hedged and loaded sentences, each with negatives."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article
from newsprism.model.framing import SignalKind
from newsprism.model.ids import article_id_for
from newsprism.pipeline.article import analyze_article

CASES = tomllib.loads((Path(__file__).parent / "cases.toml").read_text(encoding="utf-8"))
LANGUAGES = ("ar", "de", "en", "es", "fr", "id", "tr")


def _framed(sentence: str, lang: str) -> AnalyzedArticle:
    # A headline line before the sentence, so that the sentence is body text.
    text = f"Headline\n\n{sentence}"
    article = Article(
        article_id=article_id_for(text),
        ref="golden",
        title="Headline",
        text=text,
        lang=lang,
        lang_confidence=1.0,
        cleaner="test",
    )
    return analyze_article(article)


def _cases(key: str) -> list[tuple[str, str]]:
    return [(lang, s) for lang in LANGUAGES for s in CASES[lang][key]]


def _last_opinion(item: AnalyzedArticle) -> float:
    assert item.framing is not None
    return item.framing.sentences[-1].opinion


def _kinds(item: AnalyzedArticle) -> set[SignalKind]:
    assert item.framing is not None
    return {s.signal for s in item.framing.signals}


def test_every_language_has_cases() -> None:
    assert sorted(CASES) == sorted(LANGUAGES)


@pytest.mark.parametrize(("lang", "sentence"), _cases("opinion"))
def test_opinion_sentence(lang: str, sentence: str) -> None:
    assert _last_opinion(_framed(sentence, lang)) >= 0.5


@pytest.mark.parametrize(("lang", "sentence"), _cases("report"))
def test_report_sentence(lang: str, sentence: str) -> None:
    assert _last_opinion(_framed(sentence, lang)) < 0.5


@pytest.mark.parametrize(("lang", "sentence"), _cases("hedged"))
def test_hedged_sentence(lang: str, sentence: str) -> None:
    assert SignalKind.HEDGE in _kinds(_framed(sentence, lang))


@pytest.mark.parametrize(("lang", "sentence"), _cases("not_hedged"))
def test_sentence_without_hedge(lang: str, sentence: str) -> None:
    assert SignalKind.HEDGE not in _kinds(_framed(sentence, lang))


@pytest.mark.parametrize(("lang", "sentence"), _cases("loaded"))
def test_loaded_sentence(lang: str, sentence: str) -> None:
    assert SignalKind.LOADED in _kinds(_framed(sentence, lang))


@pytest.mark.parametrize(("lang", "sentence"), _cases("not_loaded"))
def test_sentence_without_loaded_terms(lang: str, sentence: str) -> None:
    assert SignalKind.LOADED not in _kinds(_framed(sentence, lang))
