"""Golden figure extraction, one folder per case: ``input.txt`` -> ``expected.json``.

The folder name starts with the case's language code. Regenerate after an intended change with
``pytest tests/golden --update-golden`` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsprism.extract.figures import extract_figures
from newsprism.model.article import Article
from newsprism.model.figures import Figure
from newsprism.model.ids import article_id_for
from newsprism.segment.sentences import split_sentences

HERE = Path(__file__).resolve().parent
CASES = sorted(p for p in HERE.iterdir() if (p / "input.txt").is_file())


def _as_json(figure: Figure, text: str) -> dict[str, Any]:
    q = figure.quantity
    a = figure.attribution
    return {
        "kind": str(figure.kind),
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "qualifier": str(q.qualifier),
        "group": figure.group,
        "place": figure.place,
        "period": figure.period,
        "attribution": str(a.kind),
        "source": a.source,
        "source_norm": a.source_norm,
        "via": a.via,
        "as_of": figure.as_of,
        "increment": figure.increment,
        "part_of": figure.part_of,
        "other_event": figure.other_event,
        "rules": list(figure.rules),
        "evidence": {
            "start": figure.evidence.start,
            "end": figure.evidence.end,
            "text": figure.evidence.of(text),
        },
        "in_headline": figure.in_headline,
        "sentence_index": figure.sentence_index,
        "extractor": figure.extractor,
        "lang": figure.lang,
    }


def _extract(case: Path) -> list[dict[str, Any]]:
    text = (case / "input.txt").read_text(encoding="utf-8")
    lang = case.name.split("-")[0]
    first = next(line.strip() for line in text.splitlines() if line.strip())
    article = Article(
        article_id=article_id_for(text),
        ref=case.name,
        title=first,
        text=text,
        lang=lang,
        lang_confidence=1.0,
        cleaner="golden",
    )
    return [_as_json(f, text) for f in extract_figures(article, split_sentences(text))]


def test_golden_cases_cover_every_language() -> None:
    assert {c.name.split("-")[0] for c in CASES} >= {"en", "id", "ar", "fr", "es", "de", "tr"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_figures_golden(case: Path, update_golden: bool) -> None:
    got = _extract(case)
    expected_path = case / "expected.json"
    rendered = json.dumps(got, sort_keys=True, ensure_ascii=False, indent=2) + "\n"
    if update_golden or not expected_path.exists():
        expected_path.write_text(rendered, encoding="utf-8")
    assert json.loads(expected_path.read_text(encoding="utf-8")) == got
