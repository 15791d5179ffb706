"""outputs/ as make demo leaves it: current, queryable from every format, and viewable offline."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.graph import KnowledgeGraph
from newsgraph.graph.results import with_prefixes

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "outputs"
QUERIES = sorted((ROOT / "src" / "newsgraph" / "graph" / "queries").glob("*.rq"))
SHOWN = (
    "SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE "
    "{ VALUES ?t { ng:Event ng:Person ng:Organization ng:Country ng:Place } ?n a ?t }"
)

sys.path.insert(0, str(ROOT / "tests" / "export"))


def test_outputs_match_a_fresh_build_of_the_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If this fails, run `make demo` and commit outputs/."""
    monkeypatch.chdir(ROOT)  # make demo passes the seed by its relative path (ng:sourcePath)
    seed = "examples/000_9cbf2cd40884a872.txt"
    result = CliRunner().invoke(cli, ["build", seed, "-o", str(tmp_path), "--no-html"])
    assert result.exit_code == 0, result.output
    fresh = set((tmp_path / "graph.nq").read_text(encoding="utf-8").splitlines())
    committed = set((OUT / "graph.nq").read_text(encoding="utf-8").splitlines())
    assert fresh == committed, "outputs/ is stale: run `make demo`"


def test_pages_are_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """The same input gives the same pages byte for byte (sets iterate in hash-seed order)."""
    import os
    import subprocess

    pages = ("graph.html", "graph.map.html", "graph.timeline.html", "graph.graphml")
    built = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        argv = [sys.executable, "-m", "newsgraph.cli", "build", "examples/000_9cbf2cd40884a872.txt",
                "-o", str(out), "--model", "none"]
        subprocess.run(argv, cwd=ROOT, env=env, check=True, capture_output=True)
        built.append([(out / p).read_bytes() for p in pages])
    assert built[0] == built[1]


@pytest.mark.parametrize("fmt", ["graph.ttl", "graph.trig", "graph.nq", "graph.nt", "graph.jsonld"])
@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_outputs_every_readme_query_answers(fmt: str, query: Path) -> None:
    result = CliRunner().invoke(cli, ["query", str(OUT / fmt), str(query), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) >= 2, f"{query.name} gave no rows on {fmt}"


@pytest.mark.browser
def test_outputs_html_renders_offline_with_every_node() -> None:
    from browser import render_dom  # tests/export/browser.py

    expected = int(next(iter(KnowledgeGraph.load(OUT / "graph.trig").query(with_prefixes(SHOWN))))[0])
    tag = re.search(r"<body\b[^>]*>", render_dom(OUT / "graph.html"))
    assert tag is not None
    attrs = dict(re.findall(r'(data-[\w-]+)="([^"]*)"', tag.group(0)))
    assert attrs["data-ng-drawn"] == "1" and attrs["data-ng-stable"] == "1"
    assert attrs["data-ng-external"] == "0"
    assert int(attrs["data-ng-nodes"]) == expected > 20


@pytest.mark.browser
def test_outputs_timeline_renders_offline_with_the_dated_events() -> None:
    from browser import render_dom  # tests/export/browser.py

    html = (OUT / "graph.timeline.html").read_text(encoding="utf-8")
    placed = re.search(r'data-ng-events="(\d+)"', html)
    assert placed and int(placed.group(1)) >= 5
    tag = re.search(r"<body\b[^>]*>", render_dom(OUT / "graph.timeline.html"))
    assert tag is not None
    attrs = dict(re.findall(r'(data-[\w-]+)="([^"]*)"', tag.group(0)))
    assert attrs["data-ng-drawn"] == "1" and attrs["data-ng-external"] == "0"
    # every event drawn; events with one label on one day in one row share an item ("× 2")
    assert attrs["data-ng-shown"] == placed.group(1) and int(attrs["data-ng-groups"]) >= 2
    assert 1 <= int(attrs["data-ng-items"]) <= int(placed.group(1))
