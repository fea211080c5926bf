"""report.json (as a dictionary) -> one offline HTML file (no scripts, no external assets).

Jinja2 autoescaping is on for every value: article text, titles and file names are hostile and
are only ever shown as text.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from newsprism.report.render.charts import CHART_WIDTH, range_chart
from newsprism.report.render.framing import TABLE_SIGNALS, mix_text, opinion_sentences


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("newsprism.report.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = lambda v: "–" if v is None else (f"{v:,}" if isinstance(v, int) else v)
    env.globals["range_chart"] = range_chart
    env.globals["chart_width"] = CHART_WIDTH
    env.globals["framing_signals"] = TABLE_SIGNALS
    env.globals["framing_mix"] = mix_text
    env.globals["framing_sentences"] = opinion_sentences
    return env


def render_html(report: dict[str, Any]) -> str:
    """The whole report as a self-contained HTML page."""
    figures_by_article: dict[str, list[dict[str, Any]]] = {}
    for figure in report["figures"]:
        figures_by_article.setdefault(figure["article"], []).append(figure)
    articles = {a["article"]: a for a in report["articles"]}
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, figures_by_article=figures_by_article, articles=articles)
