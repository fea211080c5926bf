"""Articles built from literal text, analysed as the pipeline does (framing included)."""

from __future__ import annotations

from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article
from newsprism.model.framing import FramingSignal, SignalKind
from newsprism.model.ids import article_id_for
from newsprism.pipeline.article import analyze_article


def analyzed_of(
    text: str, *, lang: str = "en", outlet: str | None = None, url: str | None = None
) -> AnalyzedArticle:
    """``text`` as a clean article (title: its first line), through the per-article stages."""
    article = Article(
        article_id=article_id_for(text),
        ref="t.txt",
        title=text.split("\n", 1)[0],
        text=text,
        lang=lang,
        lang_confidence=1.0,
        cleaner="test",
        outlet=outlet,
        url=url,
    )
    return analyze_article(article)


def signals_of(text: str, kind: SignalKind, *, lang: str = "en") -> list[FramingSignal]:
    """The signals of one kind that ``text`` gets."""
    framing = analyzed_of(text, lang=lang).framing
    assert framing is not None
    return [s for s in framing.signals if s.signal is kind]
