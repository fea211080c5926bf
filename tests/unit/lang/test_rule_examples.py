"""Every declared rule runs its own examples: each example yields the figures it states and
the rule fires on it; no counter-example makes the rule fire. Attribution examples get the
attribution they state. (Rules of language packs and of domain packs alike.)"""

from __future__ import annotations

import pytest

from newsprism.extract.candidates import Candidate
from newsprism.extract.figures import explain
from newsprism.lang.domains import available_domains, load_domain
from newsprism.lang.packs import available_languages, load_pack
from newsprism.lang.rules import ExpectedFigure, Rule

CASES: list[tuple[str, str, tuple[str, ...], Rule]] = []
for _lang in available_languages():
    CASES.extend((f"{_lang}:{r.id}", _lang, (), r) for r in load_pack(_lang).rules)
for _name in available_domains():
    _domain = load_domain(_name)
    for _lang, _rules in _domain.rules.items():
        CASES.extend((f"{_name}/{_lang}:{r.id}", _lang, (_name,), r) for r in _rules)


def _matches(c: Candidate, want: ExpectedFigure) -> bool:
    q = c.quantity
    checks = [
        c.kind == want.kind,
        want.value in ("any", q.value),
        want.low in ("any", q.low),
        want.high in ("any", q.high),
        want.qualifier is None or q.qualifier.value == want.qualifier,
        want.group is None or c.group == want.group,
    ]
    return all(checks)


def _describe(found: tuple[Candidate, ...]) -> list[str]:
    return [
        f"{c.kind} {c.quantity} dropped={c.dropped} group={c.group} rules={c.rules}" for c in found
    ]


@pytest.mark.parametrize(("case", "lang", "domains", "rule"), CASES, ids=[c[0] for c in CASES])
def test_rule_examples_hold(case: str, lang: str, domains: tuple[str, ...], rule: Rule) -> None:
    for example in rule.examples:
        found = explain(example.text, lang, domains)
        figures = [c for c in found if c.is_figure]
        assert any(rule.id in c.rules for c in found), (case, example.text, _describe(found))
        if not example.expected:
            assert not figures, (case, example.text, _describe(found))
        for want in example.expected:
            assert any(_matches(c, want) for c in figures), (
                case,
                example.text,
                want,
                _describe(found),
            )


@pytest.mark.parametrize(("case", "lang", "domains", "rule"), CASES, ids=[c[0] for c in CASES])
def test_rule_counter_examples_do_not_fire(
    case: str, lang: str, domains: tuple[str, ...], rule: Rule
) -> None:
    for text in rule.counter:
        found = explain(text, lang, domains)
        assert not any(rule.id in c.rules for c in found), (case, text, _describe(found))


ATTRIBUTION = [
    (f"{lang}:{k}", lang, example)
    for lang in available_languages()
    for k, example in enumerate(load_pack(lang).attribution.examples)
]


@pytest.mark.parametrize(("case", "lang", "example"), ATTRIBUTION, ids=[a[0] for a in ATTRIBUTION])
def test_attribution_examples_hold(case: str, lang: str, example: object) -> None:
    from newsprism.lang.packs import AttributionExample

    assert isinstance(example, AttributionExample)
    figures = [c for c in explain(example.text, lang) if c.is_figure]
    assert figures, (case, example.text)
    got = figures[0].attribution
    assert got.kind.value == example.kind, (case, example.text, got)
    if example.source is not None:
        assert example.source in (got.source_norm, got.source), (case, example.text, got)


def test_every_language_pack_declares_rules_with_examples() -> None:
    for lang in available_languages():
        assert load_pack(lang).rules, f"{lang} declares no rules"
