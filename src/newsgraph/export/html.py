"""An interactive HTML view of a newsgraph dataset that works with no network.

The page is one self-contained file: the graph comes from
:func:`newsgraph.export.networkx.to_networkx`, is laid out by a pyvis
``Network`` (directed) and drawn by vis-network, whose JavaScript and CSS are
inlined from the pyvis package. pyvis's own template links Bootstrap and, in
``local`` mode, vis-network from a CDN, so the page is rendered from
``templates/network.html`` instead, and every tag that would still load
something over the network is stripped before the page is returned.

What the page shows:

- Events, persons, organizations, countries and places are nodes, coloured
  and shaped by type (``assets/style.json``), with a legend. Positions are
  not nodes: each is folded into its holder's tooltip and drawn as an edge
  from the person to the country or organization, labelled with the title.
  Monetary amounts and quantities are folded into their event's tooltip.
  Articles are not shown.
- Labels are in the page language (the ``language`` argument, else the most
  common ``ng:language`` of the articles); tooltips give the other
  languages' names, the type, positions, dates, amounts and, for events, the
  evidence sentence. Events are labelled with their type and date, edges
  with their role (names from the ontology, in the page language).
- All text from articles is escaped: tooltips are DOM elements filled with
  ``textContent`` by ``assets/view.js``, and the data travels as JSON.
- Physics runs until the layout is stable, then is switched off. Above
  ``max_nodes`` only the most connected nodes are kept, and a notice says
  how many were left out.
- ``<body>`` records ``data-ng-nodes``, ``data-ng-edges``, ``data-ng-stable``
  and ``data-ng-external`` once drawn, for tests and scripts.

Examples:
    >>> from rdflib import Dataset
    >>> page = render_html(Dataset(), title="empty <graph>")
    >>> "<title>empty &lt;graph&gt;</title>" in page
    True
    >>> external_resources(page)
    []
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from importlib.metadata import version
from typing import Any

import networkx as nx
from rdflib import RDFS, Graph
from rdflib.term import Literal

from newsgraph.errors import GraphError
from newsgraph.export.networkx import graph_language, to_networkx
from newsgraph.graph.ns import NG, ontology_text
from newsgraph.io.atomic import atomic_write_text

__all__ = ["render_html", "write_html", "external_resources", "RTL_LANGUAGES"]

#: Languages whose pages lay out text right to left.
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "ckb"})

_SHOWN_TYPES = ("Event", "Person", "Organization", "Country", "Place", "Resource")
_FOLDED = {"Position", "MonetaryAmount", "Quantity", "Article"}
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


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    """The view's own template, JS and CSS, and vis-network from the pyvis package."""
    here = resources.files("newsgraph.export")
    lib = resources.files("pyvis").joinpath("templates").joinpath("lib")
    vis_dirs = sorted(
        (d for d in lib.iterdir() if d.name.startswith("vis-") and d.joinpath("vis-network.css").is_file()),
        key=lambda d: tuple(int(p) for p in re.findall(r"\d+", d.name)),
    )
    if not vis_dirs:
        raise GraphError("pyvis ships no vis-network in templates/lib; reinstall it (pip install pyvis)")
    vis = vis_dirs[-1]
    out = {
        "template": here.joinpath("templates").joinpath("network.html").read_text(encoding="utf-8"),
        "view_js": here.joinpath("assets").joinpath("view.js").read_text(encoding="utf-8"),
        "view_css": here.joinpath("assets").joinpath("view.css").read_text(encoding="utf-8"),
        "vis_js": vis.joinpath("vis-network.min.js").read_text(encoding="utf-8"),
        "vis_css": vis.joinpath("vis-network.css").read_text(encoding="utf-8"),
        "vis_version": vis.name.removeprefix("vis-"),
        "style": here.joinpath("assets").joinpath("style.json").read_text(encoding="utf-8"),
    }
    # inlined code must not close its own element early
    for key, closing in (("vis_js", "</script"), ("view_js", "</script"), ("vis_css", "</style")):
        out[key] = re.sub(re.escape(closing), "<\\\\/" + closing[2:], out[key], flags=re.IGNORECASE)
    return out


@lru_cache(maxsize=1)
def _vocabulary_labels() -> dict[str, dict[str, str]]:
    """``rdfs:label`` by language of each ontology term, keyed by local name."""
    graph = Graph().parse(data=ontology_text(), format="turtle")
    prefix = str(NG._NS)
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for term, label in graph.subject_objects(RDFS.label):
        if str(term).startswith(prefix) and isinstance(label, Literal) and label.language:
            out[str(term)[len(prefix) :]][label.language] = str(label)
    return dict(out)


def _term_label(name: str, language: str, capitalize: bool = False) -> str:
    labels = _vocabulary_labels().get(name, {})
    text = labels.get(language) or labels.get("en") or name
    return text[:1].upper() + text[1:] if capitalize and language == "en" else text


def _short(text: str) -> str:
    return text if len(text) <= _MAX_LABEL else text[: _MAX_LABEL - 1].rstrip() + "…"


