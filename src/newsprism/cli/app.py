"""The typer application: global options, logging set-up and exit-code mapping.

Exit codes: 0 everything went through; 1 some inputs were rejected (recorded, the run went on);
2 usage error; 3 configuration or store error; 4 unexpected error (a bug: one line on stderr
naming the command and its inputs; ``-v`` adds the traceback).
"""

from __future__ import annotations

import logging
import sys
import traceback
from typing import Annotated

import typer

from newsprism import __version__
from newsprism.cli import analyze, db, evaluate, framing, langs, outputs, serve
from newsprism.cli.console import is_verbose, print_line, printable
from newsprism.cli.options import EXIT_BUG, EXIT_CONFIG, EXIT_REJECTED
from newsprism.errors import (
    BackendUnavailable,
    ConfigError,
    InputError,
    NewsprismError,
    StoreError,
)

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
    # One handler, on the root logger: newsprism's records and those of the libraries under it
    # (warcio logs archive bytes) are all escaped. Handlers of others (pytest's) are kept.
    handler = _EscapingHandler(sys.stderr)
    handler.setFormatter(_EscapingFormatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not isinstance(h, _EscapingHandler)] + [handler]
    # Libraries' warnings ("discarding data: None") mean nothing to users; -v shows them.
    root.setLevel(max(level, logging.ERROR) if verbose == 0 else level)
    ours = logging.getLogger("newsprism")
    ours.handlers = [h for h in ours.handlers if isinstance(h, logging.NullHandler)]
    ours.setLevel(level)
    # Rejections are reported by the commands themselves; the per-item warnings would repeat them.
    logging.getLogger("newsprism.api").setLevel(
        max(level, logging.ERROR) if verbose == 0 else level
    )


class _EscapingHandler(logging.StreamHandler):  # type: ignore[type-arg]  # typeshed: generic stream
    """The CLI's log handler (a class of its own, so that a second run replaces it)."""


class _EscapingFormatter(logging.Formatter):
    """Log messages on one line with hostile characters escaped (``console.printable``); a
    traceback (``-v``) follows as Python prints it."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        return printable(super().formatMessage(record), limit=4_000)


def main() -> None:
    """Console entry point: run the app and map errors to exit codes."""
    # Commands map expected errors themselves (cli/options.py); this is the safety net for
    # errors raised outside a command's engine block, and for bugs.
    try:
        app()
    except (ConfigError, StoreError, BackendUnavailable) as exc:
        print_line(f"error: {exc}")
        sys.exit(EXIT_CONFIG)
    except InputError as exc:
        print_line(f"error: {exc}")
        sys.exit(EXIT_REJECTED)
    except Exception as exc:  # noqa: BLE001 - the last resort: a bug, reported in one line
        _report_bug(exc)
        sys.exit(EXIT_BUG)


def _report_bug(exc: Exception) -> None:
    what = str(exc) if isinstance(exc, NewsprismError) else f"{type(exc).__name__}: {exc}"
    command = " ".join(["newsprism", *sys.argv[1:]])
    print_line(
        f"error: unexpected {what} (running `{printable(command, limit=300)}`); this is a bug: "
        "please report it with the command and its input"
        + ("" if is_verbose() else "; `newsprism -v ...` shows the traceback")
    )
    if is_verbose():
        traceback.print_exception(exc, file=sys.stderr)
