"""Benchmark the resolution pass against extraction, and how it grows with the corpus.

The articles are those of ``../shared/corpus/{ar,en}`` (read, not copied),
repeated under new ids up to ``--articles`` (so every copy reports the same
people and events again: a worst case with many merges). For each size the
script times :func:`newsgraph.api.build_into` without resolution (the
baseline, measured in the same run) and then :meth:`KnowledgeGraph.resolve`,
and prints both with their ratio.

Run::

    .venv/bin/python benchmarks/resolution.py --articles 100 200 400
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent / "src"))
sys.path.insert(0, str(_HERE))

from throughput import corpus  # noqa: E402

from newsgraph.api import build_into  # noqa: E402
from newsgraph.graph.store import KnowledgeGraph  # noqa: E402


def measure(n: int, model: str | None) -> dict[str, object]:
    arts = corpus("ar", n // 2) + corpus("en", n - n // 2)
    kg = KnowledgeGraph()
    t0 = time.perf_counter()
    build_into(kg, arts, model=model, resolve=False)
    extract = time.perf_counter() - t0
    report = kg.resolve()
    return {
        "articles": n, "triples": len(kg), "extract_s": round(extract, 2),
        "resolve_s": round(report.seconds, 2), "resolve_per_extract": round(report.seconds / extract, 3),
        **report.summary(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 200])
    parser.add_argument("--model", default="none", help="none (default: rules only) or auto")
    args = parser.parse_args()
    for n in args.articles:
        print(json.dumps(measure(n, None if args.model == "none" else args.model)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
