"""Which sentences make a claim, and whom a sentence cites (per-language cue lists are data).

A sentence is *informative* when it is a full sentence (not a headline, bullet or caption line
without final punctuation), long enough, not boilerplate, and claim-like: it states a number,
uses a reporting verb ("claimed", "revealed", "menurut"), or names something (a capitalised
word after the first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.model.figures import Attribution, AttributionKind, Figure

#: Shorter sentences rarely carry a checkable claim (a guess checked on the example set).
MIN_WORDS = 8
MIN_CHARS = 40

_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ")", "»")

REPORTING_VERBS = (
    # en
    "said", "says", "claimed", "claims", "revealed", "reported", "reports", "according to",
    "documented", "confirmed", "alleged", "described", "identified", "stated", "told",
    "warned", "estimated", "announced", "indicated",
    # id
    "mengatakan", "melaporkan", "menurut", "mengklaim", "mengungkapkan", "menyatakan",
    "menjelaskan", "mendokumentasikan", "menyebutkan", "mengutip",
)  # fmt: skip

BOILERPLATE = (
    "subscribe", "newsletter", "cookie", "all rights reserved", "click here", "sign up",
    "advertisement", "copyright", "read more", "follow us", "terms of use", "privacy policy",
    "baca juga", "berlangganan",
)  # fmt: skip

ANONYMOUS_CUES = (
    r"\b(?:this|the|a|one|our) source\b",
    r"\b(?:these|those|the) sources\b",
    r"\bsources?\b[^.]*\b(?:anonymous|anonymity|unnamed|declined|wished|not authori[sz]ed)\b",
    r"\b(?:anonymous|unnamed) (?:source|official|witness|resident)s?\b",
    r"\bwho (?:wished|asked|declined) (?:not )?to (?:remain anonymous|be named|be identified)\b",
    r"\bsumber\b",
    r"\b(?:menolak|tidak mau|enggan) disebutkan namanya\b",
)
VAGUE_CUES = (
    r"\breports? (?:indicate|suggest|say)s?\b",
    r"\breportedly\b",
    r"\baccording to (?:reports|sources|witnesses|observers)\b",
    r"\b(?:observers|analysts|experts|witnesses|activists|monitors)\b",
    r"\b(?:eyewitness|witness) accounts?\b",
    r"\bit is (?:believed|said|thought)\b",
    r"\bdilaporkan\b",
    r"\bkabarnya\b",
    r"\b(?:para ahli|pengamat|saksi mata)\b",
)
_NAME = r"(?:[A-Z][\w.'’-]*)(?:\s+(?:of|for|the|on|and|de|al|untuk|[A-Z][\w.'’-]*))*"
NAMED_CUES = (
    rf"\b(?i:according to) (?:(?i:the) )?(?P<name>{_NAME})",
    rf"\b(?i:menurut) (?P<name>{_NAME})",
    rf"(?P<name>{_NAME})\s+(?:said|says|reported|reports|documented|claimed|stated|told|"
    rf"announced|warned|estimated|confirmed|mengatakan|melaporkan|menyatakan|mengklaim|"
    rf"mendokumentasikan)\b",
)
_GENERIC_NAMES = frozenset({"The", "This", "It", "He", "She", "They", "A", "An", "In", "Dia"})


def is_headline(sentence_text: str, line: str) -> bool:
    """Whether the sentence is a whole line without final punctuation (title, bullet, label)."""
    return sentence_text.strip() == line.strip() and not sentence_text.rstrip().endswith(_TERMINAL)


def is_informative(sentence_text: str, line: str) -> bool:
    """Whether a sentence makes a claim worth checking for support (see the module docstring)."""
    text = sentence_text.strip()
    words = text.split()
    if len(words) < MIN_WORDS or len(text) < MIN_CHARS or is_headline(text, line):
        return False
    lowered = text.lower()
    if any(cue in lowered for cue in BOILERPLATE):
        return False
    if any(ch.isdigit() for ch in text):
        return True
    if any(re.search(rf"\b{re.escape(v)}\b", lowered) for v in REPORTING_VERBS):
        return True
    return any(w[:1].isupper() for w in words[1:])


def sentence_attribution(sentence_text: str, figures: Sequence[Figure] = ()) -> Attribution:
    """Whom the sentence cites: the attribution of its figures when it has some (the best
    attributed one), else its own cues (anonymous, then named, then vague), else none."""
    if figures:
        order = (
            AttributionKind.NAMED,
            AttributionKind.ANONYMOUS,
            AttributionKind.VAGUE,
            AttributionKind.NONE,
        )
        best = min(figures, key=lambda f: (order.index(f.attribution.kind), f.figure_id))
        return Attribution(
            kind=best.attribution.kind,
            source=best.attribution.source,
            source_norm=best.attribution.source_norm,
        )
    for pattern in ANONYMOUS_CUES:
        if (match := re.search(pattern, sentence_text, re.IGNORECASE)) is not None:
            return Attribution(kind=AttributionKind.ANONYMOUS, source=match.group(0))
    for pattern in NAMED_CUES:
        for match in re.finditer(pattern, sentence_text):
            name = _trim_name(match.group("name"))
            if name is not None:
                return Attribution(kind=AttributionKind.NAMED, source=name)
    for pattern in VAGUE_CUES:
        if (match := re.search(pattern, sentence_text, re.IGNORECASE)) is not None:
            return Attribution(kind=AttributionKind.VAGUE, source=match.group(0))
    return Attribution(kind=AttributionKind.NONE)


def _trim_name(name: str) -> str | None:
    words = name.split()
    while words and (words[0] in _GENERIC_NAMES or words[0].lower() in {"of", "for", "the", "and"}):
        words = words[1:]
    while words and words[-1].lower() in {"of", "for", "the", "and", "on", "de", "al", "untuk"}:
        words = words[:-1]
    return " ".join(words) if words else None
