"""What a number counts: the casualty word that makes it a figure. The cues that a number is
no count of people at all live in ``non_counts`` (re-exported here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.extract.gun_violence.non_counts import YEAR_RANGE, is_not_figure
from newsprism.extract.gun_violence.numbers import QuantityMatch
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.model.figures import FigureKind

#: Tokens a number and its casualty word may be apart (after / before the number). From the
#: example set: "thousands of military personnel, mostly Alawites, were kidnapped" needs 9.
AFTER_WINDOW = 10
BEFORE_WINDOW = 5
#: Words a subject of a subordinate clause may take before its auxiliary ("after an innocent
#: bystander was struck"; ``_opens_clause``).
CLAUSE_SUBJECT_WINDOW = 4
#: Tokens before a "lives" word where a word of loss must stand ("the loss of hundreds of lives").
LIVES_TRIGGER_WINDOW = 4
#: Punctuation that ends the clause a figure is read from.
CLAUSE_STOPS = frozenset({";", "(", ")", "?", "!", "[", "]", '"', "“", "”"})


@dataclass(frozen=True, slots=True)
class KindMatch:
    """The casualty word of a figure: its kind and token range."""

    kind: FigureKind
    first: int
    last: int


def _stopped(norms: Sequence[str], j: int, quantity_starts: frozenset[int]) -> bool:
    return norms[j] in CLAUSE_STOPS or j in quantity_starts


def find_kind(
    norms: Sequence[str],
    q: QuantityMatch,
    quantity_starts: frozenset[int],
    pack: LanguagePack,
) -> KindMatch | None:
    """The casualty word nearest to the number, after or before it, within the clause; for a
    part of a count ("two of the victims"), only what ``_part_kind`` keeps."""
    found = _nearest_kind(norms, q, quantity_starts, pack)
    if found is None:
        found = _part_of_count(norms, q, quantity_starts, pack)
    if found is not None:
        found = unrealized(norms, found, pack)
    part = partitive(norms, q, pack)
    if found is None or part is None:
        return found
    return _part_kind(norms, found, part, quantity_starts, q.last + AFTER_WINDOW, pack)


def unrealized(norms: Sequence[str], found: KindMatch, pack: LanguagePack) -> KindMatch | None:
    """A killing word that tells no death: ``None`` right after a word of an attempt, a plan or
    a threat ("the attempted murders of five teenagers", "accused of trying to kill 2 officers",
    "to harm or kill another person", "a life-or-death situation"): no one died of it, and
    whether anyone was hit the words do not say. Injured right after a word that denies the
    death only ("a non-fatal shooting of his son", "a near-fatal shooting"). Other kinds, and
    killing words without such a word before them, stay as found."""
    if found.kind is not FigureKind.KILLED or found.first == 0:
        return found
    if pack.unrealized.match_ending_at(norms, found.first) is not None:
        return None
    if pack.survived.match_ending_at(norms, found.first) is not None:
        return KindMatch(FigureKind.INJURED, found.first, found.last)
    return found


@dataclass(frozen=True, slots=True)
class Partitive:
    """ "two of the victims": where the words for the whole start (after "of the"), and
    whether a noun names it ("the children") rather than a pronoun ("them", "whom")."""

    whole: int
    named: bool
    #: Where the count itself starts.
    count: int


def partitive(norms: Sequence[str], q: QuantityMatch, pack: LanguagePack) -> Partitive | None:
    """ "two of the victims", "one of them", "three of those shot": a count right before a
    partitive cue ("of the") is a part of people counted elsewhere. Not so after a word for the
    whole ("all three of the victims", "both of them")."""
    cue = pack.partitives.match_at(norms, q.last)
    if cue is None or (q.first > 0 and norms[q.first - 1] in pack.partitive_wholes):
        return None
    return Partitive(q.last + cue[0], cue[1], q.first)


#: Kinds whose part ("four of the injured were taken to hospital", "two of them in critical
#: condition", "three of the victims are gang members") says something about people counted
#: elsewhere, not how many there were: the part is a figure only as the dead among them.
_PART_DROPPED = frozenset({FigureKind.INJURED, FigureKind.CASUALTIES})


def _part_kind(
    norms: Sequence[str],
    found: KindMatch,
    part: Partitive,
    quantity_starts: frozenset[int],
    limit: int,
    pack: LanguagePack,
) -> KindMatch | None:
    """The kind of a part of a count: killed as found ("two of them fatally"), or killed when a
    death word follows the part's casualty word ("one of the wounded died", "two of the victims
    were shot and killed"); as found when a noun names a whole of no casualties and the
    casualty word comes after it ("one of the children was shot", "one of the men received
    minor injuries"). Otherwise no figure: "four of the injured were taken to hospital", "three
    of the victims are gang members", "two of them had serious injuries", "five people were
    wounded, three of them critically" say something about people counted elsewhere. Other
    kinds (arrests, abductions) stay as found: "two of the suspects were arrested" counts the
    arrests."""
    if found.kind not in _PART_DROPPED:
        return found
    died = _then_died(norms, found, quantity_starts, limit, pack)
    if died.kind is FigureKind.KILLED:
        return died
    # The whole's noun is no casualty word when the casualty word lies past it ("the children
    # were shot"); "the victims", "the injured", "those shot", "the people shot" are. A verb
    # before the count takes the part as its object: "he shot two of the robbers" counts them.
    return (
        found if part.named and (found.first > part.whole + 1 or found.last <= part.count) else None
    )


def _nearest_kind(
    norms: Sequence[str],
    q: QuantityMatch,
    quantity_starts: frozenset[int],
    pack: LanguagePack,
) -> KindMatch | None:
    """The casualty word nearest to the number, after or before it, within the clause."""
    best: tuple[int, KindMatch] | None = None
    j = q.last
    skipped = 0
    while j < min(len(norms), q.last + AFTER_WINDOW + skipped):
        if norms[j] == "(":
            # A parenthetical aside ("310 households (about 1,600 people) fled") is skipped.
            close = _closing(norms, j)
            if close is None:
                break
            skipped += close + 1 - j
            j = close + 1
            continue
        aside = _inclusion_end(norms, j, pack)
        if aside is not None:
            # So is an inclusion between commas ("eight others, including a girl, were hurt").
            skipped += aside - j
            j = aside
            continue
        if _stopped(norms, j, quantity_starts) or _opens_clause(norms, j, pack):
            break
        hit = pack.kinds_after.match_at(norms, j) if pack.kinds_after.may_start(norms[j]) else None
        if hit is not None and _has_object(norms, j, j + hit[0], pack):
            break  # "a police officer shot a man": the count is the agent, not the victims
        if hit is not None and j > 0 and pack.negations.match_ending_at(norms, j) is not None:
            # "two adults in the car were not injured": the people it did not happen to.
            return None
        if hit is not None:
            found = KindMatch(hit[1], j, j + hit[0])
            if hit[1] is FigureKind.CASUALTIES and not _is_whole(norms, q, quantity_starts, pack):
                found = _then_died(norms, found, quantity_starts, q.last + AFTER_WINDOW, pack)
            best = (j - q.last, found)
            break
        lives = (
            pack.lives_words.match_at(norms, j)
            if norms[j] in pack.lives_words.exact_first
            else None
        )
        if lives is not None and _has_trigger(norms, q.first, pack):
            best = (j - q.last, KindMatch(FigureKind.KILLED, j, j + lives[0]))
            break
        j += 1
    j = q.first - 1
    while j >= max(0, q.first - BEFORE_WINDOW):
        if _stopped(norms, j, quantity_starts) or norms[j] in pack.subordinators:
            break  # "cousin shot while 2 were playing with a gun": the count opens a clause
        if best is not None and (
            norms[j] == "," or (norms[j] in pack.range_connectors and norms[j].isalpha())
        ):
            # "one dead and six injured", "shot, two of them fatally": a kind word after the
            # number, in its own clause, outranks one across a comma or conjunction.
            break
        hit = (
            pack.kinds_before.match_at(norms, j) if pack.kinds_before.may_start(norms[j]) else None
        )
        if hit is not None and j + hit[0] <= q.first:
            j, hit = _longest_ending(norms, j, hit, q.first, pack)
            distance = q.first - (j + hit[0])
            if best is None or distance < best[0]:
                best = (distance, KindMatch(hit[1], j, j + hit[0]))
            break
        j -= 1
    return None if best is None else best[1]


def _opens_clause(norms: Sequence[str], j: int, pack: LanguagePack) -> bool:
    """Whether a subordinate clause with a subject of its own starts at ``j`` ("after an
    innocent bystander was struck", "while the boys were playing"): a word of
    ``subordinators``, a determiner of ``clause_subjects`` right after it and an auxiliary of
    ``clause_verbs`` within ``CLAUSE_SUBJECT_WINDOW`` words of it. A casualty word in that
    clause tells what happened to its subject, not to a count before it ("Two teenagers are
    facing charges after a bystander was struck"). "after being shot", "after he was shot"
    (he may be the one counted) and "after a robbery in Abilene shot himself" (a noun phrase,
    no clause) do not stop the search."""
    if norms[j] not in pack.subordinators or j + 1 >= len(norms):
        return False
    if norms[j + 1] not in pack.clause_subjects:
        return False
    end = min(len(norms), j + 2 + CLAUSE_SUBJECT_WINDOW)
    return any(norms[k] in pack.clause_verbs for k in range(j + 2, end))


def _is_whole(
    norms: Sequence[str], q: QuantityMatch, quantity_starts: frozenset[int], pack: LanguagePack
) -> bool:
    """ "One of 5 shot ... dies", "one of two men shot late Monday dies": a count right after
    "<count> of" is the whole a part is taken from (``part_of`` of ``[not_figures]``)."""
    k = q.first
    return (
        k >= 2
        and norms[k - 1] in pack.part_of
        and (k - 2 in quantity_starts or _is_count_word(norms[k - 2], pack))
    )


def _is_count_word(norm: str, pack: LanguagePack) -> bool:
    return norm.isdigit() or pack.words.is_number_word(norm)


def _part_of_count(
    norms: Sequence[str], q: QuantityMatch, quantity_starts: frozenset[int], pack: LanguagePack
) -> KindMatch | None:
    """The part of a count whose people were shot and one of them died: "One of 5 shot in a
    bar dies of injuries", "one of two men shot late Monday dies". The death word after the
    whole's casualty word tells what happened to the part, not to the whole (which stays the
    people shot, ``_is_whole``): the part is killed. ``None`` when no such words follow."""
    whole = q.last + 1
    if q.last >= len(norms) or norms[q.last] not in pack.part_of or whole not in quantity_starts:
        return None
    for j in range(whole + 1, min(len(norms), whole + AFTER_WINDOW)):
        if _stopped(norms, j, quantity_starts):
            return None
        hit = pack.kinds_after.match_at(norms, j) if pack.kinds_after.may_start(norms[j]) else None
        if hit is None:
            continue
        if hit[1] is not FigureKind.CASUALTIES:
            return None
        died = _then_died(
            norms, KindMatch(hit[1], j, j + hit[0]), quantity_starts, j + AFTER_WINDOW, pack
        )
        return died if died.kind is FigureKind.KILLED else None
    return None


def is_shot_wound(norms: Sequence[str], kind: KindMatch, pack: LanguagePack) -> bool:
    """Whether the casualty words of ``kind`` are a wound phrase ("All four were found with
    gunshot wounds", "all three suffered gunshot wounds"): such wounds say people were shot,
    not that they lived."""
    if kind.kind is not FigureKind.INJURED or not pack.shot_wounds.may_start(norms[kind.first]):
        return False
    hit = pack.shot_wounds.match_at(norms, kind.first)
    return hit is not None and hit[0] == kind.last - kind.first


def tells_death(norms: Sequence[str], pack: LanguagePack) -> bool:
    """Whether a sentence has a death word ("dead", "died", "bodies", "killing")."""
    for j, norm in enumerate(norms):
        for table in (pack.kinds_after, pack.kinds_before):
            if table.may_start(norm):
                hit = table.match_at(norms, j)
                if hit is not None and hit[1] is FigureKind.KILLED:
                    return True
    return False


def _longest_ending(
    norms: Sequence[str], j: int, hit: tuple[int, FigureKind], limit: int, pack: LanguagePack
) -> tuple[int, tuple[int, FigureKind]]:
    """The longest casualty phrase that covers ``hit`` (found at ``j``) and ends by ``limit``:
    "fatal shooting of" rather than "shooting"."""
    best = (j, hit)
    for k in range(max(0, j - 3), j + 1):
        longer = pack.kinds_before.match_at(norms, k)
        if longer is not None and j + hit[0] <= k + longer[0] <= limit and longer[0] > best[1][0]:
            best = (k, longer)
    return best


def _then_died(
    norms: Sequence[str],
    shot: KindMatch,
    quantity_starts: frozenset[int],
    limit: int,
    pack: LanguagePack,
) -> KindMatch:
    """ "A man was shot and later died": people shot who die in the same clause are killed
    (a death word after the casualty word, before the clause or window ends)."""
    j = shot.last
    while j < min(len(norms), limit):
        if _stopped(norms, j, quantity_starts) or norms[j] in {",", "."}:
            break
        hit = pack.kinds_after.match_at(norms, j) if pack.kinds_after.may_start(norms[j]) else None
        if (
            hit is not None
            and hit[1] is FigureKind.KILLED
            and not _has_object(norms, j, j + hit[0], pack)
        ):
            return KindMatch(FigureKind.KILLED, shot.first, j + hit[0])
        j += 1
    return shot


def _has_object(norms: Sequence[str], j: int, k: int, pack: LanguagePack) -> bool:
    """Whether the verb ``norms[j:k]`` takes an object right after it (active voice)."""
    return (
        tuple(norms[j:k]) in pack.agent_verbs
        and k < len(norms)
        and pack.kind_objects.match_at(norms, k) is not None
    )


#: Marks that open and close an inclusion: "eight others, including a girl, were hurt", "53
#: other people — including a 10-year-old girl — were wounded".
_ASIDE_MARKS = frozenset({",", "—", "–"})


def _inclusion_end(norms: Sequence[str], j: int, pack: LanguagePack) -> int | None:
    """After ", including ... ," (or "— including ... —") opening at the mark ``j`` (the
    closing mark, the same as the opening one, included), or ``None``."""
    mark = norms[j]
    if mark not in _ASIDE_MARKS or pack.inclusions.match_at(norms, j + 1) is None:
        return None
    return next((k + 1 for k in range(j + 2, min(len(norms), j + 12)) if norms[k] == mark), None)


def _closing(norms: Sequence[str], j: int) -> int | None:
    for k in range(j + 1, min(len(norms), j + 12)):
        if norms[k] == ")":
            return k
    return None


def _has_trigger(norms: Sequence[str], first: int, pack: LanguagePack) -> bool:
    return any(
        pack.lives_triggers.match_at(norms, j) is not None
        for j in range(max(0, first - LIVES_TRIGGER_WINDOW), first)
    )


__all__ = [
    "YEAR_RANGE",
    "KindMatch",
    "find_kind",
    "is_not_figure",
    "is_shot_wound",
    "tells_death",
    "unrealized",
]
