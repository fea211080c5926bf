"""The extraction passes, in order, each with what it needs and what it provides.

Precedence is visible here rather than in the statement order of one long function: numbers
are read, rules applied, non-counts dropped, kinds found by proximity, breakdowns linked, then
scope, attribution and resolution (``resolve`` turns the candidates into figures).
``check_passes`` verifies that every pass finds what it requires already provided.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsprism.extract.passes.attribution import attribute_all
from newsprism.extract.passes.breakdowns import find_breakdowns
from newsprism.extract.passes.kinds import find_kinds
from newsprism.extract.passes.not_figures import drop_non_counts
from newsprism.extract.passes.numbers import find_candidates
from newsprism.extract.passes.rules import apply_rules
from newsprism.extract.passes.scope import find_scope
from newsprism.extract.state import State


@dataclass(frozen=True, slots=True)
class Pass:
    """One extraction pass: a pure function from ``State`` to ``State``."""

    name: str
    requires: frozenset[str]
    provides: frozenset[str]
    run: Callable[[State], State]
    doc: str


def _pass(name: str, requires: str, provides: str, run: Callable[[State], State]) -> Pass:
    return Pass(
        name=name,
        requires=frozenset(requires.split()),
        provides=frozenset(provides.split()),
        run=run,
        doc=(run.__doc__ or "").strip().split("\n")[0],
    )


PASSES: tuple[Pass, ...] = (
    _pass("numbers", "", "numbers", find_candidates),
    _pass(
        "rules", "numbers", "rule_kinds drops qualifiers rule_groups increments parts", apply_rules
    ),
    _pass("not_figures", "numbers drops rule_kinds", "counts", drop_non_counts),
    _pass("kinds", "counts rule_kinds parts", "kinds", find_kinds),
    _pass("breakdowns", "kinds", "breakdowns", find_breakdowns),
    _pass("scope", "kinds rule_groups", "groups places periods as_of", find_scope),
    _pass("attribution", "kinds breakdowns", "attribution", attribute_all),
)


def check_passes(passes: Sequence[Pass]) -> None:
    """Raise ``ValueError`` when a pass requires what no earlier pass provides."""
    provided: set[str] = set()
    for p in passes:
        missing = p.requires - provided
        if missing:
            msg = f"pass {p.name!r} requires {sorted(missing)}, which no earlier pass provides"
            raise ValueError(msg)
        provided |= p.provides


def run_passes(state: State, passes: Sequence[Pass] = PASSES) -> State:
    """Run ``passes`` in order."""
    for p in passes:
        state = p.run(state)
    return state


__all__ = ["PASSES", "Pass", "check_passes", "run_passes"]
