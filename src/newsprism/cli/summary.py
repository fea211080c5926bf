"""The short summary table ``analyze`` prints on stderr."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from newsprism.cli.console import err, print_line, printable
from newsprism.model.report import Report


def _num(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"


def print_summary(report: Report) -> None:
    """Stories with their articles, languages and headline estimates."""
    n_figures = sum(len(a.figures) for a in report.articles)
    print_line(
        f"{len(report.articles)} article(s), {len(report.stories)} story(ies), "
        f"{n_figures} figure(s), {len(report.rejections) + report.rejections_omitted:,} "
        "rejected input(s)"
    )
    if not report.stories:
        return
    table = Table("story", "articles", "languages", "main figures")
    for item in report.stories:
        main = [
            f"{g.kind} ({g.label}): best {_num(g.estimate.best)} "
            f"[{_num(g.estimate.low)}-{_num(g.estimate.high)}], {g.n_origins} origin(s)"
            for g in item.groups
            if g.parent_group_id is None
        ][:4]
        table.add_row(
            Text(printable(item.story.label)),
            str(len(item.story.article_ids)),
            ", ".join(item.story.languages),
            "\n".join(main) or "-",
        )
    err.print(table)
