"""``newsprism eval figures|stories|reconcile|gate``: scores against gold data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from newsprism.cli.console import err
from newsprism.evaluation.gate import check, load_floors, update_floors
from newsprism.evaluation.suite import (
    GATE_GVA_SAMPLE_EVERY,
    SuiteResult,
    figures_suite,
    framing_suite,
    reconcile_suite,
    stories_suite,
)

app = typer.Typer(
    help="Evaluate against gold data: the bundled example set, and the larger sets under --data.",
    no_args_is_help=True,
)

DataDir = Annotated[
    Path | None,
    typer.Option(
        "--data",
        envvar="NEWSPRISM_EVAL_DATA",
        help="Folder with the evaluation sets (gva-semeval2018-task5, idmc-idetect, semeval2022-task8-sample, multilingual-news-dev, babe, basil).",
    ),
]
Example = Annotated[Path, typer.Option("--example", help="Folder of the bundled example articles.")]
Gold = Annotated[Path, typer.Option("--gold", help="Gold JSON Lines of the example set.")]

DEFAULT_EXAMPLE = Path("examples/syria-coast-2025-03")
DEFAULT_GOLD = Path("examples/syria-coast-2025-03.gold.jsonl")


def _print(result: SuiteResult) -> None:
    table = Table("measure", "newsprism", "baseline", title=f"eval {result.title}")
    for row in result.rows:
        table.add_row(*row)
    err.print(table)
    for reason in result.skipped:
        err.print(f"skipped: {reason}", markup=False)


def _data(path: Path | None) -> Path | None:
    """The evaluation data folder, or ``None`` (only the bundled example set is scored)."""
    if path is None:
        return None
    if not path.is_dir():
        raise typer.BadParameter(f"{path} is not a folder", param_hint="--data")
    return path


@app.command("figures")
def figures(
    data: DataDir = None, example: Example = DEFAULT_EXAMPLE, gold: Gold = DEFAULT_GOLD
) -> None:
    """Figure extraction: precision, recall, F1, attribution accuracy; IDMC; GVA upper bound."""
    _print(figures_suite(example, gold, _data(data)))


@app.command("stories")
def stories(data: DataDir = None, example: Example = DEFAULT_EXAMPLE) -> None:
    """Story clustering: B-cubed on the multilingual development set (per-event splits) and GVA
    incidents (TF-IDF baseline), Pearson on SemEval-2022 pairs."""
    _print(stories_suite(example, _data(data)))


@app.command("reconcile")
def reconcile(data: DataDir = None) -> None:
    """Reconciliation: whole-event low / best / high of the multilingual development events
    (per kind, with a per-event table); exact-match accuracy and MAE of best killed / injured
    per GVA incident."""
    _print(reconcile_suite(_data(data)))


@app.command("framing")
def framing(data: DataDir = None, example: Example = DEFAULT_EXAMPLE) -> None:
    """Framing: example checks; BABE opinion / bias macro-F1 (lexicon baseline); BASIL recall."""
    _print(framing_suite(example, _data(data)))


@app.command("gate")
def gate(
    data: DataDir = None,
    example: Example = DEFAULT_EXAMPLE,
    gold: Gold = DEFAULT_GOLD,
    baseline: Annotated[Path, typer.Option("--baseline", help="Pinned floors.")] = Path(
        "eval/baseline.json"
    ),
    update: Annotated[
        bool, typer.Option("--update", help="Raise the floors to the scores measured now.")
    ] = False,
    allow_regression: Annotated[
        bool, typer.Option("--allow-regression", help="With --update: allow lowering a floor.")
    ] = False,
    full: Annotated[
        bool,
        typer.Option(
            "--full",
            help=f"Score GVA story clustering on every document (stories.gva.*, as `eval "
            f"stories` does) instead of the fixed one-in-{GATE_GVA_SAMPLE_EVERY} incident "
            "sample (stories.gva_sample.*): about 9 more minutes of embedding on two cores.",
        ),
    ] = False,
) -> None:
    """Run every evaluation and fail (exit 1) if a score is below its pinned floor."""
    data_dir = _data(data)
    results = [
        figures_suite(example, gold, data_dir),
        stories_suite(example, data_dir, gva_sample_every=1 if full else GATE_GVA_SAMPLE_EVERY),
        reconcile_suite(data_dir),
        framing_suite(example, data_dir),
    ]
    metrics = [m for r in results for m in r.metrics]
    for result in results:
        _print(result)
    if update:
        lowered = update_floors(baseline, metrics, allow_regression=allow_regression)
        if lowered and not allow_regression:
            err.print(
                f"refused: would lower {', '.join(lowered)} (use --allow-regression)", markup=False
            )
            raise typer.Exit(1)
        err.print(f"floors written to {baseline}", markup=False)
        return
    checks = check(metrics, load_floors(baseline))
    table = Table("metric", "score", "floor", "ok", title="quality gate")
    for c in checks:
        table.add_row(
            c.metric.name,
            f"{c.metric.value:.4f}",
            "-" if c.floor is None else f"{c.floor:.4f}",
            "yes" if c.passed else "NO",
        )
    err.print(table)
    failed = [c.metric.name for c in checks if not c.passed]
    if failed:
        err.print(f"quality gate failed: {', '.join(failed)}", markup=False)
        raise typer.Exit(1)
    err.print("quality gate passed", markup=False)
