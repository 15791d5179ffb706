"""KnowledgeGraph on both stores: adding, querying with the bundled queries, files."""

from __future__ import annotations

from pathlib import Path

import pytest
from graph_samples import all_extractions, arabic_extraction

from newsgraph.errors import GraphError, QueryError
from newsgraph.graph import query_names, query_text
from newsgraph.graph.store import DEFAULT_STORE, KnowledgeGraph

STORES = ["oxigraph", "memory"]
ID = "https://w3id.org/newsgraph/id/"


@pytest.fixture(params=STORES)
def kg(request: pytest.FixtureRequest) -> KnowledgeGraph:
    graph = KnowledgeGraph(store=request.param)
    assert graph.add_all(all_extractions()) == 3
    return graph


def _rows(kg: KnowledgeGraph, name: str) -> list[tuple[str | None, ...]]:
    return [tuple(None if v is None else str(v) for v in row) for row in kg.query(query_text(name))]  # type: ignore[union-attr]


def test_store_default_is_oxigraph() -> None:
    assert DEFAULT_STORE == "oxigraph"
    assert type(KnowledgeGraph().dataset.store).__name__ == "OxigraphStore"


def test_store_unknown_name_raises() -> None:
    with pytest.raises(GraphError, match="unknown store"):
        KnowledgeGraph(store="postgres")


def test_store_articles_and_len(kg: KnowledgeGraph) -> None:
    assert kg.articles() == ["ar-1", "ar-1#teaser-1", "en/2023 06 03"]
    n = len(kg)
    kg.add(arabic_extraction())  # re-adding replaces
    assert len(kg) == n > 150


def test_store_every_bundled_query_starts_with_comment_and_runs(kg: KnowledgeGraph) -> None:
    assert len(query_names()) >= 7
    for name in query_names():
        assert query_text(name).startswith("# "), name
        assert list(kg.query(query_text(name))) is not None


def test_store_query_officials(kg: KnowledgeGraph) -> None:
    rows = _rows(kg, "officials")
    assert (ID + "person/catherine-colonna", "Catherine Colonna", "Foreign Minister", ID + "country/FR",
            "France") in rows
    assert any(r[2] == "وزير الخارجية" and r[4] == "Morocco" for r in rows)


def test_store_query_events_in_country_follows_located_in(kg: KnowledgeGraph) -> None:
    rows = _rows(kg, "events_in_country")
    assert [r[0] for r in rows] == [ID + "article/ar-1/event/e1"]


def test_store_query_meeting_participants(kg: KnowledgeGraph) -> None:
    names = {r[3] for r in _rows(kg, "meeting_participants")}
    assert {"Global Coalition to Defeat ISIS", "Nasser Bourita"} <= names


def test_store_query_money_by_country(kg: KnowledgeGraph) -> None:
    (row,) = _rows(kg, "money_by_country")
    assert row[0] == ID + "country/US" and row[1] == "USD" and float(row[2] or 0) == 7e8


def test_store_query_bilingual_labels(kg: KnowledgeGraph) -> None:
    rows = _rows(kg, "bilingual_labels")
    assert (ID + "country/MA", "https://w3id.org/newsgraph/ontology#Country", "Morocco", "المغرب") in rows
    assert not any("فيكتوريا" in (r[3] or "") for r in rows)  # Arabic-only label


def test_store_query_provenance_names_graph(kg: KnowledgeGraph) -> None:
    rows = _rows(kg, "provenance")
    pledge = [r for r in rows if r[0] == ID + "article/ar-1/event/e2"]
    assert pledge and pledge[0][1] == ID + "graph/ar-1"
    assert "700" in (pledge[0][6] or "")


def test_store_query_count_per_organization(kg: KnowledgeGraph) -> None:
    assert _rows(kg, "count_per_organization")[0] == (ID + "org/global-coalition", "2")


def test_store_bad_query_raises_query_error(kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryError):
        kg.query("SELECT ?x WHERE { ?x ")


def test_store_unknown_bundled_query_raises() -> None:
    with pytest.raises(QueryError):
        query_text("nope")


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_store_serialize_and_load_keep_graphs(kg: KnowledgeGraph, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"kg{suffix}"
    kg.serialize(path)
    back = KnowledgeGraph.load(path, store=kg.store_name)
    assert back.articles() == kg.articles()
    assert len(back) == len(kg)
    assert _rows(back, "provenance") == _rows(kg, "provenance")


def test_store_serialize_to_text(kg: KnowledgeGraph) -> None:
    text = kg.serialize(None, "turtle")
    assert text is not None and "ng:Event" in text and "مراكش" in text


def test_store_validate(kg: KnowledgeGraph) -> None:
    assert kg.validate().conforms


def test_store_views_delegate(kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    fake_nx = types.ModuleType("newsgraph.export.networkx")
    fake_nx.to_networkx = lambda ds: ("nx", ds)  # type: ignore[attr-defined]
    fake_html = types.ModuleType("newsgraph.export.html")
    fake_html.render_html = lambda ds, **kw: ("html", kw)  # type: ignore[attr-defined]
    fake_html.write_html = lambda ds, path, **kw: ("file", path)  # type: ignore[attr-defined]
    import newsgraph.export as export_pkg

    monkeypatch.setitem(sys.modules, "newsgraph.export.networkx", fake_nx)
    monkeypatch.setitem(sys.modules, "newsgraph.export.html", fake_html)
    monkeypatch.setattr(export_pkg, "networkx", fake_nx, raising=False)
    monkeypatch.setattr(export_pkg, "html", fake_html, raising=False)
    assert kg.to_networkx() == ("nx", kg.dataset)
    assert kg.to_html(title="x") == ("html", {"title": "x"})
    assert kg.to_html("out.html") == ("file", "out.html")


def test_store_union_counts_each_triple_once(kg: KnowledgeGraph) -> None:
    # Morocco's labels sit in two article graphs; the merged view must hold them once.
    from graph_samples import MOROCCO

    from newsgraph.types import Article, Extraction

    kg.add(Extraction(Article("en-2", "Morocco", "Morocco.", "en"), entities=(MOROCCO,),
                      sentences=((0, 8),), relations=()))
    kg.add(Extraction(Article("en-3", "Morocco", "Morocco.", "en"), entities=(MOROCCO,), sentences=((0, 8),),
                      mentions=()))
    rows = list(kg.query(f"SELECT ?l WHERE {{ <{ID}country/MA> rdfs:label ?l }}"))
    assert len(rows) == 2
    (total,) = kg.query("SELECT (SUM(?v) AS ?t) WHERE { ?a a ng:MonetaryAmount ; ng:value ?v . "
                        "?e ng:amount ?a ; ng:agent ?c . ?c a ng:Country }")
    assert float(total[0]) == 7e8  # type: ignore[index]


def test_store_readding_article_drops_stale_facts(kg: KnowledgeGraph) -> None:
    from dataclasses import replace

    ext = arabic_extraction()
    kg.add(replace(ext, events=ext.events[1:]))
    assert not list(kg.query(f"ASK {{ <{ID}article/ar-1/event/e1> ?p ?o }}"))[0]  # type: ignore[index]
    assert list(kg.query(f"ASK {{ <{ID}country/MA> rdfs:label ?o }}"))[0]  # type: ignore[index]
