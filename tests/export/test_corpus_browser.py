"""The explorer and the map on the whole shared corpus, in headless Chromium driven by Playwright, offline.

The graph is built once for the module, with ``--model none`` for speed, from
``../shared/corpus/ar`` and ``../shared/corpus/en`` plus the seed article and
the English report of the same Marrakech meeting (the corpus itself does not
mention Bourita). Every context aborts requests that are not local files and
counts what was attempted.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser import PageRequests, open_page

pytestmark = [pytest.mark.browser, pytest.mark.shared]

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "000_9cbf2cd40884a872.txt"
ENGLISH = ROOT / "tests" / "data" / "marrakech_en.txt"
BOURITA = "https://w3id.org/newsgraph/id/person/nasser-bourita"
MARRAKESH = (31.63, -8.0)  # GeoNames 2542997
READY_MAP = "document.body.dataset.ngReady === '1'"


@pytest.fixture(scope="module")
def corpus(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folders = [shared_dir / "corpus" / "ar", shared_dir / "corpus" / "en"]
    if not all(f.is_dir() for f in folders):
        pytest.skip(f"needs the shared corpus at {folders[0]} and {folders[1]}")
    out = tmp_path_factory.mktemp("corpus")
    args = ["build", *map(str, folders), str(SEED), str(ENGLISH), "-o", str(out), "--model", "none"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return out


def drawn(page: Any) -> list[str]:
    return page.evaluate("ngNetwork.body.data.nodes.getIds()")


# each drawn node as on screen: its label (without the isolates around its parts), the label's height
# in pixels and the least height vis-network draws, and its box (label included) in window pixels
ON_SCREEN = """() => {
  const d = JSON.parse(document.getElementById('ng-data').textContent);
  ngNetwork.redraw();
  const scale = ngNetwork.getScale();
  const box = document.getElementById('ng-network').getBoundingClientRect();
  return ngNetwork.body.data.nodes.get().map(n => {
    const b = ngNetwork.getBoundingBox(n.id);
    const lt = ngNetwork.canvasToDOM({x: b.left, y: b.top});
    const rb = ngNetwork.canvasToDOM({x: b.right, y: b.bottom});
    return {
      id: n.id, type: n.ng_type, label: (n.label || '').replace(/[\u2068\u2069]/g, '').trim(),
      px: ((n.font && n.font.size) || d.options.nodes.font.size) * scale,
      min: d.options.nodes.scaling.label.drawThreshold,
      box: [lt.x, lt.y, rb.x, rb.y],
      inside: lt.x >= 0 && lt.y >= 0 && rb.x <= box.width && rb.y <= box.height,
    };
  });
}"""


def overlapping(nodes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Pairs of nodes whose boxes (labels included) overlap on screen by more than a pixel each way."""
    out = []
    for i, a in enumerate(nodes):
        for b in nodes[i + 1:]:
            (al, at, ar, ab), (bl, bt, br, bb) = a["box"], b["box"]
            if min(ar, br) - max(al, bl) > 1 and min(ab, bb) - max(at, bt) > 1:
                out.append((a["label"], b["label"]))
    return out


