"""The tokens and sources of an article's sentences, read on first use and kept for the
article: most sentences never need them, and those that do are read by several rules."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

from newsprism.extract.gun_violence.attribution import SentenceSources, read_sources
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.extract.gun_violence.tokens import Token, tokenize
from newsprism.model.article import Sentence


class Sources(Sequence[SentenceSources]):
    """Per-sentence sources, read on first use (most sentences never need them)."""

    def __init__(
        self, text: str, sents: Sequence[Sentence], lines: Sequence[int], pack: LanguagePack
    ) -> None:
        self._text = text
        self._sents = sents
        self._lines = lines
        self._pack = pack
        self._cache: dict[int, SentenceSources] = {}
        self.tokens: dict[int, tuple[list[Token], list[str]]] = {}

    def tokens_of(self, i: int) -> tuple[list[Token], list[str]]:
        if i not in self.tokens:
            span = self._sents[i].span
            toks = tokenize(self._text, span.start, span.end, self._pack)
            self.tokens[i] = (toks, [t.norm for t in toks])
        return self.tokens[i]

    def __len__(self) -> int:
        return len(self._sents)

    @overload
    def __getitem__(self, i: int) -> SentenceSources: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[SentenceSources]: ...
    def __getitem__(self, i: int | slice) -> SentenceSources | Sequence[SentenceSources]:
        if isinstance(i, slice):
            return [self[k] for k in range(len(self))[i]]
        if i not in self._cache:
            toks, norms = self.tokens_of(i)
            self._cache[i] = read_sources(self._text, toks, norms, self._pack, line=self._lines[i])
        return self._cache[i]

    def __iter__(self) -> Iterator[SentenceSources]:
        return (self[k] for k in range(len(self)))


__all__ = ["Sources"]
