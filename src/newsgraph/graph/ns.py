"""The newsgraph vocabulary, and the IRI minting of :mod:`newsgraph.graph.iris` re-exported.

``NG`` mirrors the terms of ``ontology/newsgraph.ttl`` as an rdflib
:class:`~rdflib.namespace.DefinedNamespace` with ``_fail = True``, so a
misspelled term raises :class:`AttributeError`; ``NGT`` holds the event-type
concepts. A test checks both against the Turtle file, and
:data:`EVENT_TYPES` against the concept scheme.

Every node of the graph gets its IRI from a function of
:mod:`~newsgraph.graph.iris` (``iri``, ``event_iri``...), which this module
re-exports; the event-type concepts and the scheme graph are named here.

Examples:
    >>> NG.Event
    rdflib.term.URIRef('https://w3id.org/newsgraph/ontology#Event')
    >>> iri("country/MA")
    rdflib.term.URIRef('https://w3id.org/newsgraph/id/country/MA')
    >>> str(iri("person/ناصر بوريطة"))
    'https://w3id.org/newsgraph/id/person/ناصر%20بوريطة'
    >>> EVENT_TYPES["Meeting"], EVENT_TYPES["Founding"]
    ('04', None)
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.term import Node

from newsgraph.errors import GraphError
from newsgraph.graph.iris import (
    DEFAULT_BASE,
    amount_iri,
    article_iri,
    event_iri,
    geometry_iri,
    graph_iri,
    iri,
    position_iri,
    quantity_iri,
)

__all__ = [
    "NG",
    "NGT",
    "SCHEMA",
    "WD",
    "DCTERMS",
    "WGS84",
    "GEO",
    "SCHEME_GRAPH_ID",
    "DEFAULT_BASE",
    "ONTOLOGY_IRI",
    "EVENT_TYPES",
    "CAMEO_ROOTS",
    "ROLES",
    "bind_prefixes",
    "iri",
    "article_iri",
    "event_iri",
    "graph_iri",
    "position_iri",
    "geometry_iri",
    "scheme_graph_iri",
    "amount_iri",
    "quantity_iri",
    "event_type_iri",
    "event_type_labels",
    "ontology_text",
    "shapes_text",
    "scheme_triples",
]

#: IRI of the ontology document itself.
ONTOLOGY_IRI = URIRef("https://w3id.org/newsgraph/ontology")

SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
ORG = Namespace("http://www.w3.org/ns/org#")
#: W3C WGS84 basic geo vocabulary (``geo:lat``, ``geo:long``).
WGS84 = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
#: OGC GeoSPARQL (``geo:hasGeometry``, ``geo:asWKT``, ``geo:wktLiteral``).
GEO = Namespace("http://www.opengis.net/ont/geosparql#")


class NG(DefinedNamespace):
    """The newsgraph ontology (``ontology/newsgraph.ttl``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/newsgraph/ontology#")

    # classes
    Article: URIRef
    Event: URIRef
    Organization: URIRef
    Country: URIRef
    Place: URIRef
    Person: URIRef
    Position: URIRef
    MonetaryAmount: URIRef
    Quantity: URIRef
    Merge: URIRef
    # object properties
    eventType: URIRef
    participant: URIRef
    agent: URIRef
    target: URIRef
    spokesperson: URIRef
    beneficiary: URIRef
    attendee: URIRef
    location: URIRef
    amount: URIRef
    quantity: URIRef
    holdsPosition: URIRef
    inferred: URIRef
    locationInferred: URIRef
    positionOf: URIRef
    memberOf: URIRef
    locatedIn: URIRef
    mentionedIn: URIRef
    reportedIn: URIRef
    hasTeaser: URIRef
    teaserOf: URIRef
    relatedEvent: URIRef
    partOf: URIRef
    canonical: URIRef
    # datatype properties
    date: URIRef
    dateStart: URIRef
    dateEnd: URIRef
    dateFrom: URIRef
    value: URIRef
    currency: URIRef
    unit: URIRef
    qualifier: URIRef
    quantityKind: URIRef
    title: URIRef
    positionStatus: URIRef
    asOf: URIRef
    evidence: URIRef
    sentenceIndex: URIRef
    trigger: URIRef
    published: URIRef
    url: URIRef
    language: URIRef
    sourcePath: URIRef
    outlet: URIRef
    author: URIRef
    kind: URIRef
    isoCode: URIRef
    cameoCode: URIRef
    originalIri: URIRef
    mergedIri: URIRef
    method: URIRef
    confidence: URIRef


class NGT(DefinedNamespace):
    """Event-type concepts: CAMEO roots ``Cameo01``..``Cameo20`` and finer types."""

    _fail = True
    _NS = Namespace("https://w3id.org/newsgraph/event-type/")

    Cameo01: URIRef
    Cameo02: URIRef
    Cameo03: URIRef
    Cameo04: URIRef
    Cameo05: URIRef
    Cameo06: URIRef
    Cameo07: URIRef
    Cameo08: URIRef
    Cameo09: URIRef
    Cameo10: URIRef
    Cameo11: URIRef
    Cameo12: URIRef
    Cameo13: URIRef
    Cameo14: URIRef
    Cameo15: URIRef
    Cameo16: URIRef
    Cameo17: URIRef
    Cameo18: URIRef
    Cameo19: URIRef
    Cameo20: URIRef
    Meeting: URIRef
    Visit: URIRef
    Statement: URIRef
    Appeal: URIRef
    AidPledge: URIRef
    Agreement: URIRef
    Sanction: URIRef
    Attack: URIRef
    Bombing: URIRef
    Arrest: URIRef
    Protest: URIRef
    Election: URIRef
    Founding: URIRef
    Threat: URIRef
    Investigation: URIRef
    Negotiation: URIRef
    Call: URIRef
    Sentence: URIRef
    Ceasefire: URIRef
    Vote: URIRef


#: Fine event types (the ``Event.type`` strings) and their CAMEO root code, or
#: None where CAMEO has no root for them. Checked against the TTL by a test.
EVENT_TYPES: Mapping[str, str | None] = MappingProxyType(
    {
        "Meeting": "04",
        "Visit": "04",
        "Statement": "01",
        "Appeal": "02",
        "AidPledge": "07",
        "Agreement": "05",
        "Sanction": "16",
        "Attack": "18",
        "Bombing": "18",
        "Arrest": "17",
        "Protest": "14",
        "Election": None,
        "Founding": None,
        "Threat": "13",
        "Investigation": "09",
        "Negotiation": "04",
        "Call": "04",
        "Sentence": "17",
        "Ceasefire": "08",
        "Vote": None,
    }
)

#: CAMEO root code to the local name of its concept.
CAMEO_ROOTS: Mapping[str, str] = MappingProxyType({f"{i:02d}": f"Cameo{i:02d}" for i in range(1, 21)})

#: ``Event.roles`` keys to the property that links an event to the role holder.
#: Roles not listed here are written as plain ``ng:participant``.
ROLES: Mapping[str, URIRef] = MappingProxyType(
    {
        "participant": NG.participant,
        "agent": NG.agent,
        "target": NG.target,
        "spokesperson": NG.spokesperson,
        "beneficiary": NG.beneficiary,
        "attendee": NG.attendee,
    }
)

_PREFIXES: dict[str, Namespace] = {
    "ng": Namespace(str(NG._NS)),
    "ngt": Namespace(str(NGT._NS)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "skos": Namespace(str(SKOS)),
    "xsd": Namespace(str(XSD)),
    "schema": SCHEMA,
    "wd": WD,
    "prov": Namespace(str(PROV)),
    "dcterms": DCTERMS,
    "wgs": WGS84,
    "geo": GEO,
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the newsgraph prefixes on ``graph`` (or Dataset) and return it.

    Binds ng, ngt, rdf, rdfs, owl, skos, xsd, schema, wd, prov and dcterms,
    replacing any other binding of those prefixes.

    Examples:
        >>> g = bind_prefixes(Graph())
        >>> dict(g.namespaces())["ng"]
        rdflib.term.URIRef('https://w3id.org/newsgraph/ontology#')
    """
    for prefix, ns in _PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


#: The id under ``graph/`` of the graph that holds the event-type scheme (copied from the ontology).
SCHEME_GRAPH_ID = "event-types"


def scheme_graph_iri(base: str = DEFAULT_BASE) -> URIRef:
    """Name of the graph that holds the event-type scheme (SKOS concepts with ``ng:cameoCode``).

    Examples:
        >>> str(scheme_graph_iri())
        'https://w3id.org/newsgraph/id/graph/event-types'
    """
    return graph_iri(SCHEME_GRAPH_ID, base)


def event_type_iri(name: str) -> URIRef:
    """The concept for an event type name or a CAMEO root name (``"Cameo04"``).

    Raises:
        GraphError: for a name that is not in the scheme.

    Examples:
        >>> event_type_iri("AidPledge")
        rdflib.term.URIRef('https://w3id.org/newsgraph/event-type/AidPledge')
    """
    if name in EVENT_TYPES or name in CAMEO_ROOTS.values():
        return URIRef(str(NGT._NS) + name)
    raise GraphError(
        f"unknown event type {name!r}; use one of {', '.join(EVENT_TYPES)} or Cameo01..Cameo20"
    )


def _data_file(name: str) -> str:
    path = resources.files("newsgraph").joinpath("ontology").joinpath(name)
    return path.read_text(encoding="utf-8")


def ontology_text() -> str:
    """The Turtle text of ``ontology/newsgraph.ttl`` (package data)."""
    return _data_file("newsgraph.ttl")


def shapes_text() -> str:
    """The Turtle text of ``ontology/shapes.ttl`` (package data)."""
    return _data_file("shapes.ttl")


@lru_cache(maxsize=1)
def scheme_triples() -> tuple[tuple[URIRef, URIRef, Node], ...]:
    """The event-type scheme of the ontology: every triple about ``ngt:`` and its concepts.

    Exports carry these (in the graph :func:`scheme_graph_iri`), so a query over
    an exported file alone can use ``ng:cameoCode`` and the types' labels.

    Examples:
        >>> from rdflib import Literal
        >>> triples = scheme_triples()
        >>> (NGT.Meeting, NG.cameoCode, Literal("04")) in triples
        True
        >>> all(str(s).startswith(str(NGT._NS)) for s, _, _ in triples)
        True
    """
    graph = Graph().parse(data=ontology_text(), format="turtle")
    prefix = str(NGT._NS)
    return tuple(sorted((s, p, o) for s, p, o in graph  # type: ignore[misc]
                        if isinstance(s, URIRef) and str(s).startswith(prefix)))


@lru_cache(maxsize=1)
def _type_labels() -> dict[str, dict[str, str]]:
    graph = Graph().parse(data=ontology_text(), format="turtle")
    out: dict[str, dict[str, str]] = {}
    prefix = str(NGT._NS)
    for concept, label in graph.subject_objects(SKOS.prefLabel):
        lang = getattr(label, "language", None)
        if str(concept).startswith(prefix) and lang:
            out.setdefault(str(concept)[len(prefix) :], {})[lang] = str(label)
    return out


def event_type_labels(name: str) -> Mapping[str, str]:
    """Preferred labels of an event type by language, read from the ontology once.

    Examples:
        >>> event_type_labels("Meeting")["en"]
        'Meeting'
    """
    return MappingProxyType(_type_labels().get(name, {}))
