"""Pass ``rules``: the declared rules of the language and of the selected domain packs, applied
to every candidate number.

Each rule whose pattern matches around a number (its ``NUM`` taking exactly that number) acts
on it: gives it a kind (``figure``, ``part``), drops it (``not_figure``), re-bounds it
(``qualify``), names its group (``scope``) or marks it an increment. Where rules disagree the
higher ``priority`` wins; on a tie between a figure and a drop, the drop.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from newsprism.extract.candidates import Candidate
from newsprism.extract.matcher import Context, Match, match_number
from newsprism.extract.quantities import bounded
from newsprism.extract.state import State
from newsprism.lang.number_words import Hedge
from newsprism.lang.patterns import AtomKind
from newsprism.lang.phrases import PhraseTable
from newsprism.lang.rules import Action, Rule
from newsprism.model.figures import FigureKind


def rule_triggers(
    rule: Rule, lexicon: Callable[[str], PhraseTable[str]]
) -> tuple[frozenset[str], ...]:
    """For each element every match of ``rule`` must contain (taken at least once, not
    negated), the words one of which the sentence must hold; elements that stems, suffixes or
    wildcards match are left out (any sentence may hold them)."""
    out: list[frozenset[str]] = []
    for e in rule.elements:
        if e.min < 1 or e.negated:
            continue
        if e.kind is AtomKind.LITERAL:
            out.append(frozenset(toks[0] for toks in e.options))
        elif e.kind is AtomKind.LEXICON:
            table = lexicon(e.name)
            if not table.stem_first:
                out.append(table.first_words())
    return tuple(out)


def _applies(triggers: tuple[frozenset[str], ...], words: frozenset[str]) -> bool:
    return all(not t.isdisjoint(words) for t in triggers)


def _apply(c: Candidate, rule: Rule, m: Match) -> Candidate:
    action = rule.action
    if action in (Action.FIGURE, Action.PART):
        kind = rule.kind
        if rule.kind_from is not None:
            kind = FigureKind(m.payloads[rule.kind_from])
        if action is Action.PART:
            c = dataclasses.replace(c, part=True)
        if kind is not None and rule.priority > c.kind_priority:
            c = dataclasses.replace(
                c,
                kind=kind,
                kind_span=(m.start, m.end),
                kind_priority=rule.priority,
                by_rule=True,
            )
    elif action is Action.NOT_FIGURE:
        if rule.priority > c.drop_priority:
            c = dataclasses.replace(c, dropped=rule.id, drop_priority=rule.priority)
    elif action is Action.QUALIFY:
        q = c.quantity
        base = q.value
        if base is not None and rule.bound is not None:
            qualifier = rule.qualifier or q.qualifier
            c = dataclasses.replace(c, quantity=bounded(base, Hedge(qualifier, rule.bound)))
        elif rule.qualifier is not None:
            c = dataclasses.replace(c, quantity=dataclasses.replace(q, qualifier=rule.qualifier))
    elif action is Action.SCOPE:
        group = rule.group if rule.group_from is None else m.payloads.get(rule.group_from)
        if group:
            c = dataclasses.replace(c, group=group)
    elif action is Action.INCREMENT:
        c = dataclasses.replace(c, increment=True)
    return dataclasses.replace(c, rules=(*c.rules, rule.id))


def _settle(c: Candidate) -> Candidate:
    """A figure rule and a drop on one number: the higher priority wins, the drop on a tie."""
    if c.dropped is not None and c.kind is not None and c.kind_priority > c.drop_priority:
        return dataclasses.replace(c, dropped=None)
    return c


def apply_rules(state: State) -> State:
    """Every rule in force, applied to every candidate (rules in priority order, then as
    listed, so a later rule of equal priority does not override an earlier one)."""
    doc = state.doc
    ordered = sorted(state.rules, key=lambda r: (-r.priority, r.order))
    triggers = {id(r): rule_triggers(r, state.lexicon) for r in ordered}
    by_sent: dict[int, list[int]] = {}
    for k, c in enumerate(state.candidates):
        by_sent.setdefault(c.sent, []).append(k)
    out = list(state.candidates)
    for i, ks in by_sent.items():
        sent = doc.sent(i)
        words = frozenset(sent.norms) | frozenset(sent.bases)
        others = {out[k].number.first: out[k].number.last for k in ks}
        other_ends = {last: first for first, last in others.items()}
        rules = [r for r in ordered if _applies(triggers[id(r)], words)]
        for k in ks:
            c = out[k]
            done: set[Action] = set()  # qualify and scope: the first (strongest) rule only
            for rule in rules:
                if rule.action in done:
                    continue
                anchor = (c.number.first, c.number.last)
                ctx = Context(sent, state.lexicon, anchor, others, other_ends)
                m = match_number(rule.elements, ctx)
                if m is not None:
                    c = _apply(c, rule, m)
                    if rule.action in (Action.QUALIFY, Action.SCOPE):
                        done.add(rule.action)
            out[k] = _settle(c)
    return dataclasses.replace(state, candidates=tuple(out))


__all__ = ["apply_rules"]
