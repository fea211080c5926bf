"""What the extraction passes hand each other: the article's token view, the rules in force
(the language's and the selected domains'), and the candidates found so far."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsprism.extract.candidates import Candidate
from newsprism.extract.doc import Doc
from newsprism.lang.phrases import PhraseTable
from newsprism.lang.rules import Rule


@dataclass(frozen=True, slots=True)
class Triggers:
    """Words one of which a sentence must hold to hold a figure: the first words of the
    casualty lexicons and of the lexicons and literals that figure rules give a kind by
    (``stems``: their stems). A sentence without one is not read."""

    words: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()

    def met(self, norms: frozenset[str]) -> bool:
        """Whether one of ``norms`` is a trigger word or starts with a trigger stem."""
        if not self.words.isdisjoint(norms):
            return True
        stems = self.stems
        return bool(stems) and any(n.startswith(stems) for n in norms)


@dataclass(frozen=True, slots=True)
class State:
    """The input and output of every pass (passes return a new ``State``)."""

    doc: Doc
    rules: tuple[Rule, ...]
    lexicon: Callable[[str], PhraseTable[str]]
    candidates: tuple[Candidate, ...] = ()
    triggers: Triggers | None = None


__all__ = ["State", "Triggers"]
