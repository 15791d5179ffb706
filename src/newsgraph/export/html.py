"""An interactive, multilingual HTML explorer of a newsgraph dataset that works with no network.

The page is one self-contained file, rendered from ``templates/network.html``.
The graph of shown nodes comes from :mod:`newsgraph.export.explore` and is
drawn by vis-network, whose JavaScript and CSS are inlined from the pyvis
package; every tag that would still load something over the network is
stripped before the page is returned (:mod:`newsgraph.export.offline`).

What the page offers:

- An overview that stays readable at corpus scale
  (:mod:`newsgraph.export.overview`): the page carries every node but first
  draws at most ``OVERVIEW_NODES``, all labelled: the events reported by the
  most articles (merged events first) and the entities that take part in the
  most events. Entities with no drawn edge are left out unless searched for.
  Search, filters, clicks and the event table add neighbours on demand.
- Events are boxes that grow with the number of reporting articles and are
  labelled with what happened, the main actor and where ("Meeting · Bourita ·
  Marrakesh", each part isolated for mixed directions); entities are coloured
  and shaped by type (``assets/style.json``), with a legend; edges carry their
  role, drawn when zoomed in enough to read.
- Every drawn node is labelled large enough to read in the first view
  (:mod:`newsgraph.export.look`); once laid out, the picture is packed to the
  window's proportions and nodes whose labels would overlap are pushed apart
  (``assets/declutter.js``).
- A search box matching any label or alternative name in any language, with
  Arabic normalisation (أ إ آ -> ا, ة -> ه, ى -> ي, no tashkeel or tatweel).
- Filters by node type, event type and date range.
- An event table (``assets/table.js``): date, type, place, actors, reports;
  sorted by a click on a header, filtered by type; a row selects its event.
- A side panel: names in every language, type, positions, Wikidata links,
  source articles, evidence sentences (``dir="auto"``), and links to
  neighbours named by role and by the other node's label.
- An interface language switch (en / ar / fr); Arabic lays out right to left.
- A permalink: the URL hash keeps the selection, search, filters, language
  and view, and opening the link restores them.
- Export (``assets/export.js``): the table's rows, every one the filters let
  through, as ``newsgraph-events.csv`` (quoted, formula cells defused), and
  the graph as drawn as ``newsgraph-view.png``; both made in the page.
- All text from articles is escaped: the data travels as JSON and the page
  builds tooltips, the table and the panel with ``textContent``.
- ``<body>`` records ``data-ng-nodes`` (nodes carried), ``data-ng-visible``
  (nodes drawn), ``data-ng-edges``, ``data-ng-stable``, ``data-ng-external``,
  ``data-ng-matches``, ``data-ng-panel``, ``data-ng-rows``, ``data-ng-overlaps`` and ``data-ng-ms``
  as the page is used, for tests and scripts.

Examples:
    >>> from rdflib import Dataset
    >>> page = render_html(Dataset(), title="empty <graph>")
    >>> "<title>empty &lt;graph&gt;</title>" in page
    True
    >>> external_resources(page)
    []
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from importlib.metadata import version
from typing import Any

from rdflib import Graph

from newsgraph.errors import GraphError
from newsgraph.export.explore import (
    SHOWN_TYPES,
    focus_nodes,
    node_records,
    select_connected,
    style,
    term_label,
    ui_words,
    view_graph,
)
from newsgraph.export.look import (
    LAYOUT_IN_BROWSER,
    LEAD_FONT,
    event_look,
    leading_nodes,
    network_options,
    readable_scale,
)
from newsgraph.export.networkx import graph_language
from newsgraph.export.offline import external_resources, inline_asset, render_offline, script_json
from newsgraph.export.overview import (
    INTERFACE_LANGUAGES,
    OVERVIEW_NODES,
    event_facts,
    event_type_names,
    page_languages,
    ranked,
)
from newsgraph.io.atomic import atomic_write_text

__all__ = [
    "LAYOUT_IN_BROWSER",
    "RTL_LANGUAGES",
    "external_resources",
    "inline_asset",
    "page_words",
    "render_html",
    "write_html",
]

#: Languages whose pages lay out text right to left.
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "ckb"})

_MAX_LABEL = 40

@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    """The view's own template, JS and CSS, and vis-network from the pyvis package."""
    lib = resources.files("pyvis").joinpath("templates").joinpath("lib")
    vis_dirs = sorted(
        (d for d in lib.iterdir() if d.name.startswith("vis-") and d.joinpath("vis-network.css").is_file()),
        key=lambda d: tuple(int(p) for p in re.findall(r"\d+", d.name)),
    )
    if not vis_dirs:
        raise GraphError("pyvis ships no vis-network in templates/lib; reinstall it (pip install pyvis)")
    vis = vis_dirs[-1].name
    here = "newsgraph.export"
    return {
        "template": resources.files(here).joinpath("templates").joinpath("network.html").read_text("utf-8"),
        "view_js": inline_asset(here, "assets", "view.js"),
        "table_js": inline_asset(here, "assets", "table.js"),
        "export_js": inline_asset(here, "assets", "export.js"),
        "declutter_js": inline_asset(here, "assets", "declutter.js"),
        "view_css": inline_asset(here, "assets", "view.css"),
        "panel_js": inline_asset(here, "assets", "panel.js"),
        "panel_css": inline_asset(here, "assets", "panel.css"),
        "vis_js": inline_asset("pyvis", "templates", "lib", vis, "vis-network.min.js"),
        "vis_css": inline_asset("pyvis", "templates", "lib", vis, "vis-network.css"),
        "vis_version": vis.removeprefix("vis-"),
    }


