"""Write and read rates of the stores: articles per second added (in the stores' batches of 500)
and listed back, for a SQLite file and, when given, a PostgreSQL database.

Usage::

    python bench/store.py --articles 20000
    python bench/store.py --articles 20000 --postgres postgresql://me@localhost/bench

The articles are synthetic (about 3 KB of text each, like the GVA documents); the database
should be new and empty (the PostgreSQL tables are created on first use).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from newsprism.model.article import Article
from newsprism.model.ids import article_id_for
from newsprism.store.backends import open_store
from newsprism.store.base import Store

_PARAGRAPH = (
    "Police said {n} people were shot near the market on Tuesday evening and two of them died "
    "at the hospital, according to a spokesperson who asked residents to come forward. "
)


def synthetic_articles(count: int) -> Iterator[Article]:
    """``count`` distinct articles of about 3 KB."""
    for n in range(count):
        text = "\n\n".join(_PARAGRAPH.format(n=n + k) for k in range(16))
        yield Article(
            article_id=article_id_for(text),
            ref=f"bench-{n}.txt",
            title=f"Shooting number {n} near the market",
            text=text,
            lang="en",
            lang_confidence=0.99,
            cleaner="clean.text.v1",
            url=f"https://example.org/news/{n}",
            outlet="Example News",
        )


def rates(store: Store, count: int) -> tuple[float, float]:
    """(articles added per second, articles listed per second)."""
    start = time.perf_counter()
    added = store.add_articles(synthetic_articles(count)).added
    write = added / (time.perf_counter() - start)
    start = time.perf_counter()
    listed = sum(1 for _ in store.articles())
    return write, listed / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--postgres", help="URL of a new PostgreSQL database")
    args = parser.parse_args(argv)
    sys.stdout.write("| store | articles | added/s | listed/s |\n| --- | --- | --- | --- |\n")
    with tempfile.TemporaryDirectory() as folder:
        targets = [("sqlite", str(Path(folder) / "bench.db"))]
        if args.postgres:
            targets.append(("postgresql", args.postgres))
        for name, target in targets:
            with open_store(target) as store:
                write, read = rates(store, args.articles)
            sys.stdout.write(f"| {name} | {args.articles:,} | {write:,.0f} | {read:,.0f} |\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
