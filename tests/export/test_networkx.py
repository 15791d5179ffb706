"""Tests for newsgraph.export.networkx: nodes, attributes, edges, GraphML round trip.

``sample_dataset`` builds, by hand, two small articles in the shape the graph
builder writes: an Arabic one (a meeting in Marrakech between two foreign
ministers, with a pledge of 700 million euros) and an English one (a
statement by a spokesperson). ``test_html.py`` reuses it.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef

from newsgraph.export.networkx import graph_language, local_name, to_networkx, write_graphml
from newsgraph.graph.ns import (
    NG,
    NGT,
    amount_iri,
    article_iri,
    event_iri,
    graph_iri,
    iri,
    position_iri,
)

WD = "http://www.wikidata.org/entity/"

MOROCCO, ITALY = iri("country/MA"), iri("country/IT")
MARRAKECH = iri("place/gn-2542997")
COALITION = iri("org/global-coalition-isis")
BOURITA, DIMAIO = iri("person/nasser-bourita"), iri("person/luigi-di-maio")
ROE = iri("person/jane-roe")
MEETING, PLEDGE = event_iri("a1", "e1"), event_iri("a1", "e2")
STATEMENT = event_iri("a2", "e1")
XSS = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'


def _label(g: Graph, node: URIRef, **labels: str) -> None:
    for lang, text in labels.items():
        g.add((node, RDFS.label, Literal(text, lang=lang)))


def _entities(g: Graph) -> None:
    """Entity descriptions, repeated in each article graph as the builder does."""
    for node, cls in ((MOROCCO, NG.Country), (ITALY, NG.Country), (MARRAKECH, NG.Place),
                      (COALITION, NG.Organization), (BOURITA, NG.Person), (DIMAIO, NG.Person),
                      (ROE, NG.Person)):
        g.add((node, RDF.type, cls))
    _label(g, MOROCCO, en="Morocco", ar="المغرب")
    _label(g, ITALY, en="Italy", ar="إيطاليا")
    _label(g, MARRAKECH, en="Marrakesh", ar="مراكش")
    _label(g, COALITION, en="Global Coalition against Daesh", ar="التحالف الدولي ضد داعش")
    _label(g, BOURITA, en="Nasser Bourita", ar="ناصر بوريطة")
    _label(g, DIMAIO, en="Luigi Di Maio", ar="لويجي دي مايو")
    _label(g, ROE, en=XSS)
    g.add((MOROCCO, OWL.sameAs, URIRef(WD + "Q1028")))
    g.add((MARRAKECH, NG.locatedIn, MOROCCO))
    g.add((MOROCCO, NG.memberOf, COALITION))
    g.add((MOROCCO, SKOS.altLabel, Literal("المملكة المغربية", lang="ar")))


def sample_dataset() -> Dataset:
    """Two articles (ar, en): 14 non-article nodes, 2 articles."""
    ds = Dataset(default_union=True)
    a1, a2 = article_iri("a1"), article_iri("a2")

    g1 = ds.graph(graph_iri("a1"))
    _entities(g1)
    g1.add((a1, RDF.type, NG.Article))
    g1.add((a1, NG.language, Literal("ar")))
    g1.add((a1, NG.published, Literal("2022-05-11", datatype=XSD.date)))
    _label(g1, a1, ar="اجتماع التحالف في مراكش")
    for person, country in ((BOURITA, MOROCCO), (DIMAIO, ITALY)):
        pos = position_iri(str(person), "وزير الخارجية", str(country))
        g1.add((pos, RDF.type, NG.Position))
        g1.add((pos, NG.title, Literal("وزير الخارجية", lang="ar")))
        g1.add((pos, NG.positionOf, country))
        g1.add((person, NG.holdsPosition, pos))
        g1.add((person, NG.mentionedIn, a1))
    g1.add((MEETING, RDF.type, NG.Event))
    g1.add((MEETING, NG.eventType, NGT.Meeting))
    g1.add((MEETING, NG.date, Literal("2022-05-11", datatype=XSD.date)))
    g1.add((MEETING, NG.location, MARRAKECH))
    for who in (BOURITA, DIMAIO, COALITION):
        g1.add((MEETING, NG.participant, who))
    met = "التقى وزير الخارجية ناصر بوريطة نظيره الإيطالي في مراكش."
    g1.add((MEETING, NG.evidence, Literal(met, lang="ar")))
    g1.add((MEETING, NG.reportedIn, a1))
    g1.add((PLEDGE, RDF.type, NG.Event))
    g1.add((PLEDGE, NG.eventType, NGT.AidPledge))
    g1.add((PLEDGE, NG.agent, ITALY))
    amount = amount_iri("a1", "e2", 0)
    g1.add((PLEDGE, NG.amount, amount))
    g1.add((amount, RDF.type, NG.MonetaryAmount))
    g1.add((amount, NG.value, Literal("700000000", datatype=XSD.decimal)))
    g1.add((amount, NG.currency, Literal("EUR")))
    g1.add((PLEDGE, NG.evidence, Literal("وتعهدت إيطاليا بتقديم 700 مليون يورو.", lang="ar")))
    g1.add((PLEDGE, NG.reportedIn, a1))

    g2 = ds.graph(graph_iri("a2"))
    _entities(g2)
    g2.add((a2, RDF.type, NG.Article))
    g2.add((a2, NG.language, Literal("en")))
    pos = position_iri(str(ROE), "spokesperson", str(COALITION))
    g2.add((pos, RDF.type, NG.Position))
    g2.add((pos, NG.title, Literal("spokesperson", lang="en")))
    g2.add((pos, NG.positionOf, COALITION))
    g2.add((ROE, NG.holdsPosition, pos))
    g2.add((STATEMENT, RDF.type, NG.Event))
    g2.add((STATEMENT, NG.eventType, NGT.Statement))
    g2.add((STATEMENT, NG.date, Literal("2022-05", datatype=XSD.gYearMonth)))
    g2.add((STATEMENT, NG.spokesperson, ROE))
    g2.add((STATEMENT, NG.agent, COALITION))
    g2.add((STATEMENT, NG.evidence, Literal(f"The spokesperson said {XSS}.", lang="en")))
    g2.add((STATEMENT, NG.reportedIn, a2))
    return ds


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return sample_dataset()


def test_to_networkx_counts_nodes_and_edges(dataset: Dataset) -> None:
    g = to_networkx(dataset)
    types = [d["type"] for _, d in g.nodes(data=True)]
    assert g.number_of_nodes() == 14
    assert {t: types.count(t) for t in set(types)} == {
        "Event": 3, "Person": 3, "Organization": 1, "Country": 2, "Place": 1,
        "Position": 3, "MonetaryAmount": 1,
    }
    # meeting: 3 participants + location; pledge: agent + amount; statement: spokesperson + agent;
    # 3 holdsPosition + 3 positionOf; locatedIn; memberOf -- each once although repeated per graph
    assert g.number_of_edges() == 4 + 2 + 2 + 3 + 3 + 1 + 1


def test_to_networkx_include_articles_adds_article_nodes(dataset: Dataset) -> None:
    g = to_networkx(dataset, include_articles=True)
    articles = [n for n, d in g.nodes(data=True) if d["type"] == "Article"]
    assert sorted(articles) == sorted([str(article_iri("a1")), str(article_iri("a2"))])
    roles = sorted(d["role"] for _, v, d in g.edges(data=True) if v in articles)
    assert roles == ["mentionedIn", "mentionedIn", "reportedIn", "reportedIn", "reportedIn"]
    assert g.nodes[str(article_iri("a1"))]["published"] == "2022-05-11"


@pytest.mark.parametrize(
    ("language", "bourita", "meeting"),
    [("ar", "ناصر بوريطة", "اجتماع 2022-05-11"), ("en", "Nasser Bourita", "Meeting 2022-05-11")],
)
def test_to_networkx_label_follows_language(
    dataset: Dataset, language: str, bourita: str, meeting: str
) -> None:
    g = to_networkx(dataset, language=language)
    assert g.graph["language"] == language
    node = g.nodes[str(BOURITA)]
    assert node["label"] == bourita
    assert (node["label_en"], node["label_ar"]) == ("Nasser Bourita", "ناصر بوريطة")
    assert g.nodes[str(MEETING)]["label"] == meeting


def test_to_networkx_label_falls_back_to_english(dataset: Dataset) -> None:
    node = to_networkx(dataset, language="ar").nodes[str(ROE)]
    assert node["label"] == XSS and "label_ar" not in node


def test_graph_language_majority_of_articles(dataset: Dataset) -> None:
    # one ar, one en: tie goes to the alphabetically first code
    assert graph_language(dataset) == "ar"
    assert to_networkx(dataset).graph["language"] == "ar"


def test_to_networkx_literals_become_attributes(dataset: Dataset) -> None:
    g = to_networkx(dataset)
    meeting = g.nodes[str(MEETING)]
    assert meeting["event_type"] == "Meeting"
    assert meeting["date"] == "2022-05-11"
    assert meeting["evidence"].startswith("التقى")
    amount = g.nodes[str(amount_iri("a1", "e2", 0))]
    assert (amount["value"], amount["currency"], amount["label"]) == (700000000, "EUR", "700,000,000 EUR")
    assert g.nodes[str(MOROCCO)]["same_as"] == WD + "Q1028"
    assert g.nodes[str(MOROCCO)]["alt_labels"] == "المملكة المغربية"
    assert g.nodes[str(STATEMENT)]["date"] == "2022-05"
    assert not any(n.startswith(WD) or n.startswith(str(NGT._NS)) for n in g.nodes)


def test_to_networkx_edges_carry_role(dataset: Dataset) -> None:
    g = to_networkx(dataset)
    roles = {(local_name(u), local_name(v)): d["role"] for u, v, d in g.edges(data=True)}
    assert roles[("e1", "nasser-bourita")] == "participant"
    assert roles[("e1", "gn-2542997")] == "location"
    assert roles[("e2", "IT")] == "agent"
    assert g.has_edge(str(STATEMENT), str(ROE), key="spokesperson")
    assert all(d["predicate"] == d["role"] == k for _, _, k, d in g.edges(keys=True, data=True))


def test_to_networkx_untyped_role_holder_is_a_node() -> None:
    ds = Dataset(default_union=True)
    ev, who = URIRef("https://example.org/e"), URIRef("https://example.org/who")
    ds.add((ev, RDF.type, NG.Event))
    ds.add((ev, NG.participant, who))
    g = to_networkx(ds)
    assert g.nodes[str(who)]["type"] == "Resource"
    assert g.nodes[str(ev)]["label"] == "Event"


def test_write_graphml_round_trip(dataset: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "g.graphml"
    written = write_graphml(dataset, out, include_articles=True)
    back = nx.read_graphml(out, force_multigraph=True)
    assert back.number_of_nodes() == written.number_of_nodes() == 16
    assert back.number_of_edges() == written.number_of_edges()
    assert back.nodes[str(BOURITA)]["label_ar"] == "ناصر بوريطة"
    assert back.nodes[str(amount_iri("a1", "e2", 0))]["value"] == 700000000
    assert back.nodes[str(ROE)]["label"] == XSS
    assert {d["role"] for _, _, d in back.edges(data=True)} >= {"participant", "agent", "spokesperson"}
    assert not list(tmp_path.glob("sub/.*.tmp"))
