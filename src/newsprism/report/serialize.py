"""Model records to JSON-ready dictionaries: the field names here are a public interface.

`docs/report-schema.md` documents every field; scripts of users read them, so fields are only
ever added, never renamed or removed (bump ``REPORT_SCHEMA`` on any incompatible change).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from newsprism.clean.outlet import outlet_of
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article, Rejection, Sentence
from newsprism.model.figures import Figure
from newsprism.model.ids import ArticleId
from newsprism.model.stories import Story, StoryAssignment, StoryLink

#: Name and version of the report.json schema.
REPORT_SCHEMA = "newsprism.report/1"

JsonDict = dict[str, Any]


def iso_date(value: dt.date | None) -> str | None:
    """ISO 8601 date, or ``None``."""
    return value.isoformat() if value is not None else None


def figure_to_json(
    figure: Figure, article: Article, sentences: tuple[Sentence, ...] = ()
) -> JsonDict:
    """One figure as printed by ``newsprism figures`` and stored in report.json (with its
    sentence's offsets when ``sentences`` are given)."""
    quantity = figure.quantity
    attribution = figure.attribution
    return {
        "article": article.ref,
        "article_id": figure.article_id,
        "figure_id": figure.figure_id,
        "lang": figure.lang,
        "kind": figure.kind.value,
        "value": quantity.value,
        "low": quantity.low,
        "high": quantity.high,
        "qualifier": quantity.qualifier.value,
        "group": figure.group,
        "place": figure.place,
        "period": figure.period,
        "incidents": figure.incidents,
        "source": attribution.source,
        "source_norm": attribution.source_norm,
        "attribution": attribution.kind.value,
        "quote": figure.evidence.of(article.text),
        "start": figure.evidence.start,
        "end": figure.evidence.end,
        "sentence": figure.sentence_index,
        "in_headline": figure.in_headline,
        "extractor": figure.extractor,
        "published": iso_date(article.published),
        **_sentence_span(figure, sentences),
    }


def _sentence_span(figure: Figure, sentences: tuple[Sentence, ...]) -> JsonDict:
    if not 0 <= figure.sentence_index < len(sentences):
        return {}
    span = sentences[figure.sentence_index].span
    if not span.start <= figure.evidence.start <= figure.evidence.end <= span.end:
        return {}
    return {"sentence_start": span.start, "sentence_end": span.end}


def display_title(article: Article) -> str:
    """The headline as shown: the title, with "…" when it was cut from the first line."""
    title = " ".join(article.title.split())
    first = next((line.strip() for line in article.text.split("\n") if line.strip()), "")
    if title and len(first) > len(title) and " ".join(first.split()).startswith(title):
        return f"{title.rstrip(' ,;:.')}…"
    return title


def article_to_json(
    analyzed: AnalyzedArticle, story_id: str | None, *, with_text: bool = False
) -> JsonDict:
    """An article's metadata and language, without its figures (listed separately); its
    clean text too when ``with_text`` (the HTML report and the web app show it)."""
    article = analyzed.article
    outlet = outlet_of(article)
    data: JsonDict = {
        "article": article.ref,
        "article_id": article.article_id,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "published": iso_date(article.published),
        "lang": article.lang,
        "lang_confidence": article.lang_confidence,
        "n_chars": len(article.text),
        "n_sentences": len(analyzed.sentences),
        "n_figures": len(analyzed.figures),
        "story": story_id,
        "cleaner": article.cleaner,
        "headline": display_title(article),
        "outlet_name": outlet.name,
        "outlet_from": outlet.source.value,
    }
    if with_text:
        data["text"] = article.text
    return data


def rejection_to_json(rejection: Rejection) -> JsonDict:
    """A rejected input and the reason, in words a user can act on."""
    return {"input": rejection.ref, "reason": rejection.reason}


def assignment_to_json(assignment: StoryAssignment, refs: Mapping[ArticleId, str]) -> JsonDict:
    """One line of ``newsprism stories``: article, story and the article it copies."""
    duplicate = assignment.duplicate_of
    return {
        "article": refs[assignment.article_id],
        "article_id": assignment.article_id,
        "story": assignment.story_id,
        "duplicate_of": refs[duplicate] if duplicate is not None else None,
    }


def link_to_json(link: StoryLink, refs: Mapping[ArticleId, str]) -> JsonDict:
    """Why an article is in its story: the member it is most strongly linked to, the pair's
    score, each signal's share of it and the heaviest shared keys."""
    return {
        "article": refs.get(link.partner_id, link.partner_id),
        "score": round(link.score, 3),
        "signals": dict(link.signals),
        "shared": list(link.shared),
    }


def story_to_json(story: Story, refs: Mapping[ArticleId, str]) -> JsonDict:
    """A story's label, languages, outlets, dates and articles."""
    return {
        "story": story.story_id,
        "label": story.label,
        "articles": [refs[a] for a in story.article_ids],
        "article_ids": list(story.article_ids),
        "languages": list(story.languages),
        "outlets": list(story.outlets),
        "first_seen": iso_date(story.first_seen),
        "last_seen": iso_date(story.last_seen),
        "method": story.method,
    }
