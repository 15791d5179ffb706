"""Time resolution alone on a store built with ``--no-resolve`` (a copy of it: the store is left as it is).

``benchmarks/scale.py`` takes resolution's share of a build as the difference between a build with
it and one without, which two runs' noise can swamp on a busy or drifting machine. This times
:meth:`KnowledgeGraph.resolve` directly, on a copy of each store, once the imports and the knowledge
base are loaded (a build has them loaded when it resolves).

Usage::

    .venv/bin/python benchmarks/scale.py            # leaves /tmp/newsgraph_scale/S<n>-noresolve
    .venv/bin/python benchmarks/resolve_store.py /tmp/newsgraph_scale/S500-noresolve \
        /tmp/newsgraph_scale/S1000-noresolve /tmp/newsgraph_scale/S2000-noresolve
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import newsgraph.resolve  # noqa: F401  (imported before the clock starts, as in a build)
from newsgraph.graph.store import KnowledgeGraph
from newsgraph.kb import load_kb


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stores", nargs="+", type=Path, help="store folders built with --no-resolve")
    args = ap.parse_args()
    load_kb()
    print("| store | resolve wall s | resolve CPU s |\n|---|---|---|")
    for store in args.stores:
        if not store.is_dir():
            sys.exit(f"{store}: no such store folder")
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "store"
            shutil.copytree(store, copy)
            kg = KnowledgeGraph.open(copy, write=True)
            wall, cpu = time.perf_counter(), time.process_time()
            kg.resolve()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            kg.close()
        print(f"| {store} | {wall:.1f} | {cpu:.1f} |", flush=True)


if __name__ == "__main__":
    main()
