"""Lines that link to other stories: the clips and headlines that news pages list around an
article ("0:50 One dead after shooting involving officer", "ALSO" and a list of headlines).

Their numbers count other events, and as short unpunctuated lines they would read as the
article's own headlines, the figures reconciliation trusts most. ``link_lines`` finds them
once per article, by line, so that ``figures`` skips their sentences.
"""

from __future__ import annotations

import re

from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.lang.phrases import WORD_RE, PhraseTable, norm_token

#: A line that starts with a clip's length ("0:50", "1:02:13") and a word after it.
CLIP = re.compile(r"\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s+(\S+)")
#: A list header may name its outlet after the header words ("More from WAVE3.com", "Also on
#: HuffPost:"), in at most this many tokens.
HEADER_NAME_TOKENS = 6
#: A headline in a list of links: this many words at most, and no final punctuation.
LINK_MAX_WORDS = 16
SENTENCE_END = ".!?\"'”’»)"


def link_lines(text: str, pack: LanguagePack, *, title_line: int) -> frozenset[int]:
    """Numbers (0-based, counted over ``text.split("\\n")``) of the lines of ``text`` that link
    to other stories: a line that starts with a clip's length, and the headline-like lines
    (short, no final punctuation) right after a list header ("Related stories:", "ALSO"),
    up to the first line that reads as a body sentence; every line from a closing header on
    ("More stories you may like", "In other shootings:", ``closers``). The title line
    (``title_line``) is the article's own."""
    cues = pack.links
    skipped: set[int] = set()
    in_list = False
    lines = text.split("\n")
    for k, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or k == title_line:
            continue
        if _is_clip(stripped, pack):
            skipped.add(k)
            continue
        if _is_header(stripped, pack, cues.closers):
            # "More stories you may like", "In other shootings:": the rest is other stories.
            skipped.update(range(k, len(lines)))
            break
        if cues.headers and _is_header(stripped, pack, cues.headers):
            in_list = True
            skipped.add(k)
            continue
        if in_list and _is_headline_like(stripped):
            skipped.add(k)
            continue
        in_list = False
    return frozenset(skipped)


def _is_clip(line: str, pack: LanguagePack) -> bool:
    """ "0:50 One dead after shooting": a clip's length, then a capitalised word that makes no
    clock time of it ("6:18 p.m. The gunman fired" is a timeline entry of the story), or a
    number ("1:27 1 dead after Fife collision": no clock time takes a bare number after it)."""
    m = CLIP.match(line)
    if m is None:
        return False
    word = m.group(1)
    if word.isdigit():  # "1:27 1 dead after Fife collision": a count opens the clip's title
        return True
    return word[:1].isupper() and norm_token(word) not in pack.links.clock_words


def _is_header(line: str, pack: LanguagePack, headers: PhraseTable[bool]) -> bool:
    """A phrase of ``headers`` that starts the line and fills it, but for a trailing colon and
    an outlet's name after it (capitalised words: "Also on HuffPost:", "More from WAVE3.com")."""
    if line[-1] in SENTENCE_END:
        return False
    norms = [norm_token(m.group()) for m in WORD_RE.finditer(line)]
    while norms and norms[-1] in {":", "-", "|"}:
        norms.pop()
    hit = headers.match_at(norms, 0) if norms else None
    if hit is None or len(norms) - hit[0] > HEADER_NAME_TOKENS:
        return False
    words = [m.group() for m in WORD_RE.finditer(line)][hit[0] :]
    return all(not w[:1].islower() for w in words)


def _is_headline_like(line: str) -> bool:
    return len(line.split()) <= LINK_MAX_WORDS and line[-1] not in SENTENCE_END


__all__ = ["link_lines"]
