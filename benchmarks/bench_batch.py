"""Documents/s and words/s of a corpus run with 1 and 2 worker processes, the speed-up and peak memory.

    python benchmarks/bench_batch.py [--n 10000] [--corpus DIR] [--jobs 1 2] [--repeat 2] [--format txt|jsonl]

Generates `--n` synthetic articles (make_corpus.py) unless `--corpus` names an
existing folder, then runs `ctip_extract.batch.run` over it once per `--jobs`
value, each time from scratch (force=True) into a temporary output, `--repeat`
rounds in turn (1 job, 2 jobs, 1 job, ...) so that a slow spell of a shared
machine does not fall on one setting only; the speed-up is best against best.
The pipeline is loaded before the clock starts (forked workers inherit it), so
the figures measure extraction and writing. Peak memory: the largest resident
set of this process and of any worker. Target: 2 jobs >= 1.7x 1 job.
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from make_corpus import write_corpus

from ctip_extract.batch import run
from ctip_extract.pipeline import shared_pipeline


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def machine_ceiling(n: int = 4_000_000) -> float:
    """Speed-up of 2 processes over 1 on pure CPU work right now (what the machine can give)."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    t = time.perf_counter()
    with ctx.Pool(1) as pool:
        pool.map(_spin, [n, n])
    one = time.perf_counter() - t
    t = time.perf_counter()
    with ctx.Pool(2) as pool:
        pool.map(_spin, [n, n])
    return one / (time.perf_counter() - t)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--n", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--corpus", type=Path, default=None, help="an existing corpus folder (skips generation)")
    p.add_argument("--format", choices=["txt", "jsonl"], default="txt", help="generated corpus layout")
    p.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    p.add_argument("--repeat", type=int, default=2, help="rounds over the --jobs values (best counts)")
    args = p.parse_args(argv)
    logging.disable(logging.ERROR)  # error records are counted in the summary, not printed one by one
    with tempfile.TemporaryDirectory(prefix="ctip-bench-") as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp) / "corpus"
            t = time.perf_counter()
            words = write_corpus(corpus, args.n, args.seed, args.format)
            print(f"generated {args.n:,} articles, {words:,} words in {time.perf_counter() - t:.1f} s -> {corpus}")
        shared_pipeline()
        print(f"$ python {' '.join(sys.argv)}")
        print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        rates: dict[int, float] = {}
        for jobs in [j for _ in range(max(1, args.repeat)) for j in args.jobs]:
            out = Path(tmp) / f"out-{jobs}.jsonl"
            before = os.times()
            t = time.perf_counter()
            summary = run([corpus], out, jobs=jobs, timeout=600, force=True, progress=False)
            seconds = time.perf_counter() - t
            after = os.times()
            cpu = sum(after[:4]) - sum(before[:4])  # user+system of this process and of its workers
            own = sum(after[:2]) - sum(before[:2])
            docs = summary.documents + summary.errors
            rates[jobs] = max(rates.get(jobs, 0.0), docs / seconds)
            print(f"jobs={jobs}: {docs:,} documents, {summary.words:,} words, {sum(summary.records.values()):,} "
                  f"records in {seconds:.1f} s -> {docs / seconds:,.1f} documents/s, "
                  f"{summary.words / seconds:,.0f} words/s; {summary.errors} errors; "
                  f"CPU {cpu:.1f} s = {cpu / seconds:.2f} cores busy ({own:.1f} s in the supervisor)")
        if 1 in rates and 2 in rates:
            speedup = rates[2] / rates[1]
            print(f"best: 1 job {rates[1]:,.1f} documents/s, 2 jobs {rates[2]:,.1f} documents/s")
            print(f"speed-up 2 jobs / 1 job: {speedup:.2f}x (target >= 1.7x: {'met' if speedup >= 1.7 else 'NOT met'})")
            print(f"machine ceiling now (2 vs 1 process of pure CPU work): {machine_ceiling():.2f}x")
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory: supervisor {own:,.0f} MB, largest worker {workers:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
