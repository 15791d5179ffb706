"""Extraction -> named graph: nodes, labels, dates, amounts, provenance."""

from __future__ import annotations

from decimal import Decimal

import pytest
from graph_samples import (
    BOURITA,
    COALITION,
    COLONNA,
    MARRAKESH,
    MOROCCO,
    NULAND,
    PARIS,
    USA,
    all_extractions,
    arabic_extraction,
    english_extraction,
)
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from newsgraph.errors import GraphError
from newsgraph.graph.build import date_literal, decimal_literal, entities_graph_iri, extraction_to_graph
from newsgraph.graph.ns import NG, NGT, WD, article_iri, event_iri, graph_iri, iri
from newsgraph.types import Article, DateValue, Event, Extraction, Span


@pytest.fixture
def ds() -> Dataset:
    dataset = Dataset(default_union=True)
    for ext in all_extractions():
        extraction_to_graph(ext, dataset)
    return dataset


def _union(ext: Extraction) -> Dataset:
    """A dataset holding one extraction; its default graph is the union of the named graphs."""
    dataset = Dataset(default_union=True)
    extraction_to_graph(ext, dataset)
    return dataset


def test_build_one_named_graph_per_article(ds: Dataset) -> None:
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert names == {graph_iri(e.article.id) for e in all_extractions()} | {entities_graph_iri()}


def test_build_shared_descriptions_once_and_article_statements_apart(ds: Dataset) -> None:
    shared = ds.graph(entities_graph_iri())
    morocco = iri(MOROCCO.id)
    assert (morocco, RDF.type, NG.Country) in shared
    assert (morocco, RDFS.label, Literal("Morocco", lang="en")) in shared
    for ext in all_extractions():
        own = ds.graph(graph_iri(ext.article.id))
        assert not list(own.triples((morocco, RDF.type, None)))
        assert not list(own.triples((None, NG.holdsPosition, None)))
        assert not list(shared.triples((None, NG.mentionedIn, None)))
    # No triple of the shared graph is repeated in an article's graph.
    for ext in all_extractions():
        assert not set(shared) & set(ds.graph(graph_iri(ext.article.id)))


def test_build_reserved_article_id_raises() -> None:
    with pytest.raises(GraphError, match="reserved"):
        extraction_to_graph(Extraction(Article("entities", "T", "x", "en")), Dataset())


def test_build_writes_no_blank_nodes(ds: Dataset) -> None:
    assert not any(isinstance(t, BNode) for q in ds.quads((None, None, None, None)) for t in q[:3])


@pytest.mark.parametrize(
    ("ext", "event", "type_", "label", "date"),
    [
        (arabic_extraction(), "e1", NGT.Meeting, Literal("Meeting, Marrakesh, 2022-05", lang="en"),
         Literal("2022-05", datatype=XSD.gYearMonth)),
        (arabic_extraction(), "e1", NGT.Meeting, Literal("اجتماع، مراكش، 2022-05", lang="ar"), None),
        (arabic_extraction(), "e2", NGT.AidPledge, Literal("Aid pledge, 2022", lang="en"),
         Literal("2022", datatype=XSD.gYear)),
        (english_extraction(), "v1", NGT.Visit, Literal("Visit, Paris, 2023-06-03", lang="en"),
         Literal("2023-06-03", datatype=XSD.date)),
        (english_extraction(), "v1", NGT.Visit, Literal("زيارة، باريس، 2023-06-03", lang="ar"), None),
    ],
)
def test_build_event_type_label_and_date(ext: Extraction, event: str, type_: URIRef, label: Literal,
                                         date: Literal | None) -> None:
    g = extraction_to_graph(ext, Dataset())
    node = event_iri(ext.article.id, event)
    assert (node, RDF.type, NG.Event) in g
    assert list(g.objects(node, NG.eventType)) == [type_]
    assert label in set(g.objects(node, RDFS.label))
    assert (node, NG.reportedIn, article_iri(ext.article.id)) in g
    if date is not None:
        assert list(g.objects(node, NG.date)) == [date]


@pytest.mark.parametrize(
    ("ext", "event", "trigger", "lang"),
    [(arabic_extraction(), "e2", "ستخصص", "ar"), (english_extraction(), "v2", "called", "en")],
)
def test_build_event_evidence_and_trigger_tagged(ext: Extraction, event: str, trigger: str,
                                                 lang: str) -> None:
    g = extraction_to_graph(ext, Dataset())
    node = event_iri(ext.article.id, event)
    assert list(g.objects(node, NG.trigger)) == [Literal(trigger, lang=lang)]
    (evidence,) = g.objects(node, NG.evidence)
    assert evidence.language == lang and trigger in evidence
    (source,) = [e for e in ext.events if e.id == event]
    assert g.value(node, NG.sentenceIndex) == Literal(source.sentence)


