"""The report as JSON-ready records: ``report.json`` and the rows the CLI prints.

Every renderer (Markdown, HTML) works from ``report_to_json``'s dictionary, so all outputs show
the same numbers.
"""

from __future__ import annotations

from typing import Any

from newsprism.model.article import Article
from newsprism.model.framing import ArticleFraming
from newsprism.model.ids import ArticleId
from newsprism.model.report import Report, StoryReport
from newsprism.report.framing import framing_to_json, profile_to_json
from newsprism.report.reconciled import brief_to_json, claim_to_json, group_to_json
from newsprism.report.serialize import (
    REPORT_SCHEMA,
    JsonDict,
    article_to_json,
    assignment_to_json,
    figure_to_json,
    link_to_json,
    rejection_to_json,
    story_to_json,
)


def _refs(report: Report) -> dict[ArticleId, str]:
    return {a.article.article_id: a.article.ref for a in report.articles}


def figure_rows(report: Report) -> list[JsonDict]:
    """Every figure of every article, in article order then text order."""
    return [figure_to_json(f, a.article, a.sentences) for a in report.articles for f in a.figures]


def story_rows(report: Report) -> list[JsonDict]:
    """One row per article: its story, the article it copies, and the story's label (and,
    when the report explains its stories, ``link``: why the article is in its story)."""
    refs = _refs(report)
    rows = []
    for item in report.stories:
        links = {link.article_id: link for link in item.links}
        for assignment in item.assignments:
            row = assignment_to_json(assignment, refs)
            row["label"] = item.story.label
            if assignment.article_id in links:
                row["link"] = link_to_json(links[assignment.article_id], refs)
            rows.append(row)
    return sorted(rows, key=lambda r: str(r["article"]))


def group_rows(report: Report) -> list[JsonDict]:
    """One row per reconciled figure group, story by story."""
    refs = _refs(report)
    figures = _figures_by_id(report)
    langs = _langs(report)
    return [
        group_to_json(group, refs, figures, langs)
        for item in report.stories
        for group in item.groups
    ]


def framing_rows(report: Report) -> list[JsonDict]:
    """One row per article: its framing profile (with its story's single-source claims)."""
    framings = report.framing_of()
    return [
        framing_to_json(framings[a.article.article_id], a.article)
        for a in report.articles
        if a.article.article_id in framings
    ]


def profile_rows(report: Report) -> list[JsonDict]:
    """One row per outlet over the whole collection."""
    refs = _refs(report)
    return [profile_to_json(p, refs) for p in report.profiles]


def _figures_by_id(report: Report) -> dict[str, JsonDict]:
    return {
        f.figure_id: figure_to_json(f, a.article, a.sentences)
        for a in report.articles
        for f in a.figures
    }


def _langs(report: Report) -> dict[ArticleId, str]:
    return {a.article.article_id: a.article.lang for a in report.articles}


def _story(
    item: StoryReport,
    refs: dict[ArticleId, str],
    figures: dict[str, JsonDict],
    articles: dict[ArticleId, JsonDict],
    langs: dict[ArticleId, str],
) -> JsonDict:
    data = story_to_json(item.story, refs)
    members = [articles[a] for a in item.story.article_ids if a in articles]
    data["headline"] = " ".join(item.story.label.split()).rstrip(" .:;,") or next(
        (m["headline"] for m in members if m["headline"]), "Untitled story"
    )
    pairs = sorted(
        {(m["outlet_name"], m["outlet_from"]) for m in members if m["outlet_from"] != "file"}
    )
    data["outlet_names"] = [{"name": name, "from": source} for name, source in pairs]
    data["assignments"] = [assignment_to_json(a, refs) for a in item.assignments]
    data["groups"] = [group_to_json(g, refs, figures, langs) for g in item.groups]
    data["single_source"] = [claim_to_json(c, refs) for c in item.single_source]
    data["brief"] = brief_to_json(item.brief, refs) if item.brief is not None else None
    data["profiles"] = [profile_to_json(p, refs) for p in item.profiles]
    return data


def report_to_json(report: Report, *, with_text: bool = False) -> dict[str, Any]:
    """The whole report as documented in docs/report-schema.md (with each article's clean
    text when ``with_text``: the HTML report and the web app show it)."""
    refs = _refs(report)
    figures = _figures_by_id(report)
    langs = _langs(report)
    story_of = {
        assignment.article_id: item.story.story_id
        for item in report.stories
        for assignment in item.assignments
    }
    framings = report.framing_of()
    articles = {
        a.article.article_id: {
            **article_to_json(a, story_of.get(a.article.article_id), with_text=with_text),
            "framing": _article_framing(framings.get(a.article.article_id), a.article),
        }
        for a in report.articles
    }
    return {
        "schema": REPORT_SCHEMA,
        "engine_version": report.engine_version,
        "generated_at": report.generated_at.isoformat(),
        "stages": list(report.stages),
        "summary": {
            "articles": len(report.articles),
            "stories": len(report.stories),
            "figures": len(figures),
            "rejected": len(report.rejections) + report.rejections_omitted,
            "skipped_copies": len(report.skipped_copies),
        },
        "articles": list(articles.values()),
        "figures": list(figures.values()),
        "stories": [_story(item, refs, figures, articles, langs) for item in report.stories],
        "rejections": [rejection_to_json(r) for r in report.rejections],
        "rejections_omitted": report.rejections_omitted,
        "skipped_copies": [{"input": s, "same_as": k} for s, k in report.skipped_copies],
        "outlets": [profile_to_json(p, refs) for p in report.profiles],
    }


def _article_framing(framing: ArticleFraming | None, article: Article) -> JsonDict | None:
    if framing is None:
        return None
    data = framing_to_json(framing, article)
    for key in ("article", "article_id", "lang", "title"):
        del data[key]  # already in the article object around it
    return data
