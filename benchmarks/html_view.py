"""Benchmark the HTML view: render time in Python, and time to interactive in headless Chromium, offline.

Builds a synthetic dataset of about ``--nodes`` shown nodes (40% events,
30% persons with positions, 12% organizations, 8% countries, 10% places;
each event has 2-4 participants, an agent and a place), writes the page with
:func:`newsgraph.export.html.write_html`, and loads it in headless Chromium
with networking cut off (``tests/export/browser.py``), several times.

Usage::

    python benchmarks/html_view.py --nodes 5000 --max-nodes 6000 --repeat 3

Prints the Python render time and, per run, the *time to interactive*
measured with Playwright driving the system Chromium (real time, no virtual
time budget): from ``page.goto`` until the page has drawn the graph and
stopped the layout (``data-ng-stable``), after which panning, search,
filters and the side panel respond. It also prints the page's own
``performance.now()`` at that moment, and then times a search and a click on a
node. ``--dump-dom`` instead runs the older Chromium ``--dump-dom`` check
(virtual time).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, Dataset, Literal, URIRef

from newsgraph.export.html import write_html
from newsgraph.graph.ns import NG, NGT

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "export"))
from browser import launch_playwright, render_dom_timed

__all__ = ["synthetic_dataset", "main"]

EX = "https://example.org/bench/"


def synthetic_dataset(n_nodes: int, seed: int = 7) -> Dataset:
    """A dataset that shows as about ``n_nodes`` nodes in the HTML view."""
    rng = random.Random(seed)
    ds = Dataset(default_union=True)
    shares = {"Event": 0.40, "Person": 0.30, "Organization": 0.12, "Country": 0.08, "Place": 0.10}
    nodes: dict[str, list[URIRef]] = {}
    for kind, share in shares.items():
        nodes[kind] = [URIRef(f"{EX}{kind.lower()}/{i}") for i in range(max(1, round(n_nodes * share)))]
        for i, node in enumerate(nodes[kind]):
            ds.add((node, RDF.type, NG[kind]))
            ds.add((node, RDFS.label, Literal(f"{kind} {i}", lang="en")))
            ds.add((node, RDFS.label, Literal(f"{kind} {i} بالعربية", lang="ar")))
    bodies = nodes["Country"] + nodes["Organization"]
    for i, person in enumerate(nodes["Person"]):
        pos = URIRef(f"{EX}position/{i}")
        ds.add((pos, RDF.type, NG.Position))
        ds.add((pos, NG.title, Literal("minister", lang="en")))
        ds.add((pos, NG.positionOf, rng.choice(bodies)))
        ds.add((person, NG.holdsPosition, pos))
    for place in nodes["Place"]:
        ds.add((place, NG.locatedIn, rng.choice(nodes["Country"])))
    types = [NGT.Meeting, NGT.Statement, NGT.AidPledge, NGT.Visit]
    actors = nodes["Person"] + nodes["Organization"] + nodes["Country"]
    for i, event in enumerate(nodes["Event"]):
        ds.add((event, NG.eventType, rng.choice(types)))
        ds.add((event, NG.date, Literal(f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}")))
        ds.add((event, NG.location, rng.choice(nodes["Place"])))
        ds.add((event, NG.agent, rng.choice(actors)))
        for who in rng.sample(actors, rng.randint(2, 4)):
            ds.add((event, NG.participant, who))
        ds.add((event, NG.evidence, Literal(f"Sentence {i} about the event.", lang="en")))
    return ds


def time_to_interactive(page_path: Path, repeat: int) -> list[dict[str, float]]:
    """Open ``page_path`` ``repeat`` times in Playwright-driven Chromium; seconds to interactive, etc."""
    playwright, browser = launch_playwright()
    runs = []
    try:
        for _ in range(repeat):
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            external: list[str] = []

            def count(request: Any, seen: list[str] = external) -> None:
                if not request.url.startswith("file:"):
                    seen.append(request.url)

            context.on("request", count)
            page = context.new_page()
            start = time.perf_counter()
            page.goto(page_path.resolve().as_uri(), timeout=300_000)
            page.wait_for_function("document.body.dataset.ngStable === '1'", timeout=300_000)
            ready = time.perf_counter() - start
            page_ms = float(page.evaluate("document.body.dataset.ngMs"))
            t0 = time.perf_counter()
            page.fill("#ng-search-input", "Person 12")
            page.wait_for_function("document.body.dataset.ngMatches !== undefined")
            search = time.perf_counter() - t0
            t0 = time.perf_counter()
            page.evaluate("ngNetwork.selectNodes([]);")
            page.press("#ng-search-input", "Enter")
            page.wait_for_function("document.body.dataset.ngPanel !== undefined")
            panel = time.perf_counter() - t0
            nodes = int(page.evaluate("document.body.dataset.ngNodes"))
            runs.append({"interactive_s": ready, "page_ms": page_ms, "search_s": search, "panel_s": panel,
                         "nodes": nodes, "external": len(external)})
            context.close()
    finally:
        browser.close()
        playwright.stop()
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=500)
    parser.add_argument("--max-nodes", type=int, default=1500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--budget-ms", type=int, default=60000)
    parser.add_argument("--dump-dom", action="store_true", help="time chromium --dump-dom (virtual time)")
    args = parser.parse_args(argv)

    ds = synthetic_dataset(args.nodes)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "bench.html"
        start = time.perf_counter()
        write_html(ds, page, max_nodes=args.max_nodes, language="en")
        print(f"python render: {time.perf_counter() - start:.2f} s, {page.stat().st_size / 1e6:.2f} MB")
        if not args.dump_dom:
            for i, run in enumerate(time_to_interactive(page, args.repeat), 1):
                print(
                    f"run {i}: interactive after {run['interactive_s']:.2f} s "
                    f"(page clock {run['page_ms'] / 1000:.2f} s); nodes={run['nodes']} "
                    f"search {run['search_s'] * 1000:.0f} ms, panel {run['panel_s'] * 1000:.0f} ms, "
                    f"external requests={run['external']}"
                )
            return 0
        for run in range(args.repeat):
            result = render_dom_timed(page, budget_ms=args.budget_ms, timeout=600)
            body = re.search(r"<body\b[^>]*>", result.output)
            attrs = dict(re.findall(r'data-ng-([\w-]+)="([^"]*)"', body.group(0) if body else ""))
            print(
                f"chromium run {run + 1}: {result.seconds:.2f} s wall; nodes={attrs.get('nodes')} "
                f"edges={attrs.get('edges')} stable={attrs.get('stable')} "
                f"external={attrs.get('external')} page-ms={attrs.get('ms')}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
