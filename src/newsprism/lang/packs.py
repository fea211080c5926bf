"""Language packs: what the extractor knows about one language, compiled from data files.

Each language has a folder ``resources/<iso>/`` with five files, each checked against its
schema when loaded (unknown keys are errors; see ``lang.schema`` and ``resources/README.md``):

- ``language.toml``: the language's name and how its words are normalised (``[text]``);
- ``numbers.toml``: digit grouping, number words, magnitudes ("hundreds"), hedges, ranges;
- ``lexicon.toml``: named phrase lists: casualty words per kind, people nouns, victim groups,
  places, time words, non-count cues; rules refer to them as ``@name``;
- ``rules.toml``: extraction rules (``lang.rules``) with their examples;
- ``attribution.toml``: attribution cues, vague and anonymous sources, organisation heads.

A pack is immutable, so ``load_pack`` caches one per language: caching changes load time, never
results. Code never branches on a language code, only on this data; adding a language is adding
a folder (and its golden case).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from newsprism.lang.known_sources import Source, pack_sources
from newsprism.lang.number_words import Hedge, Magnitude, NumberWords, hedge_table, roles
from newsprism.lang.patterns import AtomKind
from newsprism.lang.phrases import PhraseTable
from newsprism.lang.rules import RULE_SCHEMA, Rule, compile_rule
from newsprism.lang.schema import PackError, Schema, require, validate
from newsprism.lang.textnorm import TextNorm
from newsprism.model.figures import FigureKind, Qualifier

#: Language whose data serves articles in an unknown language.
FALLBACK_LANG = "en"

#: Lexicons whose payload is a figure kind (their keys must be kinds).
KIND_LEXICONS = frozenset({"casualty_after", "casualty_before"})
#: Lexicons the extractor's passes read by name, with what each is for (``newsprism langs``).
KNOWN_LEXICONS: Mapping[str, str] = {
    "casualty_after": "casualty words after the number, per kind (13 killed, 135 morts)",
    "casualty_before": "casualty words before the number, per kind (killing 13, bilan de 135)",
    "people": "nouns for people between a number and its casualty word (50 people killed)",
    "groups": "victim groups, per label (civilians, children, soldiers)",
    "places": "place names and aliases, per canonical name",
    "locatives": "prepositions before a place (in, à, di, في)",
    "not_after": "words after a number that make it no count of people (years, km, %)",
    "not_before": "words before a number that make it no count of people (aged, article, $)",
    "months": "month names (a number beside one is a date)",
    "period_units": "units of a period, per unit (hours, days)",
    "since": "words that open a period (since)",
    "as_of": "words that tie a figure to a time (as of, by, on)",
    "days": "names of days and relative days (Saturday, yesterday)",
    "negations": "words that deny the casualty word after them (not, pas, nicht)",
    "clause_breaks": "words that open another clause: a casualty word after them is not the count's",
    "conjunctions": "words between the items of a list (and, et, ve, و)",
}

LANGUAGE_SCHEMA: Schema = {
    "name": "str",
    "text": {
        "lower": "dict[str,str]",
        "strip": "str",
        "fold": "dict[str,str]",
        "prefixes": "list[str]",
    },
}
NUMBERS_SCHEMA: Schema = {
    "digits": {"decimal": "str", "thousands": "list[str]"},
    "words": {
        "values": "dict[str,int]",
        "multipliers": "dict[str,int]",
        "scales": "dict[str,int]",
        "adders": "dict[str,int]",
        "joiners": "list[str]",
        "one_words": "list[str]",
        "clitics": "list[str]",
        "compounds": "bool",
    },
    "vague": {"*": "pair[str,int]"},
    "qualifiers": {"before": {"*": "list[str]"}, "after": {"*": "list[str]"}},
    "ranges": {"prefixes": "list[str]", "connectors": "list[str]"},
}
LEXICON_SCHEMA: Schema = {"*": "list[str]|dict[str,list[str]]"}
RULES_SCHEMA: Schema = {"rule": ("table", RULE_SCHEMA)}
ATTRIBUTION_SCHEMA: Schema = {
    "cues": {
        "named": "list[str]",
        "source_after": "list[str]",
        "source_before": "list[str]",
        "relays": "list[str]",
        "verb_final": "list[str]",
        "recipients": "list[str]",
    },
    "vague": {"phrases": "list[str]", "speakers": "list[str]"},
    "anonymous": {"phrases": "list[str]"},
    "anaphora": {"phrases": "list[str]"},
    "organisations": {
        "heads": "list[str]",
        "head_last": "list[str]",
        "modifiers": "list[str]",
        "inflections": "dict[str,str]",
    },
    "example": ("table", {"text": "str", "kind": "str", "source": "str", "note": "str"}),
}


@dataclass(frozen=True, slots=True)
class NumberGrammar:
    """How the language writes numbers: digit grouping, words, magnitudes, hedges, ranges."""

    decimal: str
    thousands: tuple[str, ...]
    words: NumberWords
    compounds: bool
    magnitudes: PhraseTable[Magnitude]
    hedges_before: PhraseTable[Hedge]
    hedges_after: PhraseTable[Hedge]
    range_prefixes: PhraseTable[bool]
    range_connectors: frozenset[str]


@dataclass(frozen=True, slots=True)
class AttributionExample:
    """A sentence whose figure must be attributed as given (``kind``, and ``source`` when named:
    the canonical key of a known source, or the source as written)."""

    text: str
    kind: str
    source: str | None


@dataclass(frozen=True, slots=True)
class AttributionCues:
    """Attribution cues: verbs and phrases that attribute a statement (``named``), cues after
    which (``source_after``: "according to", "selon") or before which (``source_before``:
    Turkish "-e göre") the source is named, relay cues ("citing"), vague and anonymous sources,
    anaphora, and the heads of organisation names ("ministry", "Bakanlığı")."""

    named: PhraseTable[bool]
    source_after: PhraseTable[bool]
    source_before: PhraseTable[bool]
    relays: PhraseTable[bool]
    vague: PhraseTable[bool]
    anonymous: PhraseTable[bool]
    anaphora: PhraseTable[bool]
    org_heads: PhraseTable[bool]
    org_head_last: PhraseTable[bool]
    org_modifiers: frozenset[str]
    examples: tuple[AttributionExample, ...]
    #: Case endings of an organisation's head and what replaces them in its citation form
    #: ("ordusundan" -> "ordusu", "Gesundheitsministeriums" -> "Gesundheitsministerium"),
    #: longest first.
    org_inflections: tuple[tuple[str, str], ...] = ()
    #: Unnamed groups that are a source only where their sentence has a cue ("officials
    #: said"; not "Rescuers searched the sea").
    vague_speakers: PhraseTable[bool] = field(default_factory=lambda: PhraseTable.build([]))
    #: Verbs of saying that end a sentence whose subject opens it (Turkish "X, ... 30 kişinin
    #: öldüğünü açıkladı"): the name at the start is the source.
    verb_final: PhraseTable[bool] = field(default_factory=lambda: PhraseTable.build([]))
    #: Cues after which the outlet that was told is named ("told AFP", "sagte gegenüber der
    #: dpa"): a relay of the speaker named before, not the source.
    recipients: PhraseTable[bool] = field(default_factory=lambda: PhraseTable.build([]))


@dataclass(frozen=True, slots=True)
class LanguagePack:
    """Everything the extractor knows about one language, as compiled data."""

    lang: str
    name: str
    text: TextNorm
    numbers: NumberGrammar
    #: Digits (group 1, in any grouping) or words (marks kept) or single other characters.
    token_re: re.Pattern[str]
    lexicons: Mapping[str, PhraseTable[str]]
    rules: tuple[Rule, ...]
    attribution: AttributionCues
    sources: PhraseTable[Source]
    sources_exact: PhraseTable[Source]
    #: Words that may start a number (number words, magnitudes) for the sentence pre-filter.
    number_starters: frozenset[str]

    def lexicon(self, name: str) -> PhraseTable[str]:
        """The named lexicon (an empty table when the pack does not define it)."""
        return self.lexicons.get(name, _EMPTY)

    def norm(self, raw: str) -> str:
        """``raw`` normalised as this language's tokens are."""
        return self.text.word(raw)


