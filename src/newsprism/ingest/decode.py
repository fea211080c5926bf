"""Bytes to text: UTF-8 first, then a byte-order mark, then charset-normalizer's best guess.

Binary files (NUL bytes outside UTF-16/32, or mostly control characters once decoded) are
refused with a reason instead of being turned into mojibake.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from newsprism.model.article import Rejection

#: Share of control characters above which decoded "text" is taken to be binary (printable
#: text has none besides tabs and newlines; 5% tolerates stray form feeds). Guess.
MAX_CONTROL_SHARE = 0.05
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd]")
#: Encodings chosen when charset-normalizer scores several the same (most used on the web
#: first, after UTF-8: W3Techs usage statistics).
_PREFERRED_ON_TIE = ("cp1252", "latin_1", "iso8859_15", "cp1250")
#: Bytes searched for a declared charset: HTML requires it within the first 1024 bytes; pages
#: in the wild put it later, after long comments or scripts.
_HEAD_BYTES = 4096
_DECLARED_CHARSET = re.compile(
    rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_:.-]{2,40})""", re.I
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Undecodable:
    """Why bytes could not be read as text (a sentence a user can act on)."""

    reason: str


def decode_bytes(data: bytes, *, declared: str | None = None) -> str | Undecodable:
    """Decode ``data`` to text, or say why it is not text.

    ``declared`` is an encoding named by the container (an HTTP ``Content-Type`` charset); it
    is tried after UTF-8 and before guessing.

    >>> decode_bytes("Le café est très bon.".encode("latin-1"))
    'Le café est très bon.'
    >>> isinstance(decode_bytes(b"\\x00\\x01\\x02binary"), Undecodable)
    True
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        return Undecodable(
            "binary content (NUL bytes), not text; only text, HTML, JSON, feeds and WARC "
            "files are read"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        guessed = _decode_fallback(data, declared)
        if guessed is None:
            return Undecodable(
                "not decodable as text in any known encoding; convert the file to UTF-8"
            )
        text = guessed
    if _looks_binary(text):
        return Undecodable(
            "mostly control characters, not text; is this a binary file with a text extension?"
        )
    return text


def _decode_fallback(data: bytes, declared: str | None) -> str | None:
    # A declared UTF-16/32 on bytes without NULs is wrong (pages copied from another encoding
    # keep their old declaration); decoding with it would turn text into CJK-looking noise.
    if declared and not declared.lower().replace("-", "").startswith(("utf16", "utf32")):
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes  # noqa: PLC0415 - only for non-UTF-8 input

    # Input without NUL bytes is not UTF-16/32 (checked before): drop those guesses, which
    # charset-normalizer makes for very short inputs.
    matches = [m for m in from_bytes(data) if not m.encoding.startswith(("utf_16", "utf_32"))]
    if not matches:
        return None
    best = matches[0]
    # Short texts often tie between code pages (cp1250 and cp1252 read "à" as "ŕ" or "à"
    # with the same score); the tie goes to the most common one.
    tied = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence]
    for preferred in _PREFERRED_ON_TIE:
        for match in tied:
            if match.encoding == preferred:
                return str(match)
    return str(best)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    return controls > MAX_CONTROL_SHARE * len(sample)


def read_text_file(
    path: Path, ref: str, *, max_bytes: int, markup: bool = False
) -> str | Rejection:
    """Read and decode a whole file of at most ``max_bytes``, or say why it cannot be read.

    With ``markup`` (HTML/XML files), a charset declared in the document's head (``<meta
    charset>``, ``<?xml encoding?>``) is tried after UTF-8 and before guessing.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Rejection(ref=ref, reason=too_large(size, max_bytes))
        data = path.read_bytes()
    except OSError as exc:
        return Rejection(ref=ref, reason=f"cannot read the file: {exc.strerror or exc}")
    if not data.strip():
        return Rejection(ref=ref, reason="empty file")
    text = decode_bytes(data, declared=declared_charset(data) if markup else None)
    if isinstance(text, Undecodable):
        return Rejection(ref=ref, reason=text.reason)
    return text


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first bytes, if any.

    >>> declared_charset(b'<html><head><meta charset="windows-1251">')
    'windows-1251'
    """
    match = _DECLARED_CHARSET.search(data[:_HEAD_BYTES])
    return match.group(1).decode("ascii") if match else None


def too_large(size: int, max_bytes: int) -> str:
    """The reason given for inputs over the size limit."""
    return (
        f"{size:,} bytes is over the {max_bytes:,}-byte limit; split the input or raise the "
        "limit with --max-bytes"
    )
