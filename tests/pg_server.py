"""A throwaway PostgreSQL server for the tests (pytest plugin: fixtures ``postgres_server`` and
``postgres_url``).

The server is Debian's ``postgresql`` package (``make pg-server`` installs it when missing):
``initdb`` and ``pg_ctl`` run on a temporary directory, listening on 127.0.0.1 at a free port
and on a unix socket in that directory, as an unprivileged user (``postgres`` when the tests
run as root, as in CI: PostgreSQL refuses to run as root). Every test gets a schema of its own.
``NEWSPRISM_TEST_POSTGRES_URL`` points the tests at an existing server instead (its user must
be allowed to create schemas in the database of that URL).

Where no server can be found, the PostgreSQL tests are skipped with a message saying how to
install one.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SERVER_URL_ENV = "NEWSPRISM_TEST_POSTGRES_URL"
_SUPERUSER = "newsprism"
_TIMEOUT_S = 120
_INSTALL_HINT = (
    "install Debian's postgresql package (`make pg-server` does it as root), or point "
    f"{SERVER_URL_ENV} at a server"
)


@dataclass(frozen=True)
class Server:
    """A running server, and the URL of its ``postgres`` database as a superuser."""

    admin_url: str


def _bindir() -> Path | None:
    """The folder of initdb/pg_ctl/postgres: on PATH, else the newest in /usr/lib/postgresql."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user() -> tuple[list[str], int | None, int | None]:
    """Command prefix, uid and gid to run the server as (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return [], None, None
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip(
            "PostgreSQL tests: running as root and there is no 'postgres' user to run the "
            f"server as; {_INSTALL_HINT}"
        )
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.skip("PostgreSQL tests: running as root without runuser (util-linux) to drop root")
    return [runuser, "-u", "postgres", "--"], user.pw_uid, user.pw_gid


def _run(command: list[str], what: str, log: Path | None = None) -> None:
    proc = subprocess.run(
        command, capture_output=True, text=True, timeout=_TIMEOUT_S, check=False, cwd="/"
    )
    if proc.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
        pytest.fail(f"{what} failed ({proc.returncode}): {proc.stdout}{proc.stderr}{tail}")


@contextlib.contextmanager
def _local_server() -> Iterator[Server]:
    bindir = _bindir()
    if bindir is None or not (bindir / "initdb").exists():
        pytest.skip(f"PostgreSQL tests: no PostgreSQL server binaries found; {_INSTALL_HINT}")
    prefix, uid, gid = _as_server_user()
    base = Path(tempfile.mkdtemp(prefix="newsprism-pg-"))
    if uid is not None and gid is not None:
        os.chown(base, uid, gid)
    data, log, port = base / "data", base / "server.log", _free_port()
    options = (
        f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
    )
    try:
        _run(
            [
                *prefix,
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                _SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync",
            ],
            "initdb",
        )
        pg_ctl = [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-w", "-t", str(_TIMEOUT_S)]
        _run([*pg_ctl, "-l", str(log), "-o", options, "start"], "pg_ctl start", log)
        try:
            yield Server(admin_url=f"postgresql://{_SUPERUSER}@127.0.0.1:{port}/postgres")
        finally:
            _run([*pg_ctl, "-m", "immediate", "stop"], "pg_ctl stop", log)
    finally:
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """A PostgreSQL server for the whole test session (see module docstring)."""
    pytest.importorskip("psycopg", reason="PostgreSQL tests need the [postgres] extra")
    existing = os.environ.get(SERVER_URL_ENV)
    if existing:
        yield Server(admin_url=existing)
        return
    with _local_server() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: Server) -> Iterator[str]:
    """The URL of a new, empty store: a schema of its own in the server's ``postgres`` database
    (faster than a database per test, and the way a shared database hosts newsprism next to
    other programs), dropped after the test."""
    import psycopg
    from psycopg import sql

    name = f"newsprism_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server.admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
    try:
        joint = "&" if "?" in postgres_server.admin_url else "?"
        yield f"{postgres_server.admin_url}{joint}options=-csearch_path%3D{name}"
    finally:
        with psycopg.connect(postgres_server.admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(name)))
