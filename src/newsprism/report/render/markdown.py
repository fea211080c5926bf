"""report.json (as a dictionary) -> Markdown.

Article text is hostile: every piece of it is escaped so that it cannot inject Markdown or HTML
(links, images, raw tags) into a viewer that renders the file.
"""

from __future__ import annotations

import re
from typing import Any

from newsprism.report.render.framing import framing_markdown

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")
_HTML_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def md_escape(text: object) -> str:
    """Escape Markdown metacharacters and turn HTML ones into entities (so no raw tag can
    survive); newlines become spaces."""
    plain = " ".join(str(text).split()).translate(_HTML_ENTITIES)
    return _MD_SPECIAL.sub(r"\\\1", plain)


def _fmt(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return f"{value:,}"
    return md_escape(value)


def render_markdown(report: dict[str, Any]) -> str:
    """The whole report as Markdown: summary, one section per story, rejected inputs."""
    summary = report["summary"]
    lines = [
        "# newsprism report",
        "",
        f"{summary['articles']} article(s), {summary['stories']} story(ies), "
        f"{summary['figures']} figure(s), {summary['rejected']} rejected input(s). "
        f"newsprism {md_escape(report['engine_version'])}, generated {md_escape(report['generated_at'])}.",
        "",
    ]
    figures_by_article: dict[str, list[dict[str, Any]]] = {}
    for figure in report["figures"]:
        figures_by_article.setdefault(figure["article"], []).append(figure)
    articles = {a["article"]: a for a in report["articles"]}
    for story in report["stories"]:
        lines += _story(story, figures_by_article)
        lines += framing_markdown(story, articles, md_escape)
    if report["rejections"]:
        lines += ["## Rejected inputs", ""]
        lines += [
            f"- {md_escape(r['input'])}: {md_escape(r['reason'])}" for r in report["rejections"]
        ]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _story(story: dict[str, Any], figures_by_article: dict[str, list[dict[str, Any]]]) -> list[str]:
    dates = (
        " to ".join(d for d in (story["first_seen"], story["last_seen"]) if d) or "dates unknown"
    )
    lines = [
        f"## {md_escape(story['label'])}",
        "",
        f"{len(story['articles'])} article(s); languages: {md_escape(', '.join(story['languages']))}; {md_escape(dates)}.",
        "",
    ]
    brief = story.get("brief")
    if brief and brief["sentences"]:
        lines += ["### Brief", ""]
        for sentence in brief["sentences"]:
            cites = "".join(f"[{n}]" for n in sentence["numbers"])
            lines.append(f"{md_escape(sentence['text'])} {cites}".rstrip())
        lines.append("")
        lines += [f"{i}. {md_escape(ref)}" for i, ref in enumerate(brief["references"], 1)]
        lines.append("")
    if story["groups"]:
        lines += [
            "### Reconciled figures",
            "",
            "| kind | scope | low | best | high | articles | origins | agreement | rule |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for group in story["groups"]:
            lines.append(
                f"| {_fmt(group['kind'])} | {_fmt(group['scope'])} | {_fmt(group['low'])} | "
                f"{_fmt(group['best'])} | {_fmt(group['high'])} | {group['n_articles']} | "
                f"{_fmt(', '.join(group['origins']))} | {_fmt(group.get('agreement'))} | {_fmt(group['rule'])} |"
            )
        lines.append("")
    if story["single_source"]:
        lines += ["### Claims only one article makes", ""]
        for claim in story["single_source"]:
            lines.append(
                f"- {md_escape(claim['text'])} ({md_escape(claim['article'])}; "
                f"attribution: {md_escape(claim['attribution'])})"
            )
        lines.append("")
    lines += ["### Articles", ""]
    for assignment in story["assignments"]:
        copy = assignment["duplicate_of"]
        note = f" (copy of {md_escape(copy)})" if copy else ""
        lines.append(f"- {md_escape(assignment['article'])}{note}")
        for figure in figures_by_article.get(assignment["article"], []):
            lines.append(
                f"  - {_fmt(figure['kind'])} {_fmt(figure['value'] if figure['value'] is not None else figure['low'])} "
                f"({_fmt(figure['qualifier'])}; {_fmt(figure['attribution'])}"
                f"{'; ' + md_escape(figure['source']) if figure['source'] else ''}): "
                f"“{md_escape(figure['quote'])}”"
            )
    lines.append("")
    return lines
