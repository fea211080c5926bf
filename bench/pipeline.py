"""Articles per second and peak memory of a whole run, per stage, at 1k, 10k and 100k articles.

Usage::

    python bench/pipeline.py                       # ../shared/data GVA documents, all sizes
    python bench/pipeline.py --sizes 1000,10000 --stages figures,analyze,analyze-warm
    python bench/pipeline.py --documents PATH --workers 2

The GVA documents are repeated with perturbed text until there are enough (``bench/scale.py``:
copy ``k`` has its paragraphs rotated by ``k`` and an update line naming ``k``, so every
article is new to the content hash). Each stage runs in a fresh process, so that its peak
resident memory (the process and its worker processes, the largest of them) is its own:

- ``figures``: the per-article path (clean, language, sentences, figures) over a stream, the
  results dropped as they come (what ``ingest`` and ``newsprism figures --format jsonl`` do);
- ``ingest``: the same into a new SQLite store, without story assignment (no embeddings);
- ``analyze``: ``Engine.analyze`` on a JSON Lines file, the whole run (stories, embeddings of
  titles and leads and of single-source candidates, reconciliation, briefs), with an empty
  embedding cache;
- ``analyze-warm``: the same run again, its embeddings now in the cache.

``analyze`` stages are skipped above ``--max-analyze`` articles (embedding 100,000 titles on
two cores takes hours). Prints a Markdown table; the load average is printed with it, as the
rates on a shared machine depend on it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

STAGES = ("figures", "ingest", "analyze", "analyze-warm")
DEFAULT_DOCUMENTS = Path("../shared/data/gva-semeval2018-task5/documents.jsonl")


def perturbed_docs(path: Path, count: int) -> Iterator[dict[str, str]]:
    """``count`` GVA documents, repeated with perturbed text (see the module docstring)."""
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for n in range(count):
        doc, copy = docs[n % len(docs)], n // len(docs)
        paragraphs = str(doc.get("content") or "").split("\n\n")
        if copy:
            shift = copy % len(paragraphs)
            paragraphs = [
                *paragraphs[shift:],
                *paragraphs[:shift],
                f"Update {copy} of this report.",
            ]
        yield {
            "doc_id": f"{doc['doc_id']}-{n}",
            "title": str(doc.get("title") or ""),
            "url": str(doc.get("url") or ""),
            "dct": str(doc.get("dct") or ""),
            "content": "\n\n".join(paragraphs),
        }


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _stage(
    stage: str, jsonl: Path, workdir: Path, workers: int, cache: Path | None
) -> dict[str, float]:
    """Run one stage in this process; articles done and seconds."""
    os.environ["NEWSPRISM_EMBEDDING_CACHE"] = str(cache or workdir / "embeddings.sqlite")
    from newsprism.api import Engine  # noqa: PLC0415 - after the cache is chosen
    from newsprism.settings import Settings  # noqa: PLC0415

    settings = Settings(workers=workers)
    start = time.perf_counter()
    if stage == "figures":
        engine = Engine(settings)
        done = sum(1 for _ in engine.iter_analyzed([jsonl]))
    elif stage == "ingest":
        from newsprism.store.backends import open_store  # noqa: PLC0415

        store = open_store(workdir / f"store-{time.time_ns()}.sqlite")
        result = Engine(settings, store=store).ingest([jsonl], assign_stories=False)
        done = result.added
    else:
        report = Engine(settings).analyze([jsonl])
        done = len(report.articles)
    return {"articles": done, "seconds": time.perf_counter() - start, "peak_mb": _peak_mb()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=Path, default=DEFAULT_DOCUMENTS)
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated")
    parser.add_argument("--stages", default=",".join(STAGES), help="comma-separated")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--max-analyze", type=int, default=10_000)
    parser.add_argument(
        "--cache",
        type=Path,
        help="embedding cache to use (default: a new one per size; an existing one makes "
        "`analyze` warm for the texts it holds)",
    )
    parser.add_argument(
        "--child", nargs=3, metavar=("STAGE", "JSONL", "WORKDIR"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        stage, jsonl, workdir = args.child
        result = _stage(stage, Path(jsonl), Path(workdir), args.workers, args.cache)
        sys.stdout.write(json.dumps(result) + "\n")
        return 0
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = sorted(set(stages) - set(STAGES))
    if unknown:
        parser.error(f"unknown stage(s) {', '.join(unknown)}; use {', '.join(STAGES)}")
    if not args.documents.exists():
        parser.error(f"{args.documents} not found: pass --documents (GVA documents.jsonl)")
    sys.stdout.write(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores, {args.workers} workers\n\n"
        "| articles | stage | articles done | seconds | articles/s | peak RSS (MB) |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
    )
    for size in (int(s) for s in args.sizes.split(",") if s.strip()):
        with tempfile.TemporaryDirectory(prefix="newsprism-bench-") as tmp:
            jsonl = Path(tmp) / f"gva-{size}.jsonl"
            with jsonl.open("w", encoding="utf-8") as out:
                for doc in perturbed_docs(args.documents, size):
                    out.write(json.dumps(doc) + "\n")
            for stage in stages:
                if stage.startswith("analyze") and size > args.max_analyze:
                    sys.stdout.write(f"| {size:,} | {stage} | skipped (--max-analyze) | | | |\n")
                    continue
                command = [sys.executable, __file__, "--workers", str(args.workers)]
                if args.cache:
                    command += ["--cache", str(args.cache.resolve())]
                command += ["--child", stage, str(jsonl), tmp]
                run = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 - our own script
                if run.returncode:
                    sys.stderr.write(run.stderr[-2000:])
                    sys.stdout.write(f"| {size:,} | {stage} | failed ({run.returncode}) | | | |\n")
                    continue
                r = json.loads(run.stdout.strip().splitlines()[-1])
                rate = r["articles"] / r["seconds"] if r["seconds"] else 0.0
                sys.stdout.write(
                    f"| {size:,} | {stage} | {int(r['articles']):,} | {r['seconds']:.1f} | "
                    f"{rate:.1f} | {r['peak_mb']:.0f} |\n"
                )
                sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
