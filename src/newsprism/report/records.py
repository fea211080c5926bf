"""The report as JSON-ready records: ``report.json`` and the rows the CLI prints.

Every renderer (Markdown, HTML) works from ``report_to_json``'s dictionary, so all outputs show
the same numbers.
"""

from __future__ import annotations

from typing import Any

from newsprism.model.ids import ArticleId
from newsprism.model.report import Report, StoryReport
from newsprism.report.reconciled import brief_to_json, claim_to_json, group_to_json
from newsprism.report.serialize import (
    REPORT_SCHEMA,
    JsonDict,
    article_to_json,
    assignment_to_json,
    figure_to_json,
    rejection_to_json,
    story_to_json,
)


def _refs(report: Report) -> dict[ArticleId, str]:
    return {a.article.article_id: a.article.ref for a in report.articles}


def figure_rows(report: Report) -> list[JsonDict]:
    """Every figure of every article, in article order then text order."""
    return [figure_to_json(f, a.article) for a in report.articles for f in a.figures]


def story_rows(report: Report) -> list[JsonDict]:
    """One row per article: its story, the article it copies, and the story's label."""
    refs = _refs(report)
    rows = []
    for item in report.stories:
        for assignment in item.assignments:
            row = assignment_to_json(assignment, refs)
            row["label"] = item.story.label
            rows.append(row)
    return sorted(rows, key=lambda r: str(r["article"]))


def group_rows(report: Report) -> list[JsonDict]:
    """One row per reconciled figure group, story by story."""
    refs = _refs(report)
    figures = _figures_by_id(report)
    return [group_to_json(group, refs, figures) for item in report.stories for group in item.groups]


def _figures_by_id(report: Report) -> dict[str, JsonDict]:
    return {f.figure_id: figure_to_json(f, a.article) for a in report.articles for f in a.figures}


def _story(item: StoryReport, refs: dict[ArticleId, str], figures: dict[str, JsonDict]) -> JsonDict:
    data = story_to_json(item.story, refs)
    data["assignments"] = [assignment_to_json(a, refs) for a in item.assignments]
    data["groups"] = [group_to_json(g, refs, figures) for g in item.groups]
    data["single_source"] = [claim_to_json(c, refs) for c in item.single_source]
    data["brief"] = brief_to_json(item.brief, refs) if item.brief is not None else None
    return data


def report_to_json(report: Report) -> dict[str, Any]:
    """The whole report as documented in docs/report-schema.md."""
    refs = _refs(report)
    figures = _figures_by_id(report)
    story_of = {
        assignment.article_id: item.story.story_id
        for item in report.stories
        for assignment in item.assignments
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
        "articles": [
            article_to_json(a, story_of.get(a.article.article_id)) for a in report.articles
        ],
        "figures": list(figures.values()),
        "stories": [_story(item, refs, figures) for item in report.stories],
        "rejections": [rejection_to_json(r) for r in report.rejections],
        "rejections_omitted": report.rejections_omitted,
        "skipped_copies": [{"input": s, "same_as": k} for s, k in report.skipped_copies],
    }
