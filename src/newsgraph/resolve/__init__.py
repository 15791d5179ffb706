"""Resolution: one node per real-world person, organization, place and event, across articles and languages.

Extraction names each thing per article: a knowledge-base id where the
knowledge base knows it (``country/MA``, ``org/nato``, ``place/gn-2542997``
are the same in every article and language), otherwise an id made from the
name as the article wrote it (``person/ناصر-بوريطه``), and an article-scoped
IRI for each event. :func:`resolve_graph` then works over the whole graph:

1. entity groups (what one article says about one non-knowledge-base
   entity) are linked by name, across scripts by romanisation, and vetoed
   by conflicting context (:mod:`newsgraph.resolve.entities`);
2. event groups are linked by kind, dates, place and shared participants,
   or, for the stories two articles tell, by the names both articles use
   (:mod:`newsgraph.resolve.events`);
3. each cluster gets one IRI, chosen from its members' own ids by a fixed
   rule, so the result does not depend on the order articles came in;
4. one SPARQL Update (one transaction on Oxigraph) renames the nodes inside
   each article's named graph, records the id each article had given
   (``ng:originalIri``), moves the entity descriptions of the shared graph,
   and rewrites the graph :func:`resolution_graph_iri`, which holds one
   ``ng:Merge`` per link with its method, evidence and confidence.

Each article's evidence and roles stay in its own named graph; only the
node they are about is shared. Running it again on a resolved graph changes
nothing, and adding articles and running it again gives the graph a build
of all articles at once would give.

Examples:
    >>> from newsgraph.graph import KnowledgeGraph
    >>> from newsgraph.types import Article, Entity, Extraction, Mention
    >>> kg = KnowledgeGraph()
    >>> for aid, name, lang in [("a1", "ناصر بوريطة", "ar"), ("a2", "Nasser Bourita", "en")]:
    ...     pid = "person/" + aid
    ...     mention = Mention(0, len(name), name, "PERSON", pid, 0)
    ...     entity = Entity(pid, "PERSON", {lang: name})
    ...     kg.add(Extraction(Article(aid, "T", name, lang), ((0, len(name)),), (mention,), (entity,)))
    >>> report = resolve_graph(kg)
    >>> report.entity_nodes_before, report.entity_nodes_after
    (2, 1)
"""

from __future__ import annotations

import gc
import hashlib
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from newsgraph.graph.build import RESOLUTION_GRAPH_ID, STORE, decimal_literal
from newsgraph.graph.ns import NG, graph_iri
from newsgraph.graph.shared_index import decode_triple, load_index, save_index
from newsgraph.resolve.cluster import Link, cluster
from newsgraph.resolve.entities import entity_allowed, entity_links
from newsgraph.resolve.events import event_allowed, event_links
from newsgraph.resolve.kept import load_groups, save_groups
from newsgraph.resolve.names import FORMS_FILE, known_forms, load_forms, save_forms
from newsgraph.resolve.read import (
    EventGroup,
    Group,
    located_in,
    read_entity_groups,
    read_event_groups,
    read_mentions,
)
from newsgraph.resolve.shared import rebuild_shared, shared_moves

__all__ = ["RESOLUTION_GRAPH_ID", "ResolutionReport", "is_resolved", "resolution_graph_iri", "resolve_graph"]

def resolution_graph_iri(base: str) -> URIRef:
    """Name of the graph that holds the ``ng:Merge`` records."""
    return graph_iri(RESOLUTION_GRAPH_ID, base)


@dataclass
class ResolutionReport:
    """What a resolution pass did."""

    entity_groups: int = 0
    entity_nodes_before: int = 0
    entity_nodes_after: int = 0
    event_groups: int = 0
    event_nodes_before: int = 0
    event_nodes_after: int = 0
    renamed: int = 0
    merges: list[Link[str]] = field(default_factory=list)
    near_misses: list[Link[str]] = field(default_factory=list)
    vetoed: list[Link[str]] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict[str, object]:
        """A JSON-ready summary."""
        return {
            "entity_nodes_before": self.entity_nodes_before,
            "entity_nodes_after": self.entity_nodes_after,
            "event_nodes_before": self.event_nodes_before,
            "event_nodes_after": self.event_nodes_after,
            "merges": len(self.merges),
            "renamed_groups": self.renamed,
            "seconds": round(self.seconds, 3),
        }


