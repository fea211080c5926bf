"""Plain-text files: one article per file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsprism.ingest.decode import read_text_file
from newsprism.model.article import ContentType, RawArticle, Rejection

#: Characters looked at to recognise an HTML page saved as ``.txt``.
_SNIFF_CHARS = 256


def read_text(path: Path, ref: str, *, max_bytes: int) -> Iterator[RawArticle | Rejection]:
    """Yield the one article of a ``.txt`` file, or its rejection.

    The body is kept as read and ``title`` is left ``None``: ``clean.clean_article`` infers the
    headline from the first lines (a headline printed twice near the top, else a short first
    line) and drops the repeated copy, so that it is counted once. Inferring it there keeps
    one rule for every input without a title (JSON records and feed items too). A file that
    starts with ``<!doctype html`` or ``<html`` is read as HTML.
    """
    text = read_text_file(path, ref, max_bytes=max_bytes)
    if isinstance(text, Rejection):
        yield text
        return
    content_type = ContentType.HTML if _is_html(text) else ContentType.TEXT
    yield RawArticle(ref=ref, origin=str(path), body=text, content_type=content_type)


def _is_html(text: str) -> bool:
    """A page saved with a ``.txt`` name: it starts with a doctype or an ``<html>`` tag."""
    head = text[:_SNIFF_CHARS].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html"))
