"""WARC archives: HTML/text responses become articles; damage is rejected, not raised."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprism.ingest.sources import iter_inputs
from newsprism.model.article import ContentType, RawArticle, Rejection

_PAGE = (
    "<html><head><title>Page {i}</title></head><body><article><p>A fire killed {i} people "
    "on Monday in the old town, officials said.</p></article></body></html>"
)


def _warc(*, gzip: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    responses = [
        ("200 OK", "text/html; charset=utf-8", _PAGE.format(i=1).encode()),
        ("200 OK", "image/png", b"\x89PNG\r\n"),
        ("404 Not Found", "text/html", b"<html>missing</html>"),
        ("301 Moved", "text/html", b""),
        ("200 OK", "text/plain; charset=latin-1", "Caf\u00e9 news text.".encode("latin-1")),
        ("200 OK", "text/html", _PAGE.format(i=3).encode()),
    ]
    for number, (status, content_type, body) in enumerate(responses, start=1):
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"http://example.org/{number}",
            "response",
            payload=io.BytesIO(body),
            length=len(body),  # a known length keeps warcio from spooling to a temp file
            http_headers=headers,
        )
        writer.write_record(record)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "gzip"), [("a.warc", False), ("a.warc.gz", True)])
def test_warc_responses_become_articles(tmp_path: Path, name: str, gzip: bool) -> None:
    path = tmp_path / name
    path.write_bytes(_warc(gzip=gzip))
    items = list(iter_inputs([path]))
    assert [i.ref for i in items] == [
        f"{name}#record-1",
        f"{name}#record-3",
        f"{name}#record-5",
        f"{name}#record-6",
    ]
    first, error_page, plain, last = items
    assert isinstance(first, RawArticle)
    assert first.url == "http://example.org/1"
    assert first.content_type is ContentType.HTML
    assert isinstance(error_page, Rejection)
    assert "status 404" in error_page.reason
    assert isinstance(plain, RawArticle)
    assert plain.body == "Caf\u00e9 news text."
    assert plain.content_type is ContentType.TEXT
    assert isinstance(last, RawArticle)


@pytest.mark.parametrize(("name", "gzip"), [("a.warc", False), ("a.warc.gz", True)])
def test_truncated_warc_keeps_earlier_records(tmp_path: Path, name: str, gzip: bool) -> None:
    data = _warc(gzip=gzip)
    path = tmp_path / name
    path.write_bytes(data[: len(data) * 2 // 3])
    items = list(iter_inputs([path]))
    assert isinstance(items[0], RawArticle)
    assert isinstance(items[-1], Rejection)
    assert "truncated" in items[-1].reason or "cut short" in items[-1].reason


def test_warc_record_over_size_limit_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "a.warc"
    path.write_bytes(_warc(gzip=False))
    items = list(iter_inputs([path], max_bytes=50))
    assert isinstance(items[0], Rejection)
    assert items[0].ref == "a.warc#record-1"
    assert "over the 50-byte limit" in items[0].reason


def _record(length: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    return (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: "
        + length.encode()
        + b"\r\n\r\n"
        + http
        + b"\r\n\r\n"
    )


@pytest.mark.parametrize("length", ["notanumber", "-5", "12\x1b[2J"])
def test_warc_record_with_a_bad_content_length_is_rejected(
    tmp_path: Path, length: str, capfd: pytest.CaptureFixture[str]
) -> None:
    # Regression (issue #12 defect 7): only warcio's raw warning was printed.
    path = tmp_path / "bad.warc"
    path.write_bytes(_record(length, _PAGE.format(i=2).encode()))
    items = list(iter_inputs([path]))
    assert items and all(isinstance(i, Rejection) for i in items)
    assert items[0].ref == "bad.warc#record-1"
    assert "Content-Length" in items[0].reason and "not a number" in items[0].reason
    assert "\x1b" not in items[0].reason
    assert capfd.readouterr().err == ""  # warcio's warning is silenced


def test_warc_record_whose_length_is_wrong_is_rejected(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    page = _PAGE.format(i=2).encode()
    short = _record("10", page)
    path = tmp_path / "short.warc"
    path.write_bytes(short + _warc(gzip=False))
    rejections = [i for i in iter_inputs([path]) if isinstance(i, Rejection)]
    assert rejections
    assert any("record 1" in r.reason for r in rejections)
    assert capfd.readouterr().err == ""
