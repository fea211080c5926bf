"""HTML pages: one article per file, kept as HTML; cleaning extracts text and metadata."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsprism.ingest.decode import read_text_file
from newsprism.model.article import ContentType, RawArticle, Rejection


def read_html(path: Path, ref: str, *, max_bytes: int) -> Iterator[RawArticle | Rejection]:
    """Yield the one article of an ``.html``/``.htm`` file, or its rejection.

    Title, date and outlet are left ``None``: ``clean.clean_article`` reads them from the
    page's metadata together with its main text (one parse instead of two).
    """
    text = read_text_file(path, ref, max_bytes=max_bytes, markup=True)
    if isinstance(text, Rejection):
        yield text
        return
    yield RawArticle(ref=ref, origin=str(path), body=text, content_type=ContentType.HTML)
