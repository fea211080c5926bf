"""How the one-person figures of ``persons`` relate to the other figures of their article.

An injured person beside the dead ("the other" of a pair, or one wounded in a sentence that
states a death) is no part of the article's count of people shot (``counted_by``).

A person found injured whose death the **next sentence** reports is not counted injured
(``died_next``): "The victim was taken to a hospital. The victim later died.", "She had been
critically injured. She passed away Saturday." The death must open that sentence and name the
person by a pronoun or by the same noun ("the victim" ... "the victim"); "The man was wounded.
His wife died." keeps both.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TypeVar

from newsprism.extract.persons import PersonMatch
from newsprism.lang.persons import PersonCues
from newsprism.model.figures import FigureKind

T = TypeVar("T")


#: Counts that make a single person's figure of a kind a part of them: "three people were
#: injured ... Lisa Downs was wounded"; "four people were shot ... Smith was wounded".
COUNTED_BY = {
    FigureKind.KILLED: frozenset({FigureKind.KILLED}),
    FigureKind.INJURED: frozenset({FigureKind.INJURED, FigureKind.CASUALTIES}),
}
#: The counts that include an injured person beside the dead: a count of the injured only.
COUNTED_BESIDE = frozenset({FigureKind.INJURED})


def counted_by(person: PersonMatch, stated: Collection[FigureKind]) -> frozenset[FigureKind]:
    """The kinds of numbered count in an article that include ``person`` (who then is no
    figure of their own). An injured person beside the dead is no part of a count of people
    shot, which counts the dead: "the other" of a pair ("shot two, killing one and wounding
    the other"), or one wounded in a sentence that also states a death ("An 8-year-old girl
    has died and her father is in critical condition"; ``stated``: the sentence's kinds)."""
    beside = person.rest or FigureKind.KILLED in stated
    if person.kind.kind is FigureKind.INJURED and beside:
        return COUNTED_BESIDE
    return COUNTED_BY.get(person.kind.kind, frozenset())


@dataclass(frozen=True, slots=True)
class Mention:
    """A person figure: its sentence (position), kind, the person's words (norms) and whether
    they open the sentence."""

    sentence: int
    kind: FigureKind
    words: tuple[str, ...]
    opens: bool


def died_next(mentions: Mapping[T, Mention], cues: PersonCues) -> set[T]:
    """Keys of the injured persons whose death the next sentence reports (see the module)."""
    deaths: dict[int, list[Mention]] = {}
    for m in mentions.values():
        named_again = m.words and (m.words[0] in cues.pronouns or m.words[0] in cues.determiners)
        if m.kind is FigureKind.KILLED and m.opens and named_again:
            deaths.setdefault(m.sentence, []).append(m)
    return {
        key
        for key, m in mentions.items()
        if m.kind is FigureKind.INJURED
        and m.words
        and any(
            d.words[0] in cues.pronouns or d.words[-1] == m.words[-1]
            for d in deaths.get(m.sentence + 1, ())
        )
    }


__all__ = ["COUNTED_BY", "Mention", "counted_by", "died_next"]
