"""Framing cues of one language: ``resources/<iso>/framing.toml``, read by ``newsprism.framing``.

The file declares lexicons (phrases matched on lower-cased tokens like every pack table, plus
optional regular expressions for what a word list cannot say, such as Turkish suffixes), the
punctuation marks of questions and exclamations, and the quotation marks of reported speech.
Every lexicon and mark carries ``positive`` example sentences that must fire it and
``negative`` ones that must not; the tests run them. Unknown sections or keys are errors, so a
misspelt lexicon never silently turns a signal off.

Lexicons (section ``[lexicons.<name>]``):

- ``loaded``: emotive or loaded terms ("slammed", "regime", "bloodbath");
- ``evaluative``: words that judge ("disgraceful", "naive", "unfortunately");
- ``intensifier``: words that amplify ("utterly", "of course");
- ``first_person``, ``second_person``: the writer or the reader in the text ("we", "you");
- ``normative``: what ought to be ("must", "should", "it is time to");
- ``hedge`` and ``certainty``: doubt ("reportedly", "may") against certainty ("clearly");
- ``reporting``: the language of reports ("said", "according to", weekday names). Not shown as
  a signal: it lowers a sentence's opinion score.

Marks (section ``[marks.<name>]``): ``question`` and ``exclamation``, each a list of ``marks``
that end such a sentence. ``[quotes] pairs``: opening and closing quotation marks. ``[case]
skip_capitalised``: whether a one-word cue capitalised in mid-sentence is a name ("May");
``capitalised_cues``: cues that are written with a capital and still count (Indonesian "Anda").
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsprism.lang.phrases import PhraseTable, norm_token

#: Lexicon names a framing.toml may declare, in the order signals are reported.
LEXICON_NAMES: tuple[str, ...] = (
    "loaded",
    "evaluative",
    "intensifier",
    "first_person",
    "second_person",
    "normative",
    "hedge",
    "certainty",
    "reporting",
)
#: Mark names a framing.toml may declare.
MARK_NAMES: tuple[str, ...] = ("question", "exclamation")

_LEXICON_KEYS = frozenset({"phrases", "patterns", "positive", "negative"})
_MARK_KEYS = frozenset({"marks", "positive", "negative"})
_TOP_KEYS = frozenset({"lexicons", "marks", "quotes", "case"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One lexicon: its phrase table, its regular expressions and its example sentences."""

    name: str
    table: PhraseTable[bool]
    patterns: tuple[re.Pattern[str], ...]
    positive: tuple[str, ...]
    negative: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Marks:
    """Sentence-final marks of one kind ("?", "؟") and their example sentences."""

    name: str
    marks: tuple[str, ...]
    positive: tuple[str, ...]
    negative: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FramingCues:
    """The framing cues of one language (immutable, cached per language)."""

    lang: str
    lexicons: tuple[Lexicon, ...]
    marks: tuple[Marks, ...]
    #: Pairs of (opening, closing) quotation marks; a pair of one character toggles.
    quotes: tuple[tuple[str, str], ...]
    #: Whether a one-word cue capitalised mid-sentence is a name, not the cue ("May", "Hope"):
    #: true where the language capitalises only names and sentence starts (not German).
    skip_capitalised: bool = False
    #: Cues written with a capital in running text that are no names (Indonesian "Anda").
    capitalised_cues: frozenset[str] = frozenset()

    def lexicon(self, name: str) -> Lexicon | None:
        """The lexicon called ``name``, if the language declares it."""
        return next((x for x in self.lexicons if x.name == name), None)


class FramingCuesError(ValueError):
    """A framing.toml that does not follow the layout above (names the file and the key)."""


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        msg = f"{where}: expected a list of strings"
        raise FramingCuesError(msg)
    return tuple(value)


