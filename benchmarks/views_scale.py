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
"""

from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="a folder written by newsgraph build -o")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
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