def test_first_view_is_at_most_150_labelled_nodes_quickly_and_offline(corpus: Path, browser: Any) -> None:
    page, requests = open_page(browser, corpus / "graph.html")
    body = page.evaluate("Object.assign({}, document.body.dataset)")
    assert int(body["ngNodes"]) > 1000  # the page carries the corpus...
    assert 100 <= int(body["ngVisible"]) <= 150  # ...and draws an overview
    shown = page.evaluate(ON_SCREEN)
    assert len(shown) == int(body["ngVisible"])
    # every node is labelled, large enough to be drawn (no empty box, no bare dot), and an event's
    # label says what happened first
    small = [n for n in shown if not n["label"] or n["px"] < n["min"]]
    assert small == [], small[:3]
    words = page.evaluate("(() => { const d = JSON.parse(document.getElementById('ng-data').textContent);"
                          " return Object.keys(d.words[d.language]).filter(k => k.startsWith('et:'))"
                          ".map(k => d.words[d.language][k]); })()")
    assert all(any(n["label"].startswith(w) for w in words) for n in shown if n["type"] == "Event")
    # the first view holds (nearly) all of them, and no label covers another
    assert sum(n["inside"] for n in shown) >= 0.9 * len(shown)
    assert overlapping(shown) == [] and body["ngOverlaps"] == "0"
    # every drawn entity has a drawn edge: no ring of isolated names
    isolated = page.evaluate("""() => {
      const ids = new Set(ngNetwork.body.data.nodes.getIds());
      const linked = new Set();
      ngNetwork.body.data.edges.get().forEach(e => { linked.add(e.from); linked.add(e.to); });
      return ngNetwork.body.data.nodes.get().filter(n => n.ng_type !== 'Event' && !linked.has(n.id)).length;
    }""")
    assert isolated == 0
    assert int(body["ngMs"]) < 5000, body["ngMs"]
    assert body["ngExternal"] == "0" and requests.external == []
    page.context.close()


LABEL_SIZES = """() => {
  const d = JSON.parse(document.getElementById('ng-data').textContent);
  const scale = ngNetwork.getScale();
  const box = document.getElementById('ng-network').getBoundingClientRect();
  return ngNetwork.body.data.nodes.get().map(n => {
    const at = ngNetwork.canvasToDOM(ngNetwork.getPosition(n.id));
    return {
      px: ((n.font && n.font.size) || d.options.nodes.font.size) * scale,
      inside: at.x >= 0 && at.y >= 0 && at.x <= box.width && at.y <= box.height,
      leading: d.leading.includes(n.id), min: d.options.nodes.scaling.label.drawThreshold,
    };
  });
}"""


def test_first_view_labels_read_without_zooming(corpus: Path, browser: Any) -> None:
    page, _ = open_page(browser, corpus / "graph.html")
    sizes = page.evaluate(LABEL_SIZES)
    leading = [s for s in sizes if s["leading"]]
    # the leading events and entities are labelled at 12 px or more, and most are in view (at
    # 12 px not all of them fit the window: 21 of 27 on the corpus graph of December 2026)
    assert len(leading) >= 20 and all(s["px"] >= 11.99 for s in leading)
    assert sum(s["inside"] for s in leading) >= 0.75 * len(leading)
    # a label under the threshold (9 px) is not drawn at all rather than drawn as a smudge
    assert sizes[0]["min"] >= 9
    assert sum(1 for s in sizes if s["inside"] and s["px"] >= s["min"]) >= 20
    # zoomed in, every label and the edges' role labels are drawn, and readable
    page.evaluate("() => { ngNetwork.moveTo({scale: 1.0, animation: false}); }")
    assert all(s["px"] >= s["min"] for s in page.evaluate(LABEL_SIZES))
    edge = page.evaluate("(() => { const o = JSON.parse(document.getElementById('ng-data').textContent)"
                         ".options.edges; return [o.font.size, o.scaling.label.drawThreshold]; })()")
    assert edge[0] * 1.0 >= edge[1] >= 9
    page.context.close()


@pytest.mark.parametrize("query", ["Bourita", "بوريطة"])
def test_search_finds_bourita_and_expands_his_neighbours(corpus: Path, browser: Any, query: str) -> None:
    page, requests = open_page(browser, corpus / "graph.html")
    page.fill("#ng-search-input", query)
    page.wait_for_function("document.body.dataset.ngMatches !== undefined")
    hits = page.locator("#ng-search-results button").all_inner_texts()
    assert any("Bourita" in h or "بوريطة" in h for h in hits), hits
    page.press("#ng-search-input", "Enter")
    page.wait_for_function("(id) => document.body.dataset.ngPanel === id", arg=BOURITA)
    neighbours = page.evaluate(
        "(id) => { const d = JSON.parse(document.getElementById('ng-data').textContent);"
        " return d.records[id].links.map(l => l[1]); }", BOURITA,
    )
    shown = set(drawn(page))
    assert BOURITA in shown and neighbours and set(neighbours) <= shown
    # links say the role and name the other node: no two read the same
    links = page.locator(".ng-panel-links li").all_inner_texts()
    assert len(links) == len(set(links)) >= 3
    assert any("Marrakesh" in text or "مراكش" in text for text in links), links
    assert requests.external == []
    page.context.close()


