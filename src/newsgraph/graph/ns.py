"""The newsgraph vocabulary and the one place where IRIs are minted.

``NG`` mirrors the terms of ``ontology/newsgraph.ttl`` as an rdflib
:class:`~rdflib.namespace.DefinedNamespace` with ``_fail = True``, so a
misspelled term raises :class:`AttributeError`; ``NGT`` holds the event-type
concepts. A test checks both against the Turtle file, and
:data:`EVENT_TYPES` against the concept scheme.

Every node of the graph gets its IRI from a function in this module, built
from ids (entity ids, article ids, event ids), never from raw mention text.
Characters that IRIs forbid are percent-encoded; letters of any script are
kept, so Arabic ids stay readable.

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

import hashlib
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.term import Node

from newsgraph.errors import GraphError

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

#: Base under which instance IRIs are minted unless a caller gives another.
DEFAULT_BASE = "https://w3id.org/newsgraph/id/"
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


# IRI path characters (RFC 3987 ipchar minus '%'), plus '/' between segments.
_ASCII_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@")
# RFC 3987 ucschar ranges: letters of every script are allowed as they are.
_UCSCHAR = (
    (0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF), (0x10000, 0x1FFFD), (0x20000, 0x2FFFD),
    (0x30000, 0x3FFFD), (0x40000, 0x4FFFD), (0x50000, 0x5FFFD), (0x60000, 0x6FFFD), (0x70000, 0x7FFFD),
    (0x80000, 0x8FFFD), (0x90000, 0x9FFFD), (0xA0000, 0xAFFFD), (0xB0000, 0xBFFFD), (0xC0000, 0xCFFFD),
    (0xD0000, 0xDFFFD), (0xE1000, 0xEFFFD),
)
# Bidirectional formatting characters, which RFC 3987 section 4.1 forbids in IRIs.
_BIDI = frozenset(chr(c) for c in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)))


def _allowed(ch: str, keep_slash: bool) -> bool:
    if ch in _ASCII_SAFE or (keep_slash and ch == "/"):
        return True
    if ch in _BIDI:
        return False
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _UCSCHAR)


@lru_cache(maxsize=65536)
def _encode(text: str, keep_slash: bool = True) -> str:
    """Percent-encode the characters of ``text`` that an IRI path cannot hold."""
    return "".join(
        ch if _allowed(ch, keep_slash) else "".join(f"%{b:02X}" for b in ch.encode("utf-8")) for ch in text
    )


@lru_cache(maxsize=64)
def _check_base(base: str) -> str:
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base) or not base.endswith(("/", "#")):
        raise GraphError(f"IRI base {base!r} must be an absolute IRI ending in '/' or '#'")
    return base


@lru_cache(maxsize=65536)
def iri(entity_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """Mint the IRI of an entity from its id.

    Args:
        entity_id: a stable id such as ``"country/MA"`` or ``"place/gn-2542997"``.
        base: the IRI that ids are resolved against; must end in ``/`` or ``#``.

    Raises:
        GraphError: when the id is empty or the base is not an absolute IRI.

    Examples:
        >>> iri("org/nato", base="http://example.org/")
        rdflib.term.URIRef('http://example.org/org/nato')
        >>> str(iri("place/a b?c"))
        'https://w3id.org/newsgraph/id/place/a%20b%3Fc'
    """
    if not entity_id or not entity_id.strip("/"):
        raise GraphError("cannot mint an IRI from an empty entity id; give every entity an id")
    return URIRef(_check_base(base) + _encode(entity_id.strip("/")))


def article_iri(article_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of an article node (slashes in the article id are encoded).

    Examples:
        >>> article_iri("a1")
        rdflib.term.URIRef('https://w3id.org/newsgraph/id/article/a1')
    """
    if not article_id:
        raise GraphError("cannot mint an IRI for an article without an id")
    return URIRef(_check_base(base) + "article/" + _encode(article_id, keep_slash=False))


def graph_iri(article_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """Name of the named graph that holds one article's facts.

    Examples:
        >>> graph_iri("a1")
        rdflib.term.URIRef('https://w3id.org/newsgraph/id/graph/a1')
    """
    if not article_id:
        raise GraphError("cannot name the graph of an article without an id")
    return URIRef(_check_base(base) + "graph/" + _encode(article_id, keep_slash=False))


def event_iri(article_id: str, event_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of an event, unique by article and event id.

    Examples:
        >>> event_iri("a1", "e2")
        rdflib.term.URIRef('https://w3id.org/newsgraph/id/article/a1/event/e2')
    """
    if not event_id:
        raise GraphError(f"an event of article {article_id!r} has no id")
    return URIRef(f"{article_iri(article_id, base)}/event/{_encode(event_id, keep_slash=False)}")


def amount_iri(article_id: str, event_id: str, index: int, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of the ``index``-th monetary amount of an event.

    Examples:
        >>> str(amount_iri("a1", "e2", 0)).rsplit("/", 4)[1:]
        ['event', 'e2', 'amount', '0']
    """
    return URIRef(f"{event_iri(article_id, event_id, base)}/amount/{int(index)}")


def quantity_iri(article_id: str, event_id: str, index: int, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of the ``index``-th quantity of an event.

    Examples:
        >>> str(quantity_iri("a1", "e2", 1)).endswith("/event/e2/quantity/1")
        True
    """
    return URIRef(f"{event_iri(article_id, event_id, base)}/quantity/{int(index)}")


def position_iri(person_id: str, title: str, of: str | None = None, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of a position held by a person.

    The same person, title (whitespace- and case-normalised) and country or
    organization give the same IRI in every article. The title enters only
    as a short hash, so no raw text ends up in the IRI.

    Examples:
        >>> a = position_iri("person/x", "Foreign  Minister", "country/IT")
        >>> a == position_iri("person/x", "foreign minister", "country/IT")
        True
        >>> str(a).startswith("https://w3id.org/newsgraph/id/position/person/x/")
        True
    """
    key = " ".join(title.split()).casefold() + "\x1f" + (of or "")
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    person = str(iri(person_id, base))[len(base) :]
    return URIRef(f"{base}position/{person}/{digest}")


def geometry_iri(entity_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of the GeoSPARQL geometry (a point) of a place.

    Examples:
        >>> str(geometry_iri("place/gn-2542997"))
        'https://w3id.org/newsgraph/id/geometry/place/gn-2542997'
    """
    return URIRef(f"{_check_base(base)}geometry/{str(iri(entity_id, base))[len(base):]}")


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
