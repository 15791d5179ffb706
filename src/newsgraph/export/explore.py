"""The data behind the explorer pages: the shown graph, panel records, dates and focus.

Both HTML views (the graph, :mod:`newsgraph.export.html`, and the timeline,
:mod:`newsgraph.export.timeline`) draw from the same model:

- :func:`view_graph` turns a dataset into the graph of *shown* nodes (events,
  persons, organizations, countries, places), with positions folded into
  person -> country/organization edges and amounts into their event;
- :func:`node_records` gives, per shown node, what the side panel displays:
  every label by language, alternative names, type, positions, Wikidata
  links, the articles it comes from (title, date, url) and the evidence
  sentences, plus its links to other shown nodes;
- :func:`event_span` gives an event's time span (its own date, else the date
  of the earliest article reporting it);
- :func:`focus_nodes` finds the neighbourhood of a node named in any language.

All text stays plain text here; the pages insert it with ``textContent``.

Examples:
    >>> from rdflib import Dataset
    >>> view = view_graph(Dataset(), "en")
    >>> view.graph.number_of_nodes(), view.provenance.articles
    (0, {})
    >>> event_span({"date": "2022-05"}, None)
    ('2022-05-01', '2022-05-31', 'event')
"""

from __future__ import annotations

import calendar
import difflib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, SKOS, ConjunctiveGraph, Graph
from rdflib.term import Literal, Node, URIRef

from newsgraph.errors import GraphError
from newsgraph.export.networkx import to_networkx
from newsgraph.graph.ns import NG, ontology_text
from newsgraph.text import normalize_key

__all__ = [
    "SHOWN_TYPES",
    "Provenance",
    "ViewGraph",
    "event_span",
    "focus_nodes",
    "node_records",
    "select_connected",
    "style",
    "term_label",
    "view_graph",
]

#: Node types drawn by the views, in the order used for ties and the legend.
SHOWN_TYPES = ("Event", "Person", "Organization", "Country", "Place", "Resource")
_FOLDED = {"Position", "MonetaryAmount", "Quantity", "Article"}
_MAX_EVIDENCE = 12
_MAX_ARTICLES = 20
_DATE = re.compile(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@lru_cache(maxsize=1)
def style() -> dict[str, Any]:
    """``assets/style.json``: colours and shapes per type, and the pages' words per language."""
    text = resources.files("newsgraph.export").joinpath("assets").joinpath("style.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def ui_words(language: str) -> dict[str, str]:
    """The pages' own words in ``language`` (English for any word not translated)."""
    words = style()["ui"]
    return {**words["en"], **words.get(language.split("-")[0], {})}


@lru_cache(maxsize=1)
def _vocabulary_labels() -> dict[str, dict[str, str]]:
    """``rdfs:label`` by language of each ontology term, keyed by local name."""
    graph = Graph().parse(data=ontology_text(), format="turtle")
    prefix = str(NG._NS)
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for term, label in graph.subject_objects(RDFS.label):
        if str(term).startswith(prefix) and isinstance(label, Literal) and label.language:
            out[str(term)[len(prefix) :]][label.language] = str(label)
    return dict(out)


def term_label(name: str, language: str, capitalize: bool = False) -> str:
    """The ontology's label of term ``name`` (``participant``, ``Event``...) in ``language``.

    Examples:
        >>> term_label("participant", "ar"), term_label("Event", "en", capitalize=True)
        ('مشارك', 'Event')
    """
    labels = _vocabulary_labels().get(name, {})
    text = labels.get(language) or labels.get("en") or name
    return text[:1].upper() + text[1:] if capitalize and language == "en" else text


@dataclass
class Provenance:
    """Where nodes come from: articles, evidence sentences and every name."""

    #: article IRI -> {"title", "date", "url", "lang"}
    articles: dict[str, dict[str, str]] = field(default_factory=dict)
    #: node IRI -> article IRIs (``ng:reportedIn`` for events, ``ng:mentionedIn`` otherwise)
    sources: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: event IRI -> articles reporting it (``ng:reportedIn``)
    reports: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: node IRI -> {(sentence, language): article IRI or ""}
    evidence: dict[str, dict[tuple[str, str], str]] = field(default_factory=lambda: defaultdict(dict))
    #: node IRI -> [(language, name)] from rdfs:label, skos:prefLabel and skos:altLabel
    names: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))