_EMPTY: PhraseTable[str] = PhraseTable.build([])

#: Letters with the combining marks that follow them (Arabic short vowels stay inside a word).
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
WORD_PATTERN = rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}])*"


def token_pattern(thousands: tuple[str, ...]) -> re.Pattern[str]:
    """Numbers in digits (group 1: plain, grouped by thousands with ``,`` ``.`` or the
    language's own separators, Indian lakh grouping, with a decimal part), words, or any one
    other character."""
    seps = "".join(sorted({",", ".", *thousands}))
    sep = f"[{re.escape(seps)}]"
    number = (
        rf"(?<![\d])(?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?!\d)"  # 1,00,000 (lakh)
        rf"|\d{{1,3}}(?:{sep}\d{{3}}(?!\d))+(?:[.,]\d+)?"  # 1,383 / 1.383 / 1 383 / 1.234,5
        rf"|\d+(?:[.,]\d+)?)"
    )
    return re.compile(rf"({number})|{WORD_PATTERN}|[^\w\s]", re.UNICODE)


def _root() -> Traversable:
    return resources.files("newsprism.lang") / "resources"


def available_languages() -> tuple[str, ...]:
    """ISO codes of the languages that have a pack."""
    return tuple(
        sorted(p.name for p in _root().iterdir() if p.is_dir() and (p / "language.toml").is_file())
    )


