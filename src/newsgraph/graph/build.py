"""Turn one :class:`~newsgraph.types.Extraction` into one named graph.

Each article gets a named graph (:func:`~newsgraph.graph.ns.graph_iri`) that
holds everything read from it: the article node, the entities it refers to
(with labels, aliases, surface forms and links), positions, relations and
events with their roles, dates, amounts and evidence. Entity nodes are
shared across articles only by having the same IRI, minted from the entity
id. No blank nodes are written, so serialised graphs compare exactly.

Examples:
    >>> from rdflib import Dataset
    >>> from newsgraph.types import Article, Extraction
    >>> ext = Extraction(Article(id="a1", title="Hello", text="Hi.", language="en"))
    >>> g = extraction_to_graph(ext, Dataset())
    >>> (article_iri("a1"), RDF.type, NG.Article) in g
    True
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from newsgraph.errors import GraphError
from newsgraph.graph.ns import (
    CAMEO_ROOTS,
    DEFAULT_BASE,
    NG,
    ROLES,
    WD,
    amount_iri,
    article_iri,
    bind_prefixes,
    event_iri,
    event_type_iri,
    event_type_labels,
    graph_iri,
    iri,
    position_iri,
    quantity_iri,
)
from newsgraph.types import Amount, DateValue, Entity, Event, Extraction, Label

__all__ = ["extraction_to_graph", "date_literal", "decimal_literal", "ENTITY_CLASSES"]

log = logging.getLogger(__name__)

#: Entity label to ontology class.
ENTITY_CLASSES: dict[str, URIRef] = {
    "PERSON": NG.Person,
    "ORGANIZATION": NG.Organization,
    "COUNTRY": NG.Country,
    "PLACE": NG.Place,
}
_DATATYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
_SEPARATOR = {"ar": "، ", "fa": "، ", "ur": "، "}
_LABEL_LANGUAGES = ("en", "ar")
#: Language tag for text whose language is not known (BCP 47 "undetermined").
UNDETERMINED = "und"


def date_literal(value: DateValue) -> Literal:
    """A date typed by its precision: xsd:date, xsd:gYearMonth or xsd:gYear.

    Raises:
        GraphError: when the value does not match its precision.

    Examples:
        >>> date_literal(DateValue("2022-05", "month")).datatype == XSD.gYearMonth
        True
    """
    pattern = {"day": 3, "month": 2, "year": 1}.get(value.precision)
    parts = value.value.split("-")
    if pattern is None or len(parts) != pattern or not all(p.isdigit() for p in parts):
        raise GraphError(f"date {value.value!r} does not match precision {value.precision!r}")
    return Literal(value.value, datatype=_DATATYPES[value.precision])


def decimal_literal(value: Decimal | int | float | str) -> Literal:
    """An xsd:decimal in canonical form, which survives every RDF syntax unchanged.

    Examples:
        >>> str(decimal_literal(Decimal("7E+8")))
        '700000000.0'
        >>> str(decimal_literal("2.50"))
        '2.5'
    """
    text = format(Decimal(str(value)), "f")
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0") or "0"
    if whole in ("-0", "") and frac == "0":
        whole = "0"
    text = f"{whole}.{frac}"
    return Literal(text, datatype=XSD.decimal)


def _number_text(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class _Builder:
    """Collects the triples of one article; a class only to share its context."""

    def __init__(self, ext: Extraction, graph: Graph, base: str) -> None:
        self.ext = ext
        self.g = graph
        self.base = base
        self.art = ext.article
        self.lang = self.art.language or UNDETERMINED
        self.article = article_iri(self.art.id, base)
        self.entities = {e.id: e for e in ext.entities}

    # ------------------------------------------------------------ helpers
    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.g.add((s, p, o))

    def text(self, value: str, lang: str | None = None) -> Literal:
        return Literal(value, lang=lang or self.lang)

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
            self.add(node, RDF.type, ENTITY_CLASSES[label])
        labels: set[tuple[str, str]] = set()
        if ent is not None:
            for lang, text in ent.labels.items():
                if text:
                    self.add(node, RDFS.label, Literal(text, lang=lang))
                    labels.add((lang, text))
            for lang, names in ent.aliases.items():
                for name in names:
                    if (lang, name) not in labels:
                        self.add(node, SKOS.altLabel, Literal(name, lang=lang))
            wikidata = ent.external_ids.get("wikidata")
            if wikidata:
                self.add(node, OWL.sameAs, WD[wikidata])
            iso = ent.external_ids.get("iso3166")
            if ent.type == "COUNTRY" and (iso or entity_id.startswith("country/")):
                self.add(node, NG.isoCode, Literal(iso or entity_id.split("/", 1)[1]))
            if ent.country and ent.country != entity_id:
                prop = NG.locatedIn if ent.type == "PLACE" else None
                if prop is not None:
                    self.add(node, prop, self.node(ent.country))
        for m in surfaces:
            if (self.lang, m.text) not in labels:
                self.add(node, SKOS.altLabel, self.text(m.text))
        if not labels and surfaces:
            self.add(node, RDFS.label, self.text(surfaces[0].text))
        if mentioned:
            self.add(node, NG.mentionedIn, self.article)

    def positions(self) -> None:
        for pos in self.ext.positions:
            node = position_iri(pos.person, pos.title, pos.of, self.base)
            lang = pos.language or self.lang
            self.add(node, RDF.type, NG.Position)
            self.add(node, RDFS.label, Literal(pos.title, lang=lang))
            self.add(node, NG.title, Literal(pos.title, lang=lang))
            if pos.of:
                self.add(node, NG.positionOf, self.node(pos.of))
            evidence = self.sentence(pos.sentence)
            if evidence:
                self.add(node, NG.evidence, self.text(evidence))
            self.add(node, NG.sentenceIndex, Literal(pos.sentence))
            self.add(self.node(pos.person), NG.holdsPosition, node)

    def relations(self) -> None:
        for rel in self.ext.relations:
            prop = {"memberOf": NG.memberOf, "locatedIn": NG.locatedIn}.get(rel.predicate)
            if prop is None:
                raise GraphError(f"unknown relation {rel.predicate!r} in article {self.art.id!r}")
            self.add(self.node(rel.subject), prop, self.node(rel.object))

    def event_type(self, ev: Event) -> str:
        try:
            event_type_iri(ev.type)
            return ev.type
        except GraphError:
            root = CAMEO_ROOTS.get((ev.cameo or "")[:2])
            if root is None:
                raise GraphError(
                    f"event {ev.id!r} of article {self.art.id!r} has unknown type {ev.type!r} "
                    "and no CAMEO code; use a type of newsgraph.graph.ns.EVENT_TYPES"
                ) from None
            log.warning("event type %r unknown; using CAMEO root %s", ev.type, root)
            return root

    def event_labels(self, ev: Event, type_name: str) -> Iterable[Literal]:
        names = event_type_labels(type_name)
        for lang in _LABEL_LANGUAGES:
            parts = [names.get(lang) or names.get("en") or type_name]
            if ev.location:
                place = self.entity_label(ev.location, lang)
                if place:
                    parts.append(place)
            if ev.date is not None:
                parts.append(ev.date.value)
            yield Literal(_SEPARATOR.get(lang, ", ").join(parts), lang=lang)

    def amount(self, node: URIRef, amt: Amount, money: bool) -> None:
        self.add(node, RDF.type, NG.MonetaryAmount if money else NG.Quantity)
        self.add(node, NG.value, decimal_literal(amt.value))
        number = _number_text(amt.value)
        if money:
            self.add(node, NG.currency, Literal(str(amt.currency).upper()))
            text = f"{number} {str(amt.currency).upper()}"
        else:
            if amt.unit:
                self.add(node, NG.unit, Literal(amt.unit))
            text = " ".join(x for x in (amt.qualifier, number, amt.unit) if x)
        if amt.qualifier:
            self.add(node, NG.qualifier, Literal(amt.qualifier))
        self.add(node, RDFS.label, Literal(text, lang="en" if text.isascii() else self.lang))

    def event(self, ev: Event) -> None:
        aid, base = self.art.id, self.base
        node = event_iri(aid, ev.id, base)
        type_name = self.event_type(ev)
        self.add(node, RDF.type, NG.Event)
        self.add(node, NG.eventType, event_type_iri(type_name))
        for label in self.event_labels(ev, type_name):
            self.add(node, RDFS.label, label)
        self.add(node, NG.reportedIn, self.article)
        evidence = ev.evidence or self.sentence(ev.sentence)
        if evidence:
            self.add(node, NG.evidence, self.text(evidence))
        self.add(node, NG.sentenceIndex, Literal(ev.sentence))
        if ev.trigger.text:
            self.add(node, NG.trigger, self.text(ev.trigger.text))
        for role, holders in ev.roles.items():
            prop = ROLES.get(role)
            if prop is None:
                log.warning("role %r of event %r written as ng:participant", role, ev.id)
                prop = NG.participant
            for holder in holders:
                self.add(node, prop, self.node(holder))
        if ev.location:
            self.add(node, NG.location, self.node(ev.location))
        if ev.date is not None:
            self.add(node, NG.date, date_literal(ev.date))
        if ev.date_from is not None:
            self.add(node, NG.dateFrom, date_literal(ev.date_from))
        money = [a for a in ev.amounts if a.currency]
        for i, amt in enumerate(money):
            target = amount_iri(aid, ev.id, i, base)
            self.add(node, NG.amount, target)
            self.amount(target, amt, money=True)
        # Amounts without a currency are counts, whatever list they came in.
        counts = [*ev.quantities, *(a for a in ev.amounts if not a.currency)]
        for i, amt in enumerate(counts):
            target = quantity_iri(aid, ev.id, i, base)
            self.add(node, NG.quantity, target)
            self.amount(target, amt, money=False)
        for relation, other in ev.related:
            prop = NG.partOf if relation == "partOf" else NG.relatedEvent
            self.add(node, prop, event_iri(aid, other, base))

    def build(self) -> None:
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
            self.event(ev)


def extraction_to_graph(ext: Extraction, dataset: Dataset, *, base: str = DEFAULT_BASE) -> Graph:
    """Add the facts of one extraction to ``dataset`` as one named graph.

    The graph is named :func:`~newsgraph.graph.ns.graph_iri` of the article
    id; adding the same article again replaces its graph.

    Args:
        ext: the extraction of one article.
        dataset: the dataset to add to (any store).
        base: base for instance IRIs.

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
        (True, 4)
    """
    bind_prefixes(dataset)
    name = graph_iri(ext.article.id, base)
    staging = Graph()
    _Builder(ext, staging, base).build()
    graph = dataset.graph(name)
    graph.remove((None, None, None))
    graph.addN((s, p, o, graph) for s, p, o in staging)
    return graph
