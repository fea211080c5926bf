"""Stable identifiers computed from content, so that re-runs give the same ids."""

from __future__ import annotations

import hashlib
from typing import NewType

ArticleId = NewType("ArticleId", str)
StoryId = NewType("StoryId", str)
FigureId = NewType("FigureId", str)

#: Hex digits kept from a SHA-256 digest: 16 (64 bits) keeps collisions negligible below
#: billions of articles while staying readable in reports.
ID_HEX_CHARS = 16


def content_hash(*parts: str) -> str:
    """Return a short SHA-256 hex digest of ``parts`` (joined with a unit separator)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:ID_HEX_CHARS]


def article_id_for(text: str) -> ArticleId:
    """The id of an article: a hash of its clean text, so the same article read twice
    (from a file, a feed or a WARC record) gets the same id."""
    return ArticleId("a" + content_hash(text))