def _check_keys(table: object, allowed: frozenset[str], where: str) -> dict[str, Any]:
    if not isinstance(table, dict):
        msg = f"{where}: expected a table"
        raise FramingCuesError(msg)
    unknown = sorted(set(table) - allowed)
    if unknown:
        msg = (
            f"{where}: unknown key(s) {', '.join(unknown)} (allowed: {', '.join(sorted(allowed))})"
        )
        raise FramingCuesError(msg)
    return table


def parse_framing_cues(lang: str, data: dict[str, Any], source: str) -> FramingCues:
    """Validate and compile the parsed contents of a framing.toml (``source`` names it in
    error messages)."""
    _check_keys(data, _TOP_KEYS, source)
    lexicons: list[Lexicon] = []
    raw_lexicons = _check_keys(data.get("lexicons", {}), frozenset(LEXICON_NAMES), source)
    for name in LEXICON_NAMES:
        if name not in raw_lexicons:
            continue
        where = f"{source} [lexicons.{name}]"
        entry = _check_keys(raw_lexicons[name], _LEXICON_KEYS, where)
        try:
            patterns = tuple(
                re.compile(p, re.IGNORECASE) for p in _strings(entry.get("patterns", []), where)
            )
        except re.error as exc:
            msg = f"{where}: bad pattern: {exc}"
            raise FramingCuesError(msg) from exc
        lexicons.append(
            Lexicon(
                name=name,
                table=PhraseTable.build(
                    (w, True) for w in _strings(entry.get("phrases", []), where)
                ),
                patterns=patterns,
                positive=_strings(entry.get("positive", []), where),
                negative=_strings(entry.get("negative", []), where),
            )
        )
    marks: list[Marks] = []
    raw_marks = _check_keys(data.get("marks", {}), frozenset(MARK_NAMES), source)
    for name in MARK_NAMES:
        if name not in raw_marks:
            continue
        where = f"{source} [marks.{name}]"
        entry = _check_keys(raw_marks[name], _MARK_KEYS, where)
        marks.append(
            Marks(
                name=name,
                marks=_strings(entry.get("marks", []), where),
                positive=_strings(entry.get("positive", []), where),
                negative=_strings(entry.get("negative", []), where),
            )
        )
    quotes_table = _check_keys(data.get("quotes", {}), frozenset({"pairs"}), f"{source} [quotes]")
    pairs = []
    for pair in _strings(quotes_table.get("pairs", []), f"{source} [quotes]"):
        if len(pair) != 2:
            msg = f"{source} [quotes]: {pair!r} is not two characters (opening and closing mark)"
            raise FramingCuesError(msg)
        pairs.append((pair[0], pair[1]))
    case = _check_keys(
        data.get("case", {}),
        frozenset({"skip_capitalised", "capitalised_cues"}),
        f"{source} [case]",
    )
    skip = case.get("skip_capitalised", False)
    if not isinstance(skip, bool):
        msg = f"{source} [case]: skip_capitalised must be true or false"
        raise FramingCuesError(msg)
    return FramingCues(
        lang=lang,
        lexicons=tuple(lexicons),
        marks=tuple(marks),
        quotes=tuple(pairs),
        skip_capitalised=skip,
        capitalised_cues=frozenset(
            norm_token(w) for w in _strings(case.get("capitalised_cues", []), f"{source} [case]")
        ),
    )


def framing_languages() -> tuple[str, ...]:
    """ISO codes of the languages that have a framing.toml."""
    root = resources.files("newsprism.lang") / "resources"
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "framing.toml").is_file())
    )


@functools.cache
def load_framing_cues(lang: str) -> FramingCues:
    """The framing cues of ``lang``; a language without a framing.toml gets English cues."""
    if lang not in framing_languages():
        lang = "en"
    path = resources.files("newsprism.lang") / "resources" / lang / "framing.toml"
    source = f"lang/resources/{lang}/framing.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        msg = f"{source}: not valid TOML: {exc}"
        raise FramingCuesError(msg) from exc
    return parse_framing_cues(lang, data, source)
