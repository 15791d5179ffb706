"""Shared descriptions of resolved nodes: rebuilt from what each article wrote, they are those of a build
of all articles at once, even when a later pass splits a cluster an earlier one had joined."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from newsgraph.graph import KnowledgeGraph
from newsgraph.graph.build import entities_graph_iri
from newsgraph.graph.ns import NG
from newsgraph.graph.shared_index import append_entry, decode_triple, encode_triple, load_index, save_index
from newsgraph.resolve import _Update
from newsgraph.resolve.read import Group
from newsgraph.resolve.shared import rebuild_shared, shared_moves

BASE = "https://w3id.org/newsgraph/id/"
G1, G2 = BASE + "graph/a1", BASE + "graph/a2"
X1, X2 = BASE + "person/x1", BASE + "person/x2"
WRITTEN = {
    G1: [(URIRef(X1), RDF.type, NG.Person), (URIRef(X1), RDFS.label, Literal("Khalid", lang="en"))],
    G2: [(URIRef(X2), RDF.type, NG.Person), (URIRef(X2), RDFS.label, Literal("Ahmed", lang="en"))],
}


def _graph() -> KnowledgeGraph:
    """Both articles written, never resolved: the shared graph holds each one's description."""
    kg = KnowledgeGraph()
    rows = " ".join(f"{s.n3()} {p.n3()} {o.n3()} ." for triples in WRITTEN.values() for s, p, o in triples)
    kg.update(f"INSERT DATA {{ GRAPH <{entities_graph_iri()}> {{ {rows} }} }}")
    return kg


def _shared(kg: KnowledgeGraph) -> set[tuple[str, str, str]]:
    return set(kg.rows(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{entities_graph_iri()}> {{ ?s ?p ?o }} }}"))


def _written() -> dict[str, list[Any]]:
    return {g: [decode_triple(encode_triple(t)) for t in triples] for g, triples in WRITTEN.items()}


def _run(kg: KnowledgeGraph, step: Any, groups: list[Group], canon: dict[str, str]) -> None:
    update = _Update()
    step(kg, update, groups, canon)
    kg.update(update.text() or "INSERT DATA { }")


def test_on_a_graph_never_resolved_rebuilding_equals_moving() -> None:
    groups = [Group(G1, X1, X1, "PERSON"), Group(G2, X2, X2, "PERSON")]
    canon = {g.key: X1 for g in groups}
    moved, rebuilt = _graph(), _graph()
    _run(moved, shared_moves, groups, canon)
    _run(rebuilt, lambda *a: rebuild_shared(*a, _written()), groups, canon)
    assert _shared(moved) == _shared(rebuilt)
    labels = {(s, o) for s, p, o in _shared(rebuilt) if p.endswith("label") or p.endswith("altLabel")}
    assert labels == {(X1, "Ahmed"), (X1, "Khalid")}
    assert not any(s == X2 for s, _, _ in _shared(rebuilt))


def test_a_split_gives_each_node_its_own_articles_description() -> None:
    joined = [Group(G1, X1, X1, "PERSON"), Group(G2, X2, X2, "PERSON")]
    kg = _graph()
    _run(kg, shared_moves, joined, {g.key: X1 for g in joined})
    # A later pass keeps them apart: a2's node (now x1 in its graph) goes back to x2.
    split = [Group(G1, X1, X1, "PERSON"), Group(G2, X1, X2, "PERSON")]
    canon = {split[0].key: X1, split[1].key: X2}
    _run(kg, lambda *a: rebuild_shared(*a, _written()), split, canon)
    assert _shared(kg) == _shared(_graph())  # a build that never joined them


def test_the_index_keeps_the_last_line_of_each_graph_and_compacts(tmp_path: Path) -> None:
    rows = [encode_triple(t) for t in WRITTEN[G1]]
    append_entry(tmp_path, G1, "h1", rows)
    append_entry(tmp_path, G1, "h2", rows[:1])
    (tmp_path / "newsgraph-shared-index.jsonl").open("a").write('{"graph": "cut sh')
    entries, lines = load_index(tmp_path)
    assert entries == {G1: ("h2", rows[:1])} and lines == 3
    save_index(tmp_path, entries)
    assert load_index(tmp_path) == (entries, 1)