def _quads(dataset: Graph, pred: URIRef, obj: URIRef | None = None) -> Iterable[tuple[Node, Node, str]]:
    """(subject, object, graph name) of the triples with ``pred`` (a plain Graph is one unnamed graph)."""
    if isinstance(dataset, ConjunctiveGraph):
        for s, _, o, ctx in dataset.quads((None, pred, obj, None)):
            yield s, o, str(getattr(ctx, "identifier", ctx))
    else:
        for s, _, o in dataset.triples((None, pred, obj)):
            yield s, o, ""


def _provenance(dataset: Graph) -> Provenance:
    prov = Provenance()
    graph_articles: dict[str, set[str]] = defaultdict(set)
    for article, _, ctx_name in _quads(dataset, RDF.type, NG.Article):
        graph_articles[ctx_name].add(str(article))
    def first(node: URIRef, prop: URIRef) -> str:
        values = sorted(str(v) for v in dataset.objects(node, prop) if isinstance(v, Literal))
        return values[0] if values else ""

    for iri in {a for arts in graph_articles.values() for a in arts}:
        node = URIRef(iri)
        prov.articles[iri] = {
            "title": first(node, RDFS.label) or first(node, NG.sourcePath) or iri.rsplit("/", 1)[-1],
            "date": first(node, NG.published),
            "url": first(node, NG.url),
            "lang": first(node, NG.language),
        }
    links = ((NG.reportedIn, prov.reports), (NG.reportedIn, prov.sources), (NG.mentionedIn, prov.sources))
    for link, target in links:
        for subject, article in dataset.subject_objects(link):
            target[str(subject)].add(str(article))
    for subject, text, ctx_name in _quads(dataset, NG.evidence):
        if not isinstance(text, Literal):
            continue
        key = (str(text), (text.language or "").lower())
        arts = sorted(graph_articles.get(ctx_name, ()))
        known = prov.evidence[str(subject)]
        if arts or key not in known:
            known[key] = arts[0] if arts else known.get(key, "")
    seen: set[tuple[str, str, str]] = set()
    for naming in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
        for subject, name in dataset.subject_objects(naming):
            if isinstance(name, Literal) and (str(subject), str(name), name.language or "") not in seen:
                seen.add((str(subject), str(name), name.language or ""))
                prov.names[str(subject)].append(((name.language or "").lower(), str(name)))
    return prov


@dataclass
class ViewGraph:
    """The shown graph, the rows folded into its nodes, and the provenance."""

    graph: nx.MultiDiGraph
    extra: dict[str, list[list[str]]]
    provenance: Provenance
    language: str


def view_graph(dataset: Graph, language: str) -> ViewGraph:
    """The graph of shown nodes of ``dataset``, with role-labelled edges.

    Positions become edges from the person to the country or organization,
    labelled with the title, and a "position" row of the person; amounts and
    quantities become rows of their event. Articles are not shown.
    """
    ui = ui_words(language)
    graph = to_networkx(dataset, language=language)
    extra: dict[str, list[list[str]]] = defaultdict(list)
    shown = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        if data["type"] not in _FOLDED:
            shown.add_node(node, **data)
    prov = _provenance(dataset)
    for node, data in graph.nodes(data=True):
        kind = data["type"]
        if kind == "Position":
            title = str(data.get("label") or data.get("title") or "")
            holders = [u for u, _, k in graph.in_edges(node, keys=True) if k == "holdsPosition"]
            bodies = [v for _, v, k in graph.out_edges(node, keys=True) if k == "positionOf"]
            where = ", ".join(str(graph.nodes[b].get("label", "")) for b in bodies if b in shown)
            for person in holders:
                if person not in shown:
                    continue
                extra[person].append([ui["position"], f"{title} ({where})" if where else title])
                for sentence, article in prov.evidence.get(node, {}).items():
                    prov.evidence[person].setdefault(sentence, article)
                for body in bodies:
                    if body in shown:
                        key = f"holdsPosition:{node}"
                        shown.add_edge(person, body, key=key, role="holdsPosition", label=title)
        elif kind in ("MonetaryAmount", "Quantity"):
            key = "amount" if kind == "MonetaryAmount" else "quantity"
            for event, _, _ in graph.in_edges(node, keys=True):
                if event in shown:
                    extra[event].append([ui[key], str(data.get("label", ""))])
    for u, v, key, data in graph.edges(keys=True, data=True):
        if u in shown and v in shown:
            role = str(data.get("role", key))
            shown.add_edge(u, v, key=key, role=role, label=term_label(role, language))
    return ViewGraph(shown, dict(extra), prov, language)


