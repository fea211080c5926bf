"""One person and what happened to them: a count of one that the text states without a number.

Local news names or describes a victim rather than counting: "The man died at the hospital",
"Terrell Skinner, 26, was pronounced dead", "a 6-year-old accidentally shot and killed his
13-year-old brother", "she was taken to the hospital with non-life-threatening injuries". Each
is one person killed or injured. The rule reads:

- a **person**: a determiner or possessive phrase ending in a singular noun for a person ("the
  man", "the 7-year-old boy", "his brother", "the victim's mother"), a pronoun ("he"), or a
  capitalised name ("Terrell Skinner"), optionally followed by an apposition between commas
  ("Terrell Skinner, 26, of Akron,");
- then **what happened**, right after it: only auxiliaries and adverbs between ("was later
  pronounced dead"), a passive for verbs that take an object ("was killed", "was wounded";
  "Smith killed" makes Smith the agent) or an intransitive verb ("died"); "was shot" counts
  only when a death follows in the sentence ("was shot and later died");
- or a casualty phrase right before the person ("shot and killed his brother", "the death of
  Jane Doe"), unless a word of intent or attempt precedes it ("threatened to kill his wife",
  "attempted murder of").

After "was shot" with no death, care or survival later in the sentence makes the person
injured ("was also shot and is being treated", "was shot but survived"; ``_survived``). A
death later in the sentence makes the person killed unless another person noun stands
between ("was taken to the hospital and pronounced dead", but "was wounded and his wife died";
``died_later``, also read for one person counted by a number, ``one_died_later``: "A boy
who was wounded Friday died Saturday"). "and" after what happened to someone joins clauses,
not people ("has died and her father is in critical condition"), and "another" there may leave
out its auxiliary ("One teen is dead, and another seriously injured"). A pronoun found injured after a death in its sentence names the
dead again ("Brown died after he was taken to a hospital"): no figure.

Any other word between ("was not injured", "could have died") means no figure; "nobody",
"no one" and the like are no person. Only killed and injured are read (``PERSON_KINDS``).

How person figures relate to the article's other figures: ``person_counts``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from newsprism.extract.gun_violence.declared import find_declared
from newsprism.extract.gun_violence.kinds import KindMatch
from newsprism.extract.gun_violence.numbers import QuantityMatch
from newsprism.extract.gun_violence.outcomes import (
    SENTENCE_STOPS,
    died_later,
    one_died_later,
    spared,
    survived,
)
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.extract.gun_violence.person_cues import PERSON_KINDS, PersonCues, load_declared
from newsprism.extract.gun_violence.tokens import Token
from newsprism.model.figures import FigureKind, Qualifier, Quantity

#: Words a determiner phrase may carry before its noun ("the young unidentified man").
MAX_MODIFIERS = 3
#: Tokens a name may run ("Martin Luther King Jr").
MAX_NAME = 5
#: Tokens an apposition between commas may run ("Jakyri Fleurimar, 15, of Hollywood,").
MAX_APPOSITION = 12
#: Words that join a person to another: "Smith and Jones died" is not one person.
LIST_WORDS = frozenset({"and", "&", "or", "nor"})

ONE = Quantity(value=1, low=None, high=None, qualifier=Qualifier.EXACT)


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """One person (``quantity``: the phrase, counting one) and what happened to them."""

    quantity: QuantityMatch
    kind: KindMatch
    #: The person is the rest of a pair ("the other"), not one of a count: "killing one and
    #: wounding the other" states one injured beside a count of two shot.
    rest: bool = False


def find_persons(
    tokens: Sequence[Token],
    norms: Sequence[str],
    taken: Collection[int],
    pack: LanguagePack,
    cues: PersonCues,
) -> list[PersonMatch]:
    """Every person in the sentence who is said to be killed or injured, left to right.

    ``taken``: token indexes already read as quantities (their people are counted there)."""
    out: list[PersonMatch] = []
    k = 0
    n = len(norms)
    while k < n:
        end = _person_end(tokens, norms, k, pack, cues)
        if end is None or any(i in taken for i in range(k, end)):
            k += 1
            continue
        kind = None
        if not _joined(norms, k, cues):
            kind = _before(tokens, norms, k, end, pack, cues) or _after(norms, k, end, cues)
        if kind is not None and (
            _the_dead_again(out, norms, k, kind, cues) or _died_after(norms, k, kind, cues)
        ):
            kind = None
        if kind is not None:
            rest = not (
                cues.rest.isdisjoint(norms[k:end]) and cues.elliptic.isdisjoint(norms[k:end])
            )
            out.append(PersonMatch(QuantityMatch(k, end, k, end, ONE), kind, rest))
            k = max(end, kind.last)
        else:
            k = end
    return out + _declared(tokens, norms, taken, out, pack, cues)


def _declared(
    tokens: Sequence[Token],
    norms: Sequence[str],
    taken: Collection[int],
    found: Sequence[PersonMatch],
    pack: LanguagePack,
    cues: PersonCues,
) -> list[PersonMatch]:
    """Persons declared dead by someone else ("paramedics pronounced him dead";
    ``extract.declared``) outside the persons already found."""
    used = set(taken)
    for p in found:
        used.update(range(min(p.quantity.first, p.kind.first), max(p.quantity.last, p.kind.last)))
    hits = find_declared(
        norms,
        used,
        load_declared(pack.lang),
        cues.hypothetical,
        lambda k: _person_end(tokens, norms, k, pack, cues),
    )
    return [
        PersonMatch(QuantityMatch(first, last, first, last, ONE), kind)
        for first, last, kind in hits
        if used.isdisjoint(range(kind.first, kind.last))
    ]


def _the_dead_again(
    found: Sequence[PersonMatch], norms: Sequence[str], k: int, kind: KindMatch, cues: PersonCues
) -> bool:
    """Whether a pronoun found injured names again a person the sentence has found dead
    ("Brown died shortly after he was taken to a hospital", "Anna Sanchez died at Providence,
    where she had been airlifted"): the care came before the death."""
    return (
        kind.kind is FigureKind.INJURED
        and norms[k] in cues.pronouns
        and any(p.kind.kind is FigureKind.KILLED for p in found)
    )


#: Tokens back from a pronoun in which the death it follows may stand ("A 4-year-old girl has
#: died after she was wounded").
DIED_AFTER_WINDOW = 12


def _died_after(norms: Sequence[str], k: int, kind: KindMatch, cues: PersonCues) -> bool:
    """Whether a pronoun found injured opens a clause of time or cause after a death stated
    earlier in its sentence ("A man died after he was wounded in a shooting", "A girl has died
    after she was shot"): the wound came before the death, and the pronoun names the dead,
    counted by a number ("A man") where ``_the_dead_again`` sees only persons. The clause
    must be the death's own: nothing that joins clauses between them."""
    if kind.kind is not FigureKind.INJURED or norms[k] not in cues.pronouns:
        return False
    if k < 2 or norms[k - 1] not in cues.after_death:
        return False
    for j in range(k - 2, max(-1, k - 2 - DIED_AFTER_WINDOW), -1):
        if norms[j] in SENTENCE_STOPS:
            return False
        hit = cues.active.match_at(norms, j) or cues.passive.match_at(norms, j)
        if hit is not None and hit[1] is FigureKind.KILLED and j + hit[0] <= k - 1:
            # In the death's own clause: "A man was killed after a dispute, when she was
            # wounded" may be another person.
            return cues.clause_joins.isdisjoint(norms[j + hit[0] : k - 1])
    return False


def _joined(norms: Sequence[str], k: int, cues: PersonCues) -> bool:
    """Whether the person is one of a list ("Smith and Jones") or an intent ("if he dies");
    after a comma, "and" joins clauses ("..., and the girl later died")."""
    if k == 0:
        return False
    listed = norms[k - 1] in LIST_WORDS and (
        k < 2 or (norms[k - 2] != "," and not _ends_predicate(norms, k - 1, cues))
    )
    return listed or norms[k - 1] in cues.hypothetical


def _ends_predicate(norms: Sequence[str], end: int, cues: PersonCues) -> bool:
    """Whether what happened to someone ends right before ``end``: then "and" joins clauses,
    not people ("An 8-year-old girl has died and her father is in critical condition")."""
    return (
        cues.active.match_ending_at(norms, end) is not None
        or cues.passive.match_ending_at(norms, end) is not None
    )


def _person_end(
    tokens: Sequence[Token], norms: Sequence[str], k: int, pack: LanguagePack, cues: PersonCues
) -> int | None:
    """End of the person phrase starting at ``k``, or ``None``."""
    word = norms[k]
    if word in cues.elliptic:
        # "Another 20-year-old man was shot", "..., and another seriously injured"
        phrase = _noun_phrase_end(tokens, norms, k + 1, pack, cues) if k + 1 < len(norms) else None
        return phrase if phrase is not None else (k + 1 if k > 0 else None)
    if word in cues.pronouns:
        return k + 1
    if word in cues.determiners or word in cues.possessives:
        return _noun_phrase_end(tokens, norms, k + 1, pack, cues)
    return _name_end(tokens, norms, k, pack, cues)


def _noun_phrase_end(
    tokens: Sequence[Token], norms: Sequence[str], j: int, pack: LanguagePack, cues: PersonCues
) -> int | None:
    """After a determiner: modifiers and ages, then a singular person noun ("the 7-year-old
    boy"); "the victim's mother" is the mother."""
    n = len(norms)
    aged = False
    for _ in range(MAX_MODIFIERS + 1):
        if j >= n:
            return j if aged else None
        age = _age_end(tokens, norms, j, pack)
        if age is not None:
            j, aged = age, True
        elif norms[j] in cues.modifiers and not (
            norms[j] in cues.nouns and (j + 1 >= n or norms[j + 1] not in cues.nouns)
        ):
            j += 1
        else:
            break
    if j >= n or norms[j] not in cues.nouns:
        return j if aged else None  # "the 15-year-old was killed": the age is the person
    end = j + 1
    if end < n and norms[end] in cues.nouns:
        end += 1  # "the teen boy"
    if end + 2 < n and norms[end] == "'" and norms[end + 1] == "s":
        return _noun_phrase_end(tokens, norms, end + 2, pack, cues)  # "the victim's mother"
    return end


def _age_end(
    tokens: Sequence[Token], norms: Sequence[str], j: int, pack: LanguagePack
) -> int | None:
    """End of an age ("13-year-old") starting at ``j``, or ``None``."""
    if tokens[j].number is None and not pack.words.is_number_word(norms[j]):
        return None
    at = j + 2 if j + 1 < len(norms) and norms[j + 1] == "-" else j + 1
    hit = pack.single_ages.match_at(norms, at)
    return None if hit is None else at + hit[0]


def _name_end(
    tokens: Sequence[Token], norms: Sequence[str], k: int, pack: LanguagePack, cues: PersonCues
) -> int | None:
    """End of a capitalised name starting at ``k`` ("Terrell Skinner"), or ``None``."""
    if not _is_name_word(tokens[k]) or not _may_name(norms[k], pack, cues):
        return None
    end = k + 1
    while end < len(tokens) and end - k < MAX_NAME:
        if _is_name_word(tokens[end]):
            end += 1
        elif norms[end] == "-" and end + 1 < len(tokens) and _is_name_word(tokens[end + 1]):
            end += 2  # "Smith-Jones"
        else:
            break
    return end


def _is_name_word(token: Token) -> bool:
    text = token.text
    return len(text) > 1 and text[0].isupper() and text.isalpha()


def _may_name(word: str, pack: LanguagePack, cues: PersonCues) -> bool:
    """Whether a capitalised word may open a name (not "Nobody", "Police", "Two", "Victims")."""
    return not (
        word in cues.not_names
        or word in cues.nouns
        or word in cues.modifiers
        or pack.words.is_number_word(word)
        or pack.people.may_start(word)
        or pack.kinds_after.may_start(word)
        or pack.kinds_before.may_start(word)
        or pack.magnitudes.may_start(word)
    )


def _appositions(norms: Sequence[str], end: int) -> list[int]:
    """Where what happened may start after the person: right after it, or past an apposition
    between commas or brackets ("Skinner, 26, was", "Robinson, 19, of Akron, was", "(26)")."""
    n = len(norms)
    out = [end]
    if end >= n or norms[end] not in {",", "("}:
        return out
    close = "," if norms[end] == "," else ")"
    for j in range(end + 1, min(n, end + 1 + MAX_APPOSITION)):
        if norms[j] in SENTENCE_STOPS or norms[j] in LIST_WORDS:
            break  # "Downs, 57, and Johnson, 23, suffered": two people
        if norms[j] == close:
            out.append(j + 1)
    return out


def _after(norms: Sequence[str], k: int, end: int, cues: PersonCues) -> KindMatch | None:
    """What happened, right after the person (or its apposition); after "another" the
    auxiliary may be left out ("One teen is dead, and another seriously injured")."""
    elided = norms[end - 1] in cues.elliptic
    for start in _appositions(norms, end):
        found = _happened(norms, start, norms[k:end], cues, elided=elided)
        if found is not None:
            return found
    return None


def _happened(
    norms: Sequence[str],
    j: int,
    person: Sequence[str],
    cues: PersonCues,
    *,
    elided: bool = False,
) -> KindMatch | None:
    """What happened, from ``j`` on (auxiliaries and adverbs first; ``elided``: the passive
    auxiliary may be left out)."""
    n = len(norms)
    passive = elided
    while j < n and norms[j] in cues.between:
        passive = passive or norms[j] in cues.passive_markers
        j += 1
    if j >= n:
        return None
    if passive:
        hit = cues.passive.match_at(norms, j)
        if hit is not None:
            found = KindMatch(hit[1], j, j + hit[0])
            return died_later(norms, found, person, cues) if hit[1] is FigureKind.INJURED else found
        pending = cues.pending.match_at(norms, j)
        if pending is not None:
            shot = KindMatch(FigureKind.CASUALTIES, j, j + pending[0])
            died = died_later(norms, shot, person, cues)
            if died.kind is FigureKind.KILLED:
                return died
            return survived(norms, died, cues) or spared(norms, died, person, cues)
    active = cues.active.match_at(norms, j)
    if active is not None:
        return KindMatch(active[1], j, j + active[0])
    suffered = None if passive else cues.suffered.match_at(norms, j)
    if suffered is not None:
        # "Williams sustained serious injury and was pronounced dead": only with the death.
        died = died_later(norms, KindMatch(FigureKind.CASUALTIES, j, j + suffered[0]), person, cues)
        return died if died.kind is FigureKind.KILLED else None
    return None


def _before(
    tokens: Sequence[Token],
    norms: Sequence[str],
    k: int,
    end: int,
    pack: LanguagePack,
    cues: PersonCues,
) -> KindMatch | None:
    """A casualty phrase right before the person ("shot and killed his brother"); in lower
    case ("Dead River Road" is a name)."""
    hit = pack.kinds_before.match_ending_at(norms, k)
    if hit is None or hit[1] not in PERSON_KINDS:
        return None
    start = hit[0]
    if any(not t.text.islower() for t in tokens[start:k] if t.text.isalpha()):
        return None
    if not cues.hypothetical.isdisjoint(norms[max(0, start - 2) : start]):
        return None  # "threatened to kill his wife", "attempted murder of"
    after = _appositions(norms, end)[-1]
    if after < len(norms) and norms[after] in LIST_WORDS:
        return None  # "killed his wife and two children": counted by the number
    return KindMatch(hit[1], start, k)


__all__ = ["PersonMatch", "died_later", "find_persons", "one_died_later"]
