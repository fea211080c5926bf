"""``newsprism serve``: refuses clearly without the web extra, and serves a real store."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSPRISM_")}
    env.update(extra)
    return env


def test_serve_without_the_web_extra_says_what_to_install(tmp_path: Path) -> None:
    blocker = tmp_path / "blocked"
    for module in ("fastapi", "uvicorn"):
        (blocker / module).mkdir(parents=True)
        (blocker / module / "__init__.py").write_text(
            f'raise ImportError("No module named {module}")\n', encoding="utf-8"
        )
    db = tmp_path / "news.sqlite"
    db.write_bytes(b"")
    proc = subprocess.run(
        [sys.executable, "-m", "newsprism", "serve", "--db", str(db)],
        capture_output=True,
        text=True,
        env=_env(PYTHONPATH=str(blocker)),
        timeout=120,
        check=False,
    )
    assert proc.returncode == 3
    assert "pip install 'newsprism[web]'" in " ".join(proc.stderr.split())
    assert "Traceback" not in proc.stderr


def test_serve_with_a_missing_store_is_a_usage_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsprism", "serve", "--db", str(tmp_path / "none.sqlite")],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2
    assert "newsprism ingest" in proc.stderr


@pytest.mark.slow
def test_serve_shows_the_stored_stories(tmp_path: Path) -> None:
    from hostile import write_corpus

    db = tmp_path / "news.sqlite"
    corpus = write_corpus(tmp_path / "in")
    ingest = subprocess.run(
        [sys.executable, "-m", "newsprism", "ingest", str(corpus), "--db", str(db)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=300,
        check=False,
    )
    assert ingest.returncode == 0, ingest.stderr
    port = 18000 + os.getpid() % 1000
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as stderr:
        server = subprocess.Popen(
            [sys.executable, "-m", "newsprism", "serve", "--db", str(db), "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=_env(),
        )
    try:
        page = ""
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and not page:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    page = response.read().decode("utf-8")
            except OSError:
                assert server.poll() is None, log.read_text(encoding="utf-8")
                time.sleep(0.5)
        assert "Riverton flood" in page
        assert "1 of 1 story" in page
    finally:
        server.terminate()
        server.wait(timeout=30)
