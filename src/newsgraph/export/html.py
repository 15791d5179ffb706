"""An interactive, bilingual HTML explorer of a newsgraph dataset that works with no network.

The page is one self-contained file. The graph of shown nodes comes from
:mod:`newsgraph.export.explore`, is turned into vis-network data by a pyvis
``Network`` (directed) and drawn by vis-network, whose JavaScript and CSS are
inlined from the pyvis package. pyvis's own template links Bootstrap and, in
``local`` mode, vis-network from a CDN, so the page is rendered from
``templates/network.html`` instead, and every tag that would still load
something over the network is stripped before the page is returned.

What the page offers:

- Events, persons, organizations, countries and places are nodes, coloured
  and shaped by type (``assets/style.json``), with a legend. Events are
  boxes that grow with the number of articles reporting them
  (``ng:reportedIn``). Positions are edges from the person to the country or
  organization, labelled with the title; other edges carry their role
  (agent, participant, location, member of...) in the page language.
- A search box matching any label or alternative name in any language, with
  Arabic normalisation (أ إ آ -> ا, ة -> ه, ى -> ي, no tashkeel or tatweel),
  done in the page (``assets/panel.js``).
- Filters by node type (the legend's check boxes), by event type and by date
  range.
- A click opens a side panel: names in every language, type, positions,
  Wikidata links, source articles (title, date, url), evidence sentences
  (``dir="auto"``, so Arabic reads right to left) and links to neighbours.
- All text from articles is escaped: the data travels as JSON and the page
  builds tooltips and the panel with ``textContent``.
- Physics runs until the layout is stable, then is switched off. Above
  ``LAYOUT_IN_BROWSER`` nodes the layout is computed in Python
  (:mod:`newsgraph.export.layout`) and the page only draws it. Above
  ``max_nodes`` only the most connected nodes are kept, and a notice says so;
  ``focus`` draws the neighbourhood of one named node.
- ``<body>`` records ``data-ng-nodes``, ``data-ng-edges``, ``data-ng-stable``,
  ``data-ng-external``, ``data-ng-visible``, ``data-ng-matches`` and
  ``data-ng-panel`` as the page is used, for tests and scripts.

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

import networkx as nx
from jinja2 import Environment
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
from newsgraph.export.layout import spring_positions
from newsgraph.export.networkx import graph_language
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

#: Above this many shown nodes the layout is computed in Python, not in the browser.
LAYOUT_IN_BROWSER = 800

_MAX_LABEL = 40

# tags that load something, and the attributes through which they do
_LOADING_TAG = re.compile(
    r"<(script|link|img|iframe|frame|source|audio|video|embed|object|track|input|image|use)\b([^>]*)>",
    re.IGNORECASE,
)
_URL_ATTR = re.compile(
    r"""\b(src|href|data|srcset|poster|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE
)
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style>", re.IGNORECASE | re.DOTALL)
_CSS_URL = re.compile(r"""(?:@import\s+|url\(\s*)['"]?((?:https?:)?//[^'")\s;]+)""", re.IGNORECASE)
_REMOTE = re.compile(r"^\s*(?:(?:https?|ftp):)?//", re.IGNORECASE)


def external_resources(html: str) -> list[str]:
    """Return the URLs that ``html`` would fetch from the network.

    Looks at the ``src``/``href``/``data``... attributes of tags that load
    something (script, link, img, iframe, source...) and at ``url()`` and
    ``@import`` in ``<style>`` blocks. ``data:`` URIs and relative paths are
    local and not reported.

    Examples:
        >>> external_resources('<script src="https://cdn.example/x.js"></script><img src="a.png">')
        ['https://cdn.example/x.js']
        >>> external_resources('<link rel="stylesheet" href="//cdn.example/b.css">')
        ['//cdn.example/b.css']
    """
    urls: list[str] = []
    for tag in _LOADING_TAG.finditer(html):
        for attr in _URL_ATTR.finditer(tag.group(2)):
            value = next(v for v in attr.groups()[1:] if v is not None)
            if _REMOTE.match(value):
                urls.append(value.strip())
    for block in _STYLE_BLOCK.finditer(html):
        urls.extend(m.group(1) for m in _CSS_URL.finditer(block.group(1)))
    return urls


def _strip_external(html: str) -> str:
    """Remove every tag that would load a remote resource (and a script's body)."""

    def remote(attrs: str) -> bool:
        return any(
            _REMOTE.match(next(v for v in a.groups()[1:] if v is not None)) for a in _URL_ATTR.finditer(attrs)
        )

    def drop(match: re.Match[str]) -> str:
        return "" if remote(match.group(2)) else match.group(0)

    html = re.sub(r"<(script)\b([^>]*)>.*?</script\s*>", drop, html, flags=re.IGNORECASE | re.DOTALL)
    return _LOADING_TAG.sub(drop, html)