def _content_hashes(kg: Any) -> dict[str, str]:
    """Article graph -> its content hash."""
    return dict(kg.rows(f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g {STORE.contentHash.n3()} ?h }} }}"))


def _articles_digest(kg: Any, hashes: dict[str, str] | None = None) -> str:
    """A hash of every article graph's content hash: what a resolution pass was run over."""
    found = sorted((_content_hashes(kg) if hashes is None else hashes).values())
    return hashlib.sha256(" ".join(found).encode()).hexdigest()


def _written(folder: Any, hashes: dict[str, str]) -> dict[str, list[tuple[Any, Any, Any]]] | None:
    """Each article graph's own shared triples about entities outside the knowledge base, from the
    store's index (:mod:`newsgraph.graph.shared_index`); None unless every article has its line.
    Lines of articles replaced or gone are dropped from the file."""
    entries, lines = load_index(folder)
    current = {g: entries[g] for g in hashes if g in entries and entries[g][0] == hashes[g]}
    if current and (len(current) < len(entries) or lines > len(entries)):
        save_index(folder, current)
    if len(current) < len(hashes):
        return None
    return {g: [decode_triple(row) for row in rows] for g, (_, rows) in current.items()}


def _mark(kg: Any) -> str | None:
    """The hash the last resolution pass recorded (of the content hashes it ran over), or None."""
    graph = resolution_graph_iri(kg.base)
    rows = kg.rows(f"SELECT ?d WHERE {{ GRAPH <{graph}> {{ <{graph}> {STORE.resolvedOver.n3()} ?d }} }}")
    return rows[0][0] if rows else None


def is_resolved(kg: Any) -> bool:
    """True when the last resolution pass of ``kg`` ran over exactly the articles it holds now.

    A build killed during its resolution pass (one transaction) leaves this
    False, so the next build resolves even when no article changed.
    """
    graph = resolution_graph_iri(kg.base)
    marker = STORE.resolvedOver.n3()
    rows = list(kg.query(f"SELECT ?d WHERE {{ GRAPH <{graph}> {{ <{graph}> {marker} ?d }} }}"))
    return bool(rows) and str(rows[0][0]) == _articles_digest(kg)


def _rank(iri: str, count: int) -> tuple[bool, int, str]:
    """Preference among the ids of one cluster: a Latin-script id, the most used, then the smallest."""
    return (not unquote(iri).isascii(), -count, iri)


def _entity_canonicals(clusters: list[set[str]], index: dict[str, Group]) -> dict[str, str]:
    taken: set[str] = set()
    out: dict[str, str] = {}
    for members in sorted(clusters, key=lambda m: (-len(m), min(m))):
        counts: dict[str, int] = defaultdict(int)
        for key in members:
            counts[index[key].original] += 1
        ranked = sorted(counts, key=lambda iri: _rank(iri, counts[iri]))
        choice = next((iri for iri in ranked if iri not in taken), None)
        if choice is None:  # a node split by conflicting context: qualify its id
            countries = sorted({c.rsplit("/", 1)[-1] for k in members for c in index[k].countries})
            graphs = {index[k].graph for k in members}
            # One article's own node (a person named by one word) is named after its article: the
            # id stays when articles are added.
            own = graphs.pop().rsplit("/", 1)[-1] if len(graphs) == 1 else ""
            suffix = own or "-".join(countries).lower() or "2"
            choice = f"{ranked[0]}-{suffix}"
            n = 2
            while choice in taken:
                choice, n = f"{ranked[0]}-{suffix}{n}", n + 1
        taken.add(choice)
        for key in members:
            out[key] = choice
    return out


def _event_canonicals(clusters: list[set[str]], index: dict[str, EventGroup]) -> dict[str, str]:
    out: dict[str, str] = {}
    for members in clusters:
        choice = min(index[k].original for k in members)
        for key in members:
            out[key] = choice
    return out


