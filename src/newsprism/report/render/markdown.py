"""report.json (as a dictionary) -> Markdown that reads as plain text.

Article text is hostile: every piece of it goes through ``md_escape``, which backslash-escapes
only the characters that could make Markdown or HTML out of it (emphasis, code, links and
images, raw tags, entities, table pipes, and line-start markers), so the file stays readable
in a terminal and inert in any viewer that renders it.
"""

from __future__ import annotations

import re
from typing import Any

from newsprism.report.render.framing import framing_markdown
from newsprism.report.render.html import generated_words
from newsprism.report.render.view import Links, ReportIndex, StoryView, pieces_text

#: Characters escaped wherever they appear: emphasis, code, links and images, raw HTML, table
#: cells, strike-through.
_INLINE = re.compile(r"([\\`*\[\]<>|~]|(?<!\w)_|_(?!\w))")
#: An entity ("&amp;", "&#60;") would be decoded by a renderer: its "&" is escaped.
_ENTITY = re.compile(r"&(?=#?\w+;)")
#: Markers that change a line's meaning when they start it (headings, quotes, lists, rules).
_LINE_START = re.compile(r"^(\s*)(?:([#>+=-])|(\d+)([.)]))")


def md_escape(text: object, *, line_start: bool = False) -> str:
    """``text`` on one line, with only Markdown's active characters backslash-escaped (and,
    with ``line_start``, a marker that would start a heading, quote or list).

    >>> md_escape("Over 1,000 killed, <b>said</b> [x](javascript:y)")
    'Over 1,000 killed, \\\\<b\\\\>said\\\\</b\\\\> \\\\[x\\\\](javascript:y)'
    """
    plain = " ".join(str(text).split())
    plain = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", plain))
    if not line_start:
        return plain
    return _LINE_START.sub(_escape_marker, plain)


def _escape_marker(match: re.Match[str]) -> str:
    indent, marker, digits, dot = match.groups()
    return f"{indent}\\{marker}" if marker else f"{indent}{digits}\\{dot}"


def _num(value: object) -> str:
    if value is None:
        return "–"
    return f"{value:,}" if isinstance(value, int) else md_escape(value)


def _cites(cites: list[tuple[int, str]]) -> str:
    # "[1]" stays as written: without a link definition (none is written, and text cannot
    # add one: its "[" is escaped) Markdown shows it as text.
    return "".join(f"[{n}]" for n, _ in cites)


def render_markdown(report: dict[str, Any]) -> str:
    """The whole report as Markdown: one section per story, then inputs that failed."""
    links = Links(article=lambda a: "", figure=lambda f: None)
    index = ReportIndex(report)
    views = [StoryView(report, story, links, index) for story in report["stories"]]
    lines = ["# newsprism report", ""]
    articles = {a["article"]: a for a in report["articles"]}
    for view, story in zip(views, report["stories"], strict=True):
        lines += _story(view)
        lines += framing_markdown(story, articles, md_escape)
    if not views:
        lines += [f"No story: {report['summary']['articles']} article(s) read.", ""]
    if report["rejections"]:
        lines += ["## Inputs that could not be read", ""]
        lines += [
            f"- {md_escape(r['input'])}: {md_escape(r['reason'])}" for r in report["rejections"]
        ]
        lines.append("")
    lines.append(
        f"Made by newsprism {md_escape(report['engine_version'])} on "
        f"{generated_words(report)}. Figures are quoted from the articles; estimates say how "
        "they were chosen; nothing is averaged."
    )
    return "\n".join(lines).rstrip() + "\n"


def _story(view: StoryView) -> list[str]:
    lines = [
        f"## {md_escape(view.headline)}",
        "",
        md_escape(" · ".join(view.meta()), line_start=True),
        "",
    ]
    keys = view.key_numbers()
    if keys:
        lines += ["### Key numbers", ""]
        lines += [f"- {md_escape(pieces_text(k['pieces']))} {_cites(k['cites'])}" for k in keys]
        lines.append("")
    sections = view.brief_sections()
    if sections:
        lines += ["### Brief", ""]
        for section in sections:
            if section["title"]:
                lines += [f"**{md_escape(section['title'])}**", ""]
            for sentence in section["sentences"]:
                lines += [
                    f"{md_escape(pieces_text(sentence['pieces']), line_start=True)} "
                    f"{_cites(sentence['cites'])}",
                    "",
                ]
    lines += _groups(view)
    claims = view.single_source()
    if claims:
        lines += ["### Claims only one article makes", ""]
        lines += [
            f"- “{md_escape(c['text'])}” ({md_escape(c['sourcing'])}) {_cites(c['cites'])}"
            for c in claims
        ]
        lines.append("")
    lines += ["### Sources", ""]
    for source in view.sources():
        outlet = (
            md_escape(source["outlet"])
            if source["outlet_known"]
            else f"outlet not named (file {md_escape(source['outlet'])})"
        )
        extra = f"; a copy of [{source['copy_of']}]" if source["copy_of"] else ""
        url = f"; {md_escape(source['url'])}" if source["url"] else ""
        lines.append(
            f"{source['n']}. {outlet}: “{md_escape(source['headline'])}” "
            f"({md_escape(source['lang'])}, {md_escape(source['published'])}{extra}{url})"
        )
    lines.append("")
    return lines


def _groups(view: StoryView) -> list[str]:
    groups = view.groups()
    if not groups:
        return []
    lines = [
        "### Figures by source",
        "",
        "| what | low | best | high | as of | articles | independent sources | agreement |",
        "| --- | ---: | ---: | ---: | --- | ---: | --- | --- |",
    ]
    for g in groups:
        lines.append(
            f"| {md_escape(g['what'])} | {_num(g['low'])} | {_num(g['best'])} | "
            f"{_num(g['high'])} | {md_escape(g['as_of'] or 'date not given')} | "
            f"{g['n_articles']} | {md_escape('; '.join(g['sources']))} | "
            f"{md_escape(g['agreement'])} |"
        )
    lines.append("")
    for g in groups:
        if len(g["points"]) < 2 and not g["conflicts"]:
            continue
        lines += [f"#### {md_escape(g['what'])}", ""]
        for point in g["points"]:
            when = f"{md_escape(point['date'])}: " if g["dated"] else ""
            lines.append(
                f"- {when}{md_escape(point['amount'])} ({md_escape(point['origin'])}) "
                f"{_cites(point['cites'])}"
            )
        lines += [f"- Disagreement: {md_escape(c)}" for c in g["conflicts"]]
        lines.append("")
    return lines
