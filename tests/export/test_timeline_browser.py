"""The timeline page in headless Chromium (Playwright, offline): labels, one item per event, scale.

Two graphs: the shared corpus (``../shared/corpus/ar`` and ``/en``, built
once with ``--model none``; skipped when absent) for what the labels say, and
a synthetic dataset of 5,000 events (a third of them on one day, as month-only
dates pile up in the 2,000-article corpus) for size and time to interactive.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal

from newsgraph.cli import cli
from newsgraph.export.timeline import write_timeline
from newsgraph.graph.ns import NG

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser import open_page

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
READY = "document.body.dataset.ngDrawn === '1'"
FSI, PDI = "\u2068", "\u2069"

# every drawn item: its events, whether it is a cluster, the texts of its <bdi> parts, its tooltip
ITEMS = """() => ngTimeline.itemsData.get().map(i => ({
  id: i.id, events: i.ng_events, cluster: i.className === 'ng-cluster', group: i.group,
  day: new Date(i.start).toISOString().slice(0, 10),
  parts: Array.from(i.content.querySelectorAll('bdi')).map(b => b.textContent),
  title: i.content.getAttribute('title') || '',
}))"""


# each drawn item's box and its label's, in window pixels, and whether it is a bar (a span of time)
ITEM_BOXES = """() => Array.from(document.querySelectorAll('.vis-item')).map(item => {
  const label = item.querySelector('.ng-item-label');
  if (!label) { return null; }
  const a = item.getBoundingClientRect(), b = label.getBoundingClientRect();
  return {text: label.textContent, bar: item.classList.contains('vis-range'),
          item: [a.left, a.top, a.right, a.bottom], label: [b.left, b.top, b.right, b.bottom]};
}).filter(Boolean)"""


def covered(boxes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Pairs of items where one's box or label covers the other's (by more than a pixel each way)."""
    def span(box: dict[str, Any]) -> list[float]:
        (il, it, ir, ib), (ll, lt, lr, lb) = box["item"], box["label"]
        return [min(il, ll), min(it, lt), max(ir, lr), max(ib, lb)]

    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            (al, at, ar, ab), (bl, bt, br, bb) = span(a), span(b)
            if min(ar, br) - max(al, bl) > 1 and min(ab, bb) - max(at, bt) > 1:
                out.append((a["text"], b["text"]))
    return out


def labels_past_their_bars(boxes: list[dict[str, Any]]) -> list[str]:
    """Bars whose label runs out of them (vis-timeline stacks a bar by its length, not its label)."""
    return [b["text"] for b in boxes
            if b["bar"] and (b["label"][0] < b["item"][0] - 1 or b["label"][2] > b["item"][2] + 1)]


