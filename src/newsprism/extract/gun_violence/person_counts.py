"""How the one-person figures of ``persons`` relate to the other figures of their article.

An injured person beside the dead ("the other" of a pair, or one wounded in a sentence that
states a death) is no part of the article's count of people shot (``counted_by``).

A person found injured whose death the article reports in another sentence is not counted
injured (``died_next``):

- the **next sentence** opens with the death, naming the person by a pronoun or by the same
  noun: "The victim was taken to a hospital. The victim later died.", "She had been critically
  injured. She passed away Saturday." (``_next``);
- or any other sentence names the **same person** dead: a definite phrase with the same noun,
  the same name, or the same noun and age ("A 16-year-old boy was critically wounded. ...
  Police said the boy died Saturday.", "Smith was airlifted to a hospital. ... Smith died";
  ``_named_again``). A person injured after the death must be definite too ("the boy", a
  name): "The man died. ... A man was wounded" is another man.

"The man was wounded. His wife died.", "... the other man died", "... the 20-year-old man
died" keep both.

Two more readings name the dead as injured: the same age, with the same noun or the age
standing for the person ("has killed a 16-year-old ... critically injured a 16-year-old";
``_same_age``), and a pronoun or "the ..." phrase found injured soon after the only persons
named so far, all dead ("A 17-year-old boy died ... The teenager was shooting guns when he
was wounded"; ``_refers_to_dead``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from newsprism.extract.gun_violence.kinds import KindMatch
from newsprism.extract.gun_violence.numbers import QuantityMatch
from newsprism.extract.gun_violence.person_cues import PersonCues
from newsprism.extract.gun_violence.persons import PersonMatch
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
    if person.rest:
        return counted_one(person.kind.kind, {*stated, FigureKind.KILLED})
    return counted_one(person.kind.kind, stated)


def counted_one(kind: FigureKind, stated: Collection[FigureKind]) -> frozenset[FigureKind]:
    """The kinds of numbered count that include one person of ``kind`` in a sentence that
    states ``stated``: beside a death, an injured person is a part of the injured only ("an
    officer was shot and a man killed"); else of the injured or of the people shot ("four
    people were shot ... Another resident was also shot and is being treated")."""
    if kind is FigureKind.INJURED and FigureKind.KILLED in stated:
        return COUNTED_BESIDE
    return COUNTED_BY.get(kind, frozenset())


@dataclass(frozen=True, slots=True)
class Mention:
    """A person figure: its sentence (position), kind, the person's words (norms) and whether
    they open the sentence."""

    sentence: int
    kind: FigureKind
    words: tuple[str, ...]
    opens: bool
    #: The words between the person and what happened to them ("was also" in "a man was also
    #: shot"); ``None`` when what happened comes first ("the shooting of a child", "shot by a
    #: man"): then the person is no subject (``words_after``).
    after: tuple[str, ...] | None = None


def words_after(
    norms: Sequence[str], cues: PersonCues, person: QuantityMatch, kind: KindMatch | None
) -> tuple[str, ...] | None:
    """The words between ``person`` and what happened to them (``kind``, or a predicate right
    after the person when ``kind`` was read before it: "he was shot, while a 4-year-old girl
    was grazed"), or ``None`` when nothing that happened follows the person or the person
    did it ("a boy shot himself", "a man shot his brother")."""
    if kind is not None and kind.first >= person.last:
        if kind.last < len(norms) and norms[kind.last] in cues.objects:
            return None  # "a 2-year-old boy shot himself": the agent
        return tuple(norms[person.last : kind.first])
    j = person.last
    while j < len(norms) and norms[j] in cues.between:
        j += 1
    if cues.passive.match_at(norms, j) is None and cues.pending.match_at(norms, j) is None:
        return None
    return tuple(norms[person.last : j])


def died_next(mentions: Mapping[T, Mention], cues: PersonCues) -> set[T]:
    """Keys of the injured persons whose death another sentence reports (see the module)."""
    deaths = [m for m in mentions.values() if m.kind is FigureKind.KILLED and m.words]
    died = {
        key
        for key, m in mentions.items()
        if m.kind is FigureKind.INJURED
        and m.words
        and any(_next(m, d, cues) or _named_again(m, d, cues) for d in deaths)
    }
    return died | {
        key
        for key, m in mentions.items()
        if m.kind is FigureKind.INJURED
        and key not in died
        and _refers_to_dead(m, [v for k, v in mentions.items() if k not in died], cues)
    }


#: How many sentences back a pronoun ("he") and a definite phrase ("the teen") may reach
#: for the dead person they name again.
PRONOUN_REACH = 1
DEFINITE_REACH = 2


def _refers_to_dead(injured: Mention, mentions: Sequence[Mention], cues: PersonCues) -> bool:
    """An injured person named by a pronoun or a definite phrase ("he", "the teen") after a
    death, when every person the article introduced before them is dead and the nearest of
    them is near (``PRONOUN_REACH``, ``DEFINITE_REACH`` sentences back): the anaphor can only name the dead
    ("A 17-year-old boy died Saturday ... The teenager was shooting guns with friends when
    he was wounded"). Not one more person ("the other man", "he was also wounded"), nor
    one named by a possessive ("his brother") or with an age of their own."""
    words = injured.words
    if not words or not (words[0] in cues.pronouns or words[0] in cues.determiners):
        return False
    if any(w.isdigit() for w in words) or _one_more(injured, cues):
        return False
    before = [m for m in mentions if m.words and m.sentence < injured.sentence]
    if not before or any(m.kind is not FigureKind.KILLED for m in before):
        return False
    reach = PRONOUN_REACH if words[0] in cues.pronouns else DEFINITE_REACH
    return injured.sentence - max(m.sentence for m in before) <= reach


def _one_more(mention: Mention, cues: PersonCues) -> bool:
    """Whether a person's words or the words before what happened to them mark one more
    person beside those named ("the other man", "another", "he was also shot")."""
    said = (*mention.words, *(mention.after or ()))
    return not (
        cues.rest.isdisjoint(said) and cues.elliptic.isdisjoint(said)
    ) or not cues.one_more.isdisjoint(said)


def _next(injured: Mention, death: Mention, cues: PersonCues) -> bool:
    """The next sentence opens with the death of the person, named by a pronoun, by the
    same noun, or by a noun that names anyone ("The victim was taken to a hospital. He later
    died.", "The girl was wounded. The victim later died.")."""
    opener = death.words[0]
    return (
        death.sentence == injured.sentence + 1
        and death.opens
        and (opener in cues.pronouns or opener in cues.determiners)
        and (
            opener in cues.pronouns
            or death.words[-1] == injured.words[-1]
            or (death.words[-1] in cues.any_person and len(death.words) == 2)
        )
    )


def _named_again(injured: Mention, death: Mention, cues: PersonCues) -> bool:
    """A later sentence reports the death of the same person, named again by a definite
    phrase with the same noun or by the same name: "A 16-year-old boy was critically injured.
    ... Police said the boy died Saturday." Not another of the same noun ("the other man",
    "another man", "a man"), nor a person of another age ("the 20-year-old man")."""
    if death.sentence == injured.sentence:
        return False
    if _same_age(injured, death, cues):
        return True  # "has killed a 16-year-old ... critically injured a 16-year-old"
    if death.words[-1] != injured.words[-1]:
        return False
    if death.sentence < injured.sentence and not _definite(injured.words, cues):
        return False  # "The man died. ... A man was wounded": another man
    if not (cues.rest.isdisjoint(death.words) and cues.elliptic.isdisjoint(death.words)):
        return False
    if injured.words[-1] in cues.pronouns:
        return False
    ages = {w for w in injured.words if w.isdigit()}, {w for w in death.words if w.isdigit()}
    if all(ages):
        return ages[0] == ages[1]  # "A 16-year-old boy was wounded ... A 16-year-old boy died"
    return _definite(death.words, cues)


def _same_age(injured: Mention, death: Mention, cues: PersonCues) -> bool:
    """Both persons are described by the same age and a noun that fits both (the same, or
    the age standing for the person: "a 14-year-old boy" and "a 14-yr-old"), and neither is
    marked as one more person ("another 16-year-old", "was also shot")."""
    ages = [w for w in injured.words if w.isdigit()], [w for w in death.words if w.isdigit()]
    if not (ages[0] and ages[0] == ages[1]):
        return False
    if _one_more(injured, cues) or _one_more(death, cues):
        return False
    nouns = injured.words[-1], death.words[-1]
    return nouns[0] == nouns[1] or not cues.age_ends.isdisjoint(nouns)


def _definite(words: Sequence[str], cues: PersonCues) -> bool:
    """Whether a person's words name someone already known: a determiner or possessive
    phrase ("the boy", "his brother") or a name ("Kendal Pinkerton"), not "a man"."""
    opener = words[0]
    if opener in cues.determiners or opener in cues.possessives:
        return True
    return all(w.isalpha() and w not in cues.nouns and w not in cues.not_names for w in words)


__all__ = ["COUNTED_BY", "Mention", "counted_by", "counted_one", "died_next", "words_after"]
