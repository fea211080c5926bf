"""``newsprism eval figures|stories|reconcile|gate``: scores against gold data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from newsprism.cli.console import err
from newsprism.evaluation.suite import SuiteResult, figures_suite

app = typer.Typer(
    help="Evaluate against gold data (bundled example set; ../shared/data when present).",
    no_args_is_help=True,
)

DataDir = Annotated[
    Path,
    typer.Option(
        "--data",
        envvar="NEWSPRISM_EVAL_DATA",
        help="Folder with the evaluation sets (gva-semeval2018-task5, idmc-idetect, semeval2022-task8-sample).",
    ),
]
Example = Annotated[Path, typer.Option("--example", help="Folder of the bundled example articles.")]
Gold = Annotated[Path, typer.Option("--gold", help="Gold JSON Lines of the example set.")]

DEFAULT_DATA = Path("../shared/data")
DEFAULT_EXAMPLE = Path("examples/syria-coast-2025-03")
DEFAULT_GOLD = Path("examples/syria-coast-2025-03.gold.jsonl")


def _print(result: SuiteResult) -> None:
    table = Table("measure", "newsprism", "baseline", title=f"eval {result.title}")
    for row in result.rows:
        table.add_row(*row)
    err.print(table)
    for reason in result.skipped:
        err.print(f"skipped: {reason}", markup=False)


def _data(path: Path) -> Path | None:
    return path if path.is_dir() else None


@app.command("figures")
def figures(
    data: DataDir = DEFAULT_DATA, example: Example = DEFAULT_EXAMPLE, gold: Gold = DEFAULT_GOLD
) -> None:
    """Figure extraction: precision, recall, F1, attribution accuracy; IDMC; GVA upper bound."""
    _print(figures_suite(example, gold, _data(data)))
