"""Fuzzing the JSON, JSON Lines and gzip readers: odd values, huge numbers, deep nesting,
truncations and corrupt archives (issue #12)."""

from __future__ import annotations

import gzip
import json

from hypothesis import given
from hypothesis import strategies as st

from fuzzing import fuzz_settings, hostile_text, mutated, run_reader

FIELDS = [
    "text",
    "content",
    "body",
    "html",
    "title",
    "url",
    "outlet",
    "source",
    "site",
    "published",
    "date",
    "dct",
    "published_at",
    "id",
    "doc_id",
    "articles",
    "items",
]
#: Raw JSON values that ``json.dumps`` cannot make: huge and special numbers, deep nesting.
RAW_VALUES = [
    "9" * 120,
    "-" + "9" * 5000,
    "1e999",
    "NaN",
    "-Infinity",
    "[" * 5000 + "]" * 5000,
    '"\\ud800"',
    '"\\u0000"',
    "1.5e-400",
    '{"name": {"title": 3}}',
    "true",
]
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | hostile_text(40)
    | st.sampled_from(
        [
            "2025-03-09",
            "Sun, 09 Mar 2025 14:00:00 GMT",
            "1741500000",
            "²²²²²²²²²²",
            "31/02/2025",
            "9" * 13,
            "",
        ]
    )
)
#: Values one level deep at most: hypothesis spends more time drawing deep values than the
#: readers spend on them; depth itself is tested by the raw values above.
VALUES = (
    SCALARS
    | st.lists(SCALARS, max_size=2)
    | st.dictionaries(st.sampled_from(FIELDS), SCALARS, max_size=2)
)
RECORDS = st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=5)
TEXTS = hostile_text(200)
SPLICES = st.none() | st.tuples(st.sampled_from(FIELDS), st.sampled_from(RAW_VALUES))


@st.composite
def record_text(draw: st.DrawFn) -> str:
    """One JSON object as text, with some values spliced in raw."""
    record = draw(RECORDS)
    if draw(st.booleans()):
        record.setdefault("text", draw(TEXTS))
    text = json.dumps(record, ensure_ascii=draw(st.booleans()))
    splice = draw(SPLICES)
    if splice is not None:
        field, raw = splice
        text = text[:-1] + ("," if len(text) > 2 else "") + f'"{field}": {raw}}}'
    return text


JSON_DOCUMENTS = mutated(
    st.one_of(
        record_text(),
        st.lists(record_text(), max_size=4).map(lambda rs: "[" + ",".join(rs) + "]"),
        st.lists(record_text(), max_size=3).map(lambda rs: '{"articles": [' + ",".join(rs) + "]}"),
        st.lists(record_text(), max_size=4).map("\n".join),
        st.sampled_from(RAW_VALUES),
    ).map(lambda text: text.encode("utf-8", errors="surrogatepass"))
)
LINE_FILES = mutated(
    st.lists(
        record_text().map(lambda t: t.encode("utf-8", errors="surrogatepass"))
        | st.binary(max_size=30),
        max_size=6,
    ).map(b"\n".join)
)


@st.composite
def gzip_files(draw: st.DrawFn) -> bytes:
    """A gzip archive of JSON Lines: whole, cut short, corrupted, two members, or not gzip."""
    content = draw(LINE_FILES)
    packed = gzip.compress(content, mtime=0)
    damage = draw(st.sampled_from(["none", "cut", "flip", "members", "plain"]))
    if damage == "cut":
        packed = packed[: draw(st.integers(0, len(packed)))]
    elif damage == "flip" and len(packed) > 10:
        at = draw(st.integers(10, len(packed) - 1))
        packed = packed[:at] + bytes([packed[at] ^ 0xFF]) + packed[at + 1 :]
    elif damage == "members":
        packed += gzip.compress(draw(LINE_FILES), mtime=0)
    elif damage == "plain":
        packed = content
    return packed


@fuzz_settings(2000)
@given(data=JSON_DOCUMENTS)
def test_fuzz_json_documents(data: bytes) -> None:
    run_reader("records.json", data)


@fuzz_settings(2000)
@given(data=LINE_FILES, name=st.sampled_from(["a.jsonl", "a.ndjson"]))
def test_fuzz_json_lines(data: bytes, name: str) -> None:
    run_reader(name, data)


@fuzz_settings(1200)
@given(data=gzip_files(), name=st.sampled_from(["a.jsonl.gz", "a.ndjson.gz"]))
def test_fuzz_gzipped_json_lines(data: bytes, name: str) -> None:
    run_reader(name, data)