class _Update:
    """Collects the operations of one SPARQL Update request."""

    def __init__(self) -> None:
        self.ops: list[str] = []
        self.delete: list[str] = []
        self.insert: list[str] = []

    def rename(self, graph: str, old: str, new: str) -> None:
        g, o, n = URIRef(graph).n3(), URIRef(old).n3(), URIRef(new).n3()
        self.ops.append(f"DELETE {{ GRAPH {g} {{ {o} ?p ?v }} }} INSERT {{ GRAPH {g} {{ {n} ?p ?v }} }} "
                        f"WHERE {{ GRAPH {g} {{ {o} ?p ?v }} }}")
        self.ops.append(f"DELETE {{ GRAPH {g} {{ ?s ?p {o} }} }} INSERT {{ GRAPH {g} {{ ?s ?p {n} }} }} "
                        f"WHERE {{ GRAPH {g} {{ ?s ?p {o} }} }}")

    def quad(self, target: list[str], graph: str, s: Any, p: Any, o: Any) -> None:
        target.append(f"GRAPH {URIRef(graph).n3()} {{ {s.n3()} {p.n3()} {o.n3()} }}")

    def text(self) -> str:
        parts = []
        if self.delete:
            parts.append("DELETE DATA { " + " ".join(self.delete) + " }")
        parts += self.ops
        if self.insert:
            parts.append("INSERT DATA { " + " ".join(self.insert) + " }")
        return " ;\n".join(parts)


def _records(update: _Update, base: str, links: list[Link[str]], canon: dict[str, str],
             originals: dict[str, str], digest: str) -> None:
    graph = str(resolution_graph_iri(base))
    update.ops.append(f"DROP SILENT GRAPH <{graph}>")
    update.quad(update.insert, graph, URIRef(graph), STORE.resolvedOver, Literal(digest))
    for link in links:
        a, b = sorted((originals[link.a], originals[link.b]))
        if a == b:
            continue
        node = URIRef(f"{base}merge/{hashlib.sha1(f'{a} {b}'.encode()).hexdigest()[:16]}")
        update.quad(update.insert, graph, node, RDF.type, NG.Merge)
        update.quad(update.insert, graph, node, NG.canonical, URIRef(canon[link.a]))
        for iri in (a, b):
            update.quad(update.insert, graph, node, NG.mergedIri, Literal(iri, datatype=XSD.anyURI))
        update.quad(update.insert, graph, node, NG.method, Literal(link.method))
        update.quad(update.insert, graph, node, NG.confidence, decimal_literal(link.score))
        update.quad(update.insert, graph, node, NG.evidence, Literal(link.evidence, lang="en"))


def _renames(update: _Update, groups: list[Group | EventGroup], canon: dict[str, str]) -> int:
    """Rename each group's node in its article graph to its cluster's IRI; return how many moved.

    The renames of one graph happen at once: when a node takes the IRI another node of the same
    graph is leaving (a graph resolved before, whose clusters changed), the nodes first move to
    temporary IRIs, or the two would become one node.
    """
    moves = [(g, canon[g.key]) for g in groups if canon[g.key] != g.current]
    leaving: dict[str, set[str]] = defaultdict(set)
    for g, _ in moves:
        leaving[g.graph].add(g.current)
    clash = {g.graph for g, new in moves if new in leaving[g.graph]}
    later: list[tuple[str, str, str]] = []
    stale: list[str] = []
    for g, new in moves:
        if g.graph in clash:
            temporary = f"urn:newsgraph:renaming:{hashlib.sha1(g.current.encode()).hexdigest()}"
            update.rename(g.graph, g.current, temporary)
            later.append((g.graph, temporary, new))
        else:
            update.rename(g.graph, g.current, new)
        record = Literal(g.original, datatype=XSD.anyURI)
        if g.original == g.current:
            update.quad(update.insert, g.graph, URIRef(new), NG.originalIri, record)
        elif g.original == new:
            triple = f"<{new}> {NG.originalIri.n3()} {record.n3()}"
            stale.append(f"DELETE DATA {{ GRAPH <{g.graph}> {{ {triple} }} }}")
    for graph, temporary, new in later:
        update.rename(graph, temporary, new)
    update.ops += stale
    return len(moves)


