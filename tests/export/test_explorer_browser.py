"""The explorer pages in a real browser: headless Chromium driven by Playwright, offline.

One browser per module. The graph is the seed article (Arabic) plus a short
English report of the same Marrakech meeting (``tests/data/marrakech_en.txt``);
the XSS page is built from a crafted article (``tests/data/viz_xss_en.txt``:
markup in its title, url and sentences) plus the hand-made sample whose
person is *named* with markup (``test_networkx.XSS``). Every context aborts
requests that are not local files, and counts what was attempted.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph.api import build
from newsgraph.cli import cli
from newsgraph.export.geomap import write_map
from newsgraph.export.html import write_html
from newsgraph.export.timeline import write_timeline
from newsgraph.graph import KnowledgeGraph
from newsgraph.graph.results import with_prefixes

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser import open_page
from test_networkx import XSS, sample_dataset
from test_timeline_browser import ITEM_BOXES, covered, labels_past_their_bars

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "000_9cbf2cd40884a872.txt"
ENGLISH = ROOT / "tests" / "data" / "marrakech_en.txt"
CRAFTED = ROOT / "tests" / "data" / "viz_xss_en.txt"
SHOWN = (
    "SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE { VALUES ?t { ng:Event ng:Person ng:Organization ng:Country "
    "ng:Place } ?n a ?t }"
)
READY_TIMELINE = "document.body.dataset.ngDrawn === '1'"
READY_GRAPH = "document.body.dataset.ngStable === '1'"
READY_MAP = "document.body.dataset.ngReady === '1'"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[KnowledgeGraph, Path]:
    out = tmp_path_factory.mktemp("explorer")
    kg = build([SEED, ENGLISH])
    write_html(kg.dataset, out / "graph.html")
    write_timeline(kg.dataset, out / "graph.timeline.html")
    return kg, out


def records(page: Any) -> dict[str, dict[str, Any]]:
    data = "JSON.parse(document.getElementById('ng-data').textContent)"
    return page.evaluate(f"NGPanel.hydrate({data}).records")  # the map and timeline write it compact


def click_node(page: Any, node: str) -> None:
    """Centre ``node``, then click it on the canvas like a user."""
    x, y = page.evaluate(
        """(id) => {
          ngNetwork.focus(id, {scale: 2.0, animation: false});
          ngNetwork.redraw();
          const at = ngNetwork.canvasToDOM(ngNetwork.getPosition(id));
          const box = document.getElementById('ng-network').getBoundingClientRect();
          return [box.left + at.x, box.top + at.y];
        }""",
        node,
    )
    page.mouse.click(x, y)
    page.wait_for_function("(id) => document.body.dataset.ngPanel === id", arg=node, timeout=5000)


def test_graph_page_renders_every_node_without_requests(
    built: tuple[KnowledgeGraph, Path], browser: Any
) -> None:
    kg, out = built
    expected = int(next(iter(kg.query(with_prefixes(SHOWN))))[0])
    page, requests = open_page(browser, out / "graph.html")
    body = page.evaluate("Object.assign({}, document.body.dataset)")
    assert int(body["ngNodes"]) == expected > 30  # the page carries every node...
    data = records(page)
    events = {n for n, r in data.items() if r["type"] == "Event"}
    linked = {n for n, r in data.items() if r["links"]}
    # ...and draws, under the overview's budget, every event and entities linked to what is drawn
    drawn = set(page.evaluate("ngNetwork.body.data.nodes.getIds()"))
    assert events <= drawn <= events | linked and len(drawn) > len(events)
    assert int(body["ngVisible"]) == len(drawn) < expected and body["ngExternal"] == "0"
    assert requests.external == [] and len(requests.local) == 1
    page.context.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("بوريطة", "ناصر بوريطة"),
        ("بوريطه", "ناصر بوريطة"),
        ("بُورِيطة", "ناصر بوريطة"),
        ("Bourita", "ناصر بوريطة"),  # one node for both reports; an Arabic page shows its Arabic label
    ],
    ids=["ar-ta-marbuta", "ar-ha", "ar-tashkeel", "en"],
)
def test_graph_page_search_normalises_arabic(
    built: tuple[KnowledgeGraph, Path], browser: Any, query: str, expected: str
) -> None:
    page, requests = open_page(browser, built[1] / "graph.html")
    page.fill("#ng-search-input", query)
    page.wait_for_function("document.body.dataset.ngMatches !== undefined")
    hits = page.locator("#ng-search-results button").all_inner_texts()
    assert any(expected in hit for hit in hits), hits
    page.press("#ng-search-input", "Enter")
    page.wait_for_function("document.body.dataset.ngPanel !== undefined")
    assert expected in page.inner_text(".ng-panel-title") or expected in page.inner_text("#ng-panel-body")
    assert requests.external == []
    page.context.close()


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_graph_page_click_opens_panel_with_evidence(
    built: tuple[KnowledgeGraph, Path], browser: Any, lang: str, direction: str
) -> None:
    page, _ = open_page(browser, built[1] / "graph.html")  # an Arabic page: <body dir="rtl">
    data = records(page)
    meeting = next(  # the Marrakech meeting: one node, reported in Arabic and in English
        node for node, r in sorted(data.items())
        if r.get("event_type") == "Meeting" and any(e["lang"] == lang for e in r["evidence"])
        and any(a["date"] for a in r["articles"])
    )
    click_node(page, meeting)
    assert not page.locator("#ng-panel").is_hidden()
    # the title says what happened, who and where: type, actors, place (and when)
    title = page.inner_text(".ng-panel-title")
    assert title == page.evaluate("(id) => ngView.names.label(id, true)", meeting)
    assert ("اجتماع" in title or "Meeting" in title) and ("مراكش" in title or "Marrakesh" in title)
    assert ("بوريطة" in title or "Bourita" in title)
    # type, actors, place and date, each isolated in a <bdi> so mixed directions keep their order
    parts = page.locator(".ng-panel-title bdi").all_inner_texts()
    assert len(parts) >= 4 and " · ".join(parts) == title
    evidence = next(e for e in data[meeting]["evidence"] if e["lang"] == lang)
    quote = page.locator(f"#ng-panel-body blockquote.ng-evidence p[lang='{lang}']").first
    assert quote.inner_text() == evidence["text"]
    assert quote.get_attribute("dir") == "auto" and quote.get_attribute("lang") == lang
    assert quote.evaluate("p => getComputedStyle(p).direction") == direction
    articles = page.locator(".ng-panel-articles li").all_inner_texts()
    assert any("2022-05-12" in a for a in articles)
    page.context.close()


def test_graph_page_filters_hide_the_right_nodes(built: tuple[KnowledgeGraph, Path], browser: Any) -> None:
    page, _ = open_page(browser, built[1] / "graph.html")
    data = records(page)
    drawn = "ngNetwork.body.data.nodes.getIds()"
    page.uncheck(".ng-filter-type[value='Person']")
    shown = page.evaluate(drawn)
    assert shown and all(data[n]["type"] != "Person" for n in shown)
    assert page.evaluate("document.body.dataset.ngVisible") == str(len(shown))
    page.click("#ng-filter-reset")
    page.uncheck(".ng-filter-event[value='Meeting']")
    shown = page.evaluate(drawn)
    assert all(data[n].get("event_type") != "Meeting" for n in shown)
    assert any(data[n]["type"] == "Event" for n in shown)
    # an entity that loses all its drawn edges is not drawn
    edges = page.evaluate("ngNetwork.body.data.edges.get().map(e => [e.from, e.to])")
    linked = {n for e in edges for n in e}
    assert all(data[n]["type"] == "Event" or n in linked for n in shown)
    page.click("#ng-filter-reset")
    page.fill("#ng-date-from", "2022-05-11")
    page.fill("#ng-date-to", "2022-05-11")
    page.dispatch_event("#ng-date-to", "change")
    shown_events = [n for n in page.evaluate(drawn) if data[n]["type"] == "Event"]
    assert shown_events
    assert all(data[e]["span"][0] <= "2022-05-11" <= data[e]["span"][1] for e in shown_events)
    page.context.close()


def test_timeline_shows_the_seed_events(built: tuple[KnowledgeGraph, Path], browser: Any) -> None:
    page, requests = open_page(browser, built[1] / "graph.timeline.html", ready=READY_TIMELINE)
    data = records(page)
    dated = {n for n, r in data.items() if r["type"] == "Event" and r.get("span")}
    assert len(dated) >= 8
    assert page.evaluate("document.body.dataset.ngEvents") == str(len(dated))
    ids = page.evaluate("ngTimeline.itemsData.get().flatMap(i => i.ng_events)")
    assert sorted(ids) == sorted(dated)  # each event once
    assert page.locator(".vis-item").count() >= 1 and requests.external == []
    # the arrest «منذ 2002» spans twenty years, a bar too short for its label at this zoom: a box instead
    boxes = page.evaluate(ITEM_BOXES)
    assert labels_past_their_bars(boxes) == [] and covered(boxes) == []
    badge = page.locator(".vis-item .ng-count").first  # "×2" stands apart from the place before it
    assert badge.evaluate("b => parseFloat(getComputedStyle(b).marginLeft) > 0 && "
                          "parseFloat(getComputedStyle(b).marginRight) > 0")
    page.select_option("#ng-group-by", "event-type")
    groups = page.evaluate("ngTimeline.groupsData.get().map(g => g.ng_name)")
    assert any("Meeting" in g or "اجتماع" in g for g in groups)
    page.evaluate("() => { ngTimeline.setSelection([ngTimeline.itemsData.getIds()[0]]); }")
    page.locator(".vis-item.vis-selected .vis-item-content").first.click()
    page.wait_for_function("document.body.dataset.ngPanel !== undefined")
    assert page.locator("#ng-panel-body blockquote.ng-evidence").count() >= 1
    page.context.close()


SHOW_EVERY_PANEL = """() => {
  const d = NGPanel.hydrate(JSON.parse(document.getElementById('ng-data').textContent));
  const panel = new NGPanel.Panel(d.records, d.ui, () => 0, true);
  Object.keys(d.records).forEach(id => panel.show(id));
  return document.getElementById('ng-panel-body').textContent.length;
}"""


@pytest.mark.parametrize("source", ["crafted article", "hand-made names"])
def test_pages_render_crafted_markup_as_text(tmp_path: Path, browser: Any, source: str) -> None:
    dataset = build([CRAFTED]).dataset if source == "crafted article" else sample_dataset()
    graph_page, timeline_page = tmp_path / "xss.html", tmp_path / "xss.timeline.html"
    map_page = tmp_path / "xss.map.html"
    write_html(dataset, graph_page, title=XSS, language="en")
    write_timeline(dataset, timeline_page, title=XSS, language="en")
    write_map(dataset, map_page, title=XSS, language="en")
    # inlined scripts: data, library, panel.js, page script (+ table.js, export.js and declutter.js;
    # + outlines and topojson on the map)
    pages = ((graph_page, READY_GRAPH, 7), (timeline_page, READY_TIMELINE, 4), (map_page, READY_MAP, 6))
    for path, ready, scripts in pages:
        page, requests = open_page(browser, path, ready=ready)
        placed = page.evaluate("document.body.dataset.ngPoints") != "0"  # map records: placed events only
        assert page.evaluate(SHOW_EVERY_PANEL) > 0 or (path == map_page and not placed)  # every record, panel
        assert page.title() == XSS
        assert page.evaluate("window.__xss") is None
        assert page.locator("img").count() == 0
        assert page.locator("script").count() == scripts
        for lang in ("ar", "fr", "en") if page.locator("#ng-lang").count() else ():
            page.select_option("#ng-lang", lang)  # the language switch redraws every name
        assert requests.external == []
        page.context.close()

    page, _ = open_page(browser, graph_page)
    data = records(page)
    if source == "hand-made names":
        node = next(n for n, r in data.items() if r["label"] == XSS)
        page.fill("#ng-search-input", "<script>alert(1)")
        page.wait_for_function("document.body.dataset.ngMatches === '1'")
        assert XSS in page.inner_text("#ng-search-results")
        click_node(page, node)
        assert page.inner_text(".ng-panel-title") == XSS
    else:
        # a node whose evidence is the crafted sentence (which node comes first varies with hash order)
        node = next(n for n, r in data.items()
                    if r["articles"] and any("__xss = 3" in e["text"] for e in r.get("evidence") or ()))
        click_node(page, node)
        shown = page.locator(".ng-panel-articles li").first
        assert "<script>window.__xss = 1</script>" in shown.inner_text()
        assert shown.locator("a").count() == 0  # its javascript: url never becomes a link
        sentences = page.locator(".ng-evidence p").all_inner_texts()
        assert any("<script>window.__xss = 3</script>" in t for t in sentences)
    assert page.evaluate("window.__xss") is None and page.locator("img").count() == 0
    page.context.close()


def test_cli_visualize_focus_writes_the_neighbourhood(
    built: tuple[KnowledgeGraph, Path], tmp_path: Path, browser: Any
) -> None:
    graph_file, out = tmp_path / "graph.trig", tmp_path / "focus.html"
    built[0].serialize(graph_file, format="trig")
    args = ["visualize", str(graph_file), "-o", str(out), "--focus", "بوريطه", "--hops", "1"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    page, _ = open_page(browser, out)
    body = page.evaluate("Object.assign({}, document.body.dataset)")
    assert 2 <= int(body["ngNodes"]) < int(body["ngTotal"])
    assert "بوريطه" in page.inner_text("#ng-notice")
    assert "ناصر بوريطة" in page.evaluate("ngNetwork.body.data.nodes.get().map(n => n.label)")
    page.context.close()