def _fold(
    graph: nx.MultiDiGraph, language: str, ui: Mapping[str, str]
) -> tuple[nx.MultiDiGraph, dict[str, list[list[str]]]]:
    """Fold positions, amounts and quantities into their holders.

    Returns the graph of shown nodes (with role-labelled edges) and the extra
    tooltip rows per node.
    """
    extra: dict[str, list[list[str]]] = defaultdict(list)
    shown = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        if data["type"] not in _FOLDED:
            shown.add_node(node, **data)
    for node, data in graph.nodes(data=True):
        kind = data["type"]
        if kind == "Position":
            title = str(data.get("label") or data.get("title") or "")
            holders = [u for u, _, k in graph.in_edges(node, keys=True) if k == "holdsPosition"]
            bodies = [v for _, v, k in graph.out_edges(node, keys=True) if k == "positionOf"]
            where = ", ".join(str(graph.nodes[b].get("label", "")) for b in bodies if b in shown)
            for person in holders:
                if person not in shown:
                    continue
                extra[person].append([ui["position"], f"{title} ({where})" if where else title])
                for body in bodies:
                    if body in shown:
                        key = f"holdsPosition:{node}"
                        shown.add_edge(person, body, key=key, role="holdsPosition", label=title)
        elif kind in ("MonetaryAmount", "Quantity"):
            key = "amount" if kind == "MonetaryAmount" else "quantity"
            for event, _, _ in graph.in_edges(node, keys=True):
                if event in shown:
                    extra[event].append([ui[key], str(data.get("label", ""))])
    for u, v, key, data in graph.edges(keys=True, data=True):
        if u in shown and v in shown:
            role = str(data.get("role", key))
            shown.add_edge(u, v, key=key, role=role, label=_term_label(role, language))
    return shown, extra


def _select(graph: nx.MultiDiGraph, max_nodes: int) -> nx.MultiDiGraph:
    """Keep the ``max_nodes`` most connected nodes (ties: events first, then by id)."""
    if graph.number_of_nodes() <= max_nodes:
        return graph
    rank = {t: i for i, t in enumerate(_SHOWN_TYPES)}
    order = sorted(
        graph.nodes(data=True),
        key=lambda nd: (-graph.degree(nd[0]), rank.get(nd[1]["type"], len(rank)), nd[0]),
    )
    return graph.subgraph(n for n, _ in order[: max(max_nodes, 0)]).copy()


def _tooltip(
    data: Mapping[str, Any], language: str, ui: Mapping[str, str], extra: list[list[str]]
) -> list[list[str]]:
    kind = str(data["type"])
    rows: list[list[str]] = [[ui["type"], ui.get(kind) or _term_label(kind, language, capitalize=True)]]
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
        "enabled": n_nodes > 0,
        "solver": "barnesHut",
        "barnesHut": {
            "gravitationalConstant": -6000,
            "centralGravity": 0.3,
            "springLength": 130,
            "springConstant": 0.04,
            "damping": 0.35,
            "avoidOverlap": 0.2,
        },
        "minVelocity": 1.0,
        "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 20, "fit": True},
    }


def render_html(
    dataset: Graph, *, title: str = "newsgraph", max_nodes: int = 1500, language: str | None = None
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

    Returns:
        The HTML text. It loads nothing from the network.

    Raises:
        GraphError: if the page would still reference a remote resource.

    Examples:
        >>> from rdflib import Dataset
        >>> page = render_html(Dataset(), language="ar")
        >>> '<html lang="ar">' in page and 'dir="rtl"' in page
        True
    """
    from pyvis.network import Network  # heavy import (IPython): only when rendering

    lang = (language or graph_language(dataset)).lower()
    assets = _assets()
    style: dict[str, Any] = json.loads(assets["style"])
    ui: dict[str, str] = {**style["ui"]["en"], **style["ui"].get(lang, {})}
    types: dict[str, dict[str, str]] = style["types"]

    full, extra = _fold(to_networkx(dataset, language=lang), lang, ui)
    graph = _select(full, max_nodes)

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading=title)
    for node, data in graph.nodes(data=True):
        look = types.get(str(data["type"]), types["Resource"])
        label = str(data.get("label") or node.rsplit("/", 1)[-1])
        net.add_node(
            node,
            label=_short(label),
            shape=look["shape"],
            color=look["color"],
            ng_type=data["type"],
            ng_tip=_tooltip(data, lang, ui, extra.get(node, [])),
        )
    for u, v, data in graph.edges(data=True):
        # pyvis's add_edge scans the node list per edge; appending its Edge options is the same, faster
        net.edges.append(
            {"from": u, "to": v, "arrows": "to", "label": _short(str(data["label"])), "ng_role": data["role"]}
        )
    net.options = {
        "autoResize": True,
        "layout": {"improvedLayout": graph.number_of_nodes() <= 150, "randomSeed": 7},
        "physics": _physics(graph.number_of_nodes()),
        "interaction": {"hover": True, "tooltipDelay": 120},
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
        {
            "type": kind,
            "label": ui.get(kind) or _term_label(kind, lang, capitalize=True),
            "color": types[kind]["color"],
            "symbol": types[kind]["symbol"],
            "count": counts.get(kind, 0),
        }
        for kind in _SHOWN_TYPES
        if kind != "Resource" or counts.get(kind)
    ]
    total, shown = full.number_of_nodes(), graph.number_of_nodes()
    notice = ui["notice"].format(shown=shown, total=total, left=total - shown) if shown < total else ""

    from jinja2 import Environment

    env = Environment(autoescape=True)
    page = env.from_string(assets["template"]).render(
        title=title,
        language=lang,
        direction="rtl" if lang.split("-")[0] in RTL_LANGUAGES else "ltr",
        notice=notice,
        empty=ui["empty"] if total == 0 else "",
        legend=legend,
        legend_title=ui["legend"],
        total=total,
        shown=shown,
        data={"nodes": nodes, "edges": edges, "options": net.options},
        vis_js=assets["vis_js"],
        vis_css=assets["vis_css"],
        view_js=assets["view_js"],
        view_css=assets["view_css"],
        vis_version=assets["vis_version"],
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
        **kwargs: ``title``, ``max_nodes`` and ``language``, as for :func:`render_html`.

    Examples:
        >>> import tempfile, pathlib
        >>> from rdflib import Dataset
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "view.html"
        >>> write_html(Dataset(), out, title="t")
        >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        True
    """
    atomic_write_text(path, render_html(dataset, **kwargs))
