"""A real browser (Debian's chromium, driven by Playwright) on the offline report and the web
app: pages load, numbers and citations are there and lead to their quotes, and the XSS corpus
of tests/hostile.py never runs.

Chromium is the system package (``make browser`` installs it); nothing is downloaded. Without
it these tests are skipped on a developer's machine and fail in CI.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hostile import PAYLOADS

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(
                "Debian's chromium is missing: run `make browser` (apt-get install chromium)"
            )
        pytest.skip("Debian's chromium is not installed: `make browser` installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=FLAGS,
            viewport={"width": 1100, "height": 900},
        )
        yield context
        context.close()


class Visit:
    """A page opened in the browser, with what it tried to do that it should not."""

    def __init__(self, browser: Any, url: str) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page()
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        response = self.page.goto(url)
        self.status = response.status if response is not None else 0

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def assert_nothing_ran(self) -> None:
        assert self.page.evaluate("() => window.__xss") is None
        assert self.page.evaluate("() => document.querySelectorAll('script, iframe').length") == 0
        assert self.dialogs == []

    def text(self) -> str:
        return str(self.page.inner_text("body"))

    def close(self) -> None:
        self.page.close()


def assert_links_reach_their_targets(visit: Visit) -> None:
    """Every link to a figure or an article in the page has its target in the page."""
    missing = visit.page.evaluate(
        """() => [...document.querySelectorAll('a[href^="#"]')]
              .map(a => a.getAttribute('href').slice(1))
              .filter(id => id && !document.getElementById(id))"""
    )
    assert missing == []


def test_offline_report_shows_numbers_citations_and_charts(browser, hostile_outputs) -> None:
    visit = Visit(browser, (hostile_outputs / "report.html").as_uri())
    text = visit.text()
    assert "KILLED" in text.upper() and "Red Crescent" in text
    assert visit.page.locator(".keycard").count() >= 1
    assert visit.page.locator(".brief .cites a").count() >= 3
    assert visit.page.locator("svg.chart").count() >= 2  # the toll over time and the ranges
    assert visit.page.locator("mark").count() >= 4
    assert_links_reach_their_targets(visit)
    number = visit.page.locator(".brief a.num").first
    target = str(number.get_attribute("href"))
    number.click()
    assert visit.page.evaluate("() => location.hash") == target
    assert visit.page.locator(f"mark{target}").is_visible()
    visit.assert_nothing_ran()
    visit.close()


def test_offline_report_shows_the_payloads_as_text(browser, hostile_outputs) -> None:
    visit = Visit(browser, (hostile_outputs / "report.html").as_uri())
    text = visit.text()
    assert "<script>window.__xss=1;alert(1)</script>" in text
    assert "{{7*7}}" in text and "49" not in text.replace("2049", "")
    links = visit.page.evaluate("() => [...document.querySelectorAll('a')].map(a => a.href)")
    assert not [href for href in links if href.lower().startswith("javascript:")]
    visit.assert_nothing_ran()
    visit.close()


def test_web_app_pages_load_and_run_nothing(browser, served_app: str) -> None:
    home = Visit(browser, served_app + "/")
    assert home.status == 200
    assert "1 of 1 story" in home.text()
    home.assert_nothing_ran()
    home.page.click(".storylist a.title")
    story_url = home.page.url
    story_text = home.text()
    assert "Brief" in story_text or "BRIEF" in story_text
    assert home.page.locator(".keycard").count() >= 1
    assert home.page.locator(".brief .cites a").count() >= 3
    home.assert_nothing_ran()
    # a number in the brief leads to its quote on the article's page
    home.page.locator(".brief a.num").first.click()
    home.page.wait_for_load_state()
    assert "/articles/" in home.page.url and "#f-" in home.page.url
    fragment = home.page.url.split("#", 1)[1]
    assert home.page.locator(f"mark#{fragment}").is_visible()
    assert home.page.evaluate("() => document.querySelector(':target')?.tagName") == "MARK"
    home.assert_nothing_ran()
    assert story_url.startswith(served_app + "/stories/")
    home.close()


@pytest.mark.parametrize("payload", PAYLOADS[:3])
def test_web_app_search_echoes_payloads_as_text(browser, served_app: str, payload: str) -> None:
    from urllib.parse import quote

    visit = Visit(browser, f"{served_app}/?q={quote(payload)}")
    assert visit.page.input_value("input[name=q]") == payload
    visit.assert_nothing_ran()
    visit.close()


def test_web_app_article_and_outlet_pages_run_nothing(browser, served_app: str) -> None:
    import json
    import urllib.request

    with urllib.request.urlopen(f"{served_app}/api/stories", timeout=30) as response:
        story = json.load(response)[0]["story"]
    with urllib.request.urlopen(f"{served_app}/api/stories/{story}", timeout=30) as response:
        articles = json.load(response)["articles"]
    for article in articles:
        visit = Visit(browser, f"{served_app}/articles/{article['article_id']}")
        assert visit.status == 200
        assert article["headline"][:12] in visit.text()
        visit.assert_nothing_ran()
        outlet = visit.page.locator(".meta a").first
        if article["outlet_from"] != "file":
            outlet.click()
            visit.page.wait_for_load_state()
            assert "/outlets/" in visit.page.url
            assert article["outlet_name"] in visit.text()
            visit.assert_nothing_ran()
        visit.close()
