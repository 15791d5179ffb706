"""Former and acting positions: read around the title, recorded per report; "former" kept off the title.

The sentences are invented. Extraction runs with the shipped models (``model="auto"``),
which fall back to the rules when a model is not installed; the assertions hold either way.
"""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import XSD

import newsgraph
from newsgraph.extract.officials.status import position_status
from newsgraph.graph.build import extraction_to_graph
from newsgraph.graph.ns import NG
from newsgraph.types import Article


def _statuses(text: str, lang: str) -> dict[str, tuple[str, str | None]]:
    ext = newsgraph.extract_article(Article("a1", None, text, lang, published=date(2024, 5, 8)))
    names = {m.entity_id: m.text for m in ext.mentions}
    return {names[p.person]: (p.title, p.status) for p in ext.positions}


@pytest.mark.parametrize(
    ("text", "lang", "name", "title", "status"),
    [
        ("Former Prime Minister Nawaz Sharif arrived.", "en", "Nawaz Sharif", "Prime Minister", "former"),
        ("He met acting Defence Secretary Mark Esper.", "en", "Mark Esper", "Defence Secretary", "acting"),
        ("Prime Minister Nawaz Sharif arrived in Doha.", "en", "Nawaz Sharif", "Prime Minister", None),
        ("وصل وزير الخارجية المصري السابق عمرو موسى أمس.", "ar", "عمرو موسى", "وزير الخارجية", "former"),
        ("وصل وزير الخارجية المصري عمرو موسى إلى الدوحة.", "ar", "عمرو موسى", "وزير الخارجية", None),
        # an acting holder's title is styled so, and stays whole
        ("وصل القائم بأعمال السفير الأمريكي جون سميث إلى الدوحة.", "ar", "جون سميث", "القائم بأعمال السفير",
         "acting"),
        ("L'ancien président égyptien Hosni Moubarak est arrivé à Doha.", "fr", "Hosni Moubarak", "président",
         "former"),
    ],
)
def test_status_is_read_and_kept_off_the_title(
    text: str, lang: str, name: str, title: str, status: str | None
) -> None:
    found = _statuses(text, lang)
    assert name in found, found
    # "acting" words may stay in a title (the rules without a parse keep "acting Defence Secretary")
    got_title, got_status = found[name]
    assert got_status == status and got_title.endswith(title), found
    if status == "former":
        assert got_title == title, found


def test_a_status_word_elsewhere_in_the_clause_is_not_the_titles() -> None:
    # "former" qualifies the prison, and «السابق» a regime, not the titles
    text = "the former prison where Minister Ali spoke"
    assert position_status(text, "en", "Minister", 24, 32, 33, 36) == ("Minister", None)
    text = "قال وزير الداخلية محمد علي إن النظام السابق سقط"
    start = text.index("وزير")
    assert position_status(text, "ar", "وزير الداخلية", start, start + 13, start + 14, start + 21)[1] is None


def test_an_acting_word_behind_a_proclitic_after_the_title() -> None:
    text = "وقال مدير الجامعة بالنيابة الدكتور خالد سعد إن"
    start = text.index("مدير")
    end = start + len("مدير الجامعة")
    name = text.index("خالد")
    found = position_status(text, "ar", "مدير الجامعة", start, end, name, name + 8)
    assert found == ("مدير الجامعة", "acting")


def test_graph_records_status_and_day_in_the_articles_graph() -> None:
    text = "Former Prime Minister Nawaz Sharif met Prime Minister Imran Khan in Islamabad."
    ext = newsgraph.extract_article(Article("a1", None, text, "en", published=date(2024, 5, 8)))
    ds = Dataset()
    extraction_to_graph(ext, ds)
    status = [(s, o, g) for s, _, o, g in ds.quads((None, NG.positionStatus, None, None))]
    assert [str(o) for _, o, _ in status] == ["former"]
    assert "nawaz-sharif" in str(status[0][0]) and "graph/a1" in str(status[0][2])
    days = {str(s): o for s, _, o, _ in ds.quads((None, NG.asOf, None, None))}
    assert len(days) == 2  # both positions, as reported on the article's day
    assert set(days.values()) == {Literal("2024-05-08", datatype=XSD.date)}


def test_officials_table_gives_the_latest_reports_status() -> None:
    from newsgraph.export.tables import official_rows
    from newsgraph.graph import KnowledgeGraph

    kg = KnowledgeGraph()
    for aid, day, text in [
        ("a1", date(2020, 1, 1), "Prime Minister Nawaz Sharif arrived in Doha."),
        ("a2", date(2024, 5, 8), "Former Prime Minister Nawaz Sharif arrived in Doha."),
    ]:
        kg.add(newsgraph.extract_article(Article(aid, None, text, "en", published=day)))
    rows = [r for r in official_rows(kg) if r["person"] == "Nawaz Sharif"]
    assert [(r["title"], r["status"], r["n_reports"]) for r in rows] == [("Prime Minister", "former", 2)]
    assert (rows[0]["first_reported"], rows[0]["last_reported"]) == ("2020-01-01", "2024-05-08")
