"""Time to interactive of the three offline pages of a built folder, in headless Chromium.

Usage::

    python benchmarks/views_scale.py OUT_DIR [--repeat 2]

``OUT_DIR`` is what ``newsgraph build … -o OUT_DIR`` wrote, for example from
the 2,000 articles of ``../shared/corpus/ar_scale``::

    .venv/bin/newsgraph build ../shared/corpus/ar_scale -o /tmp/ar_scale_out
    .venv/bin/python benchmarks/views_scale.py /tmp/ar_scale_out

For each of ``graph.html``, ``graph.map.html`` and ``graph.timeline.html`` it
prints the page size and, per run, the seconds from ``page.goto`` until the
page says it is ready (the explorer's ``data-ng-stable``, the map's
``data-ng-ready``, the timeline's ``data-ng-drawn``), with networking cut off
and every non-file request aborted. Issue 19 asks for under 5 s each.

``--times N --into DIR`` first makes a graph N times larger and measures that
instead: it reads ``OUT_DIR/graph.nq`` and writes to ``DIR`` its N copies as
one ``graph.nq`` (copy k > 0 has every instance IRI moved under
``…/id/copyK/``, so articles, events, persons, organizations and places are
distinct nodes; countries and event types stay shared, as a larger corpus
would share them), then the three pages, as ``newsgraph build`` writes them::

    .venv/bin/python benchmarks/views_scale.py /tmp/ar_scale_out --times 5 --into /tmp/ar_scale_x5
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "export"))
from browser import launch_playwright

PAGES = {
    "graph.html": "document.body.dataset.ngStable === '1'",
    "graph.map.html": "document.body.dataset.ngReady === '1'",
    "graph.timeline.html": "document.body.dataset.ngDrawn === '1'",
}


_INSTANCE = re.compile(r"<https://w3id\.org/newsgraph/id/(?!country/)")


def replicate(source: Path, into: Path, times: int) -> None:
    """Write ``times`` copies of ``source/graph.nq`` with distinct instance IRIs, and the three pages."""
    from newsgraph.export.geomap import write_map
    from newsgraph.export.timeline import write_timeline
    from newsgraph.graph import KnowledgeGraph

    text = (source / "graph.nq").read_text(encoding="utf-8")
    into.mkdir(parents=True, exist_ok=True)
    with (into / "graph.nq").open("w", encoding="utf-8") as out:
        out.write(text)
        for k in range(1, times):
            out.write(_INSTANCE.sub(f"<https://w3id.org/newsgraph/id/copy{k}/", text))
    start = time.perf_counter()
    kg = KnowledgeGraph.load(into / "graph.nq")
    print(f"{times} copies: {len(kg.dataset):,} quads read in {time.perf_counter() - start:.0f} s")
    for name, write in (
        ("graph.html", lambda path: kg.to_html(path)),
        ("graph.timeline.html", lambda path: write_timeline(kg.dataset, path)),
        ("graph.map.html", lambda path: write_map(kg.dataset, path)),
    ):
        start = time.perf_counter()
        write(into / name)
        print(f"{name:22} written in {time.perf_counter() - start:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="a folder written by newsgraph build -o")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--times", type=int, default=1, help="measure a graph this many times larger")
    parser.add_argument("--into", type=Path, help="where --times writes the larger graph and its pages")
    args = parser.parse_args(argv)
    if args.times > 1 and args.into is None:
        parser.error("--times needs --into DIR")
    if args.into is not None:  # --times 1 --into DIR: the pages again, with this checkout's code
        replicate(args.folder, args.into, args.times)
        args.folder = args.into
    playwright, browser = launch_playwright()
    try:
        for name, ready in PAGES.items():
            page_file = args.folder / name
            if not page_file.is_file():
                print(f"{name:22} missing")
                continue
            times = []
            for _ in range(args.repeat):
                context = browser.new_context(viewport={"width": 1400, "height": 900})
                context.route(
                    "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
                )
                page = context.new_page()
                start = time.perf_counter()
                page.goto(page_file.resolve().as_uri(), timeout=300_000)
                page.wait_for_function(ready, timeout=120_000)
                times.append(time.perf_counter() - start)
                context.close()
            size = page_file.stat().st_size / 1e6
            print(f"{name:22} {size:6.1f} MB  interactive in " + ", ".join(f"{t:.2f} s" for t in times))
    finally:
        browser.close()
        playwright.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
