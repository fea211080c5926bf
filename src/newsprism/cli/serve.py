"""``newsprism serve``: the local web app over a store (needs the ``web`` extra)."""

from __future__ import annotations

import importlib
import ipaddress
from pathlib import Path
from typing import Annotated

import typer

from newsprism.cli.console import err
from newsprism.cli.options import EXIT_CONFIG, Domains
from newsprism.errors import ConfigError, StoreError
from newsprism.settings import Settings

_EXTRA_HINT = "`newsprism serve` needs the web extra; install it with: pip install 'newsprism[web]'"


def _web_installed() -> bool:
    try:
        for module in ("fastapi", "uvicorn"):
            importlib.import_module(module)
    except ImportError:
        return False
    return True


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    db: Annotated[
        Path, typer.Option("--db", envvar="NEWSPRISM_DB", help="SQLite store to show (read-only).")
    ],
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (default: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    domain: Domains = None,
) -> None:
    """Browse a store in a web browser: stories, articles, outlets and a JSON API (read-only)."""
    try:  # the domain packs the store was filled with (`ingest --domain`): the same figures
        settings = Settings(workers=1, domains=tuple(domain or ()))
    except ConfigError as exc:
        raise typer.BadParameter(str(exc), param_hint="--domain") from exc
    if not db.exists():
        raise typer.BadParameter(
            f"{db} does not exist; create it with `newsprism ingest PATH --db {db}`",
            param_hint="--db",
        )
    if not _web_installed():
        err.print(f"error: {_EXTRA_HINT}", markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_CONFIG)
    import uvicorn  # noqa: PLC0415  (optional extra, checked above)

    from newsprism.web.app import create_app  # noqa: PLC0415
    from newsprism.web.snapshot import StoreSnapshots  # noqa: PLC0415

    source = StoreSnapshots(db, settings=settings)
    err.print(f"reading {db} (stories, figures and briefs are computed once per change)...")
    try:
        snapshot = source.current()
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(EXIT_CONFIG) from exc
    if not _is_loopback(host):
        err.print(
            f"warning: listening on {host}: anyone who can reach it can read the store "
            "(there is no login)",
            markup=False,
        )
    n = len(snapshot.report["stories"])
    err.print(f"serving {n} stories at http://{host}:{port}/ (Ctrl-C stops)", markup=False)
    uvicorn.run(create_app(source), host=host, port=port, log_level="warning")