def page_words(language: str) -> dict[str, str]:
    """The words both pages show, in ``language``, with type names from the ontology."""
    ui = ui_words(language)
    for kind in (*SHOWN_TYPES, "Event"):
        ui.setdefault(kind, term_label(kind, language, capitalize=True))
    return ui


def _short(text: str) -> str:
    return text if len(text) <= _MAX_LABEL else text[: _MAX_LABEL - 1].rstrip() + "…"


def _tooltip(
    data: Mapping[str, Any], language: str, ui: Mapping[str, str], extra: list[list[str]]
) -> list[list[str]]:
    kind = str(data["type"])
    rows: list[list[str]] = [[ui["type"], ui.get(kind) or term_label(kind, language, capitalize=True)]]
    shown = data.get("label")
    for key in sorted(k for k in data if k.startswith("label_") and len(k) > 6 and not k.endswith("_")):
        if data[key] != shown:
            rows.append([f"{ui['name']} ({key[6:]})", str(data[key])])
    if data.get("alt_labels"):
        rows.append([ui["also_known_as"], str(data["alt_labels"])])
    if kind == "Event" and data.get("event_type"):
        names = [str(data.get(f"event_type_label_{code}") or "") for code in (language, "en")]
        names_text = " / ".join(dict.fromkeys(n for n in names if n))
        rows.append([ui["event_type"], names_text or str(data["event_type"])])
    for key, name in (("date", "date"), ("dateFrom", "date_from")):
        if data.get(key):
            rows.append([ui[name], str(data[key])])
    rows.extend(sorted(extra))
    if data.get("evidence"):
        rows.append([ui["evidence"], str(data["evidence"])])
    if data.get("same_as"):
        rows.append([ui["same_as"], str(data["same_as"])])
    return rows


def _notices(
    ui: Mapping[str, str], total: int, shown: int, focus: str | None, hops: int, focused: int
) -> list[str]:
    out = []
    if focus is not None:
        out.append(ui["focus_notice"].format(name=focus, hops=hops, shown=focused, total=total))
    base = focused if focus is not None else total
    if shown < base:
        out.append(ui["notice"].format(shown=shown, total=base, left=base - shown))
    return out


