"""Fuzzing the WARC reader: hand-built records with wrong, non-numeric and negative lengths,
odd types and statuses, per-record and whole-file gzip, truncations (issue #12)."""

from __future__ import annotations

import gzip

from hypothesis import given
from hypothesis import strategies as st

from fuzzing import fuzz_settings, hostile_text, mutated, run_reader

RECORD_TYPES = st.sampled_from(["response", "resource", "request", "metadata", "warcinfo", "??"])
STATUSES = st.sampled_from(["200 OK", "404 Not Found", "301 Moved", "500 Error", "999 X", "OK"])
MEDIA = st.sampled_from(
    [
        "text/html",
        "text/html; charset=koi8-r",
        "text/plain; charset=bogus",
        "image/png",
        "application/xhtml+xml",
        "",
        "text/html; charset=utf-16",
    ]
)


BODIES = hostile_text(200)
LENGTHS = st.sampled_from(["exact", "exact", "exact", "short", "long", "notanumber", "-5", "none"])
PACKINGS = st.sampled_from(["plain", "members", "whole"])


@st.composite
def record(draw: st.DrawFn) -> bytes:
    body = draw(BODIES).encode("utf-8", errors="replace")
    if draw(st.booleans()):
        body = b"<html><body><p>" + body + b"</p></body></html>"
    rec_type = draw(RECORD_TYPES)
    if rec_type in ("response", "request") and draw(st.integers(0, 5)):
        block = f"HTTP/1.1 {draw(STATUSES)}\r\nContent-Type: {draw(MEDIA)}\r\n\r\n".encode() + body
        content_type = "application/http; msgtype=response"
    else:
        block = body
        content_type = draw(MEDIA)
    length = draw(LENGTHS)
    value = {
        "exact": str(len(block)),
        "short": str(max(0, len(block) - 7)),
        "long": str(len(block) + 50),
        "notanumber": "notanumber",
        "-5": "-5",
    }.get(length)
    headers = (
        f"WARC/1.0\r\nWARC-Type: {rec_type}\r\nWARC-Target-URI: http://example.org/{len(body)}"
        f"\r\nContent-Type: {content_type}\r\n"
    )
    if value is not None:
        headers += f"Content-Length: {value}\r\n"
    return headers.encode() + b"\r\n" + block + b"\r\n\r\n"


RECORDS = st.lists(record(), max_size=4)


@st.composite
def archive(draw: st.DrawFn) -> tuple[bytes, bool]:
    records = draw(RECORDS)
    packing = draw(PACKINGS)
    if packing == "members":
        return b"".join(gzip.compress(r, mtime=0) for r in records), True
    if packing == "whole":
        return gzip.compress(b"".join(records), mtime=0), True
    return b"".join(records), False


@fuzz_settings(1300)
@given(packed=archive(), data=st.data())
def test_fuzz_warc(packed: tuple[bytes, bool], data: st.DataObject) -> None:
    content, gzipped = packed
    damaged = data.draw(mutated(st.just(content)))
    run_reader("a.warc.gz" if gzipped else "a.warc", damaged)
