"""First-pass extraction speed: articles per second over a folder, one process, cold caches.

Usage::

    python benchmarks/extract_speed.py ../shared/corpus/ar_scale [--limit 2000] [--model auto|none]
    python benchmarks/extract_speed.py ../shared/corpus/ar_scale --compare OTHER_CHECKOUT/src

Reads the articles first (not timed), loads the pipeline and the knowledge
base (not timed), then extracts every article once through
``newsgraph.extract.extract_articles`` (``nlp.pipe`` in batches): no graph,
no resolution, with numpy's BLAS on one thread as in a build worker. Each
run is a fresh process, so word caches start empty, as on a first pass
over new articles. With ``--compare SRC``, the same
measurement runs alternately on this checkout and on the package at ``SRC``
(for example a ``git worktree`` of an older commit), ``--repeat`` times
each, and the medians and their ratio are printed: a speed figure measured
against a baseline in the same run. Each run also gives articles per second of
process CPU time (``cpu_art_per_s``, and ``cpu_ratio`` with ``--compare``):
on a machine that other work shares, the CPU time moves much less than the
wall clock. Issue 13 asks for at least 25 Arabic
articles/s on one worker over ``../shared/corpus/ar_scale``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from threadpoolctl import threadpool_limits

_SRC = Path(__file__).resolve().parent.parent / "src"


def measure(folder: Path, limit: int, model: str) -> dict[str, float]:
    """Extract up to ``limit`` articles of ``folder`` once; articles, seconds and articles/s."""
    from newsgraph.extract import extract_articles
    from newsgraph.extract.pipeline import get_nlp
    from newsgraph.io import read_articles
    from newsgraph.kb import load_kb
    from newsgraph.types import Article

    arts = [a for a in read_articles([folder]) if isinstance(a, Article)][:limit]
    chosen = None if model == "none" else model
    for lang in sorted({a.language for a in arts if a.language}):
        get_nlp(lang, chosen)  # as extract_articles calls it: one cached pipeline
    load_kb()
    with threadpool_limits(limits=1, user_api="blas"):  # as one build worker runs (newsgraph.parallel)
        start, cpu = time.perf_counter(), time.process_time()
        events = sum(len(ext.events) for ext in extract_articles(arts, model=chosen))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    n = len(arts)
    return {"articles": n, "events": events, "seconds": round(seconds, 2),
            "art_per_s": round(n / seconds, 2), "cpu_art_per_s": round(n / cpu, 2)}  # fmt: skip


def _child(src: Path, args: argparse.Namespace) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [sys.executable, __file__, str(args.folder), "--json"]
    cmd += ["--limit", str(args.limit), "--model", args.model]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="a folder of articles")
    parser.add_argument("--limit", type=int, default=2000, help="at most this many articles")
    parser.add_argument("--model", default="auto", help="auto (default pipeline) or none (rules only)")
    parser.add_argument("--compare", type=Path, help="the src/ folder of a baseline checkout")
    parser.add_argument("--repeat", type=int, default=2, help="with --compare: runs of each, alternating")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args(argv)
    if args.compare is None:
        result = measure(args.folder, args.limit, args.model)
        print(json.dumps(result) if args.json else f"{result['art_per_s']} articles/s ({result})")
        return 0
    runs: dict[str, list[dict[str, float]]] = {"baseline": [], "this": []}
    for _ in range(args.repeat):
        runs["baseline"].append(_child(args.compare.resolve(), args))
        runs["this"].append(_child(_SRC, args))
    med = {k: statistics.median(r["art_per_s"] for r in v) for k, v in runs.items()}
    cpu = {k: statistics.median(r["cpu_art_per_s"] for r in v) for k, v in runs.items()}
    ratio, cpu_ratio = round(med["this"] / med["baseline"], 3), round(cpu["this"] / cpu["baseline"], 3)
    print(json.dumps({"runs": runs, "median_art_per_s": med, "ratio": ratio, "cpu_ratio": cpu_ratio}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