@pytest.fixture(scope="module")
def corpus_timeline(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folders = [shared_dir / "corpus" / "ar", shared_dir / "corpus" / "en"]
    if not all(f.is_dir() for f in folders):
        pytest.skip(f"needs the shared corpus at {folders[0]} and {folders[1]}")
    out = tmp_path_factory.mktemp("corpus_timeline")
    result = CliRunner().invoke(cli, ["build", *map(str, folders), "-o", str(out), "--model", "none"])
    assert result.exit_code == 0, result.output
    return out / "graph.timeline.html"


def show_everything(page: Any) -> None:
    """Zoom until no cluster is left (each click on one zooms in or lists its day)."""
    for _ in range(40):
        clusters = [i for i in page.evaluate(ITEMS) if i["cluster"]]
        if not clusters:
            return
        page.evaluate("(id) => { ngTimeline.setSelection([id]); ngTimeline.emit('select', {items: [id]}); }",
                      clusters[0]["id"])
        if page.evaluate("document.body.dataset.ngPanel") == "list":
            return  # a day with more events than the page draws: listed in the panel


@pytest.mark.shared
@pytest.mark.parametrize("group_by", ["country", "event-type"])
def test_corpus_labels_say_what_happened(corpus_timeline: Path, browser: Any, group_by: str) -> None:
    page, requests = open_page(browser, corpus_timeline, ready=READY)
    if group_by != "country":
        page.select_option("#ng-group-by", group_by)
    data = page.evaluate("NGPanel.hydrate(JSON.parse(document.getElementById('ng-data').textContent))")
    records, words = data["records"], data["words"][data["language"]]
    items = page.evaluate(ITEMS)
    assert items and int(page.evaluate("document.body.dataset.ngItems")) <= 250
    # one item per event node: no event is drawn twice, in either grouping
    drawn = Counter(e for i in items for e in i["events"])
    assert drawn and max(drawn.values()) == 1
    assert set(drawn) <= {e["id"] for e in data["events"]}
    said = 0
    for item in (i for i in items if not i["cluster"]):
        record = records[item["events"][0]]
        type_name = words.get(f"et:{record['event_type']}") or record["event_type_label"]
        assert item["parts"][0] == type_name  # what happened, first
        if record.get("actors") or record.get("place"):
            assert len(item["parts"]) >= 2  # then who, and where
            said += 1
        # each part isolated: <bdi> on the page, FSI ... PDI in the tooltip
        assert item["title"].startswith(FSI) and item["title"].count(FSI) == item["title"].count(PDI) >= 1
    assert said >= 1
    # identical labels in one row and cell are one item, not a stack of copies
    shown = Counter((i["group"], i["day"], tuple(i["parts"])) for i in items if not i["cluster"])
    assert max(shown.values()) == 1
    # no item, badge or label covers another, and no label runs out of its bar
    boxes = page.evaluate(ITEM_BOXES)
    assert covered(boxes) == [] and labels_past_their_bars(boxes) == []
    assert requests.external == [] and page.evaluate("document.body.dataset.ngExternal") == "0"
    page.context.close()


@pytest.mark.shared
def test_corpus_clusters_open_to_single_events(corpus_timeline: Path, browser: Any) -> None:
    page, _ = open_page(browser, corpus_timeline, ready=READY)
    show_everything(page)
    if page.evaluate("document.body.dataset.ngPanel") == "list":
        assert page.locator("#ng-panel-body .ng-place-list button").count() >= 2
        page.locator("#ng-panel-body .ng-place-list button").first.click()
    else:
        single = next(i for i in page.evaluate(ITEMS) if len(i["events"]) == 1)
        page.evaluate("(id) => { ngTimeline.setSelection([id]); ngTimeline.emit('select', {items: [id]}); }",
                      single["id"])
    page.wait_for_function("(document.body.dataset.ngPanel || 'list') !== 'list'")
    assert page.locator("#ng-panel-body .ng-panel-title").inner_text()
    page.context.close()


def _synthetic_events(n_events: int) -> Dataset:
    spec = importlib.util.spec_from_file_location("html_view", ROOT / "benchmarks" / "html_view.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    dataset: Dataset = bench.synthetic_dataset(int(n_events / 0.40))
    # a third of the events on one day, with a month-only date (as in the 2,000-article corpus)
    piled = [s for i, (s, _) in enumerate(sorted(dataset.subject_objects(NG.date))) if i % 3 == 0]
    for event in piled:
        dataset.remove((event, NG.date, None))
        dataset.add((event, NG.date, Literal("2022-07")))
    return dataset


def test_five_thousand_events_stay_small_and_quick(tmp_path: Path, browser: Any) -> None:
    path = tmp_path / "big.timeline.html"
    write_timeline(_synthetic_events(5000), path, language="en")
    assert path.stat().st_size < 15_000_000
    start = time.perf_counter()
    page, requests = open_page(browser, path, ready=READY)
    seconds = time.perf_counter() - start
    assert page.evaluate("document.body.dataset.ngEvents") == "5000"
    assert seconds < 15, f"the 5,000-event timeline took {seconds:.1f} s to become interactive"
    assert int(page.evaluate("document.body.dataset.ngItems")) <= 250
    # zooming in onto a cluster draws fewer, finer items, still within the budget
    cluster = next(i for i in page.evaluate(ITEMS) if i["cluster"])
    page.evaluate("(id) => { ngTimeline.setSelection([id]); ngTimeline.emit('select', {items: [id]}); }",
                  cluster["id"])
    assert int(page.evaluate("document.body.dataset.ngItems")) <= 250
    assert requests.external == []
    page.context.close()
