"""The framing section of the reports: opinionated sentences with their cues marked, article
text escaped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.api import Engine
from newsprism.report.render.files import write_report
from newsprism.report.render.framing import framing_markdown, mix_text, opinion_sentences
from newsprism.report.render.markdown import md_escape
from newsprism.settings import Settings

HOSTILE = (
    "<script>alert(1)</script> Clashes on the coast\n\n"
    "This <b>shameful</b> regime must fall, <img src=x onerror=alert(1)> we say.\n"
    "The ministry said 12 people were killed on Monday.\n"
)


def _framing() -> dict[str, object]:
    sentence = "This shameful regime must fall."
    return {
        "opinion": 0.7,
        "sentences": [{"sentence": 0, "start": 100, "end": 131, "opinion": 0.95}],
        "signals": [
            {"signal": "opinion", "sentence": 0, "start": 100, "end": 131, "quote": sentence},
            {"signal": "loaded", "sentence": 0, "start": 105, "end": 113, "quote": "shameful"},
            {"signal": "loaded", "sentence": 0, "start": 114, "end": 120, "quote": "regime"},
            {"signal": "normative", "sentence": 0, "start": 121, "end": 125, "quote": "must"},
        ],
    }


def test_opinion_sentences_mark_their_cues() -> None:
    [item] = opinion_sentences(_framing())
    assert item["opinion"] == 0.95
    assert item["segments"] == [
        ("This ", None),
        ("shameful", "loaded"),
        (" ", None),
        ("regime", "loaded"),
        (" ", None),
        ("must", "normative"),
        (" fall.", None),
    ]


def test_markdown_section_lists_outlets_and_marks_cues() -> None:
    story = {
        "articles": ["a.txt"],
        "profiles": [
            {
                "outlet": "Daily",
                "n_articles": 1,
                "opinion": 0.7,
                "attribution_mix": {"named": 0.5, "none": 0.5, "figures": 2},
                "signal_counts": {"loaded": 2, "opinion": 1},
            }
        ],
    }
    lines = framing_markdown(story, {"a.txt": {"framing": _framing()}}, md_escape)
    text = "\n".join(lines)
    assert "| Daily | 1 | 0.70 | named 50%, none 50% of 2 figure(s) | 1 | 2 |" in text
    assert "This **shameful** **regime** **must** fall." in text


def test_mix_text_without_figures() -> None:
    assert mix_text({"named": None, "figures": 0}) == "no figures"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-framing")
    source = folder / "in"
    source.mkdir()
    (source / "a.txt").write_text(HOSTILE, encoding="utf-8")
    out = folder / "out"
    write_report(Engine(Settings(workers=1)).analyze([source]), out, ["html", "md", "json"])
    return out


@pytest.mark.slow
def test_framing_section_escapes_article_text(rendered: Path) -> None:
    html = (rendered / "report.html").read_text(encoding="utf-8")
    md = (rendered / "report.md").read_text(encoding="utf-8")
    assert "Framing by outlet" in html and "Framing by outlet" in md
    assert '<mark class="sig-loaded"' in html
    from markdown_it import MarkdownIt

    shown = MarkdownIt().render(md)  # what a Markdown viewer makes of it
    for raw in ("<script", "<img", "<b>shameful"):
        assert raw not in html and raw not in shown


@pytest.mark.slow
def test_report_json_carries_article_framing_and_profiles(rendered: Path) -> None:
    data = json.loads((rendered / "report.json").read_text(encoding="utf-8"))
    [article] = data["articles"]
    framing = article["framing"]
    assert {"outlet", "opinion", "attribution_mix", "signals", "sentences"} <= set(framing)
    assert framing["outlet"] == "(a.txt)"
    for signal in framing["signals"]:
        assert {"signal", "sentence", "quote", "start", "end"} <= set(signal)
    assert data["stories"][0]["profiles"][0]["outlet"] == "(a.txt)"
    assert data["outlets"][0]["articles"] == ["a.txt"]
