"""Tests for evaluation.semeval: the SemEval-2022 pair loader and Pearson scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.evaluation.semeval import evaluate_semeval, load_semeval, pearson

HEADER = ",pair_id,lang1,lang2,text1,text2,Geography,Entities,Time,Narrative,Overall,Style,Tone"


def _write(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_pearson_signs() -> None:
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert pearson([1, 1, 1], [1, 2, 3]) == 0.0


def test_load_semeval_keeps_languages_and_ratings(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "pairs.csv",
        ['0,1_2,de,en,"Beben in  Mamuju","Quake hits Mamuju",1,1,1,1,1.5,1,1'],
    )
    ((left, right, overall),) = load_semeval(path)
    assert (left.lang, right.lang, overall) == ("de", "en", 1.5)
    assert left.text == "Beben in Mamuju"  # whitespace collapsed
    assert left.ref == "1_2#1"


def test_evaluate_semeval_agrees_with_ratings(tmp_path: Path, bag_embedder) -> None:
    path = _write(
        tmp_path / "pairs.csv",
        [
            '0,1_2,en,en,"Quake hits Mamuju","Quake hits Mamuju hard",1,1,1,1,1.0,1,1',
            '1,3_4,en,en,"Quake hits Mamuju","Rice prices rise",4,4,4,4,4.0,4,4',
            '2,5_6,en,en,"Floods in Semarang","Floods hit Semarang",1,1,1,1,1.5,1,1',
        ],
    )
    scores = evaluate_semeval(path, bag_embedder)
    assert scores.pairs == 3
    assert scores.pearson > 0
    assert scores.combined_pearson > 0
    assert scores.cosine_pearson > 0