def test_build_roles_location_amounts_quantities() -> None:
    ext = arabic_extraction()
    g = extraction_to_graph(ext, Dataset())
    meeting, pledge, arrests = (event_iri("ar-1", e) for e in ("e1", "e2", "e3"))
    assert set(g.objects(meeting, NG.participant)) == {iri(COALITION.id), iri(BOURITA.id), iri(NULAND.id)}
    assert g.value(meeting, NG.location) == iri(MARRAKESH.id)
    assert g.value(pledge, NG.agent) == iri(USA.id)
    assert g.value(pledge, NG.spokesperson) == iri(NULAND.id)
    amount = g.value(pledge, NG.amount)
    assert (amount, RDF.type, NG.MonetaryAmount) in g
    assert g.value(amount, NG.value).toPython() == Decimal("700000000")
    assert g.value(amount, NG.currency) == Literal("USD")
    assert g.value(amount, RDFS.label) == Literal("700000000 USD", lang="en")
    cells = g.value(arrests, NG.quantity)
    assert g.value(cells, NG.unit) == Literal("terrorist cell")
    assert g.value(cells, NG.qualifier) == Literal("more than")
    assert g.value(arrests, NG.dateFrom) == Literal("2002", datatype=XSD.gYear)
    assert (event_iri("ar-1", "e4"), NG.partOf, meeting) in g
    assert (pledge, NG.relatedEvent, meeting) in g


@pytest.mark.parametrize(
    ("ext", "entity", "cls", "labels"),
    [
        (arabic_extraction(), MOROCCO, NG.Country, {("Morocco", "en"), ("المغرب", "ar")}),
        (arabic_extraction(), NULAND, NG.Person, {("فيكتوريا نولاند", "ar")}),
        (english_extraction(), PARIS, NG.Place, {("Paris", "en"), ("باريس", "ar")}),
        (english_extraction(), COLONNA, NG.Person, {("Catherine Colonna", "en"), ("كاترين كولونا", "ar")}),
    ],
)
def test_build_entity_type_labels_and_provenance(ext: Extraction, entity: object, cls: URIRef,
                                                 labels: set[tuple[str, str]]) -> None:
    g = _union(ext)
    node = iri(entity.id)  # type: ignore[attr-defined]
    assert (node, RDF.type, cls) in g
    assert {(str(o), o.language) for o in g.objects(node, RDFS.label)} == labels
    assert (node, NG.mentionedIn, article_iri(ext.article.id)) in g


def test_build_entity_links_aliases_and_surface_forms() -> None:
    g = _union(arabic_extraction())
    morocco = iri(MOROCCO.id)
    assert g.value(morocco, OWL.sameAs) == WD.Q1028
    assert g.value(morocco, NG.isoCode) == Literal("MA")
    alt = set(g.objects(morocco, SKOS.altLabel))
    assert Literal("المغربي", lang="ar") in alt  # surface form, article language
    assert Literal("المملكة المغربية", lang="ar") in alt  # KB alias
    assert Literal("المغرب", lang="ar") not in alt  # already the label
    assert g.value(iri(MARRAKESH.id), NG.locatedIn) == morocco
    assert (iri("org/nato"), NG.memberOf, iri(COALITION.id)) in g


@pytest.mark.parametrize(
    ("ext", "person", "title", "of"),
    [
        (arabic_extraction(), BOURITA.id, Literal("وزير الخارجية", lang="ar"), MOROCCO.id),
        (english_extraction(), COLONNA.id, Literal("Foreign Minister", lang="en"), "country/FR"),
    ],
)
def test_build_positions(ext: Extraction, person: str, title: Literal, of: str) -> None:
    g = _union(ext)
    pos = g.value(iri(person), NG.holdsPosition)
    assert (pos, RDF.type, NG.Position) in g
    assert g.value(pos, NG.title) == title
    assert g.value(pos, NG.positionOf) == iri(of)
    assert g.value(pos, NG.evidence).language == title.language


def test_build_article_metadata_and_teaser_links(ds: Dataset) -> None:
    art, teaser = article_iri("ar-1"), article_iri("ar-1#teaser-1")
    assert ds.value(art, NG.published) == Literal("2022-05-12", datatype=XSD.date)
    assert ds.value(art, RDFS.label) == Literal("اجتماع التحالف الدولي في مراكش", lang="ar")
    assert ds.value(art, NG.url) == Literal("https://example.org/news/ar-1?x=1", datatype=XSD.anyURI)
    assert ds.value(art, NG.language) == Literal("ar")
    assert ds.value(art, NG.sourcePath) == Literal("seed/ar-1.txt")
    assert (teaser, NG.teaserOf, art) in ds and (art, NG.hasTeaser, teaser) in ds
    assert ds.value(teaser, NG.kind) == Literal("teaser")
    tg = ds.graph(graph_iri("ar-1#teaser-1"))
    assert (art, NG.hasTeaser, teaser) in tg