def test_event_table_sorts_by_date_filters_by_type_and_selects(corpus: Path, browser: Any) -> None:
    page, _ = open_page(browser, corpus / "graph.html")
    rows = "Array.from(document.querySelectorAll('#ng-events tbody tr'))"
    total = int(page.evaluate("document.body.dataset.ngRows"))
    page.click("#ng-events th[data-ng-sort='date'] button")
    assert page.evaluate("document.body.dataset.ngSort") == "date:asc"
    dates = page.evaluate(f"{rows}.map(r => r.querySelector('[data-ng-col=date]').textContent)")
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and len(dated) > 10
    assert all(d for d in dates[: len(dated)])  # undated rows go last
    page.click("#ng-events th[data-ng-sort='date'] button")
    column = "r => r.querySelector('[data-ng-col=date]').textContent"
    dates = page.evaluate(f"{rows}.map({column}).filter(Boolean)")
    assert dates == sorted(dates, reverse=True)

    page.select_option("#ng-table-type", "Meeting")
    meetings = int(page.evaluate("document.body.dataset.ngRows"))
    assert 0 < meetings < total
    types = page.evaluate(f"{rows}.map(r => r.dataset.ngId)")
    records = page.evaluate("JSON.parse(document.getElementById('ng-data').textContent).records")
    assert {records[i]["event_type"] for i in types} == {"Meeting"}
    assert {n["ng_event_type"] for n in page.evaluate(
        "ngNetwork.body.data.nodes.get().filter(n => n.ng_type === 'Event')")} == {"Meeting"}

    row = page.locator("#ng-events tbody tr").nth(min(3, meetings - 1))
    event = row.get_attribute("data-ng-id")
    row.click()
    page.wait_for_function("(id) => document.body.dataset.ngPanel === id", arg=event)
    assert event in drawn(page) and page.evaluate("ngNetwork.getSelectedNodes()") == [event]
    page.context.close()


def test_map_shows_the_marrakech_meeting_at_marrakesh(corpus: Path, browser: Any) -> None:
    page, requests = open_page(browser, corpus / "graph.map.html", ready=READY_MAP)
    records = page.evaluate(
        "NGPanel.hydrate(JSON.parse(document.getElementById('ng-data').textContent)).records"
    )
    meeting = next(
        node for node, r in records.items()
        if r["type"] == "Event" and r.get("event_type") == "Meeting" and r.get("reports", 0) >= 2
        and any("Marrakesh" in n or "مراكش" in n for _, n in records[r["place"]]["names"])
    )
    page.evaluate("() => { ngMap.map.setView([31.63, -8.0], 9, {animate: false}); }")
    lat, lon = page.evaluate("(id) => ngMap.position(id)", meeting)
    assert abs(lat - MARRAKESH[0]) < 0.1 and abs(lon - MARRAKESH[1]) < 0.1
    # a click on Marrakesh lists its events; the meeting opens with its reports
    x, y = page.evaluate(
        "() => { const p = ngMap.map.latLngToContainerPoint([31.63, -8.0]);"
        " const b = document.getElementById('ng-map').getBoundingClientRect();"
        " return [b.left + p.x, b.top + p.y]; }"
    )
    page.mouse.click(x, y)
    page.wait_for_function("document.body.dataset.ngPanel !== undefined")
    if page.evaluate("document.body.dataset.ngPanel") == "list":
        page.click(f"#ng-panel-body button[data-ng-id='{meeting}']")
    page.wait_for_function("(id) => document.body.dataset.ngPanel === id", arg=meeting)
    articles = page.locator(".ng-panel-articles li").all_inner_texts()
    assert len(articles) >= 2 and any("2022-05-12" in a for a in articles)
    assert page.evaluate("document.body.dataset.ngExternal") == "0" and requests.external == []
    assert int(page.evaluate("document.body.dataset.ngMs")) < 5000
    page.context.close()


