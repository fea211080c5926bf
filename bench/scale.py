"""Throughput of the per-article path (clean, language, sentences, figures) on 1, 2 and 4 Dask
workers, and the memory of the driver that feeds them.

Usage::

    python bench/scale.py ../shared/data/gva-semeval2018-task5/documents.jsonl \
        --articles 10000 --workers 1,2,4
    python bench/scale.py PATH --articles 100000 --workers 2 --limit 20000
    python bench/scale.py PATH --articles 2000 --workers 1,2 --embed 512

The GVA documents are repeated with perturbed text until there are ``--articles`` of them
(copy ``k`` of a document has its paragraphs rotated by ``k`` and an update line naming ``k``:
every article is new to the content hash, and the work per article stays that of real news);
``--limit`` processes only the first articles of that set. For each worker count a real
cluster is started as separate processes (``dask scheduler``; ``dask worker --nworkers N
--nthreads 1``), so that the driver is this process alone: it reads the articles, streams
them to the cluster with a bounded window of tasks, and receives the analysed articles in
order (and drops them, as ``ingest`` hands them to the store). ``--local`` adds the local
executor with the same worker counts, for comparison.

Prints a Markdown table: articles/s (wall clock, after the workers have loaded their
models); the cores the workers got (their CPU seconds over the wall-clock seconds); articles
per CPU second of the workers (what one free core does: on a machine shared with other work,
the wall-clock rate shows the share the benchmark got, this column whether the work per
article stays flat as workers are added); the driver's CPU seconds and peak resident memory;
and with ``--embed N`` the embedding rate of N texts (title and lead) on the same workers.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil
from distributed import Client
from pipeline import perturbed_docs  # bench/pipeline.py (scripts run from bench/)

from newsprism.cluster.embedding import embedding_text
from newsprism.executors.base import Executor
from newsprism.executors.distributed import DaskExecutor
from newsprism.executors.local import LocalExecutor
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import ContentType, RawArticle
from newsprism.pipeline.article import analyze_raw

#: Articles run before timing starts (each worker loads its language models on first use).
WARM_UP = 256


@dataclass(frozen=True)
class Result:
    executor: str
    workers: int
    articles: int
    seconds: float
    driver_peak_mb: float
    driver_cpu_s: float
    workers_cpu_s: float
    embed_per_s: float | None

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def rate_per_cpu(self) -> float:
        """Articles per CPU second of the workers: what one free core would do."""
        return self.articles / self.workers_cpu_s if self.workers_cpu_s else 0.0


def perturbed_articles(path: Path, count: int) -> Iterator[RawArticle]:
    """``count`` raw articles from the GVA documents, repeated with perturbed text
    (``bench/pipeline.py``'s ``perturbed_docs``)."""
    for doc in perturbed_docs(path, count):
        yield RawArticle(
            ref=doc["doc_id"],
            origin=path.name,
            body=doc["content"],
            content_type=ContentType.TEXT,
            title=doc["title"] or None,
        )


class PeakMemory:
    """Samples this process's resident memory every 50 ms; ``peak_mb`` is the largest."""

    def __init__(self) -> None:
        self._process = psutil.Process()
        self._peak = self._process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            self._peak = max(self._peak, self._process.memory_info().rss)

    @property
    def peak_mb(self) -> float:
        return self._peak / 2**20


def _ref(raw: RawArticle) -> str:
    return raw.ref


def cpu_seconds(processes: list[psutil.Process], *, children: bool = True) -> float:
    """User and system CPU time of ``processes`` (and their children) so far."""
    total = 0.0
    for process in processes:
        for member in [process, *(process.children(recursive=True) if children else [])]:
            with contextlib.suppress(psutil.Error):
                times = member.cpu_times()
                total += times.user + times.system
    return total


def run_map(
    executor: Executor, path: Path, count: int, workers: list[psutil.Process]
) -> tuple[int, float, float, float]:
    """Analyse ``count`` articles on ``executor``; return (analysed, seconds, CPU seconds of
    the driver process alone (the cluster's processes are its children here), CPU seconds of
    ``workers`` and their children)."""
    warm = executor.map(analyze_raw, perturbed_articles(path, WARM_UP), stage="bench", ref=_ref)
    for _ in warm:
        pass
    driver = psutil.Process()
    analysed = 0
    cpu_driver, cpu_workers = cpu_seconds([driver], children=False), cpu_seconds(workers)
    start = time.perf_counter()
    for result in executor.map(
        analyze_raw, perturbed_articles(path, count), stage="bench", ref=_ref
    ):
        analysed += isinstance(result, AnalyzedArticle)
    seconds = time.perf_counter() - start
    if not workers:  # the local executor's pool: the driver's children, counted with it
        return analysed, seconds, cpu_seconds([driver], children=False) - cpu_driver, 0.0
    return (
        analysed,
        seconds,
        cpu_seconds([driver], children=False) - cpu_driver,
        cpu_seconds(workers) - cpu_workers,
    )


def run_embed(executor: DaskExecutor, path: Path, count: int) -> float:
    """Texts per second embedded on the cluster (after each worker has loaded the model)."""
    texts = []
    for raw in perturbed_articles(path, count):
        result = analyze_raw(raw)
        if isinstance(result, AnalyzedArticle):
            texts.append(embedding_text(result.article))
    executor.embed(texts[:64] * 8)  # every worker loads the model
    start = time.perf_counter()
    executor.embed(texts)
    return len(texts) / (time.perf_counter() - start)


@contextlib.contextmanager
def dask_cluster(workers: int) -> Iterator[tuple[str, psutil.Process]]:
    """A scheduler and ``workers`` one-thread worker processes, each a separate process."""
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    dask = shutil.which("dask", path=str(Path(sys.executable).parent)) or "dask"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    scheduler = subprocess.Popen(  # noqa: S603 - our own executable
        [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        env=env,
        **quiet,
    )
    worker = subprocess.Popen(  # noqa: S603
        [
            dask,
            "worker",
            address,
            "--nworkers",
            str(workers),
            "--nthreads",
            "1",
            "--no-dashboard",
            "--memory-limit",
            "0",
        ],
        env=env,
        **quiet,
    )
    try:
        yield address, psutil.Process(worker.pid)
    finally:
        for process in (worker, scheduler):
            process.terminate()
        for process in (worker, scheduler):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def measure(
    kind: str, workers: int, path: Path, count: int, embed: int
) -> Result:  # pragma: no cover - benchmark
    if kind == "local":
        with PeakMemory() as memory:
            analysed, seconds, cpu, _ = run_map(LocalExecutor(workers), path, count, [])
        # The local executor's worker processes are the driver's children: their CPU time is
        # counted with the driver's.
        return Result("local", workers, analysed, seconds, memory.peak_mb, cpu, 0.0, None)
    with (
        dask_cluster(workers) as (address, worker_process),
        Client(address, timeout=120, set_as_default=False) as client,
    ):
        client.wait_for_workers(workers, timeout=120)
        executor = DaskExecutor(client=client)
        with PeakMemory() as memory:
            analysed, seconds, cpu_driver, cpu_workers = run_map(
                executor, path, count, [worker_process]
            )
        rate = run_embed(executor, path, embed) if embed else None
    return Result("dask", workers, analysed, seconds, memory.peak_mb, cpu_driver, cpu_workers, rate)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", type=Path, help="GVA documents.jsonl")
    parser.add_argument("--articles", type=int, default=10_000, help="size of the set")
    parser.add_argument("--limit", type=int, help="process only the first articles of the set")
    parser.add_argument("--workers", default="1,2,4", help="comma-separated worker counts")
    parser.add_argument("--local", action="store_true", help="also the local executor")
    parser.add_argument("--embed", type=int, default=0, help="also embed this many texts")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # kind:workers, in a child process
    args = parser.parse_args(argv)
    count = min(args.articles, args.limit or args.articles)
    if args.one:
        kind, workers = args.one.split(":")
        result = measure(kind, int(workers), args.documents, count, args.embed)
        sys.stdout.write(json.dumps(result.__dict__) + "\n")
        return 0
    counts = [int(w) for w in args.workers.split(",")]
    kinds = ["dask", "local"] if args.local else ["dask"]
    sys.stdout.write(
        f"{count:,} of {args.articles:,} articles, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f} at start\n\n"
        "| executor | workers | articles | seconds | articles/s | cores the workers got | "
        "articles per worker CPU s | driver CPU s | driver peak RSS (MB) | embedded texts/s |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
    )
    for kind, workers in itertools.product(kinds, counts):
        # One child process per measurement: the driver's peak memory is its own.
        proc = subprocess.run(  # noqa: S603 - this script
            [
                sys.executable,
                __file__,
                str(args.documents),
                "--articles",
                str(count),
                "--embed",
                str(args.embed),
                "--one",
                f"{kind}:{workers}",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        r = Result(**json.loads(proc.stdout.strip().splitlines()[-1]))
        embed = f"{r.embed_per_s:.1f}" if r.embed_per_s is not None else ""
        per_cpu = f"{r.rate_per_cpu:.1f}" if r.workers_cpu_s else ""
        cores = f"{r.workers_cpu_s / r.seconds:.2f}" if r.workers_cpu_s else ""
        sys.stdout.write(
            f"| {r.executor} | {r.workers} | {r.articles:,} | {r.seconds:.1f} | {r.rate:.1f} | "
            f"{cores} | {per_cpu} | {r.driver_cpu_s:.0f} | {r.driver_peak_mb:.0f} | {embed} |\n"
        )
        sys.stdout.flush()
    sys.stdout.write(f"\nload average {os.getloadavg()[0]:.1f} at end\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
