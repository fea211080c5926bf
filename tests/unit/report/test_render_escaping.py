"""Article text is hostile: it must come out of every renderer as inert text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.api import Engine
from newsprism.report.render.files import write_report
from newsprism.report.render.markdown import md_escape
from newsprism.settings import Settings

HOSTILE_TITLE = "<script>alert('title')</script> [click](javascript:alert(1))"
HOSTILE_BODY = (
    "Five people were killed <img src=x onerror=alert(1)> in Homs on Monday, police said.\n"
    "Witnesses said <b>dozens</b> were injured.\n"
)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    source = folder / "in"
    source.mkdir()
    (source / "<evil>.txt").write_text(f"{HOSTILE_TITLE}\n\n{HOSTILE_BODY}", encoding="utf-8")
    report = Engine(Settings(workers=1)).analyze([source])
    out = folder / "out"
    write_report(report, out, ["html", "md", "json"])
    return out


@pytest.mark.slow
def test_html_report_escapes_article_text(rendered: Path) -> None:
    html = (rendered / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html
    assert "<img" not in html and "<b>dozens" not in html
    assert "&lt;script&gt;" in html or "&lt;img" in html


@pytest.mark.slow
def test_markdown_report_escapes_article_text(rendered: Path) -> None:
    md = (rendered / "report.md").read_text(encoding="utf-8")
    assert "<script" not in md and "<img" not in md
    assert "](javascript:" not in md


@pytest.mark.slow
def test_json_report_keeps_text_verbatim(rendered: Path) -> None:
    data = json.loads((rendered / "report.json").read_text(encoding="utf-8"))
    assert any("<img src=x" in f["quote"] for f in data["figures"]) or any(
        "<script>" in a["title"] for a in data["articles"]
    )


@pytest.mark.parametrize("text", ["<b>x</b>", "[a](b)", "`code`", "# h", "a|b", "![i](x)"])
def test_md_escape_neutralises_markup(text: str) -> None:
    escaped = md_escape(text)
    assert "<" not in escaped and ">" not in escaped
    for ch in "[]()`#|!":
        assert ch not in escaped.replace("\\" + ch, "")
