"""RSS and Atom feeds: one article per item, through feedparser (the only module importing it).

Each item's body is its full content (``content:encoded`` / Atom ``content``) when present, else
its summary; the feed's title is the outlet. ``ref`` is the item's guid, else ``file#n``.
feedparser tolerates malformed XML ("bozo" feeds); items it could read are kept, and a file
with none is rejected with feedparser's reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from newsprism.ingest.dates import parse_date
from newsprism.ingest.decode import Undecodable, decode_bytes, too_large
from newsprism.model.article import ContentType, RawArticle, Rejection

_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
#: Longest guid used as a ref (guids are usually URLs).
_MAX_GUID_CHARS = 300
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


def read_feed(path: Path, ref: str, *, max_bytes: int) -> Iterator[RawArticle | Rejection]:
    """Yield one article (or rejection) per item of an RSS/Atom file."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Rejection(ref=ref, reason=too_large(size, max_bytes))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejection(ref=ref, reason=f"cannot read the file: {exc.strerror or exc}")
        return
    if not data.strip():
        yield Rejection(ref=ref, reason="empty file")
        return
    yield from parse_feed(data, ref=ref, origin=str(path))


def parse_feed(data: bytes, *, ref: str, origin: str) -> Iterator[RawArticle | Rejection]:
    """Yield the items of the feed document ``data``."""
    import feedparser  # noqa: PLC0415 - only needed for feed inputs

    try:
        parsed = feedparser.parse(data)
    except (ValueError, LookupError) as exc:
        # feedparser 6.0.14 decodes with the encoding the XML declaration names and raises on
        # a name it cannot use ("\x00utf-8": ValueError, UnicodeDecodeError). Decode here and
        # hand it UTF-8 without the declaration.
        text = decode_bytes(data)
        if isinstance(text, Undecodable):
            yield Rejection(ref=ref, reason=text.reason)
            return
        try:
            parsed = feedparser.parse(_XML_DECLARATION.sub("", text, count=1).encode("utf-8"))
        except (ValueError, LookupError):
            problem = " ".join(str(exc).split())[:200]
            yield Rejection(ref=ref, reason=f"not a readable RSS/Atom feed ({problem})")
            return
    entries: list[Mapping[str, Any]] = list(parsed.get("entries") or [])
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            yield Rejection(
                ref=ref,
                reason=f"not a readable RSS/Atom feed ({problem}); check that the file is "
                "complete XML",
            )
        elif parsed.get("version"):
            yield Rejection(ref=ref, reason="the feed has no items")
        else:
            yield Rejection(ref=ref, reason="XML but not an RSS or Atom feed")
        return
    feed_info: Mapping[str, Any] = parsed.get("feed") or {}
    outlet = _text(feed_info.get("title"))
    for number, entry in enumerate(entries, start=1):
        yield _entry_to_article(entry, number=number, ref=ref, origin=origin, outlet=outlet)


def _entry_to_article(
    entry: Mapping[str, Any], *, number: int, ref: str, origin: str, outlet: str | None
) -> RawArticle | Rejection:
    guid = _text(entry.get("id"))
    item_ref = guid[:_MAX_GUID_CHARS] if guid else f"{ref}#{number}"
    body, content_type = _body(entry)
    if body is None:
        return Rejection(
            ref=item_ref,
            reason=f"feed item {number} has no content or summary (only a link?); fetch "
            "the linked pages and read them as HTML",
        )
    published = parse_date(entry.get("published_parsed") or entry.get("updated_parsed"))
    if published is None:
        published = parse_date(entry.get("published") or entry.get("updated"))
    return RawArticle(
        ref=item_ref,
        origin=origin,
        body=body,
        content_type=content_type,
        title=_text(entry.get("title")),
        url=_text(entry.get("link")),
        outlet=outlet,
        published=published,
    )


def _body(entry: Mapping[str, Any]) -> tuple[str | None, ContentType]:
    candidates: list[Mapping[str, Any]] = list(entry.get("content") or [])
    summary = entry.get("summary_detail")
    if summary:
        candidates.append(summary)
    for candidate in candidates:
        value = _text(candidate.get("value"))
        if value:
            kind = str(candidate.get("type") or "text/html").lower()
            html = kind in _HTML_TYPES or "<" in value
            return value, ContentType.HTML if html else ContentType.TEXT
    summary_text = _text(entry.get("summary"))
    if summary_text:
        return summary_text, ContentType.HTML
    return None, ContentType.TEXT


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
