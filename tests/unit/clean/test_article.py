"""clean_article: raw articles to clean articles or rejections."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsprism.clean.article import CLEANER, clean_article
from newsprism.ingest.sources import iter_inputs
from newsprism.model.article import Article, ContentType, RawArticle, Rejection
from newsprism.model.ids import article_id_for


def _raw(
    body: str,
    *,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = None,
) -> RawArticle:
    return RawArticle(
        ref="a.txt",
        origin="a.txt",
        body=body,
        content_type=ContentType.TEXT,
        title=title,
        url=url,
        outlet=outlet,
        published=published,
    )


def test_clean_article_sets_id_language_and_cleaner() -> None:
    article = clean_article(_raw("Fire kills 3\n\nThree people died."))
    assert isinstance(article, Article)
    assert article.article_id == article_id_for(article.text)
    assert (article.lang, article.lang_confidence, article.cleaner) == ("unknown", 0.0, CLEANER)


def test_clean_article_keeps_one_copy_of_repeated_headline() -> None:
    article = clean_article(_raw("World\n\nFire kills 3\n\nFire kills 3\nThree died."))
    assert isinstance(article, Article)
    assert article.title == "Fire kills 3"
    assert article.text.count("Fire kills 3") == 1


def test_clean_article_keeps_given_metadata() -> None:
    raw = _raw(
        "Body text.",
        title="Given  title",
        url="http://x",
        outlet="X",
        published=dt.date(2025, 3, 9),
    )
    article = clean_article(raw)
    assert isinstance(article, Article)
    assert (article.title, article.url, article.outlet, article.published) == (
        "Given title",
        "http://x",
        "X",
        dt.date(2025, 3, 9),
    )


def test_clean_article_falls_back_to_start_of_text_for_title() -> None:
    article = clean_article(_raw("A first sentence that is long enough. " * 5))
    assert isinstance(article, Article)
    assert article.title.startswith("A first sentence")
    assert article.title


@pytest.mark.parametrize("body", ["", "   \n\n\t", "\u200b\u200b"])
def test_clean_article_rejects_empty_text(body: str) -> None:
    result = clean_article(_raw(body))
    assert isinstance(result, Rejection)
    assert result.reason.startswith("no article text after cleaning")


def test_clean_article_extracts_html_text_and_metadata() -> None:
    html = (
        "<html><head><title>Big fire kills 3 - Daily Bugle</title>"
        '<meta property="og:site_name" content="Daily Bugle">'
        '<meta name="date" content="2024-05-02"></head><body><nav><a href="/">Home</a></nav>'
        "<article><h1>Big fire kills 3</h1><p>A fire killed three people on Monday in the "
        "old town, officials said.</p><ul><li>3 dead</li><li>5 injured</li></ul></article>"
        "<footer>Copyright 2024</footer></body></html>"
    )
    raw = RawArticle(ref="p.html", origin="p.html", body=html, content_type=ContentType.HTML)
    article = clean_article(raw)
    assert isinstance(article, Article)
    assert article.outlet == "Daily Bugle"
    assert article.published == dt.date(2024, 5, 2)
    assert "- 3 dead\n- 5 injured" in article.text
    assert "Copyright" not in article.text


def test_clean_article_rejects_html_without_main_text() -> None:
    raw = RawArticle(
        ref="p.html",
        origin="p.html",
        body="<html><body></body></html>",
        content_type=ContentType.HTML,
    )
    result = clean_article(raw)
    assert isinstance(result, Rejection)
    assert "no article text" in result.reason


def test_clean_article_example_set_titles(example_dir: Path) -> None:
    articles = [
        clean_article(raw) for raw in iter_inputs([example_dir]) if isinstance(raw, RawArticle)
    ]
    assert len(articles) == 5
    assert all(isinstance(a, Article) for a in articles)
    titles = {a.ref: a.title for a in articles if isinstance(a, Article)}
    assert titles["000_861153e402fb5a16.txt"] == "The Harsh Truth of Life in Syria"
    assert titles["002_e328f3ef30151934.txt"].startswith("Syria Conflict Escalates: 600+ Dead")
    assert titles["004_61e47c249336bff1.txt"] == (
        "Escalating Sectarian Violence in Syria Raises International Concerns"
    )
    texts = {a.ref: a.text for a in articles if isinstance(a, Article)}
    assert texts["002_e328f3ef30151934.txt"].count("Syria Conflict Escalates") == 1
    assert texts["004_61e47c249336bff1.txt"].count("Escalating Sectarian Violence") == 1
    assert (
        "• 600+ fatalities reported in 48-hour surge of violence"
        in texts["002_e328f3ef30151934.txt"]
    )


@pytest.mark.parametrize(
    ("given", "expected"), [("Two\n\nlines", "Two lines"), ("  \u200b ", "Body line")]
)
def test_clean_article_puts_title_on_one_line(given: str, expected: str) -> None:
    article = clean_article(_raw("Body line\n\nMore text follows here.", title=given))
    assert isinstance(article, Article)
    assert article.title == expected


@pytest.mark.parametrize(
    ("body", "title", "text"),
    [
        # A record's title missing from its body becomes the first line (headline figures).
        ("Three people died.", "Fire kills 3", "Fire kills 3\n\nThree people died."),
        # Already among the first lines: kept once, where it is.
        ("Fire kills 3\n\nThree people died.", "Fire kills 3", "Fire kills 3\n\nThree people died."),
        ("World\nFire kills 3\nThree people died.", "Fire kills 3", "World\nFire kills 3\nThree people died."),
    ],
)  # fmt: skip
def test_clean_article_puts_a_given_title_first_when_the_body_lacks_it(
    body: str, title: str, text: str
) -> None:
    article = clean_article(_raw(body, title=title))
    assert isinstance(article, Article)
    assert (article.title, article.text) == (title, text)


def test_clean_article_does_not_add_an_inferred_title() -> None:
    article = clean_article(_raw("A first sentence that runs on. Then more."))
    assert isinstance(article, Article)
    assert article.text == "A first sentence that runs on. Then more."