def read_toml(path: Traversable, schema: Schema, where: str) -> dict[str, Any]:
    """A pack file, parsed and validated (``{}`` when it does not exist)."""
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        msg = f"{where}: not valid TOML ({exc})"
        raise PackError(msg) from None
    validate(data, schema, where)
    return data


def _table(norm: TextNorm, phrases: Iterable[object]) -> PhraseTable[bool]:
    return PhraseTable.build((norm.word(str(p)), True) for p in phrases)


def _numbers(data: Mapping[str, Any], norm: TextNorm, where: str) -> NumberGrammar:
    require(data, ("digits", "words"), where)
    digits = data["digits"]
    w = data["words"]

    def words(key: str) -> dict[str, int]:
        return {norm.word(k): int(v) for k, v in w.get(key, {}).items()}

    values, multipliers, scales, adders = (
        words(k) for k in ("values", "multipliers", "scales", "adders")
    )
    number_words = NumberWords(
        values=values,
        multipliers=multipliers,
        scales=scales,
        adders=adders,
        roles=roles(values, multipliers, scales, adders),
        joiners=frozenset(norm.word(j) for j in w.get("joiners", [])),
        one_words=frozenset(norm.word(j) for j in w.get("one_words", [])),
        clitics=tuple(norm.word(c) for c in w.get("clitics", [])),
    )
    magnitudes: list[tuple[str, Magnitude]] = []
    for phrase, spec in data.get("vague", {}).items():
        try:
            magnitudes.append((norm.word(phrase), Magnitude(Qualifier(spec[0]), int(spec[1]))))
        except ValueError:
            msg = f"{where}: vague.{phrase}: unknown qualifier {spec[0]!r}"
            raise PackError(msg) from None
    qualifiers = data.get("qualifiers", {})
    try:
        before = hedge_table({norm.word(k): v for k, v in qualifiers.get("before", {}).items()})
        after = hedge_table({norm.word(k): v for k, v in qualifiers.get("after", {}).items()})
    except ValueError as exc:
        raise PackError(f"{where}: {exc}") from None
    ranges = data.get("ranges", {})
    return NumberGrammar(
        decimal=str(digits["decimal"]),
        thousands=tuple(str(s) for s in digits.get("thousands", [])),
        words=number_words,
        compounds=bool(w.get("compounds", False)),
        magnitudes=PhraseTable.build(magnitudes),
        hedges_before=before,
        hedges_after=after,
        range_prefixes=_table(norm, ranges.get("prefixes", [])),
        range_connectors=frozenset(norm.word(c) for c in ranges.get("connectors", [])),
    )


def compile_lexicons(
    data: Mapping[str, Any], norm: TextNorm, where: str
) -> dict[str, PhraseTable[str]]:
    """Named phrase lists: a list (payload ``""``) or a table of lists (payload: the key)."""
    out: dict[str, PhraseTable[str]] = {}
    for name, body in data.items():
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            msg = f"{where}: bad lexicon name {name!r} (lower-case letters, digits, _)"
            raise PackError(msg)
        items: list[tuple[str, str]] = []
        if isinstance(body, list):
            items = [(norm.word(p), "") for p in body]
        elif isinstance(body, dict):
            for label, phrases in body.items():
                if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
                    msg = f"{where}: {name}.{label} must be a list of phrases"
                    raise PackError(msg)
                if name in KIND_LEXICONS and label not in FigureKind.__members__.values():
                    msg = f"{where}: {name}.{label} is no figure kind"
                    raise PackError(msg)
                items.extend((norm.word(p), str(label)) for p in phrases)
        else:
            msg = f"{where}: lexicon {name!r} must be a list of phrases or a table of lists"
            raise PackError(msg)
        out[name] = PhraseTable.build(items)
    return out


def _attribution(data: Mapping[str, Any], norm: TextNorm) -> AttributionCues:
    cues = data.get("cues", {})
    orgs = data.get("organisations", {})
    return AttributionCues(
        named=_table(norm, cues.get("named", [])),
        source_after=_table(norm, cues.get("source_after", [])),
        source_before=_table(norm, cues.get("source_before", [])),
        relays=_table(norm, cues.get("relays", [])),
        vague=_table(norm, data.get("vague", {}).get("phrases", [])),
        anonymous=_table(norm, data.get("anonymous", {}).get("phrases", [])),
        anaphora=_table(norm, data.get("anaphora", {}).get("phrases", [])),
        org_heads=_table(norm, orgs.get("heads", [])),
        org_head_last=_table(norm, orgs.get("head_last", [])),
        org_modifiers=frozenset(norm.word(m) for m in orgs.get("modifiers", [])),
        examples=tuple(
            AttributionExample(str(e["text"]), str(e["kind"]), e.get("source"))
            for e in data.get("example", [])
        ),
        vague_speakers=_table(norm, data.get("vague", {}).get("speakers", [])),
        verb_final=_table(norm, cues.get("verb_final", [])),
        recipients=_table(norm, cues.get("recipients", [])),
        org_inflections=tuple(
            sorted(
                ((norm.word(k), str(v)) for k, v in dict(orgs.get("inflections", {})).items()),
                key=lambda e: -len(e[0]),
            )
        ),
    )


