"""JSON Lines: one article per line, streamed (a 1 GB file is read one line at a time).

A bad line (invalid JSON, not an object, no text, too long) is rejected with ``file:line``
and the reason; reading goes on with the next line.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsprism.ingest.decode import Undecodable, decode_bytes, too_large
from newsprism.ingest.records import json_problem, record_to_article
from newsprism.model.article import RawArticle, Rejection

#: Bytes read at a time while skipping the rest of an over-long line.
_SKIP_CHUNK = 1 << 20


def read_json_lines(path: Path, ref: str, *, max_bytes: int) -> Iterator[RawArticle | Rejection]:
    """Yield one article (or rejection) per non-blank line of a ``.jsonl`` file.

    ``max_bytes`` limits each line (one record), not the file.
    """
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield Rejection(ref=ref, reason=f"cannot read the file: {exc.strerror or exc}")
        return
    with stream:
        yield from parse_json_lines(_lines(stream, ref, max_bytes), ref=ref, origin=str(path))


def parse_json_lines(
    lines: Iterable[tuple[int, bytes | str | Rejection]], *, ref: str, origin: str
) -> Iterator[RawArticle | Rejection]:
    """Turn numbered lines into articles; ``Rejection`` items pass through unchanged."""
    seen_any = False
    for number, line in lines:
        if isinstance(line, Rejection):
            seen_any = True
            yield line
            continue
        if not line.strip():
            continue
        seen_any = True
        line_ref = f"{ref}:{number}"
        if isinstance(line, bytes):
            text = _decode_line(line)
            if isinstance(text, Undecodable):
                yield Rejection(ref=line_ref, reason=f"line {number}: {text.reason}")
                continue
        else:
            text = line
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Rejection(
                ref=line_ref,
                reason=f"not valid JSON at line {number}: {json_problem(exc)}; fix or remove "
                "the line",
            )
            continue
        yield record_to_article(record, fallback_ref=line_ref, origin=origin)
    if not seen_any:
        yield Rejection(ref=ref, reason="empty file")


def _decode_line(line: bytes) -> str | Undecodable:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(line)


def _lines(stream: BinaryIO, ref: str, max_bytes: int) -> Iterator[tuple[int, bytes | Rejection]]:
    readline = stream.readline
    number = 0
    while True:
        line: bytes = readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            skipped = len(line) + _skip_rest_of_line(readline)
            yield (
                number,
                Rejection(
                    ref=f"{ref}:{number}", reason=f"line {number}: {too_large(skipped, max_bytes)}"
                ),
            )
            continue
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        yield number, line


def _skip_rest_of_line(readline: Callable[[int], bytes]) -> int:
    skipped = 0
    while True:
        chunk = readline(_SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
