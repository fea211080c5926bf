"""Fault tests of the store (issue #12): ``kill -9`` at random points of ``newsprism ingest``,
then the same ingest again, must leave exactly the store an uninterrupted run leaves (no
article lost or duplicated, the same stories, the same rejections); two ingests running at
once into one store must both succeed and store every article once.

The runs are real ``python -m newsprism ingest`` processes with the default worker count,
killed as a process group (the workers too, as in a crash). The stored articles, story
assignments and rejections are compared by reading the SQLite file. To keep trials cheap, each
trial store starts with the embedding vectors of the reference run (the embedding model is then
never loaded); ``make soak`` also runs cold trials, which embed from scratch.

``NEWSPRISM_FAULT_TRIALS`` sets the number of kill trials (3 in ``make test``, 20 in
``make soak``); the kill times are spread over the length of an uninterrupted run and drawn
from a fixed seed.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_DIR = REPO / "examples" / "syria-coast-2025-03"
TRIALS = int(os.environ.get("NEWSPRISM_FAULT_TRIALS", "3"))
#: Longest a run may take before the test gives up on it (a hang is a failure, not a wait).
RUN_TIMEOUT_S = 900

EVENTS = [
    (
        "Flood in {town}",
        "Flash floods killed {n} people in {town} on Tuesday, officials said. "
        "Rescue teams searched for {m} missing villagers after the river burst its banks.",
    ),
    (
        "Earthquake hits {town}",
        "A magnitude 6.1 earthquake struck near {town}, killing {n} "
        "people and injuring {m}, the disaster agency said on Friday.",
    ),
    (
        "Bus crash near {town}",
        "A bus plunged into a ravine near {town}, killing {n} passengers "
        "and injuring {m} others, police said.",
    ),
]
TOWNS = ["Sylhet", "Malatya", "Cusco", "Agadir"]


def _write_workload(folder: Path) -> None:
    """The example set, 24 short reports of 12 events (2 copies each, with different numbers),
    and two bad inputs."""
    shutil.copytree(EXAMPLE_DIR, folder / "example")
    lines = []
    for e, (title, body) in enumerate(EVENTS):
        for t, town in enumerate(TOWNS):
            for copy in range(2):
                n = 10 + 7 * e + 3 * t + copy
                lines.append(
                    json.dumps(
                        {
                            "id": f"ev{e}-{t}-{copy}",
                            "title": title.format(town=town),
                            "text": body.format(town=town, n=n, m=n * 2 + copy),
                            "published": f"2025-0{e + 1}-1{t}",
                        }
                    )
                )
    lines.append("{broken")
    (folder / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")


@dataclass(frozen=True)
class Snapshot:
    """What a store holds, read straight from the file."""

    articles: tuple[str, ...]
    duplicates: int
    assignments: tuple[tuple[str, str, str | None], ...]
    rejections: tuple[tuple[str, str], ...]


def _snapshot(db: Path) -> Snapshot:
    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("SELECT article_id FROM articles ORDER BY 1")]
        assignments = conn.execute(
            "SELECT article_id, story_id, duplicate_of FROM story_assignments ORDER BY 1"
        ).fetchall()
        rejections = conn.execute("SELECT ref, reason FROM rejections ORDER BY 1, 2").fetchall()
    return Snapshot(
        articles=tuple(ids),
        duplicates=len(ids) - len(set(ids)),
        assignments=tuple(assignments),
        rejections=tuple(rejections),
    )


def _ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "newsprism", "-q", "ingest", str(folder), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: killed with its workers
    )


def _finish(proc: subprocess.Popen[bytes]) -> tuple[int, str]:
    try:
        _, stderr = proc.communicate(timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    return proc.returncode, stderr.decode("utf-8", "replace")


@dataclass(frozen=True)
class Reference:
    """An uninterrupted ingest: its inputs, its store, and how long a warm run takes."""

    folder: Path
    db: Path
    snapshot: Snapshot
    warm_seconds: float


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    root = tmp_path_factory.mktemp("faults")
    folder = root / "in"
    _write_workload(folder)
    db = root / "reference.sqlite"
    code, stderr = _finish(_ingest(folder, db))
    assert code == 1, stderr  # the two bad inputs are rejected
    snapshot = _snapshot(db)
    assert len(snapshot.articles) == 5 + 24
    assert len({story for _, story, _ in snapshot.assignments}) > 1
    assert {ref for ref, _ in snapshot.rejections} == {"empty.txt", "reports.jsonl:25"}
    # A warm run (embeddings stored) gives the same store, and the time scale of the kills.
    warm = root / "warm.sqlite"
    _seed_embeddings(warm, db)
    started = time.monotonic()
    code, stderr = _finish(_ingest(folder, warm))
    warm_seconds = time.monotonic() - started
    assert code == 1, stderr
    assert _snapshot(warm) == snapshot
    return Reference(folder, db, snapshot, warm_seconds)


def _seed_embeddings(db: Path, source: Path) -> None:
    """Create the store at ``db`` holding the embeddings of ``source`` (nothing else)."""
    from newsprism.store.sqlite import SqliteStore

    SqliteStore(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("ATTACH DATABASE ? AS source", (str(source),))
        conn.execute("INSERT INTO embeddings SELECT * FROM source.embeddings")
        conn.commit()
        conn.execute("DETACH DATABASE source")


def _modes() -> list[str]:
    """Warm trials in make test; make soak (``NEWSPRISM_FAULT_COLD=1``) alternates cold ones."""
    cold = os.environ.get("NEWSPRISM_FAULT_COLD") == "1"
    return ["cold" if cold and trial % 2 else "warm" for trial in range(TRIALS)]


def _stored(db: Path) -> tuple[int, int]:
    """Articles and story assignments in the store now (0, 0 before it exists)."""
    try:
        with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
            return (
                conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM story_assignments").fetchone()[0],
            )
    except sqlite3.Error:
        return 0, 0


def _kill_when_articles_are_stored(proc: subprocess.Popen[bytes], db: Path) -> bool:
    """Kill ``proc`` as soon as its articles are committed (before its stories are), if it
    is still running then."""
    while proc.poll() is None:
        if _stored(db)[0]:
            os.killpg(proc.pid, signal.SIGKILL)
            return True
        time.sleep(0.005)
    return False


@pytest.mark.parametrize(("trial", "mode"), list(enumerate(_modes())))
def test_kill_9_during_ingest_then_resume_loses_nothing(
    reference: Reference, tmp_path: Path, trial: int, mode: str
) -> None:
    db = tmp_path / "store.sqlite"
    if mode == "warm":
        _seed_embeddings(db, reference.db)
    proc = _ingest(reference.folder, db)
    if trial % 3 == 2:
        # The narrow window between the articles' commit and the stories' commit.
        when = "after the articles' commit"
        killed = _kill_when_articles_are_stored(proc, db)
        proc.communicate()
    else:
        # Times spread over a warm uninterrupted run: trial k of n in [k/n, (k+1)/n) of it
        # (a cold run is longer: its late kills land in the embedding).
        delay = reference.warm_seconds * (trial + random.Random(12 + trial).random()) / TRIALS
        when = f"after {delay:.1f} s"
        try:
            proc.communicate(timeout=delay)
            killed = False
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            killed = True
    articles, stories = _stored(db)
    code, stderr = _finish(_ingest(reference.folder, db))
    assert code == 1, stderr
    after = _snapshot(db)
    print(  # the soak report: where each kill landed (pytest -s shows it)
        f"trial {trial} ({mode}): killed={killed} {when}; at the kill {articles} article(s) "
        f"and {stories} assignment(s) were stored"
    )
    assert after.duplicates == 0
    assert after.articles == reference.snapshot.articles
    assert after.assignments == reference.snapshot.assignments
    assert after.rejections == reference.snapshot.rejections


def test_two_ingests_at_once_into_one_store(reference: Reference, tmp_path: Path) -> None:
    # A new file: both create the schema, both embed, both assign stories.
    db = tmp_path / "store.sqlite"
    first = _ingest(reference.folder / "example", db)
    second = _ingest(reference.folder / "reports.jsonl", db)
    codes = [_finish(first), _finish(second)]
    assert [code for code, _ in codes] == [0, 1], codes  # reports.jsonl has a bad line
    after = _snapshot(db)
    assert after.duplicates == 0
    assert after.articles == reference.snapshot.articles
    assigned = [article for article, _, _ in after.assignments]
    assert assigned == list(after.articles)  # every article is in one story
    assert after.rejections == (("reports.jsonl:25", reference.snapshot.rejections[1][1]),)
