"""English wording of numbers, quantities, kinds and attributions for the brief's templates."""

from __future__ import annotations

from newsprism.model.figures import Attribution, AttributionKind, FigureKind, Qualifier
from newsprism.model.reconcile import SEVERAL_INCIDENTS_SCOPE

LANGUAGE_NAMES = {
    "en": "English",
    "id": "Indonesian",
    "ar": "Arabic",
    "fr": "French",
    "es": "Spanish",
    "de": "German",
    "tr": "Turkish",
    "ms": "Malay",
}

#: What happened to the people counted, as a passive verb phrase (plural, singular).
KIND_VERBS: dict[FigureKind, tuple[str, str]] = {
    FigureKind.KILLED: ("were killed", "was killed"),
    FigureKind.INJURED: ("were injured", "was injured"),
    FigureKind.MISSING: ("are missing", "is missing"),
    FigureKind.DISPLACED: ("were displaced", "was displaced"),
    FigureKind.ABDUCTED: ("were abducted", "was abducted"),
    FigureKind.ARRESTED: ("were arrested", "was arrested"),
    FigureKind.AFFECTED: ("were affected", "was affected"),
    FigureKind.CASUALTIES: ("were killed or injured", "was killed or injured"),
}

#: Nouns naming what the figures of a kind count ("the best estimate of deaths is 601").
KIND_NOUNS: dict[FigureKind, str] = {
    FigureKind.KILLED: "deaths",
    FigureKind.INJURED: "injuries",
    FigureKind.MISSING: "people missing",
    FigureKind.DISPLACED: "people displaced",
    FigureKind.ABDUCTED: "abductions",
    FigureKind.ARRESTED: "arrests",
    FigureKind.AFFECTED: "people affected",
    FigureKind.CASUALTIES: "casualties",
}

#: What happened, as a headline participle ("1,383 civilians killed").
KIND_PARTICIPLES: dict[FigureKind, str] = {
    FigureKind.KILLED: "killed",
    FigureKind.INJURED: "injured",
    FigureKind.MISSING: "missing",
    FigureKind.DISPLACED: "displaced",
    FigureKind.ABDUCTED: "abducted",
    FigureKind.ARRESTED: "arrested",
    FigureKind.AFFECTED: "affected",
    FigureKind.CASUALTIES: "killed or injured",
}

#: Verbs that end the source part of a vague attribution ("Reports indicate" -> "reports").
_CUE_VERBS = frozenset(
    {
        "indicate", "indicated", "indicates", "say", "said", "says", "suggest", "suggested",
        "show", "showed", "shows", "claim", "claimed", "claims", "estimate", "estimated",
        "confirm", "confirmed", "confirms", "report", "reported", "put", "puts", "told",
    }
)  # fmt: skip

_MAGNITUDE_WORDS = {
    Qualifier.DOZENS: "dozens of",
    Qualifier.HUNDREDS: "hundreds of",
    Qualifier.THOUSANDS: "thousands of",
    Qualifier.TENS_OF_THOUSANDS: "tens of thousands of",
    Qualifier.HUNDREDS_OF_THOUSANDS: "hundreds of thousands of",
    Qualifier.MILLIONS: "millions of",
}

_HEDGES = {
    Qualifier.MORE_THAN: "over",
    Qualifier.AT_LEAST: "at least",
    Qualifier.UP_TO: "up to",
    Qualifier.ABOUT: "about",
    Qualifier.NEARLY: "nearly",
}

_SCOPE_NOUNS = {"security forces": "members of the security forces"}


def number(n: int) -> str:
    """A count with thousands separators: ``1383`` -> ``"1,383"``."""
    return f"{n:,}"


def amount(qualifier: Qualifier, value: int | None, low: int | None, high: int | None) -> str:
    """A count as worded in English, without a noun: "over 1,000", "hundreds of", "13".

    ``value`` is the number as stated; ``low``/``high`` are used for ranges.
    """
    if qualifier in _MAGNITUDE_WORDS:
        return _MAGNITUDE_WORDS[qualifier]
    if qualifier is Qualifier.RANGE and low is not None and high is not None:
        return f"{number(low)} to {number(high)}"
    stated = next((n for n in (value, low, high) if n is not None), None)
    if stated is None:
        return "an unstated number of"
    hedge = _HEDGES.get(qualifier)
    if hedge and stated == 12:
        return f"{hedge} a dozen"  # "over 12" reads as a translation of "over a dozen"
    return f"{hedge} {number(stated)}" if hedge else number(stated)


def short_amount(qualifier: Qualifier, value: int | None, low: int | None, high: int | None) -> str:
    """``amount`` without a trailing "of" ("hundreds"), for lists of figures."""
    return amount(qualifier, value, low, high).removesuffix(" of")


