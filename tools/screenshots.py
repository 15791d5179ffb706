"""Refresh the screenshots in ``docs/`` from the current pages, in headless Chromium (Playwright), offline.

Usage::

    .venv/bin/python tools/screenshots.py [--corpus DIR] [--out docs]

Writes, at 1400 x 900:

- ``graph.png``: the seed's explorer, ``outputs/graph.html``;
- ``focus-bourita.png``: the seed's neighbourhood of «ناصر بوريطة», two links deep;
- ``timeline.png``: the seed's timeline, ``outputs/graph.timeline.html``;
- ``corpus-overview.png``: the first view of the shared corpus's explorer, with the event table;
- ``map.png``: the shared corpus's map.

The corpus pages come from ``--corpus DIR`` (a folder written by ``newsgraph build``), or are built
first, into a temporary folder, with::

    newsgraph build ../shared/corpus/ar ../shared/corpus/en examples/000_9cbf2cd40884a872.txt \\
        tests/data/marrakech_en.txt -o DIR --model none

Rebuild ``outputs/`` first if the pages changed (``make demo``). Every request that is not a
local file is aborted, as in the browser tests.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "export"))
from browser import launch_playwright  # noqa: E402

SHARED = ROOT.parent / "shared"
READY = {
    "graph": "document.body.dataset.ngStable === '1'",
    "map": "document.body.dataset.ngReady === '1'",
    "timeline": "document.body.dataset.ngDrawn === '1'",
}


def shoot(browser: Any, page_file: Path, png: Path, kind: str) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page = context.new_page()
    page.goto(page_file.resolve().as_uri(), timeout=300_000)
    page.wait_for_function(READY[kind], timeout=120_000)
    page.wait_for_timeout(500)  # the last frame (vis and Leaflet draw on the next animation frame)
    page.screenshot(path=str(png))
    context.close()
    print(f"wrote {png}")


def build_corpus(out: Path) -> None:
    from click.testing import CliRunner

    from newsgraph.cli import cli

    inputs = [SHARED / "corpus" / "ar", SHARED / "corpus" / "en",
              ROOT / "examples" / "000_9cbf2cd40884a872.txt", ROOT / "tests" / "data" / "marrakech_en.txt"]
    result = CliRunner().invoke(cli, ["build", *map(str, inputs), "-o", str(out), "--model", "none"])
    if result.exit_code != 0:
        raise SystemExit(result.output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, help="a folder built from the shared corpus (default: build)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    from newsgraph.export.html import write_html
    from newsgraph.graph import KnowledgeGraph

    with tempfile.TemporaryDirectory(prefix="newsgraph-shots-") as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp) / "corpus"
            build_corpus(corpus)
        focus = Path(tmp) / "focus.html"
        seed = KnowledgeGraph.load(ROOT / "outputs" / "graph.trig").dataset
        write_html(seed, focus, focus="ناصر بوريطة", hops=2)
        playwright, browser = launch_playwright()
        try:
            for page_file, name, kind in (
                (ROOT / "outputs" / "graph.html", "graph.png", "graph"),
                (focus, "focus-bourita.png", "graph"),
                (ROOT / "outputs" / "graph.timeline.html", "timeline.png", "timeline"),
                (corpus / "graph.html", "corpus-overview.png", "graph"),
                (corpus / "graph.map.html", "map.png", "map"),
            ):
                shoot(browser, page_file, args.out / name, kind)
        finally:
            browser.close()
            playwright.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
