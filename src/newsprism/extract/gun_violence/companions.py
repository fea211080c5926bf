"""People counted with a subject: "Smith was shot along with a 16-year-old boy and a 21-year-old
man" (three), "Teen girl shot along with three others" (four), "two men were wounded together
with a woman" (three).

A count after a companion phrase ("along with", "together with") that follows a casualty
phrase ("was shot", "were wounded", "killed") names the people it happened to besides its
subject; the subject counts too. The subject is a count that ends right before the casualty
phrase (past an auxiliary: "two men were wounded"), which is then merged in, or one person
when the auxiliary is singular ("Smith was shot", "he was killed"). A plural subject that
states no number ("they were shot along with two others") leaves the count as it is.

A count of others joined to one person named or told by a pronoun counts that person too
(``with_named_subject``): "Smith and three others were shot" (four), "after he and three
others were shot" (four). A noun phrase for the person ("a man and three others") is read by
``coordination``; a name or a pronoun is not a count there.

Everything language-specific comes from the pack (``[companions]`` of ``figures.toml``) and
the person cues (``persons.toml``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsprism.extract.gun_violence.coordination import noun_end
from newsprism.extract.gun_violence.numbers import QuantityMatch
from newsprism.extract.gun_violence.pack import LanguagePack
from newsprism.extract.gun_violence.person_cues import PersonCues
from newsprism.extract.gun_violence.tokens import Token
from newsprism.model.figures import FigureKind, Qualifier, Quantity

#: The kinds whose phrase may take companions: what happened to people in an attack.
COMPANION_KINDS = frozenset({FigureKind.KILLED, FigureKind.INJURED, FigureKind.CASUALTIES})


def with_companions(
    tokens: Sequence[Token],
    norms: Sequence[str],
    quantities: Sequence[QuantityMatch],
    pack: LanguagePack,
) -> list[QuantityMatch]:
    """``quantities`` with each count of companions widened by its subject (see the module):
    the companions' match counts the subject too, and a count that was the subject is dropped
    (the companions' figure counts its people)."""
    out = list(quantities)
    if not pack.companion_phrases:
        return out
    # Where each count's words end: past the noun of a number ("two men").
    by_end = {noun_end(tokens, norms, q.last, pack) or q.last: q for q in quantities}
    for n, q in enumerate(quantities):
        subject = _subject(norms, q, by_end, pack)
        if subject is None or q.quantity.value is None:
            continue
        people, merged = subject
        exact = q.quantity.qualifier is Qualifier.EXACT and (
            merged is None or merged.quantity.qualifier is Qualifier.EXACT
        )
        if not exact:
            continue
        total = Quantity(
            value=q.quantity.value + people, low=None, high=None, qualifier=Qualifier.EXACT
        )
        out[n] = dataclasses.replace(q, quantity=total, coordinated=True)
        if merged is not None:
            out.remove(merged)
    return out


def _subject(
    norms: Sequence[str],
    q: QuantityMatch,
    by_end: dict[int, QuantityMatch],
    pack: LanguagePack,
) -> tuple[int, QuantityMatch | None] | None:
    """The subject of the companions counted by ``q``: (people, the count that states them, if
    any), or ``None`` when ``q`` follows no companion phrase after a casualty phrase."""
    phrase = pack.companion_phrases.match_ending_at(norms, q.first)
    if phrase is None:
        return None
    end = phrase[0] - 1 if phrase[0] and norms[phrase[0] - 1] == "," else phrase[0]
    kind = pack.kinds_after.match_ending_at(norms, end)
    if kind is None or kind[1] not in COMPANION_KINDS:
        return None
    start = kind[0]
    aux = pack.companion_auxiliaries.match_ending_at(norms, start)
    before = aux[0] if aux is not None else start
    counted = by_end.get(before)
    if counted is not None and counted.quantity.value is not None:
        return counted.quantity.value, counted  # "two men were wounded along with a woman"
    if aux is not None and aux[1]:
        return 1, None  # "Smith was shot along with two others"
    return None


#: Tokens an apposition between commas after a name may run ("Smith, 23, of Akron, and").
MAX_APPOSITION = 8


def with_named_subject(
    tokens: Sequence[Token],
    norms: Sequence[str],
    quantities: Sequence[QuantityMatch],
    pack: LanguagePack,
    cues: PersonCues,
) -> list[QuantityMatch]:
    """``quantities`` with each exact count of others ("three others", "two other men") that
    follows "and" after a name or a pronoun widened by that person: "Smith and three others
    were shot", "Jane Doe, 23, and two other women were wounded", "he and three others were
    shot" count four and three. The person is one more of those the casualty words are said
    of; read alone, the count of others leaves them out. Not after a count ("a man and three
    others": ``coordination`` sums it) nor after a capitalised word that names no person
    ("Police and two others")."""
    out = list(quantities)
    for n, q in enumerate(quantities):
        if (
            q.coordinated
            or q.quantity.value is None
            or q.quantity.qualifier is not Qualifier.EXACT
            or q.first < 2
            or q.last >= len(norms)
            or norms[q.last] not in pack.others
            or norms[q.first - 1] not in pack.others_conjuncts
            or not _person_before(tokens, norms, q.first - 1, pack, cues)
        ):
            continue
        total = Quantity(value=q.quantity.value + 1, low=None, high=None, qualifier=Qualifier.EXACT)
        out[n] = dataclasses.replace(q, quantity=total, coordinated=True)
    return out


def _person_before(
    tokens: Sequence[Token], norms: Sequence[str], end: int, pack: LanguagePack, cues: PersonCues
) -> bool:
    """Whether a name or a subject pronoun ends right before ``end`` (past an apposition
    between commas: "Smith, 23, and")."""
    k = end - 1
    if norms[k] == ",":
        for j in range(k - 1, max(-1, k - 1 - MAX_APPOSITION), -1):
            if norms[j] == ",":
                k = j - 1
                break
            if norms[j] in pack.others_conjuncts or norms[j] in {".", ";"}:
                return False
        else:
            return False
    if k < 0:
        return False
    if norms[k] in cues.pronouns:
        return True
    text = tokens[k].text
    return (
        len(text) > 1
        and text[0].isupper()
        and text.isalpha()
        and not text.isupper()
        and norms[k] not in cues.not_names
        and norms[k] not in cues.nouns
        and norms[k] not in cues.modifiers
        and not pack.words.is_number_word(norms[k])
        and not pack.people.may_start(norms[k])
        and not pack.kinds_after.may_start(norms[k])
    )


__all__ = ["COMPANION_KINDS", "with_companions", "with_named_subject"]
