"""SHACL shapes accept what the builder makes and reject broken data."""

from __future__ import annotations

import pytest
from graph_samples import all_extractions
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from newsgraph.graph.build import extraction_to_graph
from newsgraph.graph.ns import NG, NGT, amount_iri, event_iri, graph_iri
from newsgraph.graph.validate import validate


@pytest.fixture
def ds() -> Dataset:
    dataset = Dataset(default_union=True)
    for ext in all_extractions():
        extraction_to_graph(ext, dataset)
    return dataset


def test_validate_built_graph_conforms(ds: Dataset) -> None:
    result = validate(ds)
    assert result.conforms, result.text
    assert result.results == 0 and bool(result)


def _break(ds: Dataset, triples: list[tuple[URIRef, URIRef, object]], remove: bool = False) -> None:
    g = ds.graph(graph_iri("ar-1"))
    for t in triples:
        (g.remove if remove else g.add)(t)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("triples", "remove", "needle"),
    [
        ([(event_iri("ar-1", "e1"), NG.eventType, NGT.Attack)], False, "one family"),  # Meeting + Attack
        ([(event_iri("ar-1", "e1"), NG.eventType, None)], True, "eventType"),
        ([(event_iri("ar-1", "e1"), NG.reportedIn, None)], True, "reportedIn"),
        ([(event_iri("ar-1", "e2"), NG.date, Literal("2022-05-12T10:00:00", datatype=XSD.dateTime))], False,
         "date"),
        ([(amount_iri("ar-1", "e2", 0), NG.currency, Literal("dollar"))], False, "currency"),
        ([(URIRef("https://w3id.org/newsgraph/id/country/MA"), RDFS.label, Literal("Maroc"))], False,
         "label"),
        ([(URIRef("https://w3id.org/newsgraph/id/x/pos"), RDF.type, NG.Position)], False, "Position"),
    ],
)
def test_validate_rejects_broken_data(ds: Dataset, triples: list, remove: bool, needle: str) -> None:
    if remove:
        g = ds.graph(graph_iri("ar-1"))
        for s, p, _ in triples:
            g.remove((s, p, None))
    else:
        _break(ds, triples)
    result = validate(ds)
    assert not result.conforms
    assert result.results >= 1
    assert needle.lower() in result.text.lower()


def test_validate_accepts_an_event_reported_with_two_types_of_one_family(ds: Dataset) -> None:
    # e1 is a Meeting; another report of it, in another article's graph, called it a Negotiation.
    ds.graph(graph_iri("other")).add((event_iri("ar-1", "e1"), NG.eventType, NGT.Negotiation))
    result = validate(ds)
    assert result.conforms, result.text
