"""Who published an article, for readers: the outlet's name and where it was found.

In order: the input's metadata or the page's own site name (``Article.outlet``, filled by
ingest and cleaning), the host of the article's URL, a byline or dateline in the text ("BEIRUT
(Reuters) -", "Source: Anadolu Agency", "© 2025 Kompas"), and only as a last resort the input's
file name (``Article.ref``), which says nothing about the outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from newsprism.model.article import Article


class OutletSource(StrEnum):
    """Where an outlet's name was found."""

    METADATA = "metadata"
    URL = "url"
    BYLINE = "byline"
    FILE = "file"


@dataclass(frozen=True, slots=True)
class OutletName:
    """An outlet's name as shown to readers, and where it came from."""

    name: str
    source: OutletSource


#: Lines searched for a byline at the top and at the bottom of the text (datelines open an
#: article, source and copyright lines close it).
_TOP_LINES = 5
_BOTTOM_LINES = 3
#: A name in a byline: capitalised words, digits and a few joiners, up to 40 characters.
_NAME = r"[A-Z][\w.&'’ -]{1,39}?"
#: "BEIRUT (Reuters) -", "Jakarta (ANTARA) –", "NEW YORK, March 7 (AFP) —": a wire dateline:
#: up to five capitalised words or numbers, then the outlet in parentheses and a dash.
_DATELINE = re.compile(
    rf"^[A-Z][\w'’.-]*(?:[ ,/]+[A-Z0-9][\w'’.-]*){{0,4}}\s*\((?P<name>{_NAME})\)\s*[-–—:]"
)
#: "Source: Anadolu Agency", "Sumber: Antara", "Quelle: dpa", "Fuente: EFE", "Kaynak: AA".
_SOURCE_LINE = re.compile(
    rf"^(?:Source|Sumber|Quelle|Fuente|Kaynak|المصدر)\s*:\s*(?P<name>{_NAME})\.?$", re.IGNORECASE
)
#: "© 2025 Kompas", "Copyright 2025 The Jakarta Post".
_COPYRIGHT = re.compile(rf"^(?:©|\(c\)|Copyright)\s*(?:\d{{4}}\s*)?(?P<name>{_NAME})\.?$")
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")


def outlet_of(article: Article) -> OutletName:
    """The outlet of ``article`` and where its name was found.

    >>> from newsprism.model.article import Article
    >>> a = Article(article_id="a1", ref="x.txt", title="", text="BEIRUT (Reuters) - Ten died.",
    ...             lang="en", lang_confidence=1.0, cleaner="t")
    >>> outlet_of(a)
    OutletName(name='Reuters', source=<OutletSource.BYLINE: 'byline'>)
    """
    if article.outlet and article.outlet.strip():
        return OutletName(" ".join(article.outlet.split()), OutletSource.METADATA)
    host = url_host(article.url)
    if host:
        return OutletName(host, OutletSource.URL)
    byline = byline_outlet(article.text)
    if byline:
        return OutletName(byline, OutletSource.BYLINE)
    return OutletName(PurePosixPath(article.ref.replace("\\", "/")).name, OutletSource.FILE)


def url_host(url: str | None) -> str | None:
    """The host of an http(s) URL without "www." ("https://www.bbc.co.uk/x" -> "bbc.co.uk")."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").rstrip(".")
    if parts.scheme not in {"http", "https"} or not re.fullmatch(r"[a-z0-9.-]+", host):
        return None
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host.removeprefix(prefix)
    return host or None


def byline_outlet(text: str) -> str | None:
    """An outlet named in a dateline at the top or a source or copyright line at the bottom."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:_TOP_LINES]:
        if match := _DATELINE.match(line):
            return match.group("name").strip()
    for line in lines[-_BOTTOM_LINES:]:
        if match := _SOURCE_LINE.match(line) or _COPYRIGHT.match(line):
            return match.group("name").strip()
    return None
