"""The explorer's CSV and PNG export, clicked in headless Chromium driven by Playwright, offline.

The page is built from the hand-made sample of ``test_networkx`` (a meeting in
Marrakech, a pledge, a statement) plus two persons taking part in the meeting
whose names start like spreadsheet formulas, and a few more meetings so that
a filter leaves some rows out. The downloads are read back and compared with
the rows the table shows.
"""

from __future__ import annotations

import base64
import csv
import io
import struct
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Literal

from newsgraph.export.html import write_html
from newsgraph.graph.ns import NG, NGT, event_iri, graph_iri, iri

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser import open_page
from test_networkx import MARRAKECH, MEETING, MOROCCO, sample_dataset

pytestmark = pytest.mark.browser

FORMULA = '=HYPERLINK("http://evil.example","click")'
AT_SIGN = "@SUM(1+1)"
ROWS = "Array.from(document.querySelectorAll('#ng-events tbody tr'))"
CELLS = ("date", "type", "place", "actors", "reports")


def crafted() -> Dataset:
    ds: Dataset = sample_dataset()
    g = ds.graph(graph_iri("a1"))
    for key, name in (("formula", FORMULA), ("at-sign", AT_SIGN)):
        person = iri(f"person/{key}")
        g.add((person, RDF.type, NG.Person))
        g.add((person, RDFS.label, Literal(name, lang="en")))
        g.add((MEETING, NG.participant, person))
    for day in range(1, 6):  # more meetings, in Morocco, so that a type filter leaves rows out
        event = event_iri("a1", f"m{day}")
        g.add((event, RDF.type, NG.Event))
        g.add((event, NG.eventType, NGT.Meeting))
        g.add((event, NG.date, Literal(f"2022-04-0{day}", datatype=XSD.date)))
        g.add((event, NG.location, MARRAKECH if day % 2 else MOROCCO))
        g.add((event, NG.participant, iri("person/nasser-bourita")))
    return ds


@pytest.fixture(scope="module")
def page_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "graph.html"
    write_html(crafted(), out, language="en")
    return out


def download(page: Any, button: str, tmp: Path) -> tuple[str, bytes]:
    with page.expect_download() as info:
        page.click(button)
    target = tmp / info.value.suggested_filename
    info.value.save_as(target)
    return info.value.suggested_filename, target.read_bytes()


def table_rows(page: Any) -> list[dict[str, str]]:
    return page.evaluate(
        f"{ROWS}.map(r => Object.assign({{id: r.dataset.ngId}}, Object.fromEntries("
        "Array.from(r.querySelectorAll('td')).map(td => [td.dataset.ngCol, td.textContent]))))"
    )