def test_map_time_slider_keeps_earlier_events(corpus: Path, browser: Any) -> None:
    page, _ = open_page(browser, corpus / "graph.map.html", ready=READY_MAP)
    total = int(page.evaluate("document.body.dataset.ngShown"))
    page.evaluate("const s = document.getElementById('ng-time'); s.value = Math.floor(s.max / 2);"
                  " s.dispatchEvent(new Event('input'))")
    assert 0 < int(page.evaluate("document.body.dataset.ngShown")) < total
    page.context.close()


def test_language_switch_to_english_then_arabic_right_to_left(corpus: Path, browser: Any) -> None:
    page, _ = open_page(browser, corpus / "graph.html")
    page.select_option("#ng-lang", "en")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    assert page.inner_text("#ng-filter-reset") == "Reset filters"
    assert page.get_attribute("#ng-search-input", "placeholder").startswith("Search")
    page.select_option("#ng-lang", "ar")
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.inner_text("#ng-filter-reset") == "إلغاء التصفية"
    shown = page.evaluate(ON_SCREEN)
    assert any("اجتماع" in n["label"] for n in shown)  # event types in Arabic
    assert overlapping(shown) == []  # the Arabic labels, of other lengths, are set apart again
    page.select_option("#ng-lang", "fr")
    assert page.inner_text("#ng-filter-reset") == "Réinitialiser les filtres"
    page.context.close()


def test_permalink_restores_selection_filters_language_and_view(corpus: Path, browser: Any) -> None:
    page, _ = open_page(browser, corpus / "graph.html")
    page.select_option("#ng-lang", "ar")
    page.uncheck(".ng-filter-type[value='Organization']")
    page.fill("#ng-search-input", "Bourita")
    page.press("#ng-search-input", "Enter")
    page.wait_for_function("(id) => document.body.dataset.ngPanel === id", arg=BOURITA)
    page.click("#ng-events th[data-ng-sort='reports'] button")
    # Each call is wrapped to return nothing: vis and Leaflet return themselves, which does not serialise.
    page.evaluate("() => { ngNetwork.moveTo({position: {x: 120, y: -80}, scale: 0.8, animation: false}); }")
    page.evaluate("() => { ngNetwork.emit('dragEnd', {}); }")
    url = page.url
    assert "#" in url and "sel=" in url
    before = sorted(drawn(page))
    page.context.close()

    context = browser.new_context(viewport={"width": 1400, "height": 900})
    requests = PageRequests()
    context.on("request", requests)
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page = context.new_page()
    page.goto(url)  # a fresh page opened at the permalink
    page.wait_for_function("document.body.dataset.ngStable === '1' && document.body.dataset.ngPanel")
    assert page.evaluate("document.body.dataset.ngPanel") == BOURITA
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert not page.is_checked(".ng-filter-type[value='Organization']")
    assert page.input_value("#ng-search-input") == "Bourita"
    assert page.evaluate("document.body.dataset.ngSort") == "reports:desc"
    assert sorted(drawn(page)) == before
    scale = page.evaluate("ngNetwork.getScale()")
    assert abs(scale - 0.8) < 0.01
    assert requests.external == []
    page.context.close()


