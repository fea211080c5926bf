"""The typer application: global options, logging set-up and exit-code mapping.

Exit codes: 0 everything went through; 1 some inputs were rejected (recorded, the run went on);
2 usage error; 3 configuration or store error.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer

from newsprism import __version__
from newsprism.cli import analyze, db, evaluate, framing, langs, outputs, serve
from newsprism.cli.console import err
from newsprism.cli.options import EXIT_CONFIG, EXIT_REJECTED
from newsprism.errors import BackendUnavailable, ConfigError, NewsprismError, StoreError

app = typer.Typer(
    name="newsprism",
    help="Stories, attributed figures, reconciled estimates and a cited brief from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("analyze")(analyze.analyze)
app.command("ingest")(analyze.ingest)
app.command("figures")(outputs.figures)
app.command("stories")(outputs.stories)
app.command("reconcile")(outputs.reconcile)
app.command("framing")(framing.framing)
app.command("langs")(langs.langs)
app.command("serve")(serve.serve)
app.add_typer(evaluate.app, name="eval")
app.add_typer(db.app, name="db")


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"newsprism {__version__}\n")
        raise typer.Exit


@app.callback()
def _main(
    verbose: Annotated[
        int, typer.Option("--verbose", "-v", count=True, help="More log output (repeat for debug).")
    ] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    level = (
        logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("newsprism")
    root.handlers = [h for h in root.handlers if isinstance(h, logging.NullHandler)] + [handler]
    root.setLevel(level)
    # Rejections are reported by the commands themselves; the per-item warnings would repeat them.
    logging.getLogger("newsprism.api").setLevel(
        max(level, logging.ERROR) if verbose == 0 else level
    )


def main() -> None:
    """Console entry point: run the app and map newsprism errors to exit codes."""
    # Commands map expected errors themselves (cli/options.py); this is the safety net for
    # errors raised outside a command's engine block.
    try:
        app()
    except (ConfigError, StoreError, BackendUnavailable) as exc:
        err.print(f"error: {exc}", markup=False)
        sys.exit(EXIT_CONFIG)
    except NewsprismError as exc:
        err.print(f"error: {exc}", markup=False)
        sys.exit(EXIT_REJECTED)
