"""The on-disk store: incremental builds, crash safety (a real kill -9), the lock (a real race)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from corpus import newsgraph, quads, spawn, write_corpus

from newsgraph.errors import GraphError
from newsgraph.graph import KnowledgeGraph
from newsgraph.graph.disk import StoreLock, is_store, stored_digest
from newsgraph.types import Article, Extraction

N = 160  # big enough that a build takes seconds


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "news.jsonl", N)


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The quads of one uninterrupted build."""
    store = tmp_path_factory.mktemp("ref") / "store"
    newsgraph("build", corpus, "--store", store, "--model", "none")
    return quads(store)


@pytest.fixture(scope="module")
def unresolved(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The quads of one uninterrupted build before resolution (what a build killed midway holds)."""
    store = tmp_path_factory.mktemp("unresolved") / "store"
    newsgraph("build", corpus, "--store", store, "--model", "none", "--no-resolve")
    return quads(store)


def _graph_names(lines: set[str]) -> set[str]:
    return {line.rsplit(" ", 2)[-2] for line in lines}


def _wal_bytes(store: Path) -> int:
    return sum(p.stat().st_size for p in store.glob("*.log")) if store.is_dir() else 0


def test_store_build_then_rebuild_skips_unchanged(corpus: Path, reference: set[str], tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = newsgraph("build", corpus, "--store", store, "--model", "none")
    assert f"{N // 2} article(s)" in first.stdout or "article(s)" in first.stdout
    assert is_store(store) and quads(store) == reference
    again = newsgraph("build", corpus, "--store", store, "--model", "none")
    assert f"0 article(s), 0 teaser(s), {N} unchanged" in again.stdout
    assert quads(store) == reference


@pytest.mark.parametrize("lang_index", [2, 3], ids=["en", "ar"])
def test_store_changed_article_replaces_its_graph(tmp_path: Path, lang_index: int) -> None:
    store = tmp_path / "store"
    news = write_corpus(tmp_path / "news.jsonl", N)
    newsgraph("build", news, "--store", store, "--model", "none")
    before = quads(store)
    changed = write_corpus(news, N, changed=frozenset({lang_index}))  # same file, one article edited
    out = newsgraph("build", changed, "--store", store, "--model", "none")
    assert f", {N - 1} unchanged" in out.stdout
    now = quads(store)
    fresh = tmp_path / "fresh"
    newsgraph("build", changed, "--store", fresh, "--model", "none")
    assert now == quads(fresh)  # the old version left nothing behind in its graph
    assert now != before


def test_store_kill_9_mid_build_leaves_whole_articles_and_rerun_completes(
    corpus: Path, reference: set[str], unresolved: set[str], tmp_path: Path
) -> None:
    store = tmp_path / "store"
    proc = spawn("build", corpus, "--store", store, "--model", "none")
    deadline = time.monotonic() + 120
    # 40 kB of articles past the event-type scheme, which every build writes first
    with KnowledgeGraph.open(tmp_path / "scheme-only", write=True) as alone:
        alone.add_scheme()
        threshold = 40_000 + _wal_bytes(tmp_path / "scheme-only")
    while _wal_bytes(store) < threshold and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the build ended before it could be killed"

    partial = quads(store)  # opens: the store is consistent
    graphs = _graph_names(partial)
    by_graph = {g: {q for q in unresolved if q.rsplit(" ", 2)[-2] == g} for g in _graph_names(unresolved)}
    article_graphs = {g for g in graphs if not g.endswith(("/graph/entities>", "/graph/event-types>"))}
    assert 0 < len(article_graphs) < N, f"{len(article_graphs)} articles stored: not killed mid-build"
    for g in article_graphs:  # every stored article is whole: exactly its reference graph
        assert {q for q in partial if q.rsplit(" ", 2)[-2] == g} == by_graph[g], g
    assert partial <= unresolved  # killed before the resolution pass, which runs at the end

    rerun = newsgraph("build", corpus, "--store", store, "--model", "none")
    done = len(article_graphs)
    assert f"{N - done} article(s), 0 teaser(s), {done} unchanged" in rerun.stdout
    assert quads(store) == reference  # nothing lost, nothing doubled, resolved as one build


def test_store_second_build_is_refused_while_one_runs(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = spawn("build", corpus, "--store", store, "--model", "none")
    try:
        deadline = time.monotonic() + 60
        while not (store / "newsgraph.lock").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        second = newsgraph("build", corpus, "--store", store, "--model", "none", check=False)
        reader = newsgraph("stats", store, check=False)
        assert first.poll() is None, "the first build ended before the race"
    finally:
        out, err = first.communicate(timeout=300)
    assert second.returncode == 1
    assert "in use by another newsgraph process" in second.stderr
    assert reader.returncode == 1 and "a build is writing to the store" in reader.stderr
    assert first.returncode == 0, err
    assert newsgraph("stats", store).stdout.count("\n") > 5


def test_store_lock_shared_readers_exclusive_writer(tmp_path: Path) -> None:
    with StoreLock(tmp_path, write=False), StoreLock(tmp_path, write=False):
        with pytest.raises(GraphError, match="in use"):
            StoreLock(tmp_path, write=True).acquire()
    with StoreLock(tmp_path, write=True):
        pass


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_store_open_add_digest_reopen(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "store"
    with KnowledgeGraph.open(path, write=True) as kg:
        kg.add(Extraction(Article("a1", "T", "x", lang)), digest="h1")
        assert kg.digest("a1") == "h1" and kg.digest("a2") is None
    with KnowledgeGraph.open(path) as kg:
        assert kg.articles() == ["a1"]
        assert kg.stats()["languages"] == {lang: 1}
        assert stored_digest(kg._inner, "a1") == "h1"


def test_store_open_refuses_a_folder_that_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="not a newsgraph store"):
        KnowledgeGraph.open(tmp_path)


def test_store_query_and_stats_commands_take_a_store(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    newsgraph("build", corpus, "--store", store, "--model", "none", "-o", tmp_path / "out", "--no-html")
    assert (tmp_path / "out" / "graph.trig").is_file()
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?e a ng:Event }"
    from_store = newsgraph("query", store, count, "--format", "csv")
    from_file = newsgraph("query", tmp_path / "out" / "graph.trig", count, "--format", "csv")
    assert from_store.stdout == from_file.stdout and int(from_store.stdout.split()[1]) >= N
    stats = newsgraph("stats", store, "--format", "json").stdout
    assert f'"ar": {N // 2}' in stats and f'"en": {N // 2}' in stats


def test_store_two_workers_build_the_same_graph_as_one(corpus: Path, reference: set[str],
                                                       tmp_path: Path) -> None:
    store = tmp_path / "store"
    out = newsgraph("build", corpus, "--store", store, "--model", "none", "--workers", "2",
                    "--batch-size", "8")
    assert f"{N} article(s)" in out.stdout
    assert quads(store) == reference


def test_a_store_indexes_what_each_article_wrote_about_entities_outside_the_kb(tmp_path: Path) -> None:
    from newsgraph.graph.disk import make_update
    from newsgraph.graph.shared_index import load_index
    from newsgraph.types import Entity, Mention

    name = "Khalid Mahfouz"
    person = Entity("person/khalid-mahfouz", "PERSON", {"en": name})
    morocco = Entity("country/MA", "COUNTRY", {"en": "Morocco"}, in_kb=True)
    text = f"{name} visited Morocco."
    mentions = (Mention(0, len(name), name, "PERSON", person.id, 0),
                Mention(text.index("Morocco"), len(text) - 1, "Morocco", "COUNTRY", morocco.id, 0))
    ext = Extraction(Article("a1", "T", text, "en"), ((0, len(text)),), mentions, (person, morocco))
    rows = make_update(ext, digest="d1").shared
    assert rows and {row[0] for row in rows} == {"https://w3id.org/newsgraph/id/person/khalid-mahfouz"}
    with KnowledgeGraph.open(tmp_path / "s", write=True) as kg:
        kg.add(ext, digest="d1")
    entries, lines = load_index(tmp_path / "s")
    assert lines == 1 and entries["https://w3id.org/newsgraph/id/graph/a1"] == ("d1", [list(r) for r in rows])


def test_a_new_article_is_written_without_the_drop_and_a_rewrite_still_replaces(tmp_path: Path) -> None:
    """The drop of an article's graph is left out only when the store holds nothing in it: the
    same article written again (the same id twice in one build) still replaces its graph."""
    from newsgraph.graph.disk import article_update, make_update, without_drop

    old = Extraction(Article("a1", "Old title", "Rabat.", "en"))
    new = Extraction(Article("a1", "New title", "Paris.", "en"))
    with KnowledgeGraph.open(tmp_path / "twice", write=True) as kg:
        assert not without_drop(kg._inner, article_update(old, digest="h1")).startswith("DROP")
        kg.apply(make_update(old, digest="h1"))
        assert without_drop(kg._inner, article_update(new, digest="h2")).startswith("DROP")
        kg.apply(make_update(new, digest="h2"))
    with KnowledgeGraph.open(tmp_path / "once", write=True) as kg:
        kg.apply(make_update(new, digest="h2"))
    assert quads(tmp_path / "twice") == quads(tmp_path / "once")
    assert not any("Old title" in line for line in quads(tmp_path / "twice"))
