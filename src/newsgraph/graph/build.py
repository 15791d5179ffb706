"""Turn one :class:`~newsgraph.types.Extraction` into one named graph.

Each article gets a named graph (:func:`~newsgraph.graph.ns.graph_iri`) that
holds what that article states: the article node and its metadata, which
entities it mentions (``ng:mentionedIn``) and the surface forms it used for
them (``skos:altLabel``), the evidence of the positions it reports, the
relations it states, and its events with their roles, dates, amounts and
evidence.

What is the same whichever article describes an entity - its type, labels,
knowledge-base aliases, ``owl:sameAs``, ``ng:isoCode``, the ``ng:locatedIn``
of a knowledge-base place, and the position nodes with ``ng:holdsPosition`` -
goes once into one shared named graph, :func:`entities_graph_iri`
(``…/id/graph/entities``). So the union of all graphs holds each of these
triples once, and SPARQL over the union needs no de-duplicated copy (Oxigraph
0.5 counts a triple once per graph that holds it, oxigraph issue #1919).

Entity nodes are shared across articles by having the same IRI, minted from
the entity id. No blank nodes are written, so serialised graphs compare
exactly. The events are written by :mod:`~newsgraph.graph.build_events`, typed literals and the
article digest come from :mod:`~newsgraph.graph.values` (both re-exported here).

Examples:
    >>> from rdflib import Dataset
    >>> from newsgraph.types import Article, Extraction
    >>> ext = Extraction(Article(id="a1", title="Hello", text="Hi.", language="en"))
    >>> g = extraction_to_graph(ext, Dataset())
    >>> (article_iri("a1"), RDF.type, NG.Article) in g
    True
    >>> str(entities_graph_iri())
    'https://w3id.org/newsgraph/id/graph/entities'
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from newsgraph.errors import GraphError
from newsgraph.graph.build_events import write_event
from newsgraph.graph.ns import (
    DEFAULT_BASE,
    GEO,
    NG,
    SCHEME_GRAPH_ID,
    WD,
    WGS84,
    article_iri,
    bind_prefixes,
    geometry_iri,
    graph_iri,
    iri,
    position_iri,
)
from newsgraph.graph.values import (
    article_digest,
    date_interval,
    date_literal,
    decimal_literal,
    number_text,
    text_literal,
)
from newsgraph.types import Entity, Extraction, Label

__all__ = [
    "extraction_to_graph",
    "extraction_graphs",
    "extraction_triples",
    "entities_graph_iri",
    "article_digest",
    "STORE",
    "date_literal",
    "date_interval",
    "decimal_literal",
    "ENTITY_CLASSES",
    "ENTITIES_GRAPH_ID",
]

#: Entity label to ontology class.
ENTITY_CLASSES: dict[str, URIRef] = {
    "PERSON": NG.Person,
    "ORGANIZATION": NG.Organization,
    "COUNTRY": NG.Country,
    "PLACE": NG.Place,
}
#: Language tag for text whose language is not known (BCP 47 "undetermined").
UNDETERMINED = "und"
#: Bookkeeping vocabulary (not part of the ontology): ``<graph> store:contentHash "sha256"``.
STORE = Namespace("https://w3id.org/newsgraph/store#")
#: The id under ``graph/`` of the shared graph of entity descriptions; no article may have it.
ENTITIES_GRAPH_ID = "entities"
#: The id under ``graph/`` of the graph of merge records (see :mod:`newsgraph.resolve`).
RESOLUTION_GRAPH_ID = "resolution"


def entities_graph_iri(base: str = DEFAULT_BASE) -> URIRef:
    """Name of the shared graph that holds entity descriptions (types, labels, links, positions).

    Examples:
        >>> entities_graph_iri("https://example.org/id/")
        rdflib.term.URIRef('https://example.org/id/graph/entities')
    """
    return graph_iri(ENTITIES_GRAPH_ID, base)


#: Triples in the order they were added, without repeats (much faster than an rdflib Graph).
TripleSet = dict[tuple[URIRef, URIRef, URIRef | Literal], None]


class _Builder:
    """Collects the triples of one article; a class only to share its context."""

    def __init__(self, ext: Extraction, graph: TripleSet, shared: TripleSet, base: str, digest: str) -> None:
        self.ext = ext
        self.digest = digest
        self.g = graph
        self.shared = shared
        self.base = base
        self.art = ext.article
        self.lang = self.art.language or UNDETERMINED
        self.article = article_iri(self.art.id, base)
        self.entities = {e.id: e for e in ext.entities}

    # ------------------------------------------------------------ helpers
    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        """A triple the article states (its own named graph)."""
        self.g[(s, p, o)] = None

    def share(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        """A triple that is the same in every article (the shared entities graph)."""
        self.shared[(s, p, o)] = None

    def text(self, value: str, lang: str | None = None) -> Literal:
        return text_literal(value, lang or self.lang)

    def sentence(self, index: int) -> str:
        if 0 <= index < len(self.ext.sentences):
            return self.ext.sentence_text(index)
        return ""

    def node(self, entity_id: str) -> URIRef:
        return iri(entity_id, self.base)

    def entity_label(self, entity_id: str, lang: str) -> str | None:
        ent = self.entities.get(entity_id)
        if ent is not None:
            labels = ent.labels
            for key in (lang, "en", *labels):
                if labels.get(key):
                    return labels[key]
        for m in self.ext.mentions:
            if m.entity_id == entity_id:
                return m.text
        return None

    # ------------------------------------------------------------ parts
    def article_node(self) -> None:
        a, art = self.article, self.art
        self.add(a, RDF.type, NG.Article)
        title = art.title or " ".join(art.text.split())[:80] or art.id
        self.add(a, RDFS.label, self.text(title))
        self.add(a, NG.kind, Literal(art.kind))
        if art.published is not None:
            self.add(a, NG.published, Literal(art.published.isoformat(), datatype=XSD.date))
        if art.url:
            self.add(a, NG.url, Literal(art.url, datatype=XSD.anyURI))
        if art.language:
            self.add(a, NG.language, Literal(art.language))
        if art.source_path:
            self.add(a, NG.sourcePath, Literal(art.source_path))
        if art.source:
            self.add(a, NG.outlet, Literal(art.source))
        if art.author:
            self.add(a, NG.author, Literal(art.author))
        if art.kind == "teaser" and art.parent_id:
            parent = article_iri(art.parent_id, self.base)
            self.add(a, NG.teaserOf, parent)
            self.add(parent, NG.hasTeaser, a)

    def referenced(self) -> list[str]:
        """Entity ids the article refers to, in first-reference order."""
        ids: list[str] = []
        ext = self.ext
        ids += [m.entity_id for m in ext.mentions if m.entity_id]
        for p in ext.positions:
            ids += [p.person] + ([p.of] if p.of else [])
        for r in ext.relations:
            ids += [r.subject, r.object]
        for ev in ext.events:
            ids += [x for holders in ev.roles.values() for x in holders]
            ids += [ev.location] if ev.location else []
        return list(dict.fromkeys(ids))

    def entity_node(self, entity_id: str, mentioned: bool) -> None:
        node = self.node(entity_id)
        ent: Entity | None = self.entities.get(entity_id)
        surfaces = [m for m in self.ext.mentions if m.entity_id == entity_id]
        label: Label | None = ent.type if ent is not None else (surfaces[0].label if surfaces else None)
        if label is not None:
            if label not in ENTITY_CLASSES:
                raise GraphError(f"entity {entity_id!r} has unknown type {label!r}")
            self.share(node, RDF.type, ENTITY_CLASSES[label])
        labels: set[tuple[str, str]] = set()
        if ent is not None:
            for lang, text in ent.labels.items():
                if text:
                    self.share(node, RDFS.label, text_literal(text, lang))
                    labels.add((lang, text))
            for lang, names in ent.aliases.items():
                for name in names:
                    if (lang, name) not in labels:
                        self.share(node, SKOS.altLabel, text_literal(name, lang))
            wikidata = ent.external_ids.get("wikidata")
            if wikidata:
                self.share(node, OWL.sameAs, WD[wikidata])
            iso = ent.external_ids.get("iso3166")
            if ent.type == "COUNTRY" and (iso or entity_id.startswith("country/")):
                self.share(node, NG.isoCode, Literal(iso or entity_id.split("/", 1)[1]))
            if ent.country and ent.country != entity_id:
                prop = NG.locatedIn if ent.type == "PLACE" else None
                if prop is not None:
                    self.share(node, prop, self.node(ent.country))
            if ent.coordinates is not None:
                self.point(entity_id, *ent.coordinates)
        in_kb = ent is not None and ent.in_kb
        # the names this article used (resolution reads them for non-KB entities); a description ("the
        # minister", «وزير الدولة») is no name: two ministers of state are not one person
        forms = [m for m in surfaces if m.kind != "description"] or surfaces
        for m in forms:
            if not in_kb or (self.lang, m.text) not in labels:
                self.add(node, SKOS.altLabel, self.text(m.text))
        if not labels and forms:
            self.share(node, RDFS.label, self.text(forms[0].text))
        if mentioned:
            self.add(node, NG.mentionedIn, self.article)

    def point(self, entity_id: str, lat: float, long: float) -> None:
        """WGS84 ``wgs:lat``/``wgs:long`` and a GeoSPARQL point geometry (shared: from the KB)."""
        node, geometry = self.node(entity_id), geometry_iri(entity_id, self.base)
        self.share(node, WGS84.lat, decimal_literal(lat))
        self.share(node, WGS84.long, decimal_literal(long))
        self.share(node, GEO.hasGeometry, geometry)
        self.share(geometry, RDF.type, GEO.Geometry)
        wkt = f"POINT({number_text(Decimal(str(long)))} {number_text(Decimal(str(lat)))})"
        self.share(geometry, GEO.asWKT, Literal(wkt, datatype=GEO.wktLiteral))

    def positions(self) -> None:
        for pos in self.ext.positions:
            node = position_iri(pos.person, pos.title, pos.of, self.base)
            lang = pos.language or self.lang
            self.share(node, RDF.type, NG.Position)
            self.share(node, RDFS.label, text_literal(pos.title, lang))
            self.share(node, NG.title, text_literal(pos.title, lang))
            if pos.of:
                self.share(node, NG.positionOf, self.node(pos.of))
            evidence = self.sentence(pos.sentence)
            if evidence:
                self.add(node, NG.evidence, self.text(evidence))
            self.add(node, NG.sentenceIndex, Literal(pos.sentence))
            if pos.inferred and pos.of:
                self.add(node, NG.inferred, Literal(True))
            if pos.status:
                self.add(node, NG.positionStatus, Literal(pos.status))
            if self.art.published is not None:  # as reported on that day
                self.add(node, NG.asOf, Literal(self.art.published.isoformat(), datatype=XSD.date))
            self.share(self.node(pos.person), NG.holdsPosition, node)

    def relations(self) -> None:
        for rel in self.ext.relations:
            prop = {"memberOf": NG.memberOf, "locatedIn": NG.locatedIn}.get(rel.predicate)
            if prop is None:
                raise GraphError(f"unknown relation {rel.predicate!r} in article {self.art.id!r}")
            triple = (self.node(rel.subject), prop, self.node(rel.object))
            if triple not in self.shared:  # a knowledge-base fact (a place's country) is shared
                self.add(*triple)

    def build(self) -> None:
        self.add(graph_iri(self.art.id, self.base), STORE.contentHash, Literal(self.digest))
        self.article_node()
        mentioned = self.referenced()
        for entity_id in mentioned:
            self.entity_node(entity_id, mentioned=True)
        for ent in self.ext.entities:
            if ent.id not in mentioned:
                # Listed but not referenced (e.g. a place's country): describe, no mentionedIn.
                if any(e.country == ent.id for e in self.ext.entities if e.id in mentioned):
                    self.entity_node(ent.id, mentioned=False)
        self.positions()
        self.relations()
        for ev in self.ext.events:
            write_event(self, ev)


def extraction_triples(
    ext: Extraction, *, base: str = DEFAULT_BASE, digest: str | None = None
) -> tuple[list[tuple[URIRef, URIRef, URIRef | Literal]], list[tuple[URIRef, URIRef, URIRef | Literal]]]:
    """The triples of one extraction as two lists: ``(article's own, shared)``; see :func:`extraction_graphs`.

    Examples:
        >>> from newsgraph.types import Article, Extraction
        >>> own, shared = extraction_triples(Extraction(Article("x", "T", "x", "en")))
        >>> own[0][1] == STORE.contentHash, shared
        (True, [])
    """
    if ext.article.id in (ENTITIES_GRAPH_ID, RESOLUTION_GRAPH_ID, SCHEME_GRAPH_ID):
        raise GraphError(f"article id {ext.article.id!r} is reserved for a graph of newsgraph's own")
    own: TripleSet = {}
    shared: TripleSet = {}
    _Builder(ext, own, shared, base, digest or article_digest(ext.article)).build()
    return list(own), list(shared)


def extraction_graphs(
    ext: Extraction, *, base: str = DEFAULT_BASE, digest: str | None = None
) -> tuple[Graph, Graph]:
    """The triples of one extraction as two plain graphs: ``(article's own, shared)``.

    The first belongs in the article's named graph, the second in
    :func:`entities_graph_iri`. Nothing is written anywhere. ``digest`` is the
    article's :func:`article_digest` (computed without settings when None).

    Raises:
        GraphError: as :func:`extraction_to_graph`, and for an article whose id
            is the shared graph's (``"entities"``).

    Examples:
        >>> from newsgraph.types import Article, Entity, Extraction
        >>> ma = Entity("country/MA", "COUNTRY", {"en": "Morocco"})
        >>> own, shared = extraction_graphs(Extraction(Article("x", "T", "Morocco.", "en"), entities=(ma,)))
        >>> len(own), len(shared)
        (5, 0)
    """
    own_triples, shared_triples = extraction_triples(ext, base=base, digest=digest)
    own, shared = Graph(), Graph()
    own.addN((s, p, o, own) for s, p, o in own_triples)
    shared.addN((s, p, o, shared) for s, p, o in shared_triples)
    return own, shared


def extraction_to_graph(
    ext: Extraction, dataset: Dataset, *, base: str = DEFAULT_BASE, digest: str | None = None
) -> Graph:
    """Add the facts of one extraction to ``dataset``: its named graph, and shared descriptions.

    The article's graph is named :func:`~newsgraph.graph.ns.graph_iri` of the
    article id; adding the same article again replaces it. Entity and position
    descriptions are added to :func:`entities_graph_iri` (set semantics, so
    adding them again changes nothing).

    Args:
        ext: the extraction of one article.
        dataset: the dataset to add to (any store).
        base: base for instance IRIs.
        digest: the article's :func:`article_digest` (default: without settings).

    Returns:
        The named graph of the article.

    Raises:
        GraphError: for unknown event types without a CAMEO code, malformed
            dates, or entity types outside :data:`ENTITY_CLASSES`.

    Examples:
        >>> from rdflib import Dataset
        >>> from newsgraph.types import Article, Extraction
        >>> ds = Dataset()
        >>> g = extraction_to_graph(Extraction(Article("x", "T", "Body.", "en")), ds)
        >>> g.identifier == graph_iri("x"), len(g)
        (True, 5)
    """
    bind_prefixes(dataset)
    name = graph_iri(ext.article.id, base)
    own, shared = extraction_graphs(ext, base=base, digest=digest)
    if len(shared):
        target = dataset.graph(entities_graph_iri(base))
        target.addN((s, p, o, target) for s, p, o in shared)
    graph = dataset.graph(name)
    graph.remove((None, None, None))
    graph.addN((s, p, o, graph) for s, p, o in own)
    return graph
