"""How a language's words are normalised before lookup: case, marks, letter variants, clitics.

Declared per language in ``language.toml`` (``[text]``), so that adding a script needs data,
not code: Turkish lower-cases ``I`` to ``ı``; Arabic drops its short-vowel marks and tatweel,
folds the alef variants and strips the clitics ``و ف ب ل ال`` when a word is not found whole.

>>> norm = TextNorm.build({"lower": {"I": "ı"}})
>>> norm.word("ASKER YARALANDI")
'asker yaralandı'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Distinct words remembered per language (a memo of a pure function: results never change).
CACHE_WORDS = 200_000

#: Marks removed in every language: the combining dot that "İ".lower() leaves behind.
_ALWAYS_STRIPPED = "\u0307"


@dataclass(frozen=True, slots=True)
class TextNorm:
    """Normalisation of one language: ``before`` is applied to the raw text before
    lower-casing, ``after`` (marks removed, letters folded) after it; ``prefixes`` are clitics
    that may be stripped from a word (longest first)."""

    before: Mapping[int, str]
    after: Mapping[int, str | None]
    prefixes: tuple[str, ...]
    _forms: dict[str, tuple[str, str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, text: Mapping[str, Any]) -> TextNorm:
        """From the ``[text]`` table of ``language.toml`` (``lower``, ``strip``, ``fold``,
        ``prefixes``; all optional)."""
        before = {ord(k): str(v) for k, v in dict(text.get("lower", {})).items()}
        after: dict[int, str | None] = {ord(c): None for c in _ALWAYS_STRIPPED}
        after.update({ord(c): None for c in str(text.get("strip", ""))})
        after.update({ord(k): str(v) for k, v in dict(text.get("fold", {})).items()})
        after[ord("’")] = "'"
        prefixes = tuple(sorted((str(p) for p in text.get("prefixes", [])), key=len, reverse=True))
        return cls(before, after, prefixes)

    def word(self, raw: str) -> str:
        """The normalised form of a word or phrase."""
        return raw.translate(self.before).lower().translate(self.after)

    def forms(self, raw: str) -> tuple[str, str]:
        """``(word(raw), base(word(raw)))``, remembered per word (tokens repeat)."""
        found = self._forms.get(raw)
        if found is None:
            norm = self.word(raw)
            found = (norm, self.base(norm))
            if len(self._forms) < CACHE_WORDS:
                self._forms[raw] = found
        return found

    def base(self, norm: str) -> str:
        """``norm`` without its clitic prefix, when one is listed and two letters remain."""
        for prefix in self.prefixes:
            if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
                return norm[len(prefix) :]
        return norm


__all__ = ["TextNorm"]