def render_html(
    dataset: Graph,
    *,
    title: str = "newsgraph",
    max_nodes: int = 1500,
    language: str | None = None,
    focus: str | None = None,
    hops: int = 2,
) -> str:
    """Render ``dataset`` as one self-contained interactive HTML page.

    Args:
        dataset: an rdflib ``Dataset`` (``default_union=True``) or ``Graph``
            in the newsgraph vocabulary.
        title: page title and heading (escaped).
        max_nodes: most nodes the page carries (it draws at most
            ``OVERVIEW_NODES`` of them at first); the most connected are kept
            and a notice on the page says how many were left out.
        language: language of node labels and of the page's own words; by
            default the most common ``ng:language`` of the articles.
        focus: draw only the neighbourhood of the node(s) with this name, in
            any language (normalised match over every label and alias).
        hops: radius of the ``focus`` neighbourhood, in links.

    Returns:
        The HTML text. It loads nothing from the network.

    Raises:
        GraphError: if ``focus`` names no node, or the page would still
            reference a remote resource.

    Examples:
        >>> from rdflib import Dataset
        >>> page = render_html(Dataset(), language="ar")
        >>> '<html lang="ar">' in page and 'dir="rtl"' in page
        True
    """
    lang = (language or graph_language(dataset)).lower()
    assets = _assets()
    types: dict[str, dict[str, str]] = style()["types"]
    ui = page_words(lang)

    view = view_graph(dataset, lang)
    full = view.graph
    focused_graph = full
    if focus is not None:
        keep, _ = focus_nodes(view, focus, hops)
        focused_graph = full.subgraph(keep).copy()
    graph = select_connected(focused_graph, max_nodes)
    records = node_records(replace(view, graph=graph), graph.nodes)
    prov = view.provenance
    order = ranked(graph, prov)
    for node, facts in event_facts(graph, order["entities"]).items():
        records[node].update(facts)
    tips = graph.number_of_nodes() <= LAYOUT_IN_BROWSER  # thousands of tooltips: page size; the panel has it
    leading = leading_nodes(order)

    items: list[dict[str, Any]] = []
    for node, data in graph.nodes(data=True):
        kind = str(data["type"])
        look = types.get(kind, types["Resource"])
        record = records[node]
        item: dict[str, Any] = {
            "id": node, "label": _short(record["label"]), "shape": look["shape"], "color": look["color"],
            "ng_type": kind,
        }
        if kind != "Event" and node in leading:  # bigger and heavier: pushes the others off its label
            item.update({"font": {"size": LEAD_FONT}, "mass": 8})
        if tips:
            item["ng_tip"] = _tooltip(data, lang, ui, view.extra.get(node, []))
        if kind == "Event":
            item.update(event_look(int(record.get("reports", 0)), node in leading if leading else None))
            item["ng_event_type"] = record.get("event_type", "")
            item["ng_reports"] = int(record.get("reports", 0))
            if record.get("span"):
                item["ng_start"], item["ng_end"] = record["span"][:2]
        items.append(item)
    edges = [
        {"from": u, "to": v, "arrows": "to", "ng_role": d["role"], "label": _short(str(d["label"]))}
        for u, v, d in graph.edges(data=True)
    ]
    options = network_options(min(graph.number_of_nodes(), 2 * OVERVIEW_NODES), bool(leading))

    counts = Counter(str(d["type"]) for _, d in graph.nodes(data=True))
    legend = [
        {"type": kind, "label": ui[kind], "color": types[kind]["color"], "symbol": types[kind]["symbol"],
         "count": counts.get(kind, 0)}
        for kind in SHOWN_TYPES
        if kind != "Resource" or counts.get(kind)
    ]
    events = [r for r in records.values() if r["type"] == "Event"]
    event_types = Counter((r.get("event_type", ""), r.get("event_type_label", "")) for r in events)
    type_names = event_type_names(graph)
    spans = sorted(r["span"][i] for r in records.values() if r.get("span") for i in (0, 1))
    total, shown = full.number_of_nodes(), graph.number_of_nodes()
    notices = _notices(ui, total, shown, focus, hops, focused_graph.number_of_nodes())

    return render_offline(
        assets["template"],
        "the HTML view",
        title=title,
        language=lang,
        languages=INTERFACE_LANGUAGES,
        direction="rtl" if lang.split("-")[0] in RTL_LANGUAGES else "ltr",
        notices=notices,
        empty=ui["empty"] if total == 0 else "",
        legend=legend,
        event_types=[
            {"code": code or "-", "label": label or code or "-", "count": n}
            for (code, label), n in sorted(event_types.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        date_min=spans[0] if spans else "",
        date_max=spans[-1] if spans else "",
        ui=ui,
        total=total,
        shown=shown,
        data=script_json({  # compact UTF-8: Jinja's tojson writes each Arabic letter as \uXXXX
            "nodes": items, "edges": edges, "options": options, "records": records, "ui": ui,
            "words": page_languages(type_names), "language": lang, "order": order, "budget": OVERVIEW_NODES,
            "leading": sorted(leading),
            "readable_scale": readable_scale(bool(leading)),
            "articles": len(prov.articles), "rtl": sorted(RTL_LANGUAGES),
        }),
        assets=assets,
        pyvis_version=version("pyvis"),
    )


def write_html(dataset: Graph, path: str | os.PathLike[str], **kwargs: Any) -> None:
    """Write :func:`render_html` of ``dataset`` to ``path`` atomically.

    Args:
        dataset: see :func:`render_html`.
        path: the ``.html`` file; its folder is created if needed.
        **kwargs: ``title``, ``max_nodes``, ``language``, ``focus`` and ``hops``, as for
            :func:`render_html`.

    Examples:
        >>> import tempfile, pathlib
        >>> from rdflib import Dataset
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "view.html"
        >>> write_html(Dataset(), out, title="t")
        >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        True
    """
    atomic_write_text(path, render_html(dataset, **kwargs))
