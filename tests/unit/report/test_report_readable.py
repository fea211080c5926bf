"""The bundled example's report reads as a brief: no internal ids, no None, numbers linked to
their quotes, sources numbered, charts drawn with tables beside them."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsprism.api import Engine
from newsprism.report.render.files import write_report
from newsprism.settings import Settings

pytestmark = pytest.mark.slow

EXAMPLE_DIR = Path(__file__).resolve().parents[3] / "examples" / "syria-coast-2025-03"


class _Page(HTMLParser):
    """Visible text, element ids and in-page link targets of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.ids: set[str] = set()
        self.targets: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in {"style", "title"}:
            self._skip += 1
        if values.get("id"):
            self.ids.add(str(values["id"]))
        href = values.get("href") or ""
        if tag == "a" and href.startswith("#"):
            self.targets.append(href[1:])

    def handle_endtag(self, tag: str) -> None:
        if tag in {"style", "title"}:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


@pytest.fixture(scope="module")
def example_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("example-report")
    write_report(Engine(Settings(workers=1)).analyze([EXAMPLE_DIR]), out, ["html", "md", "json"])
    return out


@pytest.fixture(scope="module")
def page(example_outputs: Path) -> _Page:
    parsed = _Page()
    parsed.feed((example_outputs / "report.html").read_text(encoding="utf-8"))
    return parsed


INTERNAL = re.compile(r"\b(None|unattributed|named:|vague:|anonymous:|none:|[afs][0-9a-f]{16})\b")


def test_no_internal_identifier_or_none_is_shown(page: _Page, example_outputs: Path) -> None:
    shown = " ".join(page.text)
    markdown = (example_outputs / "report.md").read_text(encoding="utf-8")
    for text in (shown, markdown):
        assert INTERNAL.findall(text) == []
        assert "from none origins" not in text


def test_key_numbers_and_cited_brief_come_first(page: _Page) -> None:
    shown = " ".join(" ".join(page.text).split())
    key = shown.index("KILLED") if "KILLED" in shown else shown.index("Killed")
    brief = shown.index("Brief")
    assert key < brief < shown.index("Figures by source") < shown.index("Sources")
    assert "Syrian Observatory for Human Rights" in shown
    assert re.search(r"people killed \([^)]*date not given\)", shown)


def test_every_number_and_citation_links_to_something_on_the_page(page: _Page) -> None:
    figure_links = [t for t in page.targets if t.startswith("f-")]
    article_links = [t for t in page.targets if t.startswith("a-")]
    assert len(figure_links) >= 10 and len(article_links) >= 10
    assert set(page.targets) <= page.ids


def test_markdown_reads_as_plain_text(example_outputs: Path) -> None:
    markdown = (example_outputs / "report.md").read_text(encoding="utf-8")
    assert "\\." not in markdown and "\\-" not in markdown and "\\(" not in markdown
    assert "### Key numbers" in markdown and "### Brief" in markdown
    assert "According to the Syrian Observatory for Human Rights" in markdown
    assert re.search(
        r"^1\. outlet not named \(file 000_861153e402fb5a16\.txt\): “The Harsh", markdown, re.M
    )


def test_html_draws_ranges_with_a_table_beside_them(example_outputs: Path) -> None:
    html = (example_outputs / "report.html").read_text(encoding="utf-8")
    assert html.count('<svg class="chart"') >= 2
    assert html.count("<table") >= html.count('<svg class="chart"')
    assert "<script" not in html
