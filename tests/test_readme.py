"""The README's promises: its library example runs and its example queries answer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.graph.results import with_prefixes

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
QUERIES = sorted((ROOT / "src" / "newsgraph" / "graph" / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def seed_graph():  # type: ignore[no-untyped-def]
    import newsgraph

    return newsgraph.build([ROOT / "examples" / "000_9cbf2cd40884a872.txt"])


def test_readme_library_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    block = re.search(r"```python\n(.*?)```", README, flags=re.S)
    assert block is not None
    monkeypatch.chdir(ROOT)
    exec(compile(block.group(1), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "country/IT" in out and "event-type/Meeting" in out


def test_readme_lists_every_query_file() -> None:
    for path in QUERIES:
        assert path.name in README, f"{path.name} is not described in the README"


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_readme_query_answers_on_seed(seed_graph, path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = list(seed_graph.query(with_prefixes(path.read_text(encoding="utf-8"))))
    assert rows, f"{path.name} returned no rows on the seed"
