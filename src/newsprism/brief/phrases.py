"""English wording of numbers, quantities, kinds and attributions for the brief's templates."""

from __future__ import annotations

from newsprism.model.figures import Attribution, AttributionKind, FigureKind, Qualifier

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

#: Nouns naming what the figures of a kind count ("reports of deaths differ").
KIND_NOUNS: dict[FigureKind, str] = {
    FigureKind.KILLED: "deaths",
    FigureKind.INJURED: "injuries",
    FigureKind.MISSING: "missing people",
    FigureKind.DISPLACED: "displacement",
    FigureKind.ABDUCTED: "abductions",
    FigureKind.ARRESTED: "arrests",
    FigureKind.AFFECTED: "people affected",
    FigureKind.CASUALTIES: "casualties",
}

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


def counted(text: str, label: str, *, one: bool = False) -> str:
    """Amount and noun: "over 1,000 people", "hundreds of civilians", "1 person"."""
    noun = _SCOPE_NOUNS.get(label, label)
    if one and noun == "people":
        noun = "person"
    return f"{text} {noun}"


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


def according_to(attribution_kind: AttributionKind, label: str) -> str:
    """Who a figure comes from, as a clause: "according to Human Rights Watch"."""
    if attribution_kind is AttributionKind.NAMED:
        return f"according to {source_name(label)}"
    if attribution_kind is AttributionKind.ANONYMOUS:
        return "according to an anonymous source"
    if attribution_kind is AttributionKind.VAGUE:
        detail = label.split(":", 1)[1].strip() if ":" in label else ""
        return f"according to unnamed sources (“{detail}”)" if detail else "in unsourced reports"
    return "in reports that name no source"


def citing(attribution: Attribution) -> str:
    """How a single-source sentence is sourced, as a parenthetical."""
    source = (attribution.source or "").strip()
    if attribution.kind is AttributionKind.NAMED and source:
        return f"attributed to {source}"
    if attribution.kind is AttributionKind.ANONYMOUS:
        return "citing an anonymous source"
    if attribution.kind is AttributionKind.VAGUE:
        return f"citing unnamed {source}" if source else "citing unnamed sources"
    return "with no source named"


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
