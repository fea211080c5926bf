"""WARC archives (``.warc``, ``.warc.gz``): one article per HTML or text response, via warcio.

Only ``response`` and ``resource`` records with an HTML or plain-text payload are articles;
requests, metadata, redirects and images are skipped (they are not articles, so skipping them
loses nothing). Error pages (HTTP 4xx/5xx) are rejected with their status. A record whose
payload is cut short, and unreadable bytes after the last good record (a truncated
``.warc.gz``), are rejected with the record number; the records before them are kept. So is a
record whose ``Content-Length`` is not a number or does not match where the record ends
(warcio only writes a raw warning to stderr for these; it is silenced here).
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsprism.ingest.decode import Undecodable, decode_bytes, too_large
from newsprism.model.article import ContentType, RawArticle, Rejection

logger = logging.getLogger(__name__)

_ARTICLE_RECORDS = ("response", "resource")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
#: warcio raises these on malformed records (e.g. ``AttributeError`` on a record without a
#: target URI, warcio 1.8.1); they are the archive's fault, not ours, so they become rejections.
_WARCIO_BUGS = (AttributeError, IndexError, KeyError, TypeError)
_HTTP_ERROR = 400
_HTTP_REDIRECT = 300
#: Longest part of warcio's error message quoted in a reason (it may quote archive bytes).
_MAX_PROBLEM_CHARS = 200


def read_warc(path: Path, ref: str, *, max_bytes: int) -> Iterator[RawArticle | Rejection]:
    """Yield one article (or rejection) per HTML/text response record of a WARC file.

    ``max_bytes`` limits each record's payload, not the archive.
    """
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415 - WARC inputs only
    from warcio.exceptions import ArchiveLoadFailed  # noqa: PLC0415

    try:
        size = path.stat().st_size
        stream = path.open("rb")
    except OSError as exc:
        yield Rejection(ref=ref, reason=f"cannot read the file: {exc.strerror or exc}")
        return
    if size == 0:
        stream.close()
        yield Rejection(ref=ref, reason="empty file")
        return
    number = 0
    yielded = False
    with stream:
        iterator = ArchiveIterator(stream)
        # warcio writes this warning (with bytes of the archive) straight to stderr; the
        # misplaced record end is reported as a rejection below instead.
        iterator.INC_RECORD = ""
        misplaced = 0
        last: Any = None
        item: RawArticle | Rejection | None = None
        try:
            for record in iterator:
                number += 1
                if iterator.err_count > misplaced:
                    misplaced = iterator.err_count
                    yielded = True
                    yield _misplaced_end(ref, number - 1)
                last = record
                item = _record_to_article(
                    record, ref=f"{ref}#record-{number}", origin=str(path), max_bytes=max_bytes
                )
                if item is not None:
                    yielded = True
                    yield item
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error, *_WARCIO_BUGS) as exc:
            problem = (
                "malformed record headers"
                if isinstance(exc, _WARCIO_BUGS)
                else " ".join(str(exc).split())[:_MAX_PROBLEM_CHARS]
            )
            yield Rejection(
                ref=f"{ref}#record-{number + 1}",
                reason=f"damaged or truncated WARC data after record {number} ({problem}); the "
                f"{number} record(s) before it were read, the rest of the file was not",
            )
            return
        # A last record skipped unread (its headers cut before its type) that ends early.
        cut = getattr(getattr(last, "raw_stream", None), "limit", 0)
        if cut and not isinstance(item, Rejection):
            yielded = True
            yield Rejection(
                ref=f"{ref}#record-{number}",
                reason=f"the archive ends inside record {number} (was the download cut "
                f"short?); the {number - 1} record(s) before it were read",
            )
            return
        offset = getattr(iterator, "offset", size)
        if isinstance(offset, int) and offset < size:
            yielded = True
            yield Rejection(
                ref=f"{ref}#record-{number + 1}",
                reason=f"truncated WARC: {size - offset:,} bytes after record {number} could "
                f"not be read (was the download cut short?); the {number} record(s) before "
                "it were read",
            )
    if not yielded:
        yield Rejection(
            ref=ref,
            reason=f"no HTML or plain-text response records among {number} WARC record(s); "
            "is this a WARC of web pages?",
        )


def _record_to_article(
    record: Any,  # noqa: ANN401 - warcio is untyped
    *,
    ref: str,
    origin: str,
    max_bytes: int,
) -> RawArticle | Rejection | None:
    length = record.rec_headers.get_header("Content-Length")
    if length is not None and not (length.isascii() and length.strip().isdigit()):
        shown = " ".join(length.split())[:40]
        return Rejection(
            ref=ref,
            reason=f"the record's Content-Length is {shown!r}, not a number of bytes: where "
            "the record ends is unknown, so it was not read; repair or re-download the archive",
        )
    if record.rec_type not in _ARTICLE_RECORDS:
        return None
    http = record.http_headers
    if http is not None:
        status = _status(http.get_statuscode())
        if status >= _HTTP_ERROR:
            return Rejection(ref=ref, reason=f"HTTP error page (status {status}), not an article")
        if status >= _HTTP_REDIRECT:
            return None
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    media_type, _, params = content_type.partition(";")
    media_type = media_type.strip().lower()
    if media_type not in _HTML_TYPES + _TEXT_TYPES:
        logger.debug("skipping WARC record %s of type %r", ref, media_type)
        return None
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return Rejection(ref=ref, reason=too_large(len(payload), max_bytes))
    if getattr(record.raw_stream, "limit", 0):
        return Rejection(
            ref=ref,
            reason="the record is cut short (truncated WARC?); re-download the archive",
        )
    if not payload.strip():
        return Rejection(ref=ref, reason="empty response body")
    text = decode_bytes(payload, declared=_charset(params))
    if isinstance(text, Undecodable):
        return Rejection(ref=ref, reason=text.reason)
    return RawArticle(
        ref=ref,
        origin=origin,
        body=text,
        content_type=ContentType.HTML if media_type in _HTML_TYPES else ContentType.TEXT,
        url=record.rec_headers.get_header("WARC-Target-URI"),
    )


def _misplaced_end(ref: str, number: int) -> Rejection:
    return Rejection(
        ref=f"{ref}#record-{number}",
        reason=f"record {number} does not end where its Content-Length says (the length is "
        "wrong): its content may be cut or padded and the bytes after it were skipped up to "
        "the next record; repair or re-download the archive",
    )


def _status(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 200


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
