"""Figure extraction on the multilingual development set (``multilingual-news-dev``), per language.

69 articles in seven languages, every statement of a number of people annotated. Articles are
read through the product's path (cleaning, language identification, extraction); a prediction
matches a gold figure when kind and stated bounds agree (``figures.same_bounds``: the set
annotates hedged values with or without the number) and its evidence overlaps the quote.
Scores are given per language and overall, beside the regular-expression baseline.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsprism.evaluation.figures import FigureScores, evaluate_figures, same_bounds
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.figures import Figure

DEV_SET = "multilingual-news-dev"

Extractor = Callable[[AnalyzedArticle], Sequence[Figure]]


@dataclass(frozen=True, slots=True, kw_only=True)
class DevFigureScores:
    """Scores overall and per language (ISO code), ours and the baseline's."""

    overall: FigureScores
    by_lang: Mapping[str, FigureScores]
    baseline: FigureScores
    baseline_by_lang: Mapping[str, FigureScores]


def dev_paths(data_dir: Path) -> tuple[Path, Path] | None:
    """The articles folder and gold file of the development set, when present."""
    root = data_dir / DEV_SET
    articles, gold = root / "articles", root / "gold.jsonl"
    return (articles, gold) if articles.is_dir() and gold.is_file() else None


def gold_languages(gold: Path) -> dict[str, str]:
    """The annotated language of each article (by file name)."""
    out: dict[str, str] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[str(row["file"])] = str(row["lang"])
    return out


def evaluate_dev_figures(
    analyzed: Sequence[AnalyzedArticle], gold: Path, baseline: Extractor
) -> DevFigureScores:
    """Score the analysed articles of the set (and the baseline's figures) against ``gold``."""
    texts = {a.article.ref: a.article.text for a in analyzed}
    ours = {a.article.ref: a.figures for a in analyzed}
    base = {a.article.ref: tuple(baseline(a)) for a in analyzed}
    langs = gold_languages(gold)
    by_lang: dict[str, FigureScores] = {}
    base_by_lang: dict[str, FigureScores] = {}
    for lang in sorted(set(langs.values())):
        refs = frozenset(r for r, lg in langs.items() if lg == lang)
        by_lang[lang] = evaluate_figures(ours, texts, gold, numbers=same_bounds, refs=refs)
        base_by_lang[lang] = evaluate_figures(base, texts, gold, numbers=same_bounds, refs=refs)
    return DevFigureScores(
        overall=evaluate_figures(ours, texts, gold, numbers=same_bounds),
        by_lang=by_lang,
        baseline=evaluate_figures(base, texts, gold, numbers=same_bounds),
        baseline_by_lang=base_by_lang,
    )


__all__ = ["DEV_SET", "DevFigureScores", "dev_paths", "evaluate_dev_figures", "gold_languages"]
