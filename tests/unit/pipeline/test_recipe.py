"""The recipe of an article's analysis (pipeline/recipe.py): any part that can change what the
per-article stages produce changes its key."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsprism import __version__
from newsprism.pipeline.article import STAGES
from newsprism.pipeline.recipe import Recipe, analysis_recipe, code_digest, digest_of


def test_recipe_names_what_the_engine_runs() -> None:
    recipe = analysis_recipe(("gun-violence",))
    assert recipe.stages == STAGES
    assert "extract.figures.v6" in str(recipe) and "segment.sentences.v3" in str(recipe)
    assert recipe.domains == ("gun-violence",)
    assert recipe.version == __version__
    assert recipe.code == code_digest()
    assert recipe.key == analysis_recipe(["gun-violence"]).key


@pytest.mark.parametrize(
    "change",
    [
        {"stages": (*STAGES[:-1], "framing.signals.v2")},
        {"domains": ("gun-violence",)},
        {"domains": ("auto",)},
        {"version": "99.0.0"},
        {"code": "0123456789abcdef"},
    ],
)
def test_any_change_of_the_recipe_changes_its_key(change: dict[str, object]) -> None:
    recipe = analysis_recipe(())
    assert dataclasses.replace(recipe, **change).key != recipe.key  # type: ignore[arg-type]


def test_domain_order_is_part_of_the_recipe() -> None:
    # The first pack with its own extractor wins: another order may give other figures.
    assert analysis_recipe(("a", "b")).key != analysis_recipe(("b", "a")).key


def _package(root: Path) -> Path:
    for name, text in {
        "lang/resources/en/rules.toml": "[[rule]]\nid = 'killed'\n",
        "extract/figures.py": "EXTRACTOR = 'extract.figures.v6'\n",
        "pipeline/article.py": "STAGES = ()\n",
        "report/build.py": "# not per-article code\n",
    }.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_code_digest_follows_rules_and_code_of_the_per_article_stages(tmp_path: Path) -> None:
    root = _package(tmp_path)
    before = digest_of(root)
    (root / "lang/resources/en/rules.toml").write_text("[[rule]]\nid = 'injured'\n")
    after_rule = digest_of(root)
    (root / "pipeline/article.py").write_text("STAGES = ('x',)\n")
    after_wiring = digest_of(root)
    assert len({before, after_rule, after_wiring}) == 3


def test_code_digest_ignores_bytecode_and_other_packages(tmp_path: Path) -> None:
    root = _package(tmp_path)
    before = digest_of(root)
    (root / "extract/__pycache__").mkdir()
    (root / "extract/__pycache__/figures.cpython-311.pyc").write_bytes(b"\x00")
    (root / "report/build.py").write_text("# changed\n")
    assert digest_of(root) == before


def test_recipe_reads_as_a_sentence() -> None:
    recipe = Recipe(stages=("a.v1", "b.v2"), domains=(), version="1.0", code="c0de")
    assert str(recipe) == "newsprism 1.0; stages a.v1 b.v2; domains -; code c0de"
    assert recipe.key.startswith("r1:") and len(recipe.key) == 35
