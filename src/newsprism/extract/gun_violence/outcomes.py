"""What a sentence goes on to say about one person first found shot or wounded.

News states a victim's fate in the clauses that follow what first happened to them: "was shot
and later died" (killed; ``died_later``), "was also shot and is being treated" (injured;
``survived``, read for the person rule only), or a death with a subject of its own, which
leaves the person shot a survivor ("an officer was shot and a man killed", "he had been shot
and three people inside a trailer had been killed"; ``spared``). The same holds for a death
earlier in the sentence: "A man was killed and an officer was shot" (``spared_after``). "was
shot" alone says none of these: the dead were shot too.

``one_outcome`` reads these for one person counted by a number ("a man", "an officer")
rather than described by the person rule (``persons``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.gun_violence.kinds import KindMatch
from newsprism.extract.gun_violence.person_cues import PersonCues
from newsprism.model.figures import FigureKind

#: Tokens after "was shot" in which a death may follow ("was shot and later died").
DEATH_WINDOW = 20
#: Tokens before a later death where a word of doubt cancels it ("could have died").
DOUBT_WINDOW = 3
#: Tokens between a death and a person found shot after it ("A man was killed and a police
#: officer was shot").
SPARED_WINDOW = 15
SENTENCE_STOPS = frozenset({".", ";", "?", "!"})


def died_later(
    norms: Sequence[str], found: KindMatch, person: Sequence[str], cues: PersonCues
) -> KindMatch:
    """ "was shot and later died", "was taken to a hospital, where he was pronounced dead",
    "was taken to the hospital and pronounced dead" (the passive's auxiliary left out after
    "and"), "A 16-year-old boy who was critically wounded Friday died Saturday": a death later
    in the sentence makes one person killed (``person``: their words; ``found``: what first
    happened to them). Not a death with a subject of its own: "was wounded and his wife died"
    (``_other_subject``)."""
    for j in range(found.last, min(len(norms), found.last + DEATH_WINDOW)):
        if norms[j] in SENTENCE_STOPS:
            break
        hit = _death_at(norms, j, cues)
        if hit is None:
            continue
        if _other_subject(norms, found.last, j, person, cues):
            break
        doubt = norms[max(found.last, j - DOUBT_WINDOW) : j]
        if not cues.hypothetical.isdisjoint(doubt):
            continue
        active = cues.active.match_at(norms, j) is not None
        if active or norms[j - 1] in cues.passive_markers or norms[j - 1] in cues.elided_after:
            return KindMatch(FigureKind.KILLED, found.first, j + hit)
    return found


def one_died_later(
    norms: Sequence[str], first: int, last: int, kind: KindMatch, cues: PersonCues
) -> KindMatch:
    """The kind of one person counted by a number at ``[first, last)`` and found ``kind``:
    killed when found injured and a death follows in the sentence (``died_later``, read from
    after the count's own noun: "One person was injured and later died", "A boy who was
    critically wounded Friday died Saturday", "10-year-old succumbs to injuries")."""
    if kind.kind is not FigureKind.INJURED:
        return kind
    start = min(kind.last, last)
    while start < kind.first and norms[start] in cues.nouns:
        start += 1
    later = died_later(norms, KindMatch(kind.kind, kind.first, start), norms[first:start], cues)
    return later if later.kind is FigureKind.KILLED else kind


def one_outcome(
    norms: Sequence[str],
    first: int,
    last: int,
    kind: KindMatch,
    cues: PersonCues,
    *,
    killed_before: bool = False,
) -> KindMatch:
    """The kind of one person counted by a number at ``[first, last)`` and found ``kind``:
    found injured, killed when a death follows (``one_died_later``); found shot, killed when
    their death follows (``died_later``: "One man was shot and taken to a hospital, where he
    died"), injured when a death with a subject of its own follows (``spared``) or the
    sentence stated a death before the person (``killed_before``, ``spared_after``: "A man
    was killed and an officer was shot"). Care alone ("was shot and is being treated") is not
    read here: for a count of one it as often describes a victim of another shooting, or one
    who died later (measured on GVA: 1 incident fixed, 4 broken), unless the person is one
    more victim of the shooting told ("was also shot and is being treated"; ``_one_more``)."""
    if kind.kind is not FigureKind.CASUALTIES:
        return one_died_later(norms, first, last, kind, cues)
    if kind.first < last or not _passive(norms, kind, cues):
        return kind  # "a woman shot him": the agent
    person = norms[first:last]
    died = died_later(norms, kind, person, cues)
    if died.kind is FigureKind.KILLED:
        return died  # "one individual was shot and taken to the hospital where he died"
    after = spared(norms, kind, person, cues)
    if after is None and killed_before:
        after = spared_after(norms, first, kind, cues)
    if after is None and _one_more(norms, first, kind, cues):
        after = survived(norms, kind, cues)
    return kind if after is None else after


def _one_more(norms: Sequence[str], first: int, kind: KindMatch, cues: PersonCues) -> bool:
    """Whether the person counted at ``first`` is one more victim of the shooting told before:
    a word of ``one_more`` between the person and "shot" ("Another 15-year-old was also
    shot", "A second man, 22, was shot"). Such a person is no victim of another shooting
    ("another man was shot, but survived" four days before may be), and care after "shot"
    ("and is being treated") makes them one who survived."""
    return not cues.one_more.isdisjoint(norms[first : kind.first])


def _passive(norms: Sequence[str], kind: KindMatch, cues: PersonCues) -> bool:
    """Whether "shot" at ``kind`` says what happened to the person before it: a passive ("was
    shot", "had been shot") or a bare participle with no object after it ("Pregnant woman
    shot, unborn baby killed"), not "a woman shot him"."""
    if kind.first > 0 and norms[kind.first - 1] in cues.spared_markers:
        return True
    nxt = norms[kind.last] if kind.last < len(norms) else "."
    return nxt not in cues.objects and not nxt.isdigit()


def _death_at(norms: Sequence[str], j: int, cues: PersonCues) -> int | None:
    """Length of a death predicate ("died", "was killed") at ``j``, or ``None``."""
    hit = cues.active.match_at(norms, j) or cues.passive.match_at(norms, j)
    return hit[0] if hit is not None and hit[1] is FigureKind.KILLED else None


def survived(norms: Sequence[str], shot: KindMatch, cues: PersonCues) -> KindMatch | None:
    """ "was also shot and is being treated", "was shot in the arm but is expected to survive":
    with no death in the sentence (``died_later`` found none), care or survival after "was
    shot" makes the person injured; "was shot" alone says neither (the dead were shot too)."""
    for j in range(shot.last, min(len(norms), shot.last + DEATH_WINDOW)):
        if norms[j] in SENTENCE_STOPS:
            break
        hit = cues.survived.match_at(norms, j)
        if hit is None:
            continue
        if not cues.hypothetical.isdisjoint(norms[max(shot.last, j - DOUBT_WINDOW) : j]):
            return None  # "was shot and would have been taken to"
        return KindMatch(hit[1], shot.first, j + hit[0])
    return None


def spared(
    norms: Sequence[str], shot: KindMatch, person: Sequence[str], cues: PersonCues
) -> KindMatch | None:
    """Injured: a person found shot, and a death later in the sentence with a subject of its
    own, which is someone else ("an officer was shot and a man killed", "he had been shot, his
    friends were dead", "he had been shot and three people inside a trailer had been
    killed"). The death must have its own clause: an auxiliary or its subject right before it
    ("a man killed"), or an intransitive verb ("died"); "was shot in front of his wife and
    killed" joins a second predicate to the person. A subject that names the person again (a
    pronoun, "the man" after "a man") leaves them dead (``died_later``)."""
    for j in range(shot.last, min(len(norms), shot.last + DEATH_WINDOW)):
        if norms[j] in SENTENCE_STOPS:
            break
        if _death_at(norms, j, cues) is None:
            continue
        if not cues.hypothetical.isdisjoint(norms[max(shot.last, j - DOUBT_WINDOW) : j]):
            return None
        i = j - 1
        while i >= shot.last and (norms[i] in cues.between or norms[i] in cues.spared_markers):
            i -= 1
        if i < shot.last or norms[i] in cues.clause_joins or norms[i] in cues.pronouns:
            return None  # "was shot and later died", "was shot, and he died"
        bare = i == j - 1 and cues.active.match_at(norms, j) is None
        if bare and norms[i] not in cues.nouns and not norms[i].isdigit():
            return None  # "in a shooting that killed him": no clause of its own
        if cues.clause_joins.isdisjoint(norms[shot.last : i]):
            return None  # "A boy shot Wednesday has died": the death is the boy's
        if not _other_subject(norms, shot.last, j, person, cues):
            return None
        return KindMatch(FigureKind.INJURED, shot.first, shot.last)
    return None


def spared_after(
    norms: Sequence[str], first: int, shot: KindMatch, cues: PersonCues
) -> KindMatch | None:
    """Injured: one person found shot after a death stated earlier in the sentence, in a clause
    of its own ("A man was killed and an officer was shot", "One teen died, while a girl was
    shot in the leg"): a word that joins clauses between them and nothing that makes the
    person one of the dead ("Two were killed, including a man who was shot", "among them")."""
    for j in range(first - 1, max(-1, first - SPARED_WINDOW), -1):
        if norms[j] in SENTENCE_STOPS or norms[j] in cues.parts:
            return None
        if _death_at(norms, j, cues) is None:
            continue
        if cues.clause_joins.isdisjoint(norms[j:first]):
            return None
        return KindMatch(FigureKind.INJURED, shot.first, shot.last)
    return None


def _others(norms: Sequence[str], i: int, cues: PersonCues) -> bool:
    """Whether a plural subject of other people is at ``i``: after a number or a possessive
    ("three people", "his friends"; not "Children's Hospital", "by friends")."""
    before = norms[i - 1]
    return norms[i] in cues.spared_subjects and (
        before.isdigit() or before in cues.spared_counts or before in cues.possessives
    )


def _other_subject(
    norms: Sequence[str], first: int, j: int, person: Sequence[str], cues: PersonCues
) -> bool:
    """Whether the death at ``j`` may have a subject of its own: a person noun between what
    first happened (ending at ``first``) and the death ("and his wife died", "when a gunman
    opened fire and killed a woman"). A pronoun names the person again ("where he died"), and
    so does a determiner phrase after a pronoun or with the person's own noun ("She was
    rushed to a hospital, and the girl later died"; "At least one person was shot, and that
    person was taken to a trauma unit, where he later died")."""
    again = not person or person[0] in cues.pronouns
    if any(_others(norms, i, cues) for i in range(first + 1, j)):
        return True  # "he had been shot and three people ... had been killed"
    for i in range(first, j):
        if norms[i] not in cues.nouns:
            continue
        before = norms[i - 1] if i > 0 else ""
        definite = before in cues.determiners or before in cues.modifiers or before in cues.anaphors
        if not (definite and (again or norms[i] in person)):
            return True
    return False


__all__ = [
    "SENTENCE_STOPS",
    "died_later",
    "one_died_later",
    "one_outcome",
    "spared",
    "spared_after",
    "survived",
]
