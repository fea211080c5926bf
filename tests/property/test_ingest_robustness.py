"""Ingest and cleaning never raise on hostile bytes: every input becomes articles or
rejections."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.clean.article import clean_article
from newsprism.ingest.sources import iter_inputs
from newsprism.model.article import Article, RawArticle, Rejection

_EXTENSIONS = [".txt", ".html", ".json", ".jsonl", ".rss", ".xml", ".warc", ".warc.gz", ".bin"]
_FRAGMENTS = st.sampled_from(
    [
        b"<html><body><p>",
        b"</p></body></html>",
        b'{"text": "',
        b'"}\n',
        b"[",
        b"]",
        b"<rss><channel><item><description>",
        b"</description></item></channel></rss>",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n",
        b"\x00",
        b"\xff\xfe",
        b"\xef\xbb\xbf",
        "Caf\u00e9 \u201cquoted\u201d".encode(),
        b"\n",
    ]
)
_CONTENT = st.lists(st.one_of(st.binary(max_size=20), _FRAGMENTS), max_size=12).map(b"".join)


def _run(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        for item in iter_inputs([path], max_bytes=10_000):
            assert isinstance(item, RawArticle | Rejection)
            if isinstance(item, RawArticle):
                cleaned = clean_article(item)
                assert isinstance(cleaned, Article | Rejection)
            else:
                assert item.reason


@settings(max_examples=150)
@given(extension=st.sampled_from(_EXTENSIONS), data=_CONTENT)
def test_iter_inputs_never_raises_on_arbitrary_bytes(extension: str, data: bytes) -> None:
    _run("input" + extension, gzip.compress(data) if extension == ".warc.gz" else data)


@settings(max_examples=50)
@given(
    records=st.lists(
        st.dictionaries(
            st.sampled_from(["text", "title", "id", "date", "source", "html"]),
            st.none() | st.integers() | st.text(max_size=20) | st.lists(st.integers(), max_size=2),
        ),
        max_size=5,
    )
)
def test_json_lines_never_raise_on_odd_records(records: list[dict[str, object]]) -> None:
    _run("records.jsonl", "\n".join(json.dumps(r) for r in records).encode())