def resolve_graph(kg: Any) -> ResolutionReport:
    """Resolve the entities and events of ``kg`` (a :class:`~newsgraph.graph.KnowledgeGraph`) in place.

    Returns:
        A :class:`ResolutionReport` with node counts before and after, the
        merges made (links with method, score and evidence), near misses
        and vetoed links.
    """
    # Tens of thousands of groups, sets and links, none in a cycle: the collector would only
    # scan them again and again (about 0.6 s on a 2,000-article store).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _resolve(kg)
    finally:
        if enabled:
            gc.enable()


def _resolve(kg: Any) -> ResolutionReport:
    start = time.perf_counter()
    report = ResolutionReport()
    folder = getattr(kg, "path", None)
    hashes = _content_hashes(kg)
    kept_groups: list[Group] = []
    kept_events: list[EventGroup] = []
    fresh: set[str] | None = None  # the article graphs to read (None: all)
    if folder is not None:  # an on-disk store: the names romanised in earlier runs need no model,
        kept = load_forms(folder / FORMS_FILE)
        # and the groups of the articles its last pass read need not be read again
        kept_groups, kept_events, fresh = load_groups(folder, _mark(kg), hashes)
        fresh = fresh if kept_groups or kept_events else None
    mentioned = read_mentions(kg, fresh)  # both kinds of group need it: one read
    groups = sorted([*kept_groups, *read_entity_groups(kg, mentioned, fresh)], key=lambda g: g.key)
    index = {g.key: g for g in groups}
    links = entity_links(groups, report.near_misses)
    clusters, used = cluster(index, links, entity_allowed(index), str)
    canon = _entity_canonicals(clusters, index)
    joined = set(used)
    report.vetoed = [lk for lk in links
                     if lk not in joined and canon[lk.a] != canon[lk.b] and lk.method != "same-id"]
    report.entity_groups = len(groups)
    report.entity_nodes_before = len({g.current for g in groups})
    report.entity_nodes_after = len(set(canon.values()))
    holder = {(g.graph, g.current): canon[g.key] for g in groups}

    events = sorted([*kept_events, *read_event_groups(kg, mentioned, fresh)], key=lambda e: e.key)
    for e in events:
        e.holders = {holder.get((e.graph, h), h) for h in e.holders}
        e.targets = {holder.get((e.graph, h), h) for h in e.targets}
        e.context = {holder.get((e.graph, h), h) for h in e.context}
        if e.location is not None:
            e.location = holder.get((e.graph, e.location), e.location)
    eindex = {e.key: e for e in events}
    within = located_in(kg)
    elinks = event_links(events, within)
    eclusters, eused = cluster(eindex, elinks, event_allowed(eindex, within), str)
    ecanon = _event_canonicals(eclusters, eindex)
    report.event_groups = len(events)
    report.event_nodes_before = len({e.current for e in events})
    report.event_nodes_after = len(set(ecanon.values()))

    update = _Update()
    report.renamed = _renames(update, [*groups, *events], {**canon, **ecanon})
    written = None if folder is None else _written(folder, hashes)
    if written is None:
        shared_moves(kg, update, groups, canon)
    else:  # a store that was resolved before: rebuilt from what each article wrote
        rebuild_shared(kg, update, groups, canon, written)
    merges = [lk for lk in used + eused if lk.method != "same-id"]
    originals = {**{k: g.original for k, g in index.items()}, **{k: e.original for k, e in eindex.items()}}
    mark = _articles_digest(kg, hashes)
    _records(update, kg.base, merges, {**canon, **ecanon}, originals, mark)
    report.merges = merges
    kg.update(update.text())
    if folder is not None:
        if set(known_forms()) != kept:
            save_forms(folder / FORMS_FILE, known_forms())
        for g in groups:  # as the next pass would read them back
            g.current = canon[g.key]
        for e in events:
            e.current = ecanon[e.key]
        save_groups(folder, mark, hashes, groups, events)
    report.seconds = time.perf_counter() - start
    return report
