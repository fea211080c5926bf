"""RSS/Atom feeds: one article per item."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprism.clean.article import clean_article
from newsprism.ingest.sources import iter_inputs
from newsprism.model.article import Article, ContentType, RawArticle, Rejection

_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Coast Herald</title><link>http://herald.example</link>
<item><title>Fire kills 3</title><link>http://herald.example/1</link>
<guid>http://herald.example/1</guid><pubDate>Sun, 09 Mar 2025 14:00:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>A fire killed three people on Monday in the old town,
officials said. Firefighters fought the blaze for hours before it was under control.</p>
<p>Two more people were injured and taken to hospital, the fire service said.</p>]]>
</content:encoded></item>
<item><title>Flood</title><link>http://herald.example/2</link>
<description>Floods displaced 200 families.</description></item>
<item><title>Link only</title><link>http://herald.example/3</link></item>
</channel></rss>"""

_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title>Storm</title><id>urn:x:1</id><updated>2025-03-10T08:00:00Z</updated>
<link href="http://atom.example/1"/><content type="text">Storm injured 12 people.</content>
</entry></feed>"""


@pytest.mark.parametrize("name", ["feed.rss", "feed.xml"])
def test_feed_items_become_articles(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(_RSS, encoding="utf-8")
    items = list(iter_inputs([path]))
    first, second, third = items
    assert isinstance(first, RawArticle)
    assert (first.ref, first.title, first.url, first.outlet, first.published) == (
        "http://herald.example/1",
        "Fire kills 3",
        "http://herald.example/1",
        "Coast Herald",
        dt.date(2025, 3, 9),
    )
    assert first.content_type is ContentType.HTML
    assert "fire killed three people" in first.body
    assert isinstance(second, RawArticle)
    assert second.ref == f"{name}#2"
    assert "200 families" in second.body
    assert isinstance(third, Rejection)
    assert "no content or summary" in third.reason


def test_feed_item_html_content_cleans_to_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(_RSS, encoding="utf-8")
    raw = next(iter(iter_inputs([path])))
    assert isinstance(raw, RawArticle)
    article = clean_article(raw)
    assert isinstance(article, Article)
    assert article.title == "Fire kills 3"
    assert "<p>" not in article.text
    assert "Two more people were injured" in article.text


def test_feed_summary_only_item_cleans_to_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(_RSS, encoding="utf-8")
    raw = list(iter_inputs([path]))[1]
    assert isinstance(raw, RawArticle)
    article = clean_article(raw)
    assert isinstance(article, Article)
    assert article.text == "Floods displaced 200 families."


def test_atom_feed_reads_entries(tmp_path: Path) -> None:
    path = tmp_path / "news.atom"
    path.write_text(_ATOM, encoding="utf-8")
    [raw] = list(iter_inputs([path]))
    assert isinstance(raw, RawArticle)
    assert (raw.ref, raw.outlet, raw.url, raw.published, raw.content_type) == (
        "urn:x:1",
        "Atom News",
        "http://atom.example/1",
        dt.date(2025, 3, 10),
        ContentType.TEXT,
    )


@pytest.mark.parametrize(
    ("content", "reason_part"),
    [
        ("<?xml version='1.0'?><catalog><book>x</book></catalog>", "not an RSS or Atom feed"),
        ("<rss version='2.0'><channel><title>T</title></channel></rss>", "no items"),
        ("<rss version='2.0'><channel><title>T</ti", "not a readable RSS/Atom feed"),
    ],
)
def test_feed_without_items_is_rejected(tmp_path: Path, content: str, reason_part: str) -> None:
    path = tmp_path / "x.xml"
    path.write_text(content, encoding="utf-8")
    [item] = list(iter_inputs([path]))
    assert isinstance(item, Rejection)
    assert reason_part in item.reason


def test_xml_page_with_html_root_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.xml"
    path.write_text("<?xml version='1.0'?><html><body><p>Hi</p></body></html>", encoding="utf-8")
    [item] = list(iter_inputs([path]))
    assert isinstance(item, RawArticle)
    assert item.content_type is ContentType.HTML


@pytest.mark.parametrize("encoding", [b"\xf5tf-8", b"utf-8\x00", b"no-such-codec"])
def test_a_feed_declaring_an_unusable_encoding_is_read_or_rejected(
    tmp_path: Path, encoding: bytes
) -> None:
    # Found by tests/fuzz (issue #12): feedparser raised ValueError / UnicodeDecodeError.
    path = tmp_path / "odd.rss"
    path.write_bytes(
        b"<?xml version='1.0' encoding='" + encoding + b"'?><rss version='2.0'><channel>"
        b"<title>T</title><item><guid>g1</guid><description>Five killed.</description></item>"
        b"</channel></rss>"
    )
    items = list(iter_inputs([path]))
    assert items
    assert all("internal error" not in getattr(i, "reason", "") for i in items)


def test_a_reader_crash_rejects_the_file_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsprism.ingest import sources

    def broken(path: Path, ref: str, *, max_bytes: int) -> Iterator[RawArticle | Rejection]:
        yield from ()
        raise RecursionError("deep")

    monkeypatch.setitem(sources._READERS, ".rss", broken)
    (tmp_path / "a.rss").write_text("<rss/>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Headline\n\nFive killed.", encoding="utf-8")
    items = list(iter_inputs([tmp_path]))
    assert isinstance(items[0], Rejection) and "internal error" in items[0].reason
    assert isinstance(items[1], RawArticle) and items[1].ref == "b.txt"