def inline_asset(package: str, *parts: str) -> str:
    """The text of a package file, made safe to inline in a ``<script>`` or ``<style>`` element.

    Examples:
        >>> "vis.Network" in inline_asset("newsgraph.export", "assets", "view.js")
        True
    """
    node = resources.files(package)
    for part in parts:
        node = node.joinpath(part)
    text = node.read_text(encoding="utf-8")
    # inlined code must not close its own element early
    for closing in ("</script", "</style"):
        text = re.sub(re.escape(closing), "<\\\\/" + closing[2:], text, flags=re.IGNORECASE)
    return text


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


def _physics(n_nodes: int) -> dict[str, Any]:
    # fewer iterations for bigger graphs: each costs O(n log n) in the browser
    iterations = max(60, min(400, 120_000 // max(n_nodes, 1)))
    return {
        "enabled": 0 < n_nodes <= LAYOUT_IN_BROWSER,
        "solver": "barnesHut",
        "barnesHut": {
            "gravitationalConstant": -6000,
            "centralGravity": 0.3,
            "springLength": 130,
            "springConstant": 0.04,
            "damping": 0.35,
            "avoidOverlap": 1.0,  # no node drawn over another (a click must reach the node it aims at)
        },
        "minVelocity": 1.0,
        "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 20, "fit": True},
    }


def _event_look(reports: int) -> dict[str, Any]:
    """Events grow with the number of articles reporting them (1 to 5+)."""
    step = min(max(reports, 1), 5) - 1
    return {"font": {"size": 14 + 4 * step}, "margin": 6 + 3 * step, "borderWidth": 1 + step}


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
        max_nodes: most nodes to draw; the most connected are kept and a
            notice on the page says how many were left out.
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
    from pyvis.network import Network  # heavy import (IPython): only when rendering

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
    big = graph.number_of_nodes() > LAYOUT_IN_BROWSER
    positions = spring_positions(nx.Graph(graph)) if big else {}

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading=title)
    for node, data in graph.nodes(data=True):
        kind = str(data["type"])
        look = types.get(kind, types["Resource"])
        record = records[node]
        item: dict[str, Any] = {
            "label": _short(record["label"]),
            "shape": look["shape"],
            "color": look["color"],
            "ng_type": kind,
        }
        if not big:  # thousands of tooltips cost seconds to build in the page; the panel has it all
            item["ng_tip"] = _tooltip(data, lang, ui, view.extra.get(node, []))
        if kind == "Event":
            item.update(_event_look(int(record.get("reports", 0))))
            item["ng_event_type"] = record.get("event_type", "")
            item["ng_reports"] = int(record.get("reports", 0))
            if record.get("span"):
                item["ng_start"], item["ng_end"] = record["span"][:2]
        if node in positions:
            item["x"], item["y"] = positions[node]
        net.add_node(node, **item)
    for u, v, data in graph.edges(data=True):
        # pyvis's add_edge scans the node list per edge; appending its Edge options is the same, faster
        edge = {"from": u, "to": v, "arrows": "to", "ng_role": data["role"]}
        edge["title" if big else "label"] = _short(str(data["label"]))  # thousands of labels: on hover
        net.edges.append(edge)
    net.options = {
        "autoResize": True,
        "layout": {"improvedLayout": graph.number_of_nodes() <= 150, "randomSeed": 7},
        "physics": _physics(graph.number_of_nodes()),
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big},
        "nodes": {"size": 14, "borderWidth": 1, "font": {"size": 14}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#9a9a9a", "highlight": "#333333", "hover": "#555555"},
            "font": {"size": 10, "align": "horizontal", "color": "#555555", "strokeWidth": 3},
            "smooth": {"enabled": False},
        },
    }
    nodes, edges, _, _, _, _ = net.get_network_data()

    counts = Counter(str(d["type"]) for _, d in graph.nodes(data=True))
    legend = [
        {"type": kind, "label": ui[kind], "color": types[kind]["color"], "symbol": types[kind]["symbol"],
         "count": counts.get(kind, 0)}
        for kind in SHOWN_TYPES
        if kind != "Resource" or counts.get(kind)
    ]
    events = [r for r in records.values() if r["type"] == "Event"]
    event_types = Counter((r.get("event_type", ""), r.get("event_type_label", "")) for r in events)
    spans = sorted(r["span"][i] for r in records.values() if r.get("span") for i in (0, 1))
    total, shown = full.number_of_nodes(), graph.number_of_nodes()
    notices = _notices(ui, total, shown, focus, hops, focused_graph.number_of_nodes())

    page = Environment(autoescape=True).from_string(assets["template"]).render(
        title=title,
        language=lang,
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
        data={
            "nodes": nodes, "edges": edges, "options": net.options, "records": records, "ui": ui,
            "articles": len(view.provenance.articles),
        },
        assets=assets,
        pyvis_version=version("pyvis"),
    )
    page = _strip_external(page)
    remote = external_resources(page)
    if remote:  # pragma: no cover - the template has none; guards against a changed asset
        raise GraphError(f"the HTML view would load {remote[0]} from the network; it must work offline")
    return page


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
