"""Matrix products through blis (thinc's default) or numpy's BLAS, and what it does to the Arabic NER model.

Usage::

    .venv/bin/python benchmarks/products.py                       # 300 articles of ar_scale, 3 rounds
    .venv/bin/python benchmarks/products.py ../shared/corpus/ar --limit 50 --repeat 1

Two figures, each a ratio measured in the same run (one BLAS thread, as a build worker runs):

1. one product of the shape the NER model's encoder multiplies (2,000 tokens x 384 by 384 x 384),
   200 times with ``blis.py.gemm`` and 200 times with numpy;
2. the shipped Arabic NER component over the first ``--limit`` articles of the folder (tokenised
   by newsgraph's Arabic pipeline first, not timed), alternately with ``NumpyOps(use_blis=True)``
   and ``NumpyOps(use_blis=False)`` on every node of its model, ``--repeat`` times each: the
   medians of the process's CPU seconds (less sensitive than the wall clock to other jobs on the
   machine) and whether both give the same entities.

newsgraph's pipelines use numpy's products (:func:`newsgraph.extract.pipeline.numpy_products`).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import numpy
from threadpoolctl import threadpool_limits

_ROOT = Path(__file__).resolve().parent.parent


def products(rounds: int = 200) -> dict[str, float]:
    """Milliseconds per product with blis and with numpy, and numpy's speed-up."""
    from blis.py import gemm

    rng = numpy.random.default_rng(0)
    a = rng.random((2000, 384), dtype=numpy.float32)
    b = rng.random((384, 384), dtype=numpy.float32)
    out: dict[str, float] = {}
    for name, run in (("blis", lambda: gemm(a, b)), ("numpy", lambda: a @ b)):
        run()
        start = time.perf_counter()
        for _ in range(rounds):
            run()
        out[name] = (time.perf_counter() - start) / rounds * 1000
    out["speed-up"] = out["blis"] / out["numpy"]
    return out


def ner(folder: Path, limit: int, repeat: int) -> dict[str, object]:
    """CPU seconds of the Arabic NER component with each kind of product, and same entities or not."""
    from thinc.api import NumpyOps

    from newsgraph.extract.ner_ar import load_ar_ner
    from newsgraph.extract.pipeline import get_nlp
    from newsgraph.io import read_articles

    articles = [a for a in read_articles([folder]) if not isinstance(a, Exception)][:limit]
    docs = list(get_nlp("ar", "none").pipe(a.text for a in articles))
    component = load_ar_ner(None).get_pipe("ner")
    seconds: dict[bool, list[float]] = {True: [], False: []}
    found: dict[bool, list[list[tuple[int, int, str]]]] = {}
    for _ in range(repeat):
        for use_blis in (True, False):
            ops = NumpyOps(use_blis=use_blis)
            for node in component.model.walk():
                node.ops = ops
            start = time.process_time()
            out = list(component.pipe(d.copy() for d in docs))
            seconds[use_blis].append(time.process_time() - start)
            found[use_blis] = [[(e.start, e.end, e.label_) for e in d.ents] for d in out]
    blis, npy = statistics.median(seconds[True]), statistics.median(seconds[False])
    return {
        "articles": len(docs),
        "tokens": sum(len(d) for d in docs),
        "blis_cpu_s": round(blis, 2),
        "numpy_cpu_s": round(npy, 2),
        "speed-up": round(blis / npy, 2),
        "same_entities": found[True] == found[False],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=_ROOT.parent / "shared/corpus/ar_scale")
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with threadpool_limits(limits=1, user_api="blas"):
        print("one product, ms:", {k: round(v, 2) for k, v in products().items()})
        print("Arabic NER:", ner(args.folder, args.limit, args.repeat))


if __name__ == "__main__":
    main()
