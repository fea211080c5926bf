"""Screenshots of the report and the web app for docs/ (``make screenshots``).

Analyses the bundled example into an offline report and a store, serves the store, and shoots
the pages in Debian's chromium (Playwright); also the made-up flood story of the tests, whose
articles are dated, for the toll-over-time chart. Writes PNG files into the folder given.
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import Page, sync_playwright

from newsprism.api import Engine
from newsprism.report.render.files import write_report
from newsprism.settings import Settings
from newsprism.store.sqlite import SqliteStore
from newsprism.web.app import create_app
from newsprism.web.snapshot import StoreSnapshots

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "syria-coast-2025-03"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _serve(db: Path) -> tuple[str, uvicorn.Server]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(StoreSnapshots(db)), port=port, log_level="error")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.1)
    return f"http://127.0.0.1:{port}", server


def _shoot(
    page: Page, url: str, path: Path, *, selector: str | None = None, height: int = 1100
) -> None:
    page.goto(url)
    if selector:
        page.locator(selector).first.scroll_into_view_if_needed()
        top = page.evaluate(
            f"() => document.querySelector({selector!r}).getBoundingClientRect().top + window.scrollY"
        )
    else:
        top = 0
    page.screenshot(
        path=str(path), full_page=True, clip={"x": 0, "y": top, "width": 1100, "height": height}
    )
    sys.stdout.write(f"wrote {path}\n")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(REPO / "tests"))
    from hostile import write_corpus  # noqa: PLC0415  (the tests' made-up dated story)

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        settings = Settings(workers=1)
        write_report(Engine(settings).analyze([EXAMPLE]), work / "example", ["html"])
        flood = write_corpus(work / "flood-in")
        write_report(Engine(settings).analyze([flood]), work / "flood", ["html"])
        db = work / "news.sqlite"
        with SqliteStore(db) as store:
            Engine(settings, store).ingest([EXAMPLE])
        base, server = _serve(db)
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(work / "profile"),
                executable_path="/usr/bin/chromium",
                headless=True,
                args=FLAGS,
                viewport={"width": 1100, "height": 900},
            )
            page = context.new_page()
            report = (work / "example" / "report.html").as_uri()
            _shoot(page, report, out / "report-brief.png", height=1250)
            _shoot(page, report, out / "report-figures.png", selector=".groupbox", height=900)
            _shoot(page, report, out / "report-evidence.png", selector=".article", height=700)
            _shoot(page, report, out / "report-framing.png", selector="table.framing", height=900)
            flood_report = (work / "flood" / "report.html").as_uri()
            _shoot(
                page, flood_report, out / "report-timeline.png", selector=".groupbox", height=560
            )
            _shoot(page, base + "/", out / "app-stories.png", height=420)
            story = page.locator(".storylist a.title").first.get_attribute("href")
            _shoot(page, base + str(story), out / "app-story.png", height=900)
            page.goto(base + str(story))
            href = page.locator(".brief a.num").nth(1).get_attribute("href")
            _shoot(page, base + str(href), out / "app-article.png", height=900)
            context.close()
        server.should_exit = True


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots")
