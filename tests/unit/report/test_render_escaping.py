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
    from markdown_it import MarkdownIt

    md = (rendered / "report.md").read_text(encoding="utf-8")
    html = MarkdownIt("commonmark", {"html": True}).render(md)
    assert "<script" not in html and "<img" not in html
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;alert('title')&lt;/script&gt;" in html


@pytest.mark.slow
def test_json_report_keeps_text_verbatim(rendered: Path) -> None:
    data = json.loads((rendered / "report.json").read_text(encoding="utf-8"))
    assert any("<img src=x" in f["quote"] for f in data["figures"]) or any(
        "<script>" in a["title"] for a in data["articles"]
    )


HOSTILE_MARKDOWN = [
    "<b>x</b>",
    "<script>alert(1)</script>",
    "[a](javascript:alert(1))",
    "![i](http://x.org/i.png)",
    "`code`",
    "*em* _em_ **strong**",
    "a|b",
    "&lt;script&gt;",
    "~~gone~~",
    "<http://x.org>",
]


@pytest.mark.parametrize("text", HOSTILE_MARKDOWN)
@pytest.mark.parametrize("line_start", [False, True])
def test_md_escape_renders_as_the_same_plain_text(text: str, line_start: bool) -> None:
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark", {"html": True}).enable("strikethrough").enable("table")
    html = rendered.render(md_escape(text, line_start=line_start)).strip()
    assert html.startswith("<p>") and html.endswith("</p>")
    inner = html[3:-4]
    for tag in ("<b>", "<script", "<a ", "<img", "<code>", "<em>", "<strong>", "<s>", "<del>"):
        assert tag not in inner
    unescaped = inner.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    assert unescaped.replace("&amp;", "&") == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 1,000 people (SOHR) died in 2025-03.", "Over 1,000 people (SOHR) died in 2025-03."),
        ("file 000_861153e402fb5a16.txt", "file 000_861153e402fb5a16.txt"),
        ("1. not a list", "1\\. not a list"),
        ("# not a heading", "\\# not a heading"),
    ],
)
def test_md_escape_leaves_ordinary_text_readable(text: str, expected: str) -> None:
    assert md_escape(text, line_start=True) == expected
