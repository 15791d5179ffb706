"""Tests for newsgraph.export.html: offline page, labels by language, escaping, and a real browser.

Tests marked ``browser`` load the written page in headless Chromium with
networking cut off (see ``browser.py``) and read back what the page recorded
on ``<body>`` once the network was drawn and stable.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, RDFS, Dataset, Literal, URIRef

from newsgraph.errors import GraphError
from newsgraph.export.html import (
    LAYOUT_IN_BROWSER,
    external_resources,
    render_html,
    write_html,
)
from newsgraph.export.offline import strip_external
from newsgraph.graph.ns import NG, NGT

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser import render_dom
from test_networkx import BOURITA, MEETING, MOROCCO, PLEDGE, ROE, STATEMENT, XSS, sample_dataset

# script/link/img tags whose src or href points to http(s)
REMOTE_TAG = re.compile(r"""<(?:script|link|img)\b[^>]*\b(?:src|href)\s*=\s*["']?\s*https?://""", re.I)


def page_data(html: str) -> dict[str, Any]:
    """The JSON the page draws from (nodes, edges, options)."""
    match = re.search(r'<script id="ng-data" type="application/json">(.*?)</script>', html, re.S)
    assert match, "no #ng-data block"
    return json.loads(match.group(1))


def body_attrs(dom: str) -> dict[str, str]:
    tag = re.search(r"<body\b[^>]*>", dom)
    assert tag, "no <body> in the dumped DOM"
    return dict(re.findall(r'(data-[\w-]+)="([^"]*)"', tag.group(0)))