def select_connected(graph: nx.MultiDiGraph, max_nodes: int) -> nx.MultiDiGraph:
    """Keep the ``max_nodes`` most connected nodes (ties: events first, then by id).

    Examples:
        >>> g = nx.MultiDiGraph([("a", "b"), ("a", "c")])
        >>> nx.set_node_attributes(g, "Person", "type")
        >>> sorted(select_connected(g, 1))
        ['a']
    """
    if graph.number_of_nodes() <= max_nodes:
        return graph
    rank = {t: i for i, t in enumerate(SHOWN_TYPES)}
    order = sorted(
        graph.nodes(data=True),
        key=lambda nd: (-graph.degree(nd[0]), rank.get(nd[1]["type"], len(rank)), nd[0]),
    )
    return graph.subgraph(n for n, _ in order[: max(max_nodes, 0)]).copy()


def focus_nodes(view: ViewGraph, name: str, hops: int = 2) -> tuple[set[str], list[str]]:
    """The nodes within ``hops`` links of the node(s) named ``name``, in any language.

    Names are compared after normalisation (Arabic alef/hamza forms, ta
    marbuta, alef maqsura, diacritics and tatweel, case and punctuation):
    exact matches of any label or alternative name first, else labels that
    contain the name.

    Returns:
        The node ids, and the ids of the matched nodes.

    Raises:
        GraphError: when no node is named like ``name`` (with close names).
    """
    wanted = normalize_key(name)
    keys = {
        node: {normalize_key(text) for _, text in view.provenance.names.get(node, ())}
        | {normalize_key(str(data.get("label", "")))}
        for node, data in view.graph.nodes(data=True)
    }
    seeds = [n for n, ks in keys.items() if wanted in ks]
    if not seeds and wanted:
        word = re.compile(rf"(^| ){re.escape(wanted)}( |$)")
        seeds = [n for n, ks in keys.items() if any(word.search(k) for k in ks)]
    if not seeds:
        close = difflib.get_close_matches(wanted, sorted({k for ks in keys.values() for k in ks if k}), n=3)
        hint = f"; close names: {', '.join(close)}" if close else ""
        raise GraphError(f"no node is labelled {name!r} in any language{hint}")
    undirected = view.graph.to_undirected(as_view=True)
    found: set[str] = set()
    for seed in sorted(seeds):
        found.update(nx.single_source_shortest_path_length(undirected, seed, cutoff=max(hops, 0)))
    return found, sorted(seeds)


def event_span(data: Mapping[str, Any], reported: str | None) -> tuple[str, str, str] | None:
    """An event's first and last day, and whether the date is the event's or the report's.

    ``date`` (else ``dateFrom``) may be a day, a month or a year; without
    either, ``reported`` (the earliest publication date) is used.

    Examples:
        >>> event_span({"date": "2022-05-11"}, None)
        ('2022-05-11', '2022-05-11', 'event')
        >>> event_span({"dateFrom": "2014"}, None)
        ('2014-01-01', '2014-12-31', 'event')
        >>> event_span({}, "2022-05-12")
        ('2022-05-12', '2022-05-12', 'report')
        >>> event_span({}, None) is None
        True
    """
    for key, source in (("date", "event"), ("dateFrom", "event"), ("", "report")):
        text = str(data.get(key) or "").split(" | ")[0] if key else (reported or "")
        match = _DATE.match(text)
        if not match:
            continue
        year, month, day = match.group(1), match.group(2), match.group(3)
        if day:
            return (f"{year}-{month}-{day}",) * 2 + (source,)
        if month:
            last = calendar.monthrange(int(year), int(month))[1]
            return f"{year}-{month}-01", f"{year}-{month}-{last:02d}", source
        return f"{year}-01-01", f"{year}-12-31", source
    return None


