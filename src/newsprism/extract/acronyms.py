"""Names an article spells out: acronyms ("the Kenya National Commission on Human Rights
(KNCHR)") and the proper names it writes inside a run of capitalised words ("Kepala BNPB
Suharyanto"), so that "Suharyanto said" opening a sentence reads as a name.

A source named by its acronym later in the article ("KNCHR said") is cited by the full name
the reader was given, so that the same organisation reads the same in every figure. An
acronym counts as spelt out when the initials of the capitalised words just before its
parentheses are its letters (words such as "on", "of", "de" may stand between them).
"""

from __future__ import annotations

import re

_DEFINED = re.compile(r"\(\s*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&]{1,9})\s*\)")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
#: Words looked back through for the full name.
MAX_NAME_WORDS = 12


def find_acronyms(text: str) -> dict[str, str]:
    """Each acronym defined in ``text`` in parentheses after its full name, with that name."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        acronym = m.group(1)
        letters = [c for c in acronym if c.isalpha()]
        line_start = text.rfind("\n", 0, m.start()) + 1
        words = list(_WORD.finditer(text, line_start, m.start()))[-MAX_NAME_WORDS:]
        name = _spelt(words, letters)
        if name is not None and acronym not in out:
            out[acronym] = text[name[0] : name[1]]
    return out


def _spelt(words: list[re.Match[str]], letters: list[str]) -> tuple[int, int] | None:
    """The span of the last words whose capitalised initials spell ``letters``."""
    want = len(letters)
    caps: list[re.Match[str]] = []
    for w in reversed(words):
        word = w.group()
        if word[:1].isupper():
            caps.append(w)
            if len(caps) == want:
                break
        elif len(word) > 3 or not caps:
            return None  # a lower-case word that is no particle ends the name
    if len(caps) != want:
        return None
    caps.reverse()
    if [w.group()[0].upper() for w in caps] != [c.upper() for c in letters]:
        return None
    return caps[0].start(), caps[-1].end()


_OPENERS = frozenset('.!?:;"“”«»„(\n')
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


def find_proper_names(text: str) -> frozenset[str]:
    """Words written inside a run of two or more capitalised words, leaving out the first word
    of a sentence (capitalised anyway): "Suharyanto" in "Kepala BNPB Suharyanto", not
    "Polizei" in "Die Polizei sagte"."""
    out: set[str] = set()
    run: list[str] = []
    last_end = 0
    for m in _NAME_WORD.finditer(text):
        word = m.group()
        start, previous_end, last_end = m.start(), last_end, m.end()
        if not word[:1].isupper():  # most words: a lower-case word ends a run
            if run:
                _add_run(out, run)
                run = []
            continue
        j = start - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j < 0 or text[j] in _OPENERS:
            _add_run(out, run)
            run = []  # a sentence's first word is capitalised anyway: it starts no run
            continue
        if text[previous_end:start].strip(" \t"):
            _add_run(out, run)
            run = []
        run.append(word)
    _add_run(out, run)
    return frozenset(out)


def _add_run(out: set[str], caps: list[str]) -> None:
    if len(caps) >= 2:
        out.update(caps)


__all__ = ["find_acronyms", "find_proper_names"]
