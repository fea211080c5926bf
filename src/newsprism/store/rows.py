"""Article rows as every SQL store writes and reads them (SQLite and PostgreSQL share the
column order; only how a date is held differs: ISO text in SQLite, ``date`` in PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import cast

from newsprism.model.article import Article
from newsprism.model.ids import ArticleId


def article_row(article: Article, *, published: object, stored_at: object) -> tuple[object, ...]:
    """The ``articles`` row of ``article``: ``published`` and ``stored_at`` as the backend
    holds them, and the original metadata as JSON (``raw``)."""
    raw = {
        "ref": article.ref,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
    }
    return (
        article.article_id,
        article.ref,
        article.title,
        article.text,
        article.lang,
        article.lang_confidence,
        article.cleaner,
        article.url,
        article.outlet,
        published,
        stored_at,
        json.dumps(raw, ensure_ascii=False, sort_keys=True),
    )


def article_from_row(row: Sequence[object]) -> Article:
    """The article of a row read as ``id, ref, title, text, lang, confidence, cleaner, url,
    outlet, published`` (``published`` a date or ISO text)."""
    (article_id, ref, title, text, lang, confidence, cleaner, url, outlet, published) = row
    if published is not None and not isinstance(published, dt.date):
        published = dt.date.fromisoformat(str(published))
    return Article(
        article_id=ArticleId(str(article_id)),
        ref=str(ref),
        title=str(title),
        text=str(text),
        lang=str(lang),
        lang_confidence=float(cast("float", confidence)),
        cleaner=str(cleaner),
        url=str(url) if url is not None else None,
        outlet=str(outlet) if outlet is not None else None,
        published=published,
    )


__all__ = ["article_from_row", "article_row"]
