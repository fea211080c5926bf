"""JSON files: one article object, a list of them, or a wrapper such as ``{"articles": [...]}``.

A ``.json`` file that holds JSON Lines (one object per line) is read as JSON Lines. A list cut
short (a truncated download) keeps the records before the damage and rejects the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from newsprism.ingest.decode import read_text_file
from newsprism.ingest.json_lines import parse_json_lines
from newsprism.ingest.records import (
    DECODER,
    json_limit_problem,
    json_problem,
    list_in_wrapper,
    load_json,
    record_to_article,
)
from newsprism.model.article import RawArticle, Rejection

_WHITESPACE = " \t\n\r"


def read_json_document(path: Path, ref: str, *, max_bytes: int) -> Iterator[RawArticle | Rejection]:
    """Yield the articles of a ``.json`` file (``max_bytes`` limits the whole file)."""
    text = read_text_file(path, ref, max_bytes=max_bytes)
    if isinstance(text, Rejection):
        yield text
        return
    text = text.lstrip("\ufeff")
    is_list = text.lstrip(_WHITESPACE).startswith("[")
    try:
        value = load_json(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and not is_list:
            # Not ``splitlines``: JSON strings may hold U+2028 and other breaks it splits on.
            numbered = enumerate(text.split("\n"), start=1)
            yield from parse_json_lines(numbered, ref=ref, origin=str(path))
        elif is_list:
            yield from _salvage_array(text, ref=ref, origin=str(path))
        else:
            yield Rejection(ref=ref, reason=_invalid(exc))
        return
    except (ValueError, RecursionError) as exc:
        # One record of a list may be the culprit: keep the records before it.
        if is_list:
            yield from _salvage_array(text, ref=ref, origin=str(path))
        else:
            yield Rejection(ref=ref, reason=f"refused: {json_limit_problem(exc)}")
        return
    yield from _records(value, ref=ref, origin=str(path))


def _records(value: object, *, ref: str, origin: str) -> Iterator[RawArticle | Rejection]:
    items = value if isinstance(value, list) else list_in_wrapper(value)
    if items is None:
        yield record_to_article(value, fallback_ref=ref, origin=origin)
        return
    if not items:
        yield Rejection(ref=ref, reason="the JSON list is empty: no articles")
    for number, item in enumerate(items, start=1):
        yield record_to_article(item, fallback_ref=f"{ref}#{number}", origin=origin)


def _salvage_array(text: str, *, ref: str, origin: str) -> Iterator[RawArticle | Rejection]:
    """Read the items of a damaged top-level array up to the first error."""
    index = text.index("[") + 1
    number = 0
    while True:
        index = _skip_whitespace(text, index)
        if text.startswith("]", index):
            yield from _check_trailing(text, index + 1, ref=ref, number=number)
            return
        try:
            item, index = DECODER.raw_decode(text, index)
        except (ValueError, RecursionError) as exc:
            problem = (
                _invalid(exc)
                if isinstance(exc, json.JSONDecodeError)
                else f"refused: {json_limit_problem(exc)}"
            )
            yield Rejection(
                ref=f"{ref}#{number + 1}",
                reason=f"{problem}; the {number} record(s) before it were read, the "
                "rest of the file was not",
            )
            return
        number += 1
        yield record_to_article(item, fallback_ref=f"{ref}#{number}", origin=origin)
        index = _skip_whitespace(text, index)
        if text.startswith(",", index):
            index += 1
        elif text.startswith("]", index):
            yield from _check_trailing(text, index + 1, ref=ref, number=number)
            return
        else:
            line = text.count("\n", 0, index) + 1
            yield Rejection(
                ref=f"{ref}#{number + 1}",
                reason=f"not valid JSON at line {line}: expected ',' or ']' after record "
                f"{number} (truncated file?); the {number} record(s) before it were read",
            )
            return


def _check_trailing(text: str, index: int, *, ref: str, number: int) -> Iterator[Rejection]:
    """Reject text after the closing ``]`` of the list (two exports pasted together?)."""
    rest = _skip_whitespace(text, index)
    if rest < len(text):
        line = text.count("\n", 0, rest) + 1
        yield Rejection(
            ref=f"{ref}#{number + 1}",
            reason=f"not valid JSON at line {line}: extra data after the list of {number} "
            "record(s), which were read; remove it or split the file",
        )


def _skip_whitespace(text: str, index: int) -> int:
    while index < len(text) and text[index] in _WHITESPACE:
        index += 1
    return index


def _invalid(exc: json.JSONDecodeError) -> str:
    return f"not valid JSON at line {exc.lineno}: {json_problem(exc)}; fix the file or re-export it"
