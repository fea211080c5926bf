"""Which figures of a story count the same thing: grouping by kind and victim scope.

Place and period are not part of the key. Extractors word them inconsistently ("48 hours",
"two days"; "near Latakia", "Latakia") and a figure about a story normally counts the story's
whole scope; they are kept on the group (most frequent value) and used to explain disagreements
(``conflicts.py``). Victim scope is the grouping axis: "13 members of the security services"
(an ambush) is grouped apart from the main toll, and so is an unscoped figure that matches it
(see ``_rescope_unsupported_totals``). A figure that counts several incidents (a roundup,
``Figure.incidents``) goes to its own group, ``SEVERAL_INCIDENTS_SCOPE``, whatever its victim
group: it is neither the story's total nor a part of it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsprism.model.figures import Figure, FigureKind
from newsprism.model.reconcile import ROOT_SCOPES, TOTAL_SCOPE, Agreement
from newsprism.reconcile.compare import compare, is_magnitude, point
from newsprism.reconcile.scope import SEVERAL_INCIDENTS, Scope, normalize_scope, scope_chain


@dataclass(frozen=True, slots=True)
class GroupKey:
    """What a group counts: a kind of harm and a victim scope."""

    kind: FigureKind
    scope: str


@dataclass(frozen=True, slots=True)
class AlignedGroup:
    """Figures sharing one key (sorted by id), with the scope that key names."""

    key: GroupKey
    scope: Scope
    figures: tuple[Figure, ...]


def most_common(values: Iterable[str | None]) -> str | None:
    """The most frequent non-empty value; ties go to the alphabetically first."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]


def _rescope_unsupported_totals(buckets: dict[GroupKey, list[tuple[Figure, Scope]]]) -> None:
    """Move a total-scope figure into a narrower group when that is what it most likely counts.

    "the deaths of over a dozen individuals" (after an ambush on security forces) names no
    victim group, but states what "13 members of the security services" states. A total-scope
    figure moves when (1) it states a number (not a magnitude word such as "hundreds", which
    matches anything of its size), (2) the total group has other figures, (3) none of them
    agrees with it, (4) it is smaller than all of them, and (5) it agrees with figures of
    exactly one narrower group of the same kind: a sub-event's count, not a second estimate of
    the total.
    """
    for key in [k for k in buckets if k.scope == TOTAL_SCOPE]:
        narrower = [k for k in buckets if k.kind is key.kind and k.scope not in ROOT_SCOPES]
        members = buckets[key]
        if not narrower or len(members) < 2:
            continue
        # Only the one figure strictly below every other can be smaller than all of them.
        ranked = sorted(members, key=lambda item: (point(item[0].quantity) or 0, item[0].figure_id))
        (figure, scope), others = ranked[0], [f for f, _ in ranked[1:]]
        own = point(figure.quantity)
        if (
            own is None
            or is_magnitude(figure.quantity)
            or any((point(o.quantity) or 0) <= own for o in others)
            or any(compare(figure.quantity, o.quantity) is Agreement.AGREE for o in others)
        ):
            continue
        matches = [
            k
            for k in narrower
            if any(compare(figure.quantity, f.quantity) is Agreement.AGREE for f, _ in buckets[k])
        ]
        if len(matches) == 1:
            members.remove((figure, scope))
            target = buckets[matches[0]]
            target.append((figure, target[0][1]))
            target.sort(key=lambda item: item[0].figure_id)


def align(figures: Sequence[Figure], context: Iterable[str] = ()) -> tuple[AlignedGroup, ...]:
    """Group ``figures`` by kind and normalised victim scope: kinds in declaration order, then
    the total before its subsets (outer scopes first), then scope names.

    ``context`` names the story (its label), see ``normalize_scope``.
    """
    phrases = tuple(context)
    buckets: dict[GroupKey, list[tuple[Figure, Scope]]] = {}
    scopes: dict[str | None, Scope] = {}  # victim groups repeat: normalise each once
    for figure in sorted(figures, key=lambda f: f.figure_id):
        if figure.incidents is not None:
            scope = SEVERAL_INCIDENTS
        else:
            if figure.group not in scopes:
                scopes[figure.group] = normalize_scope(figure.group, phrases)
            scope = scopes[figure.group]
        buckets.setdefault(GroupKey(figure.kind, scope.key), []).append((figure, scope))
    _rescope_unsupported_totals(buckets)
    kinds = list(FigureKind)
    groups = []
    for key in sorted(
        buckets, key=lambda k: (kinds.index(k.kind), len(scope_chain(k.scope)), k.scope)
    ):
        members = buckets[key]
        label = most_common(s.label for _, s in members) or key.scope
        parent = members[0][1].parent
        # Narrowed scopes group by stems ("alawi civilians") but are shown as worded.
        shown = key.scope if key.scope in ROOT_SCOPES else label.lower()
        groups.append(
            AlignedGroup(
                key=key,
                scope=Scope(shown, label, parent),
                figures=tuple(f for f, _ in members),
            )
        )
    return tuple(groups)
