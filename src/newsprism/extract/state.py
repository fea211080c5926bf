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
class State:
    """The input and output of every pass (passes return a new ``State``)."""

    doc: Doc
    rules: tuple[Rule, ...]
    lexicon: Callable[[str], PhraseTable[str]]
    candidates: tuple[Candidate, ...] = ()


__all__ = ["State"]