def tips(data: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {n["id"]: {k: v for k, v in n["ng_tip"]} for n in data["nodes"]}


def synthetic(n_events: int, seed: int = 1) -> Dataset:
    """Events linking a pool of persons, organizations and countries (degree varies)."""
    import random

    rng = random.Random(seed)
    ds = Dataset(default_union=True)
    pool = [URIRef(f"https://example.org/p{i}") for i in range(n_events)]
    for i, node in enumerate(pool):
        ds.add((node, RDF.type, (NG.Person, NG.Organization, NG.Country)[i % 3]))
        ds.add((node, RDFS.label, Literal(f"entity {i}", lang="en")))
    for i in range(n_events):
        ev = URIRef(f"https://example.org/e{i}")
        ds.add((ev, RDF.type, NG.Event))
        ds.add((ev, NG.eventType, NGT.Meeting))
        for who in rng.sample(pool[: max(3, n_events // 4)], 2):
            ds.add((ev, NG.participant, who))
    return ds


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return sample_dataset()


@pytest.fixture(scope="module")
def pages(dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("html")
    paths = {}
    for lang in ("ar", "en"):
        paths[lang] = out / f"view-{lang}.html"
        write_html(dataset, paths[lang], title=f"test {XSS}", language=lang)
    return paths


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_write_html_loads_nothing_remote(pages: dict[str, Path], lang: str) -> None:
    html = pages[lang].read_text(encoding="utf-8")
    assert not REMOTE_TAG.search(html)
    assert external_resources(html) == []
    assert "vis.Network" in html  # vis-network is inlined
    assert not re.search(r"<link\b|<script\b[^>]*\bsrc=", html, re.I)


def test_external_resources_finds_remote_tags() -> None:
    html = (
        '<link href="https://cdn.example/a.css" rel="stylesheet"><script src=http://x/y.js></script>'
        "<img src='//img.example/i.png'><img src=\"data:image/png;base64,AAAA\"><script src=\"local.js\">"
        "<style>@import url(https://f.example/f.css); .a{background:url(data:x)}</style>"
    )
    assert external_resources(html) == [
        "https://cdn.example/a.css", "http://x/y.js", "//img.example/i.png", "https://f.example/f.css",
    ]


def test_strip_external_removes_remote_tags_only() -> None:
    html = (
        '<script src="https://cdn.example/b.js"></script><script>var a = "<script>";</script>'
        '<link rel="stylesheet" href="https://cdn.example/b.css"><img src="data:image/png;base64,AA">'
    )
    assert strip_external(html) == '<script>var a = "<script>";</script><img src="data:image/png;base64,AA">'


@pytest.mark.parametrize(
    ("lang", "bourita", "other_name", "meeting", "role", "direction"),
    [
        ("ar", "ناصر بوريطة", ("الاسم (en)", "Nasser Bourita"), "اجتماع 2022-05-11", "مشارك", "rtl"),
        ("en", "Nasser Bourita", ("Name (ar)", "ناصر بوريطة"), "Meeting 2022-05-11", "participant", "ltr"),
    ],
)
def test_render_html_labels_follow_language(
    dataset: Dataset, lang: str, bourita: str, other_name: tuple[str, str], meeting: str, role: str,
    direction: str,
) -> None:
    html = render_html(dataset, language=lang)
    data = page_data(html)
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert labels[str(BOURITA)] == bourita
    assert labels[str(MEETING)] == meeting
    assert tips(data)[str(BOURITA)][other_name[0]] == other_name[1]
    roles = {(e["from"], e["to"]): e["label"] for e in data["edges"]}
    assert roles[(str(MEETING), str(BOURITA))] == role
    assert f'<html lang="{lang}">' in html and f'<div id="ng-network" dir="{direction}">' in html


def test_render_html_default_language_from_articles(dataset: Dataset) -> None:
    assert '<html lang="ar">' in render_html(dataset)


def test_render_html_folds_positions_and_amounts(dataset: Dataset) -> None:
    data = page_data(render_html(dataset, language="ar"))
    types = {n["ng_type"] for n in data["nodes"]}
    assert types == {"Event", "Person", "Organization", "Country", "Place"}
    assert len(data["nodes"]) == 10
    tip = tips(data)
    assert tip[str(BOURITA)]["المنصب"] == "وزير الخارجية (المغرب)"
    assert tip[str(PLEDGE)]["المبلغ"] == "700,000,000 EUR"
    assert tip[str(MEETING)]["الدليل"].startswith("التقى")
    assert tip[str(MEETING)]["نوع الحدث"] == "اجتماع / Meeting"
    assert tip[str(STATEMENT)]["التاريخ"] == "2022-05"
    position_edges = [e for e in data["edges"] if e["ng_role"] == "holdsPosition"]
    assert sorted(e["label"] for e in position_edges) == ["spokesperson", "وزير الخارجية", "وزير الخارجية"]


def test_render_html_escapes_article_text(dataset: Dataset) -> None:
    html = render_html(dataset, title=XSS, language="en")
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;&#34;&gt;&lt;img src=x" in html
    data = page_data(html)
    assert tips(data)[str(STATEMENT)]["Evidence"] == f"The spokesperson said {XSS}."
    node = next(n for n in data["nodes"] if n["id"] == str(ROE))
    assert node["label"].startswith("<script>alert(1)</script>")  # text, drawn on a canvas


def test_render_html_legend_and_rtl(dataset: Dataset) -> None:
    html = render_html(dataset, language="ar")
    legend = re.search(r'<aside id="ng-legend" dir="auto".*?</aside>', html, re.S)
    assert legend
    for kind, name in (("Event", "حدث"), ("Person", "شخص"), ("Country", "دولة"), ("Place", "مكان")):
        swatch = rf'data-ng-type="{kind}".*?<span dir="auto" data-ng-ui="{kind}">{name}</span>'
        assert re.search(swatch, legend.group(0), re.S)


def test_render_html_keeps_most_connected_nodes() -> None:
    ds = synthetic(40)
    html = render_html(ds, max_nodes=12, language="en")
    data = page_data(html)
    assert len(data["nodes"]) == 12
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    # the kept pool entities are the busiest ones: every one of them takes part in some event
    assert 'data-ng-total="80"' in html and 'data-ng-shown="12"' in html
    notice = re.search(r'<p id="ng-notice"[^>]*>(.*?)</p>', html)
    assert notice and notice.group(1) == "Showing the 12 most connected of 80 nodes; 68 nodes were left out."


def test_render_html_physics_stabilises_then_stops(dataset: Dataset) -> None:
    html = render_html(dataset)
    physics = page_data(html)["options"]["physics"]
    assert physics["enabled"] and physics["stabilization"]["enabled"]
    assert "stabilizationIterationsDone" in html and "setOptions({ physics: false })" in html


# ---------------------------------------------------------------- in a real browser


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_html_renders_offline_in_chromium(pages: dict[str, Path], lang: str) -> None:
    attrs = body_attrs(render_dom(pages[lang]))
    assert attrs["data-ng-nodes"] == "10"
    assert attrs["data-ng-edges"] == "12"
    assert attrs["data-ng-drawn"] == "1" and attrs["data-ng-stable"] == "1"
    assert attrs["data-ng-external"] == "0"


PROBE = """<script>
window.addEventListener("load", function () {
  var probe = document.createElement("div");
  probe.id = "ng-probe";
  ngNetwork.body.data.nodes.get().forEach(function (n) {
    if (n.title) { probe.appendChild(n.title.cloneNode(true)); }
  });
  document.body.appendChild(probe);
  document.body.setAttribute("data-probe-img", String(document.getElementsByTagName("img").length));
  document.body.setAttribute("data-probe-script", String(document.getElementsByTagName("script").length));
});
</script>"""


@pytest.mark.browser
def test_html_tooltips_are_text_in_chromium(pages: dict[str, Path], tmp_path: Path) -> None:
    page = tmp_path / "probe.html"
    page.write_text(pages["en"].read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), "utf-8")
    dom = render_dom(page)
    attrs = body_attrs(dom)
    assert attrs["data-probe-img"] == "0"
    # ng-data, vis-network, panel, table, export, declutter, view, the probe
    assert attrs["data-probe-script"] == "8"
    probe = dom[dom.index('<div id="ng-probe">'):]
    assert "The spokesperson said &lt;script&gt;alert(1)&lt;/script&gt;\"&gt;&lt;img src=x" in probe
    assert '<div class="ng-tip" dir="auto">' in probe and "<bdi>Nasser Bourita</bdi>" not in probe
    assert "<bdi>ناصر بوريطة</bdi>" in probe


@pytest.mark.browser
def test_html_max_nodes_in_chromium(tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    write_html(synthetic(150), page, max_nodes=100, language="en")
    attrs = body_attrs(render_dom(page))
    assert (attrs["data-ng-nodes"], attrs["data-ng-shown"], attrs["data-ng-total"]) == ("100", "100", "300")
    assert attrs["data-ng-stable"] == "1" and attrs["data-ng-external"] == "0"


# ---------------------------------------------------------------- explorer features (no browser)


def test_render_html_sizes_events_by_reports(dataset: Dataset) -> None:
    data = page_data(render_html(dataset, language="en"))
    events = {n["id"]: n for n in data["nodes"] if n["ng_type"] == "Event"}
    assert events[str(MEETING)]["ng_reports"] == 1 and events[str(MEETING)]["font"]["size"] == 14
    one = render_html(synthetic(4), language="en")
    assert all(n["ng_reports"] == 0 for n in page_data(one)["nodes"] if n["ng_type"] == "Event")


def test_render_html_records_feed_the_panel(dataset: Dataset) -> None:
    data = page_data(render_html(dataset, language="ar"))
    record = data["records"][str(BOURITA)]
    assert ["ar", "ناصر بوريطة"] in record["names"] and ["en", "Nasser Bourita"] in record["names"]
    assert record["articles"][0]["title"] == "اجتماع التحالف في مراكش"
    assert record["evidence"][0]["text"].startswith("التقى") and record["evidence"][0]["lang"] == "ar"
    morocco = data["records"][str(MOROCCO)]
    assert morocco["wikidata"] == ["http://www.wikidata.org/entity/Q1028"]
    assert morocco["alt"] == ["المملكة المغربية"]
    assert data["records"][str(MEETING)]["span"] == ["2022-05-11", "2022-05-11", "event"]
    assert data["ui"]["search"] == "بحث"


def test_render_html_filters_list_event_types_and_dates(dataset: Dataset) -> None:
    html = render_html(dataset, language="en")
    codes = re.findall(r'class="ng-filter-event" value="([^"]+)"', html)
    assert sorted(codes) == ["AidPledge", "Meeting", "Statement"]
    assert 'id="ng-date-from" type="date" min="2022-05-01" max="2022-05-31"' in html
    assert re.findall(r'class="ng-filter-type" value="([^"]+)"', html) == [
        "Event", "Person", "Organization", "Country", "Place",
    ]


@pytest.mark.parametrize("name", ["ناصر بوريطه", "نَاصِر بوريطة", "nasser bourita", "Bourita"])
def test_render_html_focus_any_language(dataset: Dataset, name: str) -> None:
    html = render_html(dataset, language="en", focus=name, hops=1)
    ids = {n["id"] for n in page_data(html)["nodes"]}
    assert ids == {str(BOURITA), str(MEETING), str(MOROCCO)}
    notice = r'<p id="ng-notice"[^>]*>Neighbourhood of “[^”]+” within 1 links: 3 of 10 nodes.</p>'
    assert re.search(notice, html)


def test_render_html_focus_unknown_name_suggests(dataset: Dataset) -> None:
    with pytest.raises(GraphError, match="no node is labelled 'Bouritta'.*nasser bourita"):
        render_html(dataset, focus="Bouritta")


def test_render_html_big_graph_is_carried_whole_and_drawn_as_an_overview() -> None:
    data = page_data(render_html(synthetic(420), language="en", max_nodes=LAYOUT_IN_BROWSER + 10))
    assert len(data["nodes"]) > LAYOUT_IN_BROWSER and data["budget"] == 150
    assert all("ng_tip" not in n for n in data["nodes"])  # the panel has it all; the page stays small
    order = data["order"]
    assert sorted(order["events"] + order["entities"]) == sorted(n["id"] for n in data["nodes"])
    # physics lays out the overview only: its iterations are bounded by the overview's size
    assert data["options"]["physics"]["enabled"]
    assert data["options"]["physics"]["stabilization"]["iterations"] >= 120_000 // 300
    # nodes that do not lead are labelled large enough to be drawn in the first view, not empty boxes
    scale, least = data["readable_scale"], data["options"]["nodes"]["scaling"]["label"]["drawThreshold"]
    sizes = [(n.get("font") or data["options"]["nodes"]["font"])["size"] for n in data["nodes"]]
    assert data["leading"] and min(sizes) * scale >= least
    words = data["words"]
    assert set(words) == {"en", "ar", "fr"} and words["fr"]["reset"] == "Réinitialiser les filtres"
