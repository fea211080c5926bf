"""The cleaning stage: ``RawArticle`` -> ``Article`` (or a ``Rejection``)."""

from __future__ import annotations

import dataclasses

from newsprism.clean.boilerplate import extract_page
from newsprism.clean.normalize import normalize
from newsprism.clean.title import drop_title_copies, fallback_title, infer_title, with_title_line
from newsprism.model.article import Article, ContentType, RawArticle, Rejection
from newsprism.model.ids import article_id_for

#: Versioned stage name; bump when the clean text of an input can change (ids change with it).
CLEANER = "clean.text.v1"


def clean_article(raw: RawArticle) -> Article | Rejection:
    """Clean ``raw`` into an ``Article``, or return a ``Rejection`` when no text is left.

    HTML bodies go through boilerplate removal first; the page's title, date and site name fill
    metadata the raw record lacks (the record's own metadata wins). Text is then normalised
    (``normalize``), the title is taken from the record or inferred from the first lines, and
    repeated copies of it near the top are dropped (one copy stays in the text, so figures in
    headlines have a span; a text record whose given title is not among its first lines gets
    it as its first line). ``article_id`` hashes the clean text; ``lang`` is ``"unknown"``
    until language identification fills it.

    >>> from newsprism.model.article import ContentType, RawArticle
    >>> a = clean_article(RawArticle(ref="a.txt", origin="a.txt", body="Fire kills 3\\n\\nFire "
    ...     "kills 3\\nThree died.", content_type=ContentType.TEXT))
    >>> (a.title, a.text)
    ('Fire kills 3', 'Fire kills 3\\n\\nThree died.')
    """
    given_title = raw.content_type is ContentType.TEXT and bool(_one_line(raw.title))
    if raw.content_type is ContentType.HTML:
        page = extract_page(raw.body, url=raw.url)
        if page is None:
            return Rejection(
                ref=raw.ref,
                reason="no article text after cleaning: the page has no main text "
                "(an index page, a paywall or a script-only page?)",
            )
        raw = dataclasses.replace(
            raw,
            body=page.text,
            title=raw.title or page.title,
            outlet=raw.outlet or page.outlet,
            published=raw.published or page.published,
        )
    text = normalize(raw.body)
    if not text:
        return Rejection(
            ref=raw.ref,
            reason="no article text after cleaning: the input is empty or only whitespace "
            "and invisible characters",
        )
    # The headline is inferred before repeats are dropped: a repeated line marks it.
    title = _one_line(raw.title) or _one_line(infer_title(raw.body)) or fallback_title(text)
    deduplicated = drop_title_copies(text, title)
    if deduplicated != text:
        text = normalize(deduplicated)
    if given_title:
        # Both are normal text and the title is one stripped line: the result stays normal.
        text = with_title_line(text, title)
    return Article(
        article_id=article_id_for(text),
        ref=raw.ref,
        title=title,
        text=text,
        lang="unknown",
        lang_confidence=0.0,
        cleaner=CLEANER,
        url=raw.url,
        outlet=raw.outlet,
        published=raw.published,
    )


def _one_line(title: str | None) -> str:
    """``title`` normalised onto one line (``""`` when ``None`` or blank)."""
    return " ".join(line for line in normalize(title).split("\n") if line) if title else ""
