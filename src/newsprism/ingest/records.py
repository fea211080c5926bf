"""JSON records to raw articles: the field names newsprism understands.

A record is a JSON object. Understood fields (first present wins):

- text: ``text``, ``content``, ``body`` (plain text), else ``html`` (an HTML page);
- ``title``; ``url``; outlet: ``outlet``, ``source``, ``site`` (a string, or an object with
  ``name``/``title``); date: ``published``, ``date``, ``dct``, ``published_at``;
- id: ``id``, ``doc_id``: the record's ``ref`` when present.
"""

from __future__ import annotations

import json

from newsprism.ingest.dates import parse_date
from newsprism.model.article import ContentType, RawArticle, Rejection

TEXT_FIELDS = ("text", "content", "body")
HTML_FIELDS = ("html",)
OUTLET_FIELDS = ("outlet", "source", "site")
DATE_FIELDS = ("published", "date", "dct", "published_at")
ID_FIELDS = ("id", "doc_id")
#: Wrappers seen in exports: {"articles": [...]} and the like.
LIST_FIELDS = ("articles", "items", "documents", "records", "data")
#: Longest id used as a ref; longer ids are not readable references.
_MAX_ID_CHARS = 200
#: Longest integer read in a JSON record, in digits. Ids and epoch dates have under 20; Python
#: refuses more than 4,300 by default, and converting a long digit string costs quadratic time.
MAX_INT_DIGITS = 100


def _parse_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        msg = f"a number of {len(digits.lstrip('-')):,} digits (more than {MAX_INT_DIGITS})"
        raise ValueError(msg)
    return int(digits)


#: The decoder for every JSON input: the standard one with the integer limit.
DECODER = json.JSONDecoder(parse_int=_parse_int)


def load_json(text: str) -> object:
    """Decode one JSON text with ``DECODER``.

    Raises ``json.JSONDecodeError`` for invalid JSON, ``ValueError`` for an integer over
    ``MAX_INT_DIGITS`` digits and ``RecursionError`` for arrays or objects nested deeper than
    Python's recursion limit (about 1,000 levels): ``json_limit_problem`` words the last two.
    """
    return DECODER.decode(text)


def json_limit_problem(exc: ValueError | RecursionError) -> str:
    """Why valid-looking JSON was refused (over-long number, too deep), in words."""
    if isinstance(exc, RecursionError):
        return (
            "arrays or objects nested more than about 1,000 levels deep; an article record "
            "is not nested like that"
        )
    return f"{exc}; an article record holds no such number"


def record_to_article(record: object, *, fallback_ref: str, origin: str) -> RawArticle | Rejection:
    """Map one decoded JSON value to a ``RawArticle``, or say why it is not an article.

    ``fallback_ref`` (``file:line`` or ``file#n``) is the ref when the record has no id.

    >>> record_to_article({"doc_id": "d1", "content": "Text."}, fallback_ref="f:1", origin="f")
    ... # doctest: +ELLIPSIS
    RawArticle(ref='d1', origin='f', body='Text.', content_type=<ContentType.TEXT: 'text'>, ...)
    """
    if not isinstance(record, dict):
        kind = type(record).__name__.replace("dict", "object").replace("list", "array")
        return Rejection(
            ref=fallback_ref,
            reason=f"a JSON {kind}, not an object; each record must be an object with a "
            f"text field ({', '.join(TEXT_FIELDS)} or html)",
        )
    ref = _record_id(record) or fallback_ref
    content_type = ContentType.TEXT
    body = _first_string(record, TEXT_FIELDS)
    if body is None:
        body = _first_string(record, HTML_FIELDS)
        content_type = ContentType.HTML
    if body is None:
        present = [f for f in TEXT_FIELDS + HTML_FIELDS if f in record]
        if present:
            return Rejection(
                ref=ref,
                reason=f"the text field {present[0]!r} is empty or not a string; the record "
                "has no article text",
            )
        fields = ", ".join(sorted(str(k) for k in record)[:12]) or "none"
        return Rejection(
            ref=ref,
            reason=f"no text field: expected one of {', '.join(TEXT_FIELDS)} or html "
            f"(found: {fields}); rename the field holding the article text",
        )
    return RawArticle(
        ref=ref,
        origin=origin,
        body=body,
        content_type=content_type,
        title=_first_string(record, ("title",)),
        url=_first_string(record, ("url", "link")),
        outlet=_outlet(record),
        published=next(
            (d for d in (parse_date(record.get(f)) for f in DATE_FIELDS) if d is not None),
            None,
        ),
    )


def json_problem(exc: json.JSONDecodeError) -> str:
    """What is wrong with a JSON text, in words: the parser's message, or "ends too early"
    when the error is at the end of the text (a cut-off download or a half-written line)."""
    if exc.pos >= len(exc.doc.rstrip()):
        return "the JSON ends too early (truncated?)"
    if exc.msg.startswith("Unterminated string"):
        return f"the JSON ends inside the string starting at column {exc.colno} (truncated?)"
    return f"{exc.msg} (column {exc.colno})"


def list_in_wrapper(record: object) -> list[object] | None:
    """The list of records inside a wrapper object (``{"articles": [...]}``), if it is one."""
    if not isinstance(record, dict) or _first_string(record, TEXT_FIELDS + HTML_FIELDS):
        return None
    for field in LIST_FIELDS:
        value = record.get(field)
        if isinstance(value, list):
            return value
    return None


def _first_string(record: dict[str, object], fields: tuple[str, ...]) -> str | None:
    for field in fields:
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _record_id(record: dict[str, object]) -> str | None:
    for field in ID_FIELDS:
        value = record.get(field)
        if isinstance(value, bool):
            continue
        if isinstance(value, int | str) and str(value).strip():
            return str(value).strip()[:_MAX_ID_CHARS]
    return None


def _outlet(record: dict[str, object]) -> str | None:
    for field in OUTLET_FIELDS:
        value = record.get(field)
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
