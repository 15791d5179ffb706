"""Round trips for every RDF format: build -> serialize -> parse -> same triples -> same answers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "graph"))
from graph_samples import all_extractions
from rdflib import BNode, Dataset

from newsgraph.errors import GraphError
from newsgraph.export.rdf import FORMATS, QUAD_FORMATS, format_for, jsonld_context, read_rdf, write_rdf
from newsgraph.graph import query_names, query_text
from newsgraph.graph.store import KnowledgeGraph

SUFFIX = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "nt": ".nt", "json-ld": ".jsonld"}
STORES = ["oxigraph", "memory"]


@pytest.fixture(scope="module", params=STORES)
def kg(request: pytest.FixtureRequest) -> KnowledgeGraph:
    graph = KnowledgeGraph(store=request.param)
    graph.add_all(all_extractions())
    return graph


def _triples(ds: Dataset) -> set:
    return {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}


def _quads(ds: Dataset) -> set:
    return {(s, p, o, c.identifier if hasattr(c, "identifier") else c)
            for s, p, o, c in ds.quads((None, None, None, None))}


def _answers(kg: KnowledgeGraph) -> dict[str, list]:
    return {name: [tuple(row) for row in kg.query(query_text(name))] for name in query_names()}  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", sorted(SUFFIX))
def test_rdf_round_trip_same_triples_and_answers(kg: KnowledgeGraph, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"graph{SUFFIX[fmt]}"
    kg.serialize(path)
    assert format_for(path) == fmt
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind
    back = KnowledgeGraph.load(path, store=kg.store_name)
    assert not any(isinstance(t, BNode) for t in _triples(back.dataset) for t in t)
    assert _triples(back.dataset) == _triples(kg.dataset)
    if fmt in QUAD_FORMATS:
        assert _quads(back.dataset) == _quads(kg.dataset)
        assert _answers(back) == _answers(kg)
    else:
        answers = _answers(back)
        assert {k: v for k, v in answers.items() if k != "provenance"} == {
            k: v for k, v in _answers(kg).items() if k != "provenance"}


def test_rdf_jsonld_has_compact_context(kg: KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / "g.jsonld"
    kg.serialize(path)
    text = path.read_text(encoding="utf-8")
    assert '"@context"' in text and '"ng:Event"' in text and "مراكش" in text
    assert "brick" not in text  # only the newsgraph prefixes
    assert jsonld_context()["ngt"] == "https://w3id.org/newsgraph/event-type/"


def test_rdf_turtle_uses_prefixes(kg: KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / "g.ttl"
    write_rdf(kg.dataset, path)
    text = path.read_text(encoding="utf-8")
    assert "@prefix ng: <https://w3id.org/newsgraph/ontology#>" in text
    assert "ngt:Meeting" in text


@pytest.mark.parametrize(("name", "fmt"), sorted(FORMATS.items()))
def test_rdf_formats_by_suffix(name: str, fmt: str) -> None:
    assert format_for(f"out/kg{name}") == fmt


def test_rdf_unknown_suffix_or_format_raises(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="suffix"):
        format_for("kg.xyz")
    with pytest.raises(GraphError, match="unknown RDF format"):
        write_rdf(Dataset(), tmp_path / "kg.ttl", "rdfa")


def test_rdf_read_missing_or_malformed_raises(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="no such"):
        read_rdf(tmp_path / "none.ttl", Dataset())
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(GraphError, match="bad.ttl"):
        read_rdf(bad, Dataset())


def test_rdf_failed_write_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kg.nt"
    path.write_text("old", encoding="utf-8")
    ds = Dataset()

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(ds, "serialize", boom)
    with pytest.raises(GraphError, match="disk full"):
        write_rdf(ds, path)
    assert path.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [path]
