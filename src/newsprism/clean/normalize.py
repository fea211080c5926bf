"""Pure text normalisation: one canonical form for clean article text.

``normalize`` is idempotent (``normalize(normalize(t)) == normalize(t)``) and the identity on
text that is already normal. It keeps the line structure, because headlines and bullet points
are lines and the sentence splitter ends a sentence at every line break. In order:

1. line breaks ``\\r\\n`` / ``\\r`` / U+2028 / U+2029 / form feeds become ``\\n``;
2. Unicode NFC;
3. curly quotes and primes become ASCII ``'`` and ``"``;
4. non-breaking and other odd spaces become a plain space, tabs too;
5. zero-width characters, control characters and lone surrogates are removed;
6. each line is stripped and runs of spaces are collapsed to one;
7. a line equal to the previous non-empty line is dropped (boilerplate repeats: the GVA texts
   repeat every paragraph twice; pages repeat their headline);
8. runs of blank lines collapse to one blank line (3+ newlines -> 2); no leading or trailing
   blank lines.

Bullets (``•``, ``-``) and dashes are kept as they are.
"""

from __future__ import annotations

import re
import unicodedata

#: Characters mapped one to one. Quotes and primes from the Unicode "General Punctuation"
#: block and the CJK/fullwidth forms seen in news pages.
_MAPPING: dict[str, str] = {
    "\u2018": "'",  # left single quotation mark
    "\u2019": "'",  # right single quotation mark / apostrophe
    "\u201a": "'",  # single low-9 quotation mark
    "\u201b": "'",  # single high-reversed-9 quotation mark
    "\u2032": "'",  # prime
    "\u2035": "'",  # reversed prime
    "\u02bc": "'",  # modifier letter apostrophe
    "\uff07": "'",  # fullwidth apostrophe
    "\u201c": '"',  # left double quotation mark
    "\u201d": '"',  # right double quotation mark
    "\u201e": '"',  # double low-9 quotation mark
    "\u201f": '"',  # double high-reversed-9 quotation mark
    "\u2033": '"',  # double prime
    "\u2036": '"',  # reversed double prime
    "\uff02": '"',  # fullwidth quotation mark
    "\t": " ",
    "\u00a0": " ",  # no-break space
    "\u1680": " ",
    "\u2000": " ",
    "\u2001": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2007": " ",
    "\u2008": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",  # narrow no-break space (French typography)
    "\u205f": " ",
    "\u3000": " ",  # ideographic space
    "\u200b": "",  # zero width space
    "\u200c": "",  # zero width non-joiner
    "\u200d": "",  # zero width joiner
    "\u2060": "",  # word joiner
    "\ufeff": "",  # byte order mark / zero width no-break space
    "\u00ad": "",  # soft hyphen
}
# ``str.translate`` looks up every character in Python; a regex finds the few to replace in C
# (5x faster on news text, where most characters are left alone).
_MAPPED = re.compile("[" + "".join(_MAPPING) + "]")

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
#: Control characters (C0 except \n, C1, DEL), lone surrogates and remaining format
#: characters of category Cf that are invisible (bidi marks are kept out of clean text too).
_INVISIBLE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\u200e\u200f\u202a-\u202e\u2061-\u2064\u2066-\u206f]"
)
_SPACES = re.compile(r" {2,}")
_LINE_EDGE_SPACES = re.compile(r" ?\n ?")
_BLANKS = re.compile(r"\n{3,}")


def normalize(text: str) -> str:
    """Return the canonical form of ``text`` (see the module docstring for the steps).

    >>> normalize("\\u201cHello\\u201d,\\u00a0world  \\r\\n\\r\\n\\r\\nA\\nA")
    '"Hello", world\\n\\nA'
    """
    # Each step is guarded by a cheap test (C-speed ``in``/``isascii``/``isprintable``): most
    # news text needs few of them, and a regex pass over every character costs more.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    ascii_only = text.isascii()
    if not ascii_only:
        text = _LINE_BREAKS.sub("\n", unicodedata.normalize("NFC", text))
        text = _MAPPED.sub(_mapped, text)
        # A character mapped away (a zero-width space) may bring a base and a combining mark
        # together: "A\u200b\u0300" is "A\u0300" now, and NFC "\u00c0".
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    if "\t" in text:
        text = text.replace("\t", " ")
    if not text.replace("\n", "").isprintable():
        text = _LINE_BREAKS.sub("\n", text) if ascii_only else text
        text = _INVISIBLE.sub("", text)
        # Removing an invisible character may bring a base and a combining mark together.
        if not ascii_only:
            text = unicodedata.normalize("NFC", text)
    # Collapse runs first, so that each line edge has at most one space left to strip.
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGE_SPACES.sub("\n", text)
    lines = drop_repeated_lines(text.strip(" ").split("\n"))
    text = "\n".join(lines)
    if "\n\n\n" in text:
        text = _BLANKS.sub("\n\n", text)
    return text.strip("\n")


def _mapped(match: re.Match[str]) -> str:
    return _MAPPING[match.group()]


def drop_repeated_lines(lines: list[str]) -> list[str]:
    """Drop every non-empty line equal to the previous non-empty line (blank lines between
    them do not count), so "P\\n\\nP\\n\\nQ" keeps one P.

    >>> drop_repeated_lines(["P", "", "P", "Q"])
    ['P', '', 'Q']
    """
    kept: list[str] = []
    previous: str | None = None
    for line in lines:
        if line:
            if line == previous:
                continue
            previous = line
        kept.append(line)
    return kept