def test_csv_export_of_filtered_meetings_matches_the_table(
    corpus: Path, browser: Any, tmp_path: Path
) -> None:
    page, requests = open_page(browser, corpus / "graph.html")
    page.select_option("#ng-table-type", "Meeting")
    page.click("#ng-events th[data-ng-sort='date'] button")
    with page.expect_download() as info:
        page.click("#ng-export-csv")
    assert info.value.suggested_filename == "newsgraph-events.csv"
    info.value.save_as(tmp_path / "events.csv")
    text = (tmp_path / "events.csv").read_text(encoding="utf-8-sig")
    exported = list(csv.DictReader(io.StringIO(text, newline="")))
    shown = page.evaluate(
        "Array.from(document.querySelectorAll('#ng-events tbody tr')).map(r => [r.dataset.ngId,"
        " r.querySelector('[data-ng-col=date]').textContent,"
        " r.querySelector('[data-ng-col=place]').textContent])"
    )
    assert 0 < len(shown) == len(exported)
    assert [[r["iri"], r["date"], r["place"]] for r in exported] == shown
    chosen = page.evaluate("document.querySelector('#ng-table-type').selectedOptions[0].textContent")
    assert {r["type"] for r in exported} == {chosen}
    assert requests.external == []
    page.context.close()


XSS_IRI = "https://w3id.org/newsgraph/id/person/xss-probe"
# every record's panel, once each: names, links, articles and sentences all go through the page's DOM code
SHOW_EVERY_PANEL = """() => {
  const d = NGPanel.hydrate(JSON.parse(document.getElementById('ng-data').textContent));
  const panel = new NGPanel.Panel(d.records, d.ui, () => 0, true);
  Object.keys(d.records).forEach(id => panel.show(id));
  return Object.keys(d.records).length;
}"""


def test_names_with_markup_do_not_run_on_the_corpus_pages(corpus: Path, browser: Any, tmp_path: Path) -> None:
    from rdflib import RDF, RDFS, Literal, URIRef

    from newsgraph.export.geomap import write_map
    from newsgraph.export.html import write_html
    from newsgraph.export.timeline import write_timeline
    from newsgraph.graph import KnowledgeGraph
    from newsgraph.graph.ns import NG

    xss = '<script>window.__xss = 1</script>"><img src=x onerror="window.__xss = 2">'
    kg = KnowledgeGraph.load(corpus / "graph.nq")
    dataset = kg.dataset
    # the corpus with one more actor of the Marrakech meeting, named with markup in English and Arabic
    meeting, graph = next(
        (s, g) for s, _, _, g in dataset.quads((None, NG.agent, URIRef(BOURITA), None))
        if (s, RDF.type, NG.Event) in dataset
    )
    named = dataset.graph(graph)
    person = URIRef(XSS_IRI)
    named.add((person, RDF.type, NG.Person))
    named.add((person, RDFS.label, Literal(xss, lang="en")))
    named.add((person, RDFS.label, Literal(xss + " عربي", lang="ar")))
    named.add((meeting, NG.agent, person))
    pages = {"graph.html": (write_html, "document.body.dataset.ngStable === '1'"),
             "graph.timeline.html": (write_timeline, "document.body.dataset.ngDrawn === '1'"),
             "graph.map.html": (write_map, READY_MAP)}
    for name, (write, ready) in pages.items():
        write(dataset, tmp_path / name)
        page, requests = open_page(browser, tmp_path / name, ready=ready)
        assert page.evaluate(SHOW_EVERY_PANEL) > 0
        for lang in ("ar", "fr", "en") if page.locator("#ng-lang").count() else ():
            page.select_option("#ng-lang", lang)  # the switch redraws every name
        assert page.evaluate("window.__xss") is None and page.locator("img").count() == 0
        assert requests.external == []
        if name == "graph.html":  # found by its markup, drawn and shown as text
            page.fill("#ng-search-input", "<script>window.__xss")
            page.wait_for_function("document.body.dataset.ngMatches === '1'")
            page.press("#ng-search-input", "Enter")
            page.wait_for_function("(id) => document.body.dataset.ngPanel === id", arg=XSS_IRI)
            assert page.inner_text(".ng-panel-title") == xss
            label = page.evaluate("(id) => ngNetwork.body.data.nodes.get(id).label", XSS_IRI)
            assert len(label) > 20 and xss.startswith(label.rstrip("…"))  # drawn on the canvas, cut short
            assert page.evaluate("window.__xss") is None and page.locator("img").count() == 0
        page.context.close()