def _sorted_names(names: Iterable[tuple[str, str]], language: str) -> list[list[str]]:
    order = {language: 0, "ar": 1, "en": 2}
    ordered = sorted(set(names), key=lambda lt: (order.get(lt[0], 3), lt[0], lt[1]))
    return [[lang, text] for lang, text in ordered]


def node_records(view: ViewGraph, nodes: Iterable[str]) -> dict[str, dict[str, Any]]:
    """What the side panel shows for each of ``nodes`` (ids of ``view.graph``).

    Keys: ``label``, ``type``, ``names`` ([language, name] pairs, labels
    first), ``alt`` (alternative names), ``event_type``, ``span`` (first
    day, last day, "event" or "report"), ``rows`` (positions, amounts),
    ``wikidata`` (links), ``articles`` ({title, date, url, lang}),
    ``evidence`` ({text, lang, article}), ``reports`` (articles reporting an
    event) and ``links`` ([role label, other node id, "out" or "in", role]).
    """
    graph, prov, lang = view.graph, view.provenance, view.language
    keep = set(nodes)
    out: dict[str, dict[str, Any]] = {}
    for node in sorted(keep):  # the same page every run: a set follows the hash seed
        data = graph.nodes[node]
        kind = str(data["type"])
        arts = sorted(prov.sources.get(node, ()), key=lambda a: (prov.articles.get(a, {}).get("date", ""), a))
        articles = [prov.articles[a] for a in arts if a in prov.articles][:_MAX_ARTICLES]
        published = sorted(prov.articles[a]["date"] for a in prov.reports.get(node, ()) if a in prov.articles
                           and prov.articles[a]["date"])
        alt_text = str(data.get("alt_labels") or "")
        alt = [t for t in alt_text.split(" | ") if t]
        names = [(la, t) for la, t in prov.names.get(node, ()) if t not in alt]
        evidence = [
            {"text": text, "lang": elang, "article": prov.articles.get(art, {}).get("title", "")}
            for (text, elang), art in sorted(prov.evidence.get(node, {}).items())
        ]
        if kind != "Event":  # an entity's evidence: what the events it takes part in were drawn from
            for other in sorted(set(graph.predecessors(node)) | set(graph.successors(node))):
                if graph.nodes[other]["type"] == "Event":
                    for (text, elang), art in sorted(prov.evidence.get(other, {}).items()):
                        title = prov.articles.get(art, {}).get("title", "")
                        item = {"text": text, "lang": elang, "article": title}
                        if item not in evidence:
                            evidence.append(item)
        links = [[str(d["label"]), v, "out", str(d["role"])] for _, v, d in graph.out_edges(node, data=True)
                 if v in keep]
        links += [[str(d["label"]), u, "in", str(d["role"])] for u, _, d in graph.in_edges(node, data=True)
                  if u in keep]
        record: dict[str, Any] = {
            "label": str(data.get("label") or node.rsplit("/", 1)[-1]),
            "type": kind,
            "names": _sorted_names(names, lang),
            "alt": alt,
            "rows": sorted(view.extra.get(node, [])),
            "wikidata": [u for u in str(data.get("same_as") or "").split() if u.startswith(("http://", "https://"))],
            "articles": articles,
            "evidence": evidence[:_MAX_EVIDENCE],
            "more_evidence": max(0, len(evidence) - _MAX_EVIDENCE),
            "links": sorted(links),
        }
        if kind == "Event":
            names_et = [str(data.get(f"event_type_label_{code}") or "") for code in (lang, "en")]
            record["event_type"] = str(data.get("event_type") or "")
            record["event_type_label"] = " / ".join(dict.fromkeys(n for n in names_et if n)) or str(
                data.get("event_type_label") or record["event_type"]
            )
            record["span"] = event_span(data, published[0] if published else None)
            record["reports"] = len(prov.reports.get(node, ()))
        out[node] = record
    return out