def compile_rules(
    data: Mapping[str, Any], norm: TextNorm, lexicons: Mapping[str, PhraseTable[str]], where: str
) -> tuple[Rule, ...]:
    """The rules of a ``rules.toml``, checked: unique ids, lexicons that exist, payload
    lexicons of a figure rule that carry kinds."""
    rules: list[Rule] = []
    seen: set[str] = set()
    for order, raw in enumerate(data.get("rule", [])):
        rule = compile_rule(raw, order, where, norm.word)
        if rule.id in seen:
            msg = f"{where}: duplicate rule id {rule.id!r}"
            raise PackError(msg)
        seen.add(rule.id)
        for element in rule.elements:
            if element.kind is AtomKind.LEXICON and element.name not in lexicons:
                msg = f"{where} rule {rule.id!r}: unknown lexicon @{element.name}"
                raise PackError(msg)
        if rule.kind_from is not None:
            labels = {payload for _, payload in lexicons[rule.kind_from].entries()}
            bad = sorted(labels - set(FigureKind.__members__.values()))
            if bad:
                msg = f"{where} rule {rule.id!r}: @{rule.kind_from} has labels that are no kinds: {bad}"
                raise PackError(msg)
        rules.append(rule)
    return tuple(rules)


def _check_lexicon_use(
    lexicons: Mapping[str, PhraseTable[str]], rules: tuple[Rule, ...], where: str
) -> None:
    used = {e.name for r in rules for e in r.elements if e.kind is AtomKind.LEXICON}
    unused = sorted(set(lexicons) - used - set(KNOWN_LEXICONS))
    if unused:
        msg = f"{where}: lexicons {unused} are neither read by the extractor nor used by a rule (misspelt?)"
        raise PackError(msg)


def build_pack(lang: str, folder: Traversable) -> LanguagePack:
    """Compile the pack in ``folder`` (files validated; ``PackError`` names the file and key)."""
    where = f"language pack {lang!r}"
    meta = read_toml(folder / "language.toml", LANGUAGE_SCHEMA, f"{where} (language.toml)")
    norm = TextNorm.build(meta.get("text", {}))
    numbers = _numbers(
        read_toml(folder / "numbers.toml", NUMBERS_SCHEMA, f"{where} (numbers.toml)"),
        norm,
        f"{where} (numbers.toml)",
    )
    lexicons = compile_lexicons(
        read_toml(folder / "lexicon.toml", LEXICON_SCHEMA, f"{where} (lexicon.toml)"),
        norm,
        f"{where} (lexicon.toml)",
    )
    rules_at = f"{where} (rules.toml)"
    rules = compile_rules(
        read_toml(folder / "rules.toml", RULES_SCHEMA, rules_at), norm, lexicons, rules_at
    )
    _check_lexicon_use(lexicons, rules, f"{where} (lexicon.toml)")
    attribution = _attribution(
        read_toml(folder / "attribution.toml", ATTRIBUTION_SCHEMA, f"{where} (attribution.toml)"),
        norm,
    )
    folded, exact = pack_sources(norm)
    w = numbers.words
    starters = set(w.roles) | set(numbers.magnitudes.first_words()) | set(w.one_words)
    return LanguagePack(
        lang=lang,
        name=str(meta.get("name", lang)),
        text=norm,
        numbers=numbers,
        token_re=token_pattern(numbers.thousands),
        lexicons=lexicons,
        rules=rules,
        attribution=attribution,
        sources=folded,
        sources_exact=exact,
        number_starters=frozenset(starters),
    )


@functools.cache
def load_pack(lang: str) -> LanguagePack:
    """The compiled pack for ``lang``; unknown or unsupported languages get English data."""
    if lang not in available_languages():
        lang = FALLBACK_LANG
    return build_pack(lang, _root() / lang)


__all__ = [
    "FALLBACK_LANG",
    "KIND_LEXICONS",
    "KNOWN_LEXICONS",
    "AttributionCues",
    "AttributionExample",
    "LanguagePack",
    "NumberGrammar",
    "available_languages",
    "build_pack",
    "compile_lexicons",
    "compile_rules",
    "load_pack",
    "read_toml",
    "token_pattern",
]