def test_build_entities_shared_across_articles() -> None:
    ds = Dataset(default_union=True)
    extraction_to_graph(arabic_extraction(), ds)
    extraction_to_graph(english_extraction(), ds)
    ext = english_extraction()
    other = Extraction(Article("en-2", "Morocco", "Morocco spoke.", "en"),
                       entities=(MOROCCO,), sentences=((0, 14),),
                       events=(Event("x", "Statement", "01", Span(8, 13, "spoke"),
                                     roles={"agent": (MOROCCO.id,)}),))
    extraction_to_graph(other, ds)
    articles = set(ds.objects(iri(MOROCCO.id), NG.mentionedIn))
    assert articles == {article_iri("ar-1"), article_iri("en-2")}
    assert ext.article.id not in {str(a) for a in articles}


def test_build_readding_article_replaces_its_graph() -> None:
    ds = Dataset(default_union=True)
    ext = arabic_extraction()
    first = len(extraction_to_graph(ext, ds))
    again = len(extraction_to_graph(ext, ds))
    assert first == again == len(ds.graph(graph_iri("ar-1")))


def test_build_unknown_type_falls_back_to_cameo_root() -> None:
    ev = Event("e1", "Skirmish", "190", Span(0, 4, "Shot"))
    g = extraction_to_graph(Extraction(Article("z", "Z", "Shot.", "en"), events=(ev,)), Dataset())
    assert g.value(event_iri("z", "e1"), NG.eventType) == NGT.Cameo19


def test_build_unknown_type_without_cameo_raises() -> None:
    ev = Event("e1", "Party", None, Span(0, 4, "Fête"))
    with pytest.raises(GraphError, match="Party"):
        extraction_to_graph(Extraction(Article("z", "Z", "Fête.", "fr"), events=(ev,)), Dataset())


@pytest.mark.parametrize(
    ("value", "datatype"),
    [(DateValue("2022-05-11", "day"), XSD.date), (DateValue("2022-05", "month"), XSD.gYearMonth),
     (DateValue("2022", "year"), XSD.gYear)],
)
def test_date_literal_by_precision(value: DateValue, datatype: URIRef) -> None:
    assert date_literal(value) == Literal(value.value, datatype=datatype)


def test_date_literal_mismatch_raises() -> None:
    with pytest.raises(GraphError):
        date_literal(DateValue("2022-05", "day"))


@pytest.mark.parametrize(("value", "text"), [(Decimal("7E+8"), "700000000.0"), (Decimal("0.50"), "0.5"),
                                             (80, "80.0"), (Decimal("-0"), "0.0")])
def test_decimal_literal_canonical(value: Decimal | int, text: str) -> None:
    assert str(decimal_literal(value)) == text


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        (DateValue("2022-05-12", "day"), "2022-05-12", "2022-05-12"),
        (DateValue("2024-02", "month"), "2024-02-01", "2024-02-29"),
        (DateValue("2022", "year"), "2022-01-01", "2022-12-31"),
    ],
)
def test_build_event_date_interval(value: DateValue, first: str, last: str) -> None:
    art = Article("iv", "T", "Ministers met.", "en")
    ev = Event("e1", "Meeting", "04", Span(10, 13, "met"), date=value)
    g = extraction_to_graph(Extraction(art, events=(ev,)), Dataset())
    node = event_iri("iv", "e1")
    assert g.value(node, NG.dateStart) == Literal(first, datatype=XSD.date)
    assert g.value(node, NG.dateEnd) == Literal(last, datatype=XSD.date)


def test_build_date_range_query_finds_month_dated_events() -> None:
    art = Article("rq", "T", "Ministers met. Troops attacked.", "en")
    events = (
        Event("e1", "Meeting", "04", Span(10, 13, "met"), date=DateValue("2022-05", "month")),
        Event("e2", "Attack", "18", Span(22, 30, "attacked"), date=DateValue("2022-07-01", "day")),
    )
    ds = _union(Extraction(art, events=events))
    rows = ds.query(
        """SELECT ?e WHERE { ?e ng:dateStart ?s ; ng:dateEnd ?t .
           FILTER (?t >= "2022-05-10"^^xsd:date && ?s <= "2022-05-20"^^xsd:date) }""",
        initNs={"ng": NG, "xsd": XSD},
    )
    assert [row[0] for row in rows] == [event_iri("rq", "e1")]


def test_build_a_description_is_no_name_of_its_entity() -> None:
    """«وزير الدولة» standing for a minister is no surface form of his: two ministers of state whose
    articles call them so must not look alike to resolution."""
    from newsgraph.types import Entity, Mention

    text = "قال خالد العيسى إن الاجتماع مفيد. وأضاف وزير الدولة أن"
    art = Article(id="a-desc", title=None, text=text, language="ar")
    person = Entity("person/خالد-العيسى", "PERSON", {"ar": "خالد العيسى"})
    ext = Extraction(art, entities=(person,), mentions=(
        Mention(4, 15, "خالد العيسى", "PERSON", person.id, 0),
        Mention(40, 51, "وزير الدولة", "PERSON", person.id, 1, kind="description")))
    alt = {str(x) for x in _union(ext).objects(iri(person.id), SKOS.altLabel)}
    assert "خالد العيسى" in alt and "وزير الدولة" not in alt
