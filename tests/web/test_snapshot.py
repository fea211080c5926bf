"""The web app's snapshot of a store uses the domain packs it is given, as `analyze --db` does."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsprism.api import Engine
from newsprism.cli.app import app
from newsprism.settings import Settings
from newsprism.store.sqlite import SqliteStore
from newsprism.web.snapshot import StoreSnapshots

SHOOTING = (
    "Two killed, three hurt in Elm Street shooting\n\n"
    "Two people were killed and three others were wounded in a shooting on Elm Street on "
    "Saturday night, police said. The victims were taken to a hospital.\n"
)


def _extractors(snapshot_figures: list[dict[str, object]]) -> set[object]:
    return {f["extractor"] for f in snapshot_figures}


def test_snapshot_uses_the_domain_packs_the_store_was_filled_with(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "shooting.txt").write_text(SHOOTING, encoding="utf-8")
    db = tmp_path / "store.db"
    domain = Settings(workers=1, domains=("gun-violence",))
    with SqliteStore(db) as store:
        Engine(domain, store).ingest([tmp_path / "in"])
    with_domain = StoreSnapshots(db, settings=domain).current().report["figures"]
    without = StoreSnapshots(db).current().report["figures"]
    assert with_domain and without
    assert _extractors(with_domain) == {"extract.gun_violence.v5"}
    assert _extractors(without) == {"extract.figures.v6"}
    with SqliteStore(db, read_only=True) as store:  # the stored analyses, as analyze --db reads
        stored = Engine(domain, store).stored_report()
    assert len(stored.articles[0].figures) == len(with_domain)


def test_serve_refuses_an_unknown_domain_pack(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.db"), "--domain", "nope"])
    assert result.exit_code == 2
    assert "unknown domain pack" in result.output
