"""Throughput of clean -> language -> sentences -> figures on GVA documents (one process).

Usage::

    python bench/figures.py ../shared/data/gva-semeval2018-task5/documents.jsonl --limit 1000
    python bench/figures.py PATH --limit 10000    # repeats the file to reach the limit
    python bench/figures.py PATH --domain gun-violence   # with the US shooting-news domain pack

Prints articles per second of CPU time (one core: ``time.process_time``, so that other load on
the machine does not count) and the cost per stage, so that a flat cost per article (the same
rate at 1,000 and 10,000+ articles) can be checked.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from newsprism.clean.article import clean_article
from newsprism.extract.figures import extract_figures
from newsprism.lang.identify import identify_language
from newsprism.model.article import Article, ContentType, RawArticle
from newsprism.segment.sentences import split_sentences


def _raw_articles(path: Path, limit: int) -> Iterator[RawArticle]:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for n, doc in enumerate(itertools.islice(itertools.cycle(docs), limit)):
        yield RawArticle(
            ref=f"{doc['doc_id']}#{n}",
            origin=path.name,
            body=str(doc.get("content") or ""),
            content_type=ContentType.TEXT,
            title=doc.get("title"),
        )


def run(path: Path, limit: int, domains: tuple[str, ...] = ()) -> dict[str, float]:
    """Run the per-article stages over ``limit`` articles; seconds per stage and totals."""
    timings = {"clean": 0.0, "language": 0.0, "sentences": 0.0, "figures": 0.0}
    articles = figures = 0
    raws = list(_raw_articles(path, limit))
    # Models and packs load on first use (lingua's language models take about 1.5 s): loaded
    # once here and reported apart, since a long run pays it once.
    loading = time.process_time()
    identify_language("The language models load on first use.")
    for raw in raws[:1]:
        warm = clean_article(raw)
        if isinstance(warm, Article):  # with its language, so that its pack loads too
            warm = dataclasses.replace(warm, lang=identify_language(warm.text).lang)
            extract_figures(warm, split_sentences(warm.text), domains=domains)
    loading = time.process_time() - loading
    wall = time.perf_counter()
    start = time.process_time()
    for raw in raws:
        t0 = time.process_time()
        article = clean_article(raw)
        t1 = time.process_time()
        timings["clean"] += t1 - t0
        if not isinstance(article, Article):
            continue
        guess = identify_language(article.text)
        t2 = time.process_time()
        timings["language"] += t2 - t1
        sentences = split_sentences(article.text)
        t3 = time.process_time()
        timings["sentences"] += t3 - t2
        lang_article = Article(
            article_id=article.article_id,
            ref=article.ref,
            title=article.title,
            text=article.text,
            lang=guess.lang,
            lang_confidence=guess.confidence,
            cleaner=article.cleaner,
        )
        figures += len(extract_figures(lang_article, sentences, domains=domains))
        timings["figures"] += time.process_time() - t3
        articles += 1
    total = time.process_time() - start
    return {
        **timings,
        "total": total,
        "loading": loading,
        "wall": time.perf_counter() - wall,
        "articles": articles,
        "found": figures,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", type=Path, help="GVA documents.jsonl")
    parser.add_argument("--limit", type=int, default=1000, help="articles (file is repeated)")
    parser.add_argument("--domain", action="append", default=[], help="domain pack to use")
    args = parser.parse_args(argv)
    result = run(args.documents, args.limit, tuple(args.domain))
    rate = result["articles"] / result["total"] if result["total"] else 0.0
    stages = ", ".join(
        f"{k} {1000 * result[k] / max(1, result['articles']):.2f} ms"
        for k in ("clean", "language", "sentences", "figures")
    )
    sys.stdout.write(
        f"{int(result['articles'])} articles, {int(result['found'])} figures in "
        f"{result['total']:.1f} s CPU ({result['wall']:.1f} s wall): {rate:.0f} articles/s "
        f"per core (per article: {stages}; models loaded first in {result['loading']:.1f} s)\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
