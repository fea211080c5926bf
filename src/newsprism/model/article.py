"""Articles as received and as cleaned, and character spans into clean text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from newsprism.model.ids import ArticleId


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            msg = f"invalid span [{self.start}, {self.end})"
            raise ValueError(msg)

    def of(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


class ContentType(StrEnum):
    """What the body of a raw article is."""

    TEXT = "text"
    HTML = "html"


@dataclass(frozen=True, slots=True, kw_only=True)
class RawArticle:
    """An article as read from an input, before cleaning.

    ``ref`` is the readable reference users see in outputs: the file name for one-article files,
    the record's own id (or ``file:line``) for JSON Lines records, ``file#n`` for feed items and
    WARC records. ``body`` is decoded text (plain text or HTML, see ``content_type``).
    Metadata fields are ``None`` when the input did not carry them.
    """

    ref: str
    origin: str
    body: str
    content_type: ContentType
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejection:
    """An input (or part of one) that could not be read as an article, and why."""

    ref: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A cleaned article. ``text`` is the coordinate system for every offset in newsprism.

    ``lang`` is an ISO 639-1 code of a supported language, or ``"unknown"``.
    ``cleaner`` names the versioned stage that produced ``text``.
    """

    article_id: ArticleId
    ref: str
    title: str
    text: str
    lang: str
    lang_confidence: float
    cleaner: str
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: its position and its span in ``Article.text``."""

    index: int
    span: Span