def scope_noun(label: str, *, one: bool = False) -> str:
    """The people a group counts: "people", "civilians", "members of the security forces"; a
    roundup ("several incidents") counts people."""
    noun = "people" if label == SEVERAL_INCIDENTS_SCOPE else _SCOPE_NOUNS.get(label, label)
    return "person" if one and noun == "people" else noun


def scope_suffix(label: str) -> str:
    """Words after the verb that place the count: " in several incidents" for a roundup."""
    return f" in {SEVERAL_INCIDENTS_SCOPE}" if label == SEVERAL_INCIDENTS_SCOPE else ""


def counted(text: str, label: str, *, one: bool = False) -> str:
    """Amount and noun: "over 1,000 people", "hundreds of civilians", "1 person"."""
    return f"{text} {scope_noun(label, one=one)}"


def verb(kind: FigureKind, *, one: bool = False) -> str:
    """The passive verb phrase agreeing with the count."""
    plural, singular = KIND_VERBS[kind]
    return singular if one else plural


#: Words that make a source name take "the" in English ("the Syrian Observatory for ...").
_INSTITUTION_WORDS = frozenset(
    {
        "observatory", "network", "ministry", "office", "commission", "council", "committee",
        "organization", "organisation", "agency", "department", "service", "institute",
        "centre", "center", "coalition", "union", "federation", "authority", "army", "police",
        "government", "administration", "red", "un", "united",
    }
)  # fmt: skip


def source_name(label: str) -> str:
    """A source's name as used in a sentence: institutions take "the"."""
    words = label.split()
    if not words or words[0].lower() == "the" or not label[:1].isupper():
        return label
    if any(w.lower().strip(".,") in _INSTITUTION_WORDS for w in words):
        return f"the {label}"
    return label


def vague_source(detail: str, *, english: bool) -> str:
    """Unnamed sources as worded: "unnamed independent monitors", "unnamed reports"; a
    source worded in another language is quoted ("unnamed sources (“laporan”)").

    >>> vague_source("Reports indicate", english=True)
    'unnamed reports'
    """
    words: list[str] = []
    for word in " ".join(detail.split()).strip(' ,.;:“”"').split(" "):
        if word.lower() in _CUE_VERBS and words:
            break
        words.append(word)
    text = " ".join(w for w in words if w)
    if not text:
        return "unnamed sources"
    if not english:
        return f"unnamed sources (“{text}”)"
    if text[:1].isupper() and not text[1:2].isupper():
        text = text[:1].lower() + text[1:]
    return text if text.startswith("unnamed") else f"unnamed {text}"


def origin_detail(label: str) -> str:
    """The wording after "vague: " or "anonymous: " in an origin's label ("" when none)."""
    return label.split(": ", 1)[1] if ": " in label else ""


def origin_name(kind: AttributionKind, label: str, *, english: bool = True) -> str:
    """An origin as a noun phrase for parentheses: "Human Rights Watch", "unnamed reports",
    "an anonymous source", "no source named"."""
    if kind is AttributionKind.NAMED:
        return label
    if kind is AttributionKind.ANONYMOUS:
        return "an anonymous source"
    if kind is AttributionKind.VAGUE:
        return vague_source(origin_detail(label), english=english)
    return "no source named"


def according_to(kind: AttributionKind, label: str, *, english: bool = True) -> str:
    """Who a figure comes from, as an opening phrase: "according to Human Rights Watch",
    "according to unnamed independent monitors"; "" when no source is named."""
    if kind is AttributionKind.NAMED:
        return f"according to {source_name(label)}"
    if kind is AttributionKind.NONE:
        return ""
    return f"according to {origin_name(kind, label, english=english)}"


def citing(attribution: Attribution) -> str:
    """How a single-source sentence is sourced, as a phrase after a comma."""
    source = " ".join((attribution.source or "").split())
    if attribution.kind is AttributionKind.NAMED and source:
        return f"attributing it to {source_name(source)}"
    if attribution.kind is AttributionKind.ANONYMOUS:
        return "citing an anonymous source"
    if attribution.kind is AttributionKind.VAGUE:
        return (
            f"citing {vague_source(source, english=True)}" if source else "citing unnamed sources"
        )
    return "naming no source"


def capitalize(text: str) -> str:
    """First letter upper-cased, the rest untouched (names keep their case)."""
    return text[:1].upper() + text[1:]


def quote(text: str, max_chars: int = 180) -> str:
    """A sentence quoted in curly quotes, cut at a word boundary with an ellipsis."""
    flat = " ".join(text.split()).strip('"“” ')
    if len(flat) > max_chars:
        cut = flat[:max_chars].rsplit(" ", 1)[0].rstrip(",;:")
        flat = f"{cut}…"
    return f"“{flat}”"


def language_list(codes: tuple[str, ...]) -> str:
    """ "English and Indonesian" from ``("en", "id")``."""
    names = [LANGUAGE_NAMES.get(c, c) for c in codes if c and c != "unknown"]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"