def read_csv(raw: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_export_is_the_table_rows_in_table_order(page_path: Path, browser: Any, tmp_path: Path) -> None:
    page, requests = open_page(browser, page_path)
    for step in ("all", "sorted", "filtered"):
        if step == "sorted":
            page.click("#ng-events th[data-ng-sort='place'] button")
        if step == "filtered":
            page.select_option("#ng-table-type", "Meeting")
        name, raw = download(page, "#ng-export-csv", tmp_path)
        assert name == "newsgraph-events.csv"
        shown, exported = table_rows(page), read_csv(raw)
        assert len(exported) == len(shown) == int(page.evaluate("document.body.dataset.ngRows"))
        assert [r["iri"] for r in exported] == [r["id"] for r in shown]
        for row, cells in zip(exported, shown, strict=True):
            for key in ("date", "type", "place", "reports"):
                assert row[key] == cells[key], (key, row, cells)
            shown_actors = cells["actors"]  # the table names three actors, the CSV all of them
            assert row["actors"].startswith(("'" if shown_actors[:1] in ("=", "+", "-", "@") else "")
                                            + shown_actors), (row, cells)
        assert page.evaluate("document.body.dataset.ngExport") == f"csv:{len(shown)}"
    assert {r["type"] for r in exported} == {"Meeting"} and 0 < len(exported) < 8
    assert requests.external == []
    page.context.close()


def test_csv_export_quotes_every_cell_and_defuses_formulas(
    page_path: Path, browser: Any, tmp_path: Path
) -> None:
    page, _ = open_page(browser, page_path)
    _, raw = download(page, "#ng-export-csv", tmp_path)
    text = raw.decode("utf-8")
    assert text.startswith("\ufeff") and text.endswith("\r\n")
    lines = text.removeprefix("\ufeff").split("\r\n")[:-1]
    assert lines[0] == '"date","type","place","actors","reports","iri"'
    # every cell quoted: a line is "…","…" with quotes inside doubled
    assert all(line.startswith('"') and line.endswith('"') for line in lines)
    meeting = next(r for r in read_csv(raw) if r["iri"] == str(MEETING))
    actors = meeting["actors"].split(", ")
    assert "Nasser Bourita" in actors
    # a name that starts a cell keeps its text behind an apostrophe; inside a cell it cannot run
    cells = [c for row in csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")) for c in row]
    assert not any(c[:1] in "=+-@" and c for c in cells), [c for c in cells if c[:1] in "=+-@" and c]
    safe = page.evaluate("[NGExport.cell('=1+1'), NGExport.cell('+1'), NGExport.cell('-1'),"
                         " NGExport.cell('@x'), NGExport.cell('a\"b'), NGExport.cell('ok=1')]")
    assert safe == ['"\'=1+1"', '"\'+1"', '"\'-1"', '"\'@x"', '"a""b"', '"ok=1"']
    page.context.close()


def test_csv_export_defuses_a_formula_that_starts_the_actors_cell(
    tmp_path: Path, browser: Any
) -> None:
    ds = crafted()
    g = ds.graph(graph_iri("a1"))
    event = event_iri("a1", "formula-only")
    g.add((event, RDF.type, NG.Event))
    g.add((event, NG.eventType, NGT.Meeting))
    g.add((event, NG.agent, iri("person/formula")))
    out = tmp_path / "graph.html"
    write_html(ds, out, language="en")
    page, _ = open_page(browser, out)
    _, raw = download(page, "#ng-export-csv", tmp_path)
    row = next(r for r in read_csv(raw) if r["iri"] == str(event))
    assert row["actors"] == "'" + FORMULA
    page.context.close()


def png_chunks(raw: bytes) -> list[tuple[bytes, bytes]]:
    assert raw[:8] == b"\x89PNG\r\n\x1a\n", raw[:8]
    chunks, at = [], 8
    while at < len(raw):
        (length,) = struct.unpack(">I", raw[at : at + 4])
        kind, body = raw[at + 4 : at + 8], raw[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", raw[at + 8 + length : at + 12 + length])
        assert zlib.crc32(kind + body) == crc, kind
        chunks.append((kind, body))
        at += 12 + length
    return chunks


def test_png_export_is_a_valid_picture_of_the_drawn_graph(
    page_path: Path, browser: Any, tmp_path: Path
) -> None:
    page, requests = open_page(browser, page_path)
    name, raw = download(page, "#ng-export-png", tmp_path)
    assert name == "newsgraph-view.png"
    chunks = png_chunks(raw)
    assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
    width, height, depth, colour = struct.unpack(">IIBB", chunks[0][1][:10])
    canvas = page.evaluate("(() => { const c = document.querySelector('#ng-network canvas');"
                           " return [c.width, c.height]; })()")
    assert [width, height] == canvas and width > 100 and height > 100
    assert page.evaluate("document.body.dataset.ngExport") == f"png:{width}x{height}"
    assert (depth, colour) == (8, 6)  # 8-bit RGBA
    assert len(zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))) == (
        (1 + 4 * width) * height
    )
    # decoded by the browser: an opaque white background with the drawing on it, not a blank picture
    inked, opaque = page.evaluate(
        """async (b64) => {
          const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], {type: 'image/png'}));
          const c = document.createElement('canvas');
          c.width = bitmap.width; c.height = bitmap.height;
          const ctx = c.getContext('2d');
          ctx.drawImage(bitmap, 0, 0);
          const d = ctx.getImageData(0, 0, c.width, c.height).data;
          let inked = 0, opaque = 0;
          for (let i = 0; i < d.length; i += 4) {
            if (d[i + 3] === 255) { opaque += 1; }
            if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) { inked += 1; }
          }
          return [inked / (d.length / 4), opaque / (d.length / 4)];
        }""",
        base64.b64encode(raw).decode("ascii"),
    )
    assert opaque == 1.0 and 0.005 < inked < 0.6, (inked, opaque)
    assert requests.external == []
    page.context.close()
