"""Headlines: inferring an article's title from its text, and dropping repeated copies of it.

A plain-text article usually starts with its headline. Pages pasted as text often carry a
section label first ("World") and the headline twice, or a standfirst paragraph and then the
headline twice (see the example set). The rules, in order:

1. a line repeated within the first few non-empty lines (ignoring blank lines between) is the
   headline: pages print it twice, body text never repeats a line verbatim so early;
2. otherwise the first non-empty line, when it looks like a headline: shorter than
   ``MAX_TITLE_CHARS`` and not ending like a sentence (``.``, ``,``, ``;``, ``:``).

The text keeps one copy of the headline (figures in headlines need a span in the text).
"""

from __future__ import annotations

import itertools
import re

#: A line this long or longer is a paragraph, not a headline (headlines in the example set and
#: the GVA titles are under 150 characters; 200 leaves room for long wire headlines).
MAX_TITLE_CHARS = 200
#: How many non-empty lines from the top are searched for a repeated headline (the example
#: set repeats it at lines 2-3; a dateline or section label may come first).
_TOP_LINES = 6
#: Length of the fallback title cut from the first line of text when no headline is found.
FALLBACK_TITLE_CHARS = 80
_BULLET = re.compile(r"^\s*(?:[-*•·‣▪●◦]|\d{1,2}[.)])\s+")
_SENTENCE_END = (".", ",", ";", ":")


def infer_title(text: str) -> str | None:
    """Return the headline of ``text`` (any layout; lines are stripped), or ``None``.

    >>> infer_title("World\\n\\nFire kills 3\\n\\nFire kills 3\\nBody text.")
    'Fire kills 3'
    >>> infer_title("A long first paragraph that ends like a sentence.") is None
    True
    """
    lines = [line.strip() for line in text.split("\n")]
    top = [line for line in lines if line][:_TOP_LINES]
    for first, second in itertools.pairwise(top):
        if first == second and _is_headline(first):
            return _strip_bullet(first)
    if top and _is_headline(top[0]):
        return _strip_bullet(top[0])
    return None


def fallback_title(text: str) -> str:
    """A title cut from the start of ``text``: its first line, at most about
    ``FALLBACK_TITLE_CHARS`` characters, cut at a word boundary. No ellipsis is added, so the
    title stays a prefix of the first line (bullet marker aside), as headlines are.

    >>> fallback_title("Short line\\nmore")
    'Short line'
    """
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    first = _strip_bullet(first)
    if len(first) <= FALLBACK_TITLE_CHARS:
        return first
    cut = first[:FALLBACK_TITLE_CHARS]
    space = cut.rfind(" ")
    if space > FALLBACK_TITLE_CHARS // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:")


def drop_title_copies(text: str, title: str) -> str:
    """Drop copies of ``title`` among the first lines of ``text`` after the first copy.

    Consecutive copies are already removed by ``normalize``; this also handles a headline
    repeated with other lines between (e.g. headline, byline, headline). The result is still
    normal text when the input was.

    >>> drop_title_copies("Fire\\nBy A. Writer\\nFire\\nBody.", "Fire")
    'Fire\\nBy A. Writer\\nBody.'
    """
    lines = text.split("\n")
    seen = False
    kept: list[str] = []
    non_empty = 0
    for line in lines:
        if line:
            non_empty += 1
        if non_empty <= _TOP_LINES and line and _strip_bullet(line) == title:
            if seen:
                continue
            seen = True
        kept.append(line)
    if len(kept) == len(lines):
        return text
    joined = "\n".join(_collapse_blank_runs(kept))
    return joined.strip("\n")


def with_title_line(text: str, title: str) -> str:
    """``text`` with ``title`` as its first line when no line near the top already is it (a
    record that gives its headline apart from its body: the headline's figures need a span).

    >>> with_title_line("Body.", "Fire kills 3")
    'Fire kills 3\\n\\nBody.'
    >>> with_title_line("Fire kills 3\\nBody.", "Fire kills 3")
    'Fire kills 3\\nBody.'
    """
    if not title:
        return text
    top = [_strip_bullet(line) for line in text.split("\n") if line][:_TOP_LINES]
    return text if title in top else f"{title}\n\n{text}"


def _collapse_blank_runs(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return out


def _is_headline(line: str) -> bool:
    return 0 < len(line) < MAX_TITLE_CHARS and not line.endswith(_SENTENCE_END)


def _strip_bullet(line: str) -> str:
    return _BULLET.sub("", line, count=1).strip()
