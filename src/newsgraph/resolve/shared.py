"""The shared descriptions of resolved entity nodes (types, labels, positions), moved to their cluster's node.

An entity node's description (``rdf:type``, ``rdfs:label``, ``skos:altLabel``,
``ng:holdsPosition``) lives in the shared graph. When resolution renames
nodes, the cluster's node takes the descriptions of all its members: one
``rdfs:label`` per language (the first in code-point order), the other labels
as ``skos:altLabel``, and only the positions its own articles report (a node
split by conflicting context keeps its own).

:func:`shared_moves` does this from the shared graph as it finds it, which is
right on a graph that was never resolved. A store that was resolved before
has lost which member gave which label, so it rebuilds every description
from what each article wrote (:mod:`newsgraph.graph.shared_index`) instead:
:func:`rebuild_shared` computes the descriptions a build of all the articles
at once would give and writes only the difference.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from rdflib import URIRef
from rdflib.namespace import RDFS, SKOS

from newsgraph.graph.build import entities_graph_iri
from newsgraph.graph.ns import NG
from newsgraph.resolve.read import Group

__all__ = ["rebuild_shared", "shared_moves"]


def _plan(groups: list[Group], canon: dict[str, str],
          node: Callable[[Group], str]) -> dict[str, set[str]]:
    """Canonical node -> the nodes whose descriptions it takes (itself too when it stays)."""
    targets: dict[str, set[str]] = defaultdict(set)
    for g in groups:
        targets[node(g)].add(canon[g.key])
    moving = {x: ts for x, ts in targets.items() if ts != {x}}
    sources: dict[str, set[str]] = defaultdict(set)
    for x, ts in moving.items():
        for t in ts:
            sources[t].add(x)
            if t in targets and targets[t] == {t}:
                sources[t].add(t)
    return sources


def _merge(members: Iterable[str], out: Mapping[str, Iterable[tuple[Any, Any]]], graphs: set[str],
           evidenced: Mapping[str, set[str]], value: Callable[[Any], str],
           language: Callable[[Any], str], label: Any, alt: Any) -> set[tuple[Any, Any]]:
    """The description of one cluster's node: its members' triples, the positions its own articles
    report, one ``rdfs:label`` per language (the rest ``skos:altLabel``)."""
    triples: set[tuple[Any, Any]] = set()
    for x in sorted(members):
        for p, o in out.get(x, ()):
            if value(p) == str(NG.holdsPosition) and not (evidenced.get(value(o), set()) & graphs):
                continue  # a split node keeps only the positions its own articles report
            triples.add((p, o))
    labels: dict[str, list[Any]] = defaultdict(list)
    for p, o in triples:
        if value(p) == str(RDFS.label):
            labels[language(o)].append(o)
    for values_ in labels.values():
        for extra in sorted(values_, key=value)[1:]:
            triples.discard((label, extra))
            triples.add((alt, extra))
    return triples


def _graphs_of(groups: list[Group], canon: dict[str, str]) -> dict[str, set[str]]:
    graphs_of: dict[str, set[str]] = defaultdict(set)
    for g in groups:
        graphs_of[canon[g.key]].add(g.graph)
    return graphs_of


def shared_moves(kg: Any, update: Any, groups: list[Group], canon: dict[str, str]) -> None:
    """Move the shared descriptions of renamed entity nodes to their canonical nodes (as found)."""
    shared = str(entities_graph_iri(kg.base))
    sources = _plan(groups, canon, lambda g: g.current)
    if not sources:
        return
    values = " ".join(URIRef(x).n3() for x in sorted({x for xs in sources.values() for x in xs}))
    out: dict[str, list[tuple[Any, Any]]] = defaultdict(list)
    rows = kg.query(f"SELECT ?x ?p ?o WHERE {{ GRAPH <{shared}> {{ ?x ?p ?o }} VALUES ?x {{ {values} }} }}")
    for x, p, o in rows:
        out[str(x)].append((p, o))
    evidenced: dict[str, set[str]] = defaultdict(set)  # position -> graphs that report it
    rows = kg.query(f"SELECT DISTINCT ?pos ?g WHERE {{ GRAPH <{shared}> {{ ?x ng:holdsPosition ?pos }} "
                    f"GRAPH ?g {{ ?pos ng:sentenceIndex ?i }} VALUES ?x {{ {values} }} }}")
    for pos, g in rows:
        evidenced[str(pos)].add(str(g))
    graphs_of = _graphs_of(groups, canon)
    for x in sorted({x for xs in sources.values() for x in xs}):
        for p, o in out[x]:
            update.quad(update.delete, shared, URIRef(x), p, o)
    for c in sorted(sources):
        triples = _merge(sources[c], out, graphs_of[c], evidenced, str,
                         lambda o: getattr(o, "language", None) or "", RDFS.label, SKOS.altLabel)
        for p, o in sorted(triples, key=lambda t: (str(t[0]), str(t[1]))):
            update.quad(update.insert, shared, URIRef(c), p, o)


def rebuild_shared(kg: Any, update: Any, groups: list[Group], canon: dict[str, str],
                   written: Mapping[str, list[tuple[Any, Any, Any]]]) -> None:
    """Write the descriptions a build of all articles at once would give, from ``written`` (each
    article graph's own shared triples about entities outside the knowledge base, as pyoxigraph
    terms), replacing what an earlier pass left: only the triples that differ are written."""
    import pyoxigraph

    shared = str(entities_graph_iri(kg.base))
    pure: dict[str, set[tuple[Any, Any]]] = defaultdict(set)
    for triples in written.values():
        for s, p, o in triples:
            pure[s.value].add((p, o))
    sources = _plan(groups, canon, lambda g: g.original)  # as if every node still had its own id
    moved = {x for xs in sources.values() for x in xs}
    positions = sorted({o.value for x in moved for p, o in pure.get(x, ())
                        if p.value == str(NG.holdsPosition)})
    evidenced: dict[str, set[str]] = defaultdict(set)
    if positions:
        values = " ".join(f"<{pos}>" for pos in positions)
        for pos, g in kg.rows(f"SELECT DISTINCT ?pos ?g WHERE {{ GRAPH ?g {{ ?pos ng:sentenceIndex ?i }} "
                              f"VALUES ?pos {{ {values} }} }}"):
            evidenced[pos].add(g)
    graphs_of = _graphs_of(groups, canon)
    label, alt = pyoxigraph.NamedNode(str(RDFS.label)), pyoxigraph.NamedNode(str(SKOS.altLabel))
    final: dict[str, set[tuple[Any, Any]]] = {x: set() for x in moved}
    for c in sources:
        final[c] = _merge(sources[c], pure, graphs_of[c], evidenced, lambda t: t.value,
                          lambda o: getattr(o, "language", None) or "", label, alt)
    nodes = set(pure) | moved | set(sources) | {g.current for g in groups} | {g.original for g in groups}
    for n in nodes:
        final.setdefault(n, pure.get(n, set()))
    now: dict[str, set[tuple[Any, Any]]] = defaultdict(set)
    graph = pyoxigraph.NamedNode(shared)
    for quad in kg.store_quads(graph):
        if quad.subject.value in nodes:
            now[quad.subject.value].add((quad.predicate, quad.object))
    for n in sorted(nodes):
        for p, o in sorted(now[n] - final[n], key=str):
            update.delete.append(f"GRAPH <{shared}> {{ <{n}> {p} {o} }}")
        for p, o in sorted(final[n] - now[n], key=str):
            update.insert.append(f"GRAPH <{shared}> {{ <{n}> {p} {o} }}")
