from __future__ import annotations

import pytest

from newsprism.reconcile.scope import normalize_scope, parent_scope, scope_chain


@pytest.mark.parametrize(
    ("group", "key", "parent"),
    [
        (None, "total", None),
        ("total", "total", None),
        ("people, most of them Alawite civilians", "total", None),
        ("people, including whole families", "total", None),
        ("Alawite civilians", "alawi civilians", "civilians"),
        ("warga sipil Alawi", "alawi civilians", "civilians"),
        ("civilians, mostly Alawite", "civilians", "total"),
        ("warga sipil", "civilians", "total"),
        ("members of the Syrian state security services", "security forces", "total"),
        ("security forces", "security forces", "total"),
        (
            "a man, his wife and their two children",
            "a man, his wife and their two children",
            "total",
        ),
        ("children", "children", "civilians"),
    ],
)
def test_normalize_scope_maps_victim_groups(
    group: str | None, key: str, parent: str | None
) -> None:
    scope = normalize_scope(group, ["Killings on the coast"])
    assert (scope.key, scope.parent) == (key, parent)


@pytest.mark.parametrize("modifier", ["Syrian", "Syria's"])
def test_normalize_scope_ignores_the_storys_own_country(modifier: str) -> None:
    assert normalize_scope(f"{modifier} civilians", ["Syria coast killings"]).key == "civilians"


@pytest.mark.parametrize(
    ("key", "chain"),
    [
        ("alawi civilians", ("alawi civilians", "civilians", "total")),
        ("children", ("children", "civilians", "total")),
        ("total", ("total",)),
        ("kurdi people", ("kurdi people", "total")),
    ],
)
def test_scope_chain_walks_to_the_total(key: str, chain: tuple[str, ...]) -> None:
    assert scope_chain(key) == chain
    assert parent_scope(key) == (chain[1] if len(chain) > 1 else None)
