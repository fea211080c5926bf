"""report.json (as a dictionary) -> one offline HTML file (no scripts, no external assets).

Jinja2 autoescaping is on for every value: article text, titles, outlets and addresses are
hostile and are only ever shown as text; links are made only of http(s) addresses. The page's
Content-Security-Policy forbids every script, so nothing that slipped through could run.
"""

from __future__ import annotations

import datetime as dt
from importlib.resources import files
from typing import Any

from jinja2 import BaseLoader, Environment, PackageLoader, StrictUndefined, select_autoescape

from newsprism.brief.text import date_words
from newsprism.report.render.charts import CHART_WIDTH, LABEL_WIDTH
from newsprism.report.render.framing import TABLE_SIGNALS, mix_text, opinion_sentences
from newsprism.report.render.view import (
    ReportIndex,
    StoryView,
    amount,
    figure_source,
    figure_title,
    offline_links,
)


def number(value: object) -> str:
    """A count with thousands separators; "–" for none."""
    if value is None:
        return "–"
    return f"{value:,}" if isinstance(value, int) else str(value)


def environment(loader: BaseLoader | None = None) -> Environment:
    """The Jinja2 environment of the report's templates (``loader`` adds the web app's)."""
    env = Environment(
        loader=loader or PackageLoader("newsprism.report.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = number
    env.globals["chart_width"] = CHART_WIDTH
    env.globals["label_width"] = LABEL_WIDTH
    env.globals["figure_title"] = figure_title
    env.globals["figure_source"] = figure_source
    env.globals["amount"] = amount
    env.globals["framing_signals"] = TABLE_SIGNALS
    env.globals["framing_mix"] = mix_text
    env.globals["framing_sentences"] = opinion_sentences
    return env


def stylesheet() -> str:
    """The CSS of the report and the web app."""
    return (files("newsprism.report.render") / "templates" / "style.css").read_text("utf-8")


def generated_words(report: dict[str, Any]) -> str:
    """ "7 December 2026" from report.json's ``generated_at``."""
    try:
        return date_words(dt.datetime.fromisoformat(report["generated_at"]).date())
    except (KeyError, ValueError):
        return ""


def render_html(report: dict[str, Any]) -> str:
    """The whole report as a self-contained HTML page (``report`` carries article texts:
    ``report_to_json(..., with_text=True)``)."""
    links = offline_links(report)
    index = ReportIndex(report)
    views = [StoryView(report, story, links, index) for story in report["stories"]]
    template = environment().get_template("report.html.j2")
    return template.render(
        report=report,
        views=views,
        figures_by_id={f["figure_id"]: f for f in report["figures"]},
        css=stylesheet(),
        generated=generated_words(report),
    )
