"""Turn a newsgraph RDF dataset into a networkx graph, and write it as GraphML.

Resources typed with a newsgraph class (events, persons, organizations,
countries, places, positions, monetary amounts, quantities and, on request,
articles) become nodes keyed by their IRI string (blank nodes as ``_:id``).
Links between two such resources become edges of a :class:`networkx.MultiDiGraph`
whose key, ``predicate`` and ``role`` attributes are the property's local name
(``participant``, ``location``, ``holdsPosition``...). Literals never become
nodes: they are node attributes named after the property (``date``,
``evidence``, ``value``, ``currency``, ``title``...). Labels are split by
language into ``label_en`` and ``label_ar``, and ``label`` holds the one to
show: the graph's language (the ``language`` argument, else the most common
``ng:language`` of the dataset's articles), else English, else any.

Examples:
    >>> from rdflib import Dataset, Literal, RDF, RDFS
    >>> ds = Dataset(default_union=True)
    >>> e, p = "https://example.org/e1", "https://example.org/p1"
    >>> from rdflib import URIRef
    >>> _ = ds.add((URIRef(e), RDF.type, NG.Event))
    >>> _ = ds.add((URIRef(e), NG.eventType, NGT.Meeting))
    >>> _ = ds.add((URIRef(e), NG.participant, URIRef(p)))
    >>> _ = ds.add((URIRef(p), RDF.type, NG.Person))
    >>> _ = ds.add((URIRef(p), RDFS.label, Literal("Ann", lang="en")))
    >>> g = to_networkx(ds)
    >>> g.nodes[p]["type"], g.nodes[p]["label"], g.nodes[e]["event_type"]
    ('Person', 'Ann', 'Meeting')
    >>> [(d["role"]) for _, _, d in g.edges(data=True)]
    ['participant']
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import networkx as nx
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from newsgraph.graph.ns import NG, NGT, event_type_labels
from newsgraph.io.atomic import atomic_open
from newsgraph.io.clean import xml_safe

__all__ = [
    "NODE_TYPES",
    "EDGE_PREDICATES",
    "graph_language",
    "local_name",
    "to_networkx",
    "write_graphml",
]

#: newsgraph classes that become nodes, in the order that decides a node's
#: ``type`` when a resource carries several of them.
NODE_TYPES: tuple[str, ...] = (
    "Event",
    "Person",
    "Organization",
    "Country",
    "Place",
    "Position",
    "MonetaryAmount",
    "Quantity",
    "Article",
)

#: Properties whose objects are always nodes (even when the object has no type).
EDGE_PREDICATES: tuple[str, ...] = (
    "participant",
    "agent",
    "target",
    "spokesperson",
    "location",
    "beneficiary",
    "attendee",
    "amount",
    "quantity",
    "holdsPosition",
    "positionOf",
    "memberOf",
    "locatedIn",
    "mentionedIn",
    "reportedIn",
)

_ARTICLE_LINKS = frozenset({"mentionedIn", "reportedIn"})
_LABEL_PROPS = (RDFS.label, SKOS.prefLabel)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def local_name(iri: str) -> str:
    """Return the part of ``iri`` after the last ``#`` or ``/``.

    Examples:
        >>> local_name("https://w3id.org/newsgraph/ontology#participant")
        'participant'
        >>> local_name("https://w3id.org/newsgraph/event-type/AidPledge")
        'AidPledge'
    """
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[cut + 1 :] if cut >= 0 else iri


def _node_id(term: Node) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _humanize(name: str) -> str:
    """``AidPledge`` -> ``Aid pledge``."""
    words = _CAMEL.sub(" ", name).split()
    return " ".join([words[0]] + [w.lower() for w in words[1:]]) if words else name


def _pick(labels: Mapping[str, list[str]], language: str) -> str | None:
    """The label in ``language``, else English, else untagged, else any (sorted)."""
    for lang in (language, "en", ""):
        if labels.get(lang):
            return labels[lang][0]
    for lang in sorted(labels):
        if labels[lang]:
            return labels[lang][0]
    return None


def _python_value(lit: Literal) -> str | int | float | bool:
    """A literal as a GraphML-friendly Python value (str, int, float or bool)."""
    value = lit.toPython()
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and abs(value) < 2**53 else float(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(lit)


def graph_language(dataset: Graph, default: str = "en") -> str:
    """Return the most common ``ng:language`` of the articles in ``dataset``.

    Ties go to the alphabetically first code; ``default`` when no article
    states a language.

    Examples:
        >>> from rdflib import Dataset, Literal, URIRef
        >>> ds = Dataset(default_union=True)
        >>> _ = ds.add((URIRef("urn:a1"), NG.language, Literal("ar")))
        >>> graph_language(ds), graph_language(Dataset())
        ('ar', 'en')
    """
    counts = Counter(str(o).lower() for o in dataset.objects(None, NG.language) if isinstance(o, Literal))
    if not counts:
        return default
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _collect(dataset: Graph) -> dict[Node, dict[URIRef, set[Node]]]:
    """Group the (deduplicated) triples of all named graphs by subject."""
    by_subject: dict[Node, dict[URIRef, set[Node]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in dataset.triples((None, None, None)):
        if isinstance(p, URIRef):
            by_subject[s][p].add(o)
    return by_subject


def _node_type(types: Iterable[Node], ng: str) -> str | None:
    names = {str(t)[len(ng) :] for t in types if str(t).startswith(ng)}
    return next((name for name in NODE_TYPES if name in names), None)


def _labels(props: Mapping[URIRef, set[Node]], preds: Iterable[URIRef]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for pred in preds:
        for lit in props.get(pred, ()):
            if isinstance(lit, Literal):
                out[(lit.language or "").lower()].append(str(lit))
    return {lang: sorted(set(vals)) for lang, vals in out.items()}


def to_networkx(
    dataset: Graph, *, include_articles: bool = False, language: str | None = None
) -> nx.MultiDiGraph:
    """Convert a newsgraph dataset into a directed multigraph.

    Args:
        dataset: an rdflib ``Dataset`` (with ``default_union=True``) or any
            ``Graph``; triples repeated in several named graphs count once.
        include_articles: also make ``ng:Article`` nodes, with
            ``mentionedIn``/``reportedIn`` edges to them.
        language: language of the ``label`` attribute; by default the most
            common ``ng:language`` of the articles (see :func:`graph_language`).

    Returns:
        A ``MultiDiGraph`` whose node ids are IRI strings. Node attributes:
        ``type``, ``label``, ``label_en``/``label_ar`` (and ``label_<lang>``
        for other languages), ``alt_labels``, ``same_as``, ``event_type``,
        ``event_type_label``, and one attribute per literal property (``date``,
        ``evidence``, ``value``, ``currency``, ``title``, ``published``...;
        several values are joined with `` | ``). The graph attribute
        ``language`` records the label language.

    Examples:
        >>> from rdflib import Dataset
        >>> to_networkx(Dataset()).number_of_nodes()
        0
    """
    lang = (language or graph_language(dataset)).lower()
    ng = str(NG._NS)
    by_subject = _collect(dataset)

    types: dict[Node, str] = {}
    for subject, props in by_subject.items():
        kind = _node_type(props.get(RDF.type, ()), ng)
        if kind is not None and (kind != "Article" or include_articles):
            types[subject] = kind
    # objects of structural properties are nodes even when the data leaves them untyped
    for subject, props in list(by_subject.items()):
        if subject not in types:
            continue
        for pred, objects in props.items():
            name = local_name(str(pred))
            if not str(pred).startswith(ng) or name not in EDGE_PREDICATES:
                continue
            if name in _ARTICLE_LINKS and not include_articles:
                continue
            for obj in objects:
                if isinstance(obj, URIRef | BNode) and obj not in types:
                    kinds = by_subject.get(obj, {}).get(RDF.type, set())
                    kind = _node_type(kinds, ng)
                    if kind == "Article" and not include_articles:
                        continue
                    types[obj] = kind or ("Article" if name in _ARTICLE_LINKS else "Resource")

    graph = nx.MultiDiGraph(language=lang)
    ordered = sorted(types.items(), key=lambda item: str(item[0]))  # the same graph, and pages, every run
    for subject, kind in ordered:
        graph.add_node(_node_id(subject), type=kind)

    for subject, kind in ordered:
        props = by_subject.get(subject, {})
        attrs = _node_attributes(kind, props, by_subject, lang)
        graph.nodes[_node_id(subject)].update(attrs)
        for pred, objects in sorted(props.items(), key=lambda item: str(item[0])):
            if pred == RDF.type:
                continue
            name = local_name(str(pred))
            for obj in sorted(objects, key=str):
                if obj in types:
                    graph.add_edge(_node_id(subject), _node_id(obj), key=name, predicate=name, role=name)
    return graph


def _node_attributes(
    kind: str,
    props: Mapping[URIRef, set[Node]],
    by_subject: Mapping[Node, Mapping[URIRef, set[Node]]],
    lang: str,
) -> dict[str, Any]:
    """Literal and vocabulary-valued attributes of one node."""
    attrs: dict[str, Any] = {}
    labels = _labels(props, _LABEL_PROPS)
    for code, values in labels.items():
        if code:
            attrs[f"label_{code}"] = values[0]
    alts = _labels(props, (SKOS.altLabel,))
    if alts:
        attrs["alt_labels"] = " | ".join(sorted({v for vals in alts.values() for v in vals}))
    same = sorted(str(o) for o in props.get(OWL.sameAs, ()) if isinstance(o, URIRef))
    if same:
        attrs["same_as"] = " ".join(same)
    for concept in sorted(props.get(NG.eventType, ()), key=str)[:1]:
        attrs["event_type"] = local_name(str(concept))
        concept_labels = _labels(by_subject.get(concept, {}), _LABEL_PROPS)
        if not concept_labels and str(concept).startswith(str(NGT._NS)):
            concept_labels = {k: [v] for k, v in event_type_labels(attrs["event_type"]).items()}
        attrs["event_type_label"] = _pick(concept_labels, lang) or _humanize(attrs["event_type"])
        for code in ("en", "ar"):
            if concept_labels.get(code):
                attrs[f"event_type_label_{code}"] = concept_labels[code][0]
    skip = {RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel, OWL.sameAs, NG.eventType}
    for pred, objects in props.items():
        if pred in skip:
            continue
        lits = [o for o in objects if isinstance(o, Literal)]
        if not lits:
            continue
        name = local_name(str(pred))
        if name in ("type", "label"):
            name = f"{name}_"
        if len(lits) == 1:
            attrs[name] = _python_value(lits[0])
        else:
            by_lang = _labels({pred: set(lits)}, (pred,))
            first = _pick(by_lang, lang) or str(lits[0])
            ordered = [first, *sorted({str(v) for v in lits} - {first})]
            attrs[name] = " | ".join(ordered)
    attrs["label"] = _pick(labels, lang) or _fallback_label(kind, attrs, props)
    return attrs


def _fallback_label(kind: str, attrs: Mapping[str, Any], props: Mapping[URIRef, set[Node]]) -> str:
    """A label for a node that has no ``rdfs:label``."""
    if kind == "Event":
        parts = [str(attrs.get("event_type_label", "Event")), str(attrs.get("date", ""))]
        return " ".join(p for p in parts if p)
    if kind in ("MonetaryAmount", "Quantity") and "value" in attrs:
        value = attrs["value"]
        shown = f"{value:,}" if isinstance(value, int | float) else str(value)
        return " ".join(str(p) for p in (shown, attrs.get("currency") or attrs.get("unit") or "") if p)
    if kind == "Position" and "title" in attrs:
        return str(attrs["title"]).split(" | ")[0]
    return ""


def _graphml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy without None values, with every value a str, int, float or bool, and every string
    free of what XML 1.0 forbids (:func:`~newsgraph.io.clean.xml_safe`: a graph read from a file
    has not been through the readers' cleaning)."""

    def clean(data: Mapping[str, Any]) -> dict[str, Any]:
        return {
            k: v if isinstance(v, int | float | bool) else xml_safe(str(v))
            for k, v in data.items()
            if v is not None
        }

    # In a fixed order (nodes by id, attributes by name, parallel edges by their data), so that
    # one graph always gives one file: GraphML numbers its attribute keys as it meets them.
    out = nx.MultiDiGraph(**dict(sorted(clean(graph.graph).items())))
    for node, data in sorted(graph.nodes(data=True), key=lambda nd: str(nd[0])):
        out.add_node(xml_safe(str(node)), **dict(sorted(clean(data).items())))
    edges = [(xml_safe(str(u)), xml_safe(str(v)), dict(sorted(clean(data).items())))
             for u, v, data in graph.edges(data=True)]  # fmt: skip
    for u, v, data in sorted(edges, key=lambda e: (e[0], e[1], repr(e[2]))):
        out.add_edge(u, v, **data)
    return out


def write_graphml(
    dataset: Graph,
    path: str | os.PathLike[str],
    *,
    include_articles: bool = False,
    language: str | None = None,
) -> nx.MultiDiGraph:
    """Write ``dataset`` as GraphML to ``path`` (atomically) and return the graph.

    Args:
        dataset: see :func:`to_networkx`.
        path: the ``.graphml`` file to write; its folder is created if needed.
        include_articles: see :func:`to_networkx`.
        language: see :func:`to_networkx`.

    Examples:
        >>> import tempfile, pathlib
        >>> from rdflib import Dataset
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
        >>> write_graphml(Dataset(), out).number_of_nodes()
        0
        >>> nx.read_graphml(out).number_of_nodes()
        0
    """
    graph = _graphml_safe(to_networkx(dataset, include_articles=include_articles, language=language))
    with atomic_open(path, "wb") as fh:
        nx.write_graphml(graph, fh, encoding="utf-8")
    return graph
