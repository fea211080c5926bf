"""JSON Lines: one article per line, streamed (a 1 GB file is read one line at a time).

A bad line (invalid JSON, not an object, no text, too long) is rejected with ``file:line``
and the reason; reading goes on with the next line, unless a thousand lines in a row were not
JSON at all. Gzip-compressed files (``.jsonl.gz``,
``.ndjson.gz``, as news dumps usually come) are decompressed while streaming; a corrupt or
truncated archive is rejected at the line where it breaks, and the lines before it are kept.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol

from newsprism.ingest.decode import Undecodable, decode_bytes, too_large
from newsprism.ingest.records import (
    json_limit_problem,
    json_problem,
    load_json,
    record_to_article,
)
from newsprism.model.article import RawArticle, Rejection

#: Bytes read at a time while skipping the rest of an over-long line.
_SKIP_CHUNK = 1 << 20
#: Lines in a row that are not JSON after which the rest of a file is not read. A real JSON
#: Lines file with a damaged stretch has a few bad lines, not a thousand. Guess.
MAX_UNREADABLE_IN_A_ROW = 1_000


def read_json_lines(path: Path, ref: str, *, max_bytes: int) -> Iterator[RawArticle | Rejection]:
    """Yield one article (or rejection) per non-blank line of a ``.jsonl`` file (or of a
    gzip-compressed one, by the ``.gz`` extension).

    ``max_bytes`` limits each line (one record, decompressed), not the file.
    """
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield Rejection(ref=ref, reason=f"cannot read the file: {exc.strerror or exc}")
        return
    with stream:
        if not path.name.lower().endswith(".gz"):
            yield from parse_json_lines(_lines(stream, ref, max_bytes), ref=ref, origin=str(path))
            return
        with gzip.GzipFile(fileobj=stream, mode="rb") as unpacked:
            lines = _until_corrupt(_lines(unpacked, ref, max_bytes), ref)
            yield from parse_json_lines(lines, ref=ref, origin=str(path))


def parse_json_lines(
    lines: Iterable[tuple[int, bytes | str | Rejection]], *, ref: str, origin: str
) -> Iterator[RawArticle | Rejection]:
    """Turn numbered lines into articles; ``Rejection`` items pass through unchanged.

    After ``MAX_UNREADABLE_IN_A_ROW`` lines in a row that are not JSON at all, the rest of the
    input is not read (a rejection says so): it is not JSON Lines, and reading two million
    such lines from a 4 KB archive is work for nothing.
    """
    seen_any = False
    unreadable = 0
    for number, line in lines:
        if isinstance(line, Rejection):
            seen_any = True
            unreadable += 1
            yield line
        elif line.strip():
            seen_any = True
            item, is_json = _parse_line(number, line, ref=ref, origin=origin)
            unreadable = 0 if is_json else unreadable + 1
            yield item
        if unreadable >= MAX_UNREADABLE_IN_A_ROW:
            yield Rejection(
                ref=f"{ref}:{number + 1}",
                reason=f"not read from line {number + 1} on: the {unreadable:,} lines before "
                "it are not JSON, so the rest is unlikely to be JSON Lines; repair the file "
                "(or cut out the damaged part) and read it again",
            )
            return
    if not seen_any:
        yield Rejection(ref=ref, reason="empty file")


def _parse_line(
    number: int, line: bytes | str, *, ref: str, origin: str
) -> tuple[RawArticle | Rejection, bool]:
    """The article (or rejection) of one non-blank line, and whether the line was JSON."""
    line_ref = f"{ref}:{number}"
    if isinstance(line, bytes):
        text = _decode_line(line)
        if isinstance(text, Undecodable):
            return Rejection(ref=line_ref, reason=f"line {number}: {text.reason}"), False
    else:
        text = line
    try:
        record = load_json(text)
    except json.JSONDecodeError as exc:
        reason = f"not valid JSON at line {number}: {json_problem(exc)}; fix or remove the line"
        return Rejection(ref=line_ref, reason=reason), False
    except (ValueError, RecursionError) as exc:
        reason = f"line {number} refused: {json_limit_problem(exc)}"
        return Rejection(ref=line_ref, reason=reason), True
    return record_to_article(record, fallback_ref=line_ref, origin=origin), True


def _decode_line(line: bytes) -> str | Undecodable:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(line)


class _LineSource(Protocol):
    """A binary stream read line by line: a file, or a gzip stream over one."""

    def readline(self, size: int = -1, /) -> bytes: ...


def _lines(
    stream: _LineSource, ref: str, max_bytes: int
) -> Iterator[tuple[int, bytes | Rejection]]:
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


def _until_corrupt(
    lines: Iterator[tuple[int, bytes | Rejection]], ref: str
) -> Iterator[tuple[int, bytes | Rejection]]:
    """Pass ``lines`` through until the gzip stream under them breaks, then end with a
    rejection that names the line where it broke."""
    number = 0
    while True:
        try:
            item = next(lines)
        except StopIteration:
            return
        except (OSError, EOFError, zlib.error) as exc:
            where = f"{ref}:{number + 1}"
            yield (
                number + 1,
                Rejection(
                    ref=where,
                    reason=f"corrupt or truncated gzip archive at line {number + 1} ({exc}); "
                    "the lines before it were read: recompress or re-download the file",
                ),
            )
            return
        number = item[0]
        yield item


def _skip_rest_of_line(readline: Callable[[int], bytes]) -> int:
    skipped = 0
    while True:
        chunk = readline(_SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
