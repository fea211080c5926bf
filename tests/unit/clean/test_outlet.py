from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.clean.outlet import OutletSource, byline_outlet, outlet_of, url_host
from newsprism.model.article import Article
from newsprism.model.ids import ArticleId


def article(text: str = "Body.", **fields: object) -> Article:
    return Article(
        article_id=ArticleId("a1"),
        ref=str(fields.pop("ref", "in/000_abc.txt")),
        title="T",
        text=text,
        lang="en",
        lang_confidence=1.0,
        cleaner="test",
        **fields,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("fields", "text", "name", "source"),
    [
        (
            {"outlet": "  Kompas  ", "url": "https://www.bbc.co.uk/x"},
            "Body.",
            "Kompas",
            OutletSource.METADATA,
        ),
        ({"url": "https://www.bbc.co.uk/news/1"}, "Body.", "bbc.co.uk", OutletSource.URL),
        ({}, "BEIRUT (Reuters) - Ten people died.", "Reuters", OutletSource.BYLINE),
        ({}, "Jakarta (ANTARA) – Banjir.", "ANTARA", OutletSource.BYLINE),
        ({}, "Ten died.\n\nSource: Anadolu Agency", "Anadolu Agency", OutletSource.BYLINE),
        ({}, "Ten died.\n© 2025 The Jakarta Post", "The Jakarta Post", OutletSource.BYLINE),
        ({}, "Ten died in Homs (Syria) - officials.", "000_abc.txt", OutletSource.FILE),
    ],
)
def test_outlet_is_taken_from_metadata_url_byline_then_file(
    fields: dict[str, object], text: str, name: str, source: OutletSource
) -> None:
    found = outlet_of(article(text, **fields))
    assert (found.name, found.source) == (name, source)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.reuters.com/world/x", "reuters.com"),
        ("http://m.example.org", "example.org"),
        ("javascript:alert(1)//https://x.org", None),
        ("ftp://files.example.org/a", None),
        ("https://exa mple.org/", None),
        ("", None),
        (None, None),
    ],
)
def test_url_host_accepts_only_web_addresses(url: str | None, host: str | None) -> None:
    assert url_host(url) == host


@given(st.text(max_size=200))
def test_url_host_and_byline_never_fail(text: str) -> None:
    host = url_host(text)
    assert host is None or host.replace(".", "").replace("-", "").isalnum()
    byline_outlet(text)
