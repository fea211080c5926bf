"""A death declared by someone else, the person its object: "paramedics pronounced him dead",
"doctors declared the boy dead", "medics pronounced Tejuan Sartin dead at the scene".

The person rule (``extract.persons``) reads a person as the subject of what happened ("he was
pronounced dead"); local news as often names the medics as the subject and the victim as the
object. The rule reads a verb of declaration (``[declared]`` of ``persons.toml``), then the
person (an object pronoun such as "him", or a person phrase the person rule knows: "the
victim", "the 4-year-old boy", a name), then the state declared ("dead", "brain dead"): one
person killed. A word of intent or doubt right before the verb ("could not pronounce him
dead", "would declare her dead") means no figure.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from newsprism.extract.gun_violence.kinds import KindMatch
from newsprism.extract.gun_violence.person_cues import DeclaredCues

#: Words before the verb that may keep it an event: an auxiliary ("have declared her dead").
_BEFORE = 2


def find_declared(
    norms: Sequence[str],
    taken: Collection[int],
    cues: DeclaredCues,
    hypothetical: Collection[str],
    person_end: Callable[[int], int | None],
) -> list[tuple[int, int, KindMatch]]:
    """Every person declared dead in the sentence, left to right: (first, last) of the person
    phrase and the declaration (verb to state) as its kind. ``person_end``: where a person
    phrase starting at an index ends (``None``: no person there); ``taken``: token indexes
    already read as quantities or persons; ``hypothetical``: words of intent or doubt."""
    out: list[tuple[int, int, KindMatch]] = []
    n = len(norms)
    doubts = set(hypothetical)
    for v in range(n - 2):
        if norms[v] not in cues.verbs:
            continue
        if not doubts.isdisjoint(norms[max(0, v - _BEFORE) : v]):
            continue  # "could not pronounce him dead"
        k = v + 1
        end = k + 1 if norms[k] in cues.objects else person_end(k)
        if end is None or end >= n or any(i in taken for i in range(k, end)):
            continue
        hit = cues.states.match_at(norms, end)
        if hit is None:
            continue
        out.append((k, end, KindMatch(hit[1], v, end + hit[0])))
    return out


__all__ = ["find_declared"]
