"""JSON and JSON Lines inputs: field names, refs, bad lines and truncated files."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from newsprism.ingest.json_lines import MAX_UNREADABLE_IN_A_ROW
from newsprism.ingest.sources import iter_inputs
from newsprism.model.article import ContentType, RawArticle, Rejection


def _read(path: Path, **kwargs: int) -> list[RawArticle | Rejection]:
    return list(iter_inputs([path], **kwargs))


def test_json_lines_reads_gva_style_records(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    record = {
        "doc_id": "d1",
        "title": "Shooting",
        "dct": "2014-01-12",
        "url": "http://x/1",
        "content": "Two were hurt.",
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [raw] = _read(path)
    assert isinstance(raw, RawArticle)
    assert (raw.ref, raw.title, raw.url, raw.published, raw.body) == (
        "d1",
        "Shooting",
        "http://x/1",
        dt.date(2014, 1, 12),
        "Two were hurt.",
    )


@pytest.mark.parametrize(
    ("record", "field", "expected"),
    [
        ({"text": "T"}, "body", "T"),
        ({"body": "T"}, "body", "T"),
        ({"content": "T", "source": "Wire"}, "outlet", "Wire"),
        ({"text": "T", "site": "Site"}, "outlet", "Site"),
        ({"text": "T", "source": {"name": "Named"}}, "outlet", "Named"),
        (
            {"text": "T", "published_at": "Sun, 09 Mar 2025 14:00:00 GMT"},
            "published",
            dt.date(2025, 3, 9),
        ),
        ({"text": "T", "date": "March 9, 2025"}, "published", dt.date(2025, 3, 9)),
        ({"text": "T", "date": "not a date"}, "published", None),
        ({"text": "T", "id": 42}, "ref", "42"),
        ({"text": "T"}, "ref", "f.jsonl:1"),
    ],
)
def test_json_lines_understands_field_names(
    tmp_path: Path, record: dict[str, object], field: str, expected: object
) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [raw] = _read(path)
    assert isinstance(raw, RawArticle)
    assert getattr(raw, field) == expected


def test_json_lines_reads_html_field_as_html(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps({"html": "<p>x</p>"}) + "\n", encoding="utf-8")
    [raw] = _read(path)
    assert isinstance(raw, RawArticle)
    assert raw.content_type is ContentType.HTML


def test_json_lines_rejects_bad_lines_and_continues(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    lines = [
        json.dumps({"text": "one"}),
        '{"text": "two" "oops"}',
        "",
        json.dumps({"title": "no text"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"content": ""}),
        json.dumps({"text": "six"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(path)
    assert [i.ref for i in items] == [
        "f.jsonl:1",
        "f.jsonl:2",
        "f.jsonl:4",
        "f.jsonl:5",
        "f.jsonl:6",
        "f.jsonl:7",
    ]
    reasons = {i.ref: i.reason for i in items if isinstance(i, Rejection)}
    assert reasons["f.jsonl:2"].startswith("not valid JSON at line 2: Expecting ',' delimiter")
    assert reasons["f.jsonl:2"].endswith("fix or remove the line")
    assert "no text field" in reasons["f.jsonl:4"]
    assert "not an object" in reasons["f.jsonl:5"]
    assert "'content' is empty" in reasons["f.jsonl:6"]


def test_json_lines_rejects_overlong_line_and_continues(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    long_line = json.dumps({"text": "x" * 5000})
    path.write_text(long_line + "\n" + json.dumps({"text": "short"}) + "\n", encoding="utf-8")
    items = _read(path, max_bytes=1000)
    assert isinstance(items[0], Rejection)
    assert "over the 1,000-byte limit" in items[0].reason
    assert isinstance(items[1], RawArticle)
    assert items[1].ref == "f.jsonl:2"


def test_json_lines_rejects_undecodable_line(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_bytes(b'{"text": "\x00\x00bin"}\n' + json.dumps({"text": "ok"}).encode() + b"\n")
    items = _read(path)
    assert isinstance(items[0], Rejection)
    assert isinstance(items[1], RawArticle)


def test_json_document_reads_list_and_wrapper(tmp_path: Path) -> None:
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"text": "a"}, {"text": "b", "id": "B"}]), encoding="utf-8")
    wrapped = tmp_path / "wrap.json"
    wrapped.write_text(json.dumps({"articles": [{"text": "c"}]}), encoding="utf-8")
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": "d"}), encoding="utf-8")
    refs = [i.ref for i in iter_inputs([tmp_path])]
    assert refs == ["list.json#1", "B", "one.json", "wrap.json#1"]


def test_json_document_salvages_truncated_list(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    full = json.dumps([{"text": "a"}, {"text": "b"}, {"text": "c"}])
    path.write_text(full[: full.index('"c"')], encoding="utf-8")
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["RawArticle", "RawArticle", "Rejection"]
    assert "2 record(s) before it were read" in items[2].reason  # type: ignore[union-attr]


def test_json_document_rejects_invalid_object(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"text": ', encoding="utf-8")
    [item] = _read(path)
    assert isinstance(item, Rejection)
    assert item.reason.startswith("not valid JSON at line 1")


def test_json_document_reads_json_lines_content(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    path.write_text(
        json.dumps({"text": "a"}) + "\n" + json.dumps({"text": "b"}) + "\n", encoding="utf-8"
    )
    assert [i.ref for i in _read(path)] == ["lines.json:1", "lines.json:2"]


def test_json_lines_limit_applies_per_line_not_per_file(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    line = json.dumps({"text": "A record of moderate length."}) + "\n"
    path.write_text(line * 2000, encoding="utf-8")
    items = _read(path, max_bytes=100)
    assert len(items) == 2000
    assert all(isinstance(i, RawArticle) for i in items)


def test_json_lines_are_read_lazily(tmp_path: Path) -> None:
    path = tmp_path / "lazy.jsonl"
    path.write_text(json.dumps({"text": "first"}) + "\n", encoding="utf-8")
    items = iter_inputs([path])
    first = next(items)
    # A line appended after the first record was read is still seen: nothing was read ahead.
    with path.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps({"text": "second"}) + "\n")
    assert isinstance(first, RawArticle)
    assert [i.ref for i in items] == ["lazy.jsonl:2"]


def test_json_lines_names_cut_off_last_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_text(json.dumps({"text": "one"}) + '\n{"text": "tw', encoding="utf-8")
    items = _read(path)
    assert isinstance(items[1], Rejection)
    assert items[1].reason == (
        "not valid JSON at line 2: the JSON ends inside the string starting at column 10 "
        "(truncated?); fix or remove the line"
    )


def test_json_document_rejects_data_after_list(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"text": "a"}], indent=2) + "\n[oops", encoding="utf-8")
    items = _read(path)
    assert isinstance(items[0], RawArticle)
    assert isinstance(items[1], Rejection)
    assert "extra data after the list of 1 record(s)" in items[1].reason


@pytest.mark.parametrize("name", ["dump.jsonl.gz", "dump.NDJSON.GZ"])
def test_json_lines_reads_gzip_compressed_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    lines = [json.dumps({"id": f"a{i}", "text": f"Record {i}."}) for i in range(3)]
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8")))
    items = _read(path)
    assert [i.ref for i in items if isinstance(i, RawArticle)] == ["a0", "a1", "a2"]


def test_json_lines_keeps_lines_before_a_truncated_gzip_archive(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    lines = [json.dumps({"id": f"a{i}", "text": f"Record number {i}. " * 20}) for i in range(400)]
    whole = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    path.write_bytes(whole[: len(whole) // 2])
    items = _read(path)
    raws = [i for i in items if isinstance(i, RawArticle)]
    assert 0 < len(raws) < 400
    assert [r.ref for r in raws] == [f"a{i}" for i in range(len(raws))]
    last = items[-1]
    assert isinstance(last, Rejection)
    assert last.ref.startswith("cut.jsonl.gz:")
    assert "corrupt or truncated gzip archive" in last.reason


def test_json_lines_rejects_a_gzip_name_on_plain_bytes(tmp_path: Path) -> None:
    path = tmp_path / "plain.jsonl.gz"
    path.write_text(json.dumps({"text": "not compressed"}) + "\n", encoding="utf-8")
    [item] = _read(path)
    assert isinstance(item, Rejection)
    assert item.ref == "plain.jsonl.gz:1"
    assert "corrupt or truncated gzip archive" in item.reason


@pytest.mark.parametrize(
    ("record", "reason_part"),
    [
        ('{"text": "Two killed.", "views": ' + "9" * 5000 + "}", "5,000 digits"),
        ('{"text": "Two killed.", "published": ' + "9" * 400 + "}", "400 digits"),
        ("[" * 100_000 + "]" * 100_000, "nested more than"),
        ('{"text": "Two killed.", "x": ' + "[" * 5000 + "]" * 5000 + "}", "nested more than"),
    ],
)
@pytest.mark.parametrize("name", ["docs.jsonl", "docs.json"])
def test_json_refuses_one_hostile_record_and_reads_the_others(
    tmp_path: Path, name: str, record: str, reason_part: str
) -> None:
    # Regression (issue #12 defect 3): each of these ended the whole run with a traceback.
    good = '{"id": "ok", "text": "Five people were killed."}'
    path = tmp_path / name
    path.write_text(
        f"{good}\n{record}\n" if name.endswith("l") else f"[{good},\n{record}]",
        encoding="utf-8",
    )
    items = _read(path)
    assert isinstance(items[0], RawArticle) and items[0].ref == "ok"
    [rejection] = items[1:]
    assert isinstance(rejection, Rejection)
    assert reason_part in rejection.reason
    assert rejection.ref in (f"{name}:2", f"{name}#2")


@pytest.mark.parametrize(("bad", "read_on"), [(MAX_UNREADABLE_IN_A_ROW - 1, True), (5000, False)])
def test_json_lines_stop_after_a_long_run_of_lines_that_are_not_json(
    tmp_path: Path, bad: int, read_on: bool
) -> None:
    # Issue #12 defect 8: a 4 KB archive of two million bad lines took minutes to reject.
    path = tmp_path / "junk.jsonl.gz"
    good = b'{"text": "Two were hurt."}\n'
    path.write_bytes(gzip.compress(good + b"x\n" * bad + good))
    items = _read(path)
    articles = [i for i in items if isinstance(i, RawArticle)]
    assert len(articles) == (2 if read_on else 1)
    if not read_on:
        assert len(items) == 1 + MAX_UNREADABLE_IN_A_ROW + 1
        last = items[-1]
        assert isinstance(last, Rejection)
        assert last.ref == f"junk.jsonl.gz:{MAX_UNREADABLE_IN_A_ROW + 2}"
        assert "not read from line" in last.reason
