"""Helpers shared by the test suites (on ``sys.path`` through pytest's ``pythonpath``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from newsprism.extract.figures import extract_figures
from newsprism.model.article import Article
from newsprism.model.figures import Figure
from newsprism.model.ids import article_id_for
from newsprism.segment.sentences import split_sentences

GUN_VIOLENCE = ("gun-violence",)


def figures_of(
    text: str,
    *,
    lang: str = "en",
    title: str | None = None,
    published: dt.date | None = None,
    domains: Sequence[str] = (),
) -> tuple[Figure, ...]:
    """The figures extracted from ``text`` as a clean article (``title``: its first line
    unless given), with the domain packs ``domains``."""
    article = Article(
        article_id=article_id_for(text),
        ref="t",
        title=text.split("\n", 1)[0] if title is None else title,
        text=text,
        lang=lang,
        lang_confidence=1.0,
        cleaner="test",
        published=published,
    )
    return extract_figures(article, split_sentences(text), domains=domains)


def gv_figures_of(
    text: str,
    *,
    lang: str = "en",
    title: str | None = None,
    published: dt.date | None = None,
) -> tuple[Figure, ...]:
    """``figures_of`` with the gun-violence domain pack (US shooting news)."""
    return figures_of(text, lang=lang, title=title, published=published, domains=GUN_VIOLENCE)


class WordHashEmbedder:
    """Word-hash vectors: deterministic and quick, no model (related texts share words), for
    tests where the stories are not what is tested."""

    model_name = "fake-bag/word-hash"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows = np.zeros((len(texts), 64), dtype=np.float32)
        for k, text in enumerate(texts):
            for word in text.lower().split():
                rows[k, sum(word.encode()) % 64] += 1.0
            rows[k] += 2.0
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)
