"""The vocabulary module agrees with the ontology, and IRIs are minted safely."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from newsgraph.errors import GraphError
from newsgraph.graph import ns
from newsgraph.graph.ns import EVENT_TYPES, NG, NGT, bind_prefixes, iri


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(data=ns.ontology_text(), format="turtle")


def _local_terms(graph: Graph, namespace: str) -> set[str]:
    return {str(s)[len(namespace):] for s in graph.subjects() if isinstance(s, URIRef)
            and str(s).startswith(namespace) and len(str(s)) > len(namespace)}


def test_ng_matches_every_term_of_the_ontology(onto: Graph) -> None:
    assert _local_terms(onto, str(NG._NS)) == set(NG.__annotations__)


def test_ngt_matches_every_concept_of_the_scheme(onto: Graph) -> None:
    assert _local_terms(onto, str(NGT._NS)) == set(NGT.__annotations__)


def test_ng_misspelled_term_raises() -> None:
    with pytest.raises(AttributeError):
        NG.Evnet  # noqa: B018


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_ontology_every_term_has_label_and_comment(onto: Graph, lang: str) -> None:
    for name in NG.__annotations__:
        term = NG[name]
        assert any(o.language == lang for o in onto.objects(term, RDFS.label)), (name, lang)
        assert any(o.language == lang for o in onto.objects(term, RDFS.comment)), (name, lang)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_scheme_every_concept_has_pref_label(onto: Graph, lang: str) -> None:
    for name in NGT.__annotations__:
        labels = [o for o in onto.objects(NGT[name], SKOS.prefLabel) if o.language == lang]
        assert len(labels) == 1, (name, lang)


def test_event_types_agree_with_ontology(onto: Graph) -> None:
    for name, code in EVENT_TYPES.items():
        concept = NGT[name]
        codes = {str(o) for o in onto.objects(concept, NG.cameoCode)}
        broader = set(onto.objects(concept, SKOS.broader))
        if code is None:
            assert not codes and not broader, name
            assert (concept, SKOS.topConceptOf, URIRef(str(NGT._NS))) in onto
        else:
            assert codes == {code}, name
            assert broader == {NGT[f"Cameo{code}"]}, name
    fine = {str(s)[len(str(NGT._NS)):] for s in onto.subjects(SKOS.inScheme, URIRef(str(NGT._NS)))}
    assert fine - set(ns.CAMEO_ROOTS.values()) == set(EVENT_TYPES)


def test_cameo_roots_have_their_code(onto: Graph) -> None:
    for code, name in ns.CAMEO_ROOTS.items():
        assert (NGT[name], NG.cameoCode, Literal(code)) in onto


def test_bind_prefixes_binds_all() -> None:
    bound = dict(bind_prefixes(Graph()).namespaces())
    for prefix in ("ng", "ngt", "rdfs", "owl", "skos", "xsd", "schema", "wd", "prov", "dcterms"):
        assert prefix in bound
    assert str(bound["wd"]) == "http://www.wikidata.org/entity/"


@pytest.mark.parametrize(
    ("entity_id", "expected"),
    [
        ("country/MA", "country/MA"),
        ("person/ناصر-بوريطة", "person/ناصر-بوريطة"),
        ("person/ناصر بوريطة", "person/ناصر%20بوريطة"),
        ("org/a<b>\"c", "org/a%3Cb%3E%22c"),
        ("place/x?y#z%", "place/x%3Fy%23z%25"),
        ("person/\u200fمريم", "person/%E2%80%8Fمريم"),
    ],
)
def test_iri_percent_encodes_only_forbidden(entity_id: str, expected: str) -> None:
    assert str(iri(entity_id)) == ns.DEFAULT_BASE + expected


def test_iri_uses_given_base_and_is_deterministic() -> None:
    assert iri("org/nato", "http://example.org/kg/") == URIRef("http://example.org/kg/org/nato")
    assert iri("org/nato") == iri("org/nato")


@pytest.mark.parametrize("bad", ["", "/"])
def test_iri_empty_id_raises(bad: str) -> None:
    with pytest.raises(GraphError):
        iri(bad)


def test_iri_relative_base_raises() -> None:
    with pytest.raises(GraphError):
        iri("org/nato", base="kg/")


def test_article_and_event_iris_encode_slashes() -> None:
    assert str(ns.article_iri("en/2023 06")).endswith("/article/en%2F2023%2006")
    assert str(ns.event_iri("a/b", "e1")).endswith("/article/a%2Fb/event/e1")
    assert ns.graph_iri("a1") != ns.article_iri("a1")


@pytest.mark.parametrize(("title", "lang"), [("وزير الخارجية", "ar"), ("Foreign Minister", "en")])
def test_position_iri_keeps_text_out(title: str, lang: str) -> None:
    a = ns.position_iri("person/x", title, "country/IT")
    assert title.split()[0] not in str(a)
    assert a == ns.position_iri("person/x", f" {title} ", "country/IT")
    assert a != ns.position_iri("person/x", title, "country/FR")


def test_event_type_iri_unknown_raises() -> None:
    assert ns.event_type_iri("Cameo18") == NGT.Cameo18
    with pytest.raises(GraphError, match="unknown event type"):
        ns.event_type_iri("Party")


@pytest.mark.parametrize(("lang", "label"), [("en", "Aid pledge"), ("ar", "تعهد بتقديم مساعدات")])
def test_event_type_labels_from_ontology(lang: str, label: str) -> None:
    assert ns.event_type_labels("AidPledge")[lang] == label
