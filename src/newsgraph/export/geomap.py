"""A map of the events of a newsgraph dataset, as one offline HTML page (``graph.map.html``).

Events are drawn as points at the coordinates of their place (``wgs:lat`` /
``wgs:long``, which the graph carries for places from the knowledge base),
coloured by event type and clustered when they overlap at the current zoom.
A time slider shows the events up to a day; a click opens the same side
panel as the other views (``assets/panel.js``), with the event's reports and
evidence. An event whose only located place is a country (the knowledge base
gives countries no coordinates) is drawn at a point inside that country
(``assets/country-centroids.tsv``, from the same Natural Earth outlines, written by
``tools/country_centroids.py``), hollow, and its tooltip names the country; other
events without coordinates are counted, not drawn.

The page needs no network and loads no tile: the map library (Leaflet,
``assets/leaflet.js``) and the country outlines (Natural Earth 1:110m, public
domain, as TopoJSON from the npm package ``world-atlas``, decoded by
``topojson-client``) are inlined; see ``assets/README.md`` and ``NOTICE``.

``<body>`` records ``data-ng-points`` (events on the map), ``data-ng-unplaced``, ``data-ng-approx``
(events drawn at their country's point),
``data-ng-shown`` (points the slider lets through), ``data-ng-ready``,
``data-ng-external``, ``data-ng-ms`` and ``data-ng-panel``.

Examples:
    >>> from rdflib import Dataset
    >>> page = render_map(Dataset(), title="m <1>")
    >>> "<title>m &lt;1&gt;</title>" in page and 'data-ng-points="0"' in page
    True
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from rdflib import Graph
from rdflib.term import Literal

from newsgraph.export.explore import node_records, view_graph
from newsgraph.export.html import RTL_LANGUAGES, page_words
from newsgraph.export.networkx import graph_language
from newsgraph.export.offline import inline_asset, render_offline, script_json
from newsgraph.export.overview import (
    INTERFACE_LANGUAGES,
    event_facts,
    event_type_names,
    page_languages,
    ranked,
)
from newsgraph.export.pagedata import compact
from newsgraph.graph.ns import WGS84
from newsgraph.io.atomic import atomic_write_text

__all__ = ["country_centroids", "event_points", "place_coordinates", "render_map", "write_map"]

# Tableau 10, the palette of assets/style.json, one colour per event type (cycled)
_PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
            "#9c755f", "#bab0ac")


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    here = "newsgraph.export"
    return {
        "template": resources.files(here).joinpath("templates").joinpath("map.html").read_text("utf-8"),
        "leaflet_js": inline_asset(here, "assets", "leaflet.js"),
        "leaflet_css": inline_asset(here, "assets", "leaflet.css"),
        "topojson_js": inline_asset(here, "assets", "topojson-client.min.js"),
        "world": inline_asset(here, "assets", "countries-110m.json"),
        "panel_js": inline_asset(here, "assets", "panel.js"),
        "panel_css": inline_asset(here, "assets", "panel.css"),
        "map_js": inline_asset(here, "assets", "map.js"),
        "map_css": inline_asset(here, "assets", "map.css"),
    }


_COUNTRY = re.compile(r"/country/([A-Z]{2})$")


@lru_cache(maxsize=1)
def country_centroids() -> dict[str, tuple[float, float]]:
    """``{ISO alpha-2 code: (lat, long)}``, a point inside each country (``assets/country-centroids.tsv``).

    Examples:
        >>> country_centroids()["MA"]
        (29.89, -8.42)
    """
    text = resources.files("newsgraph.export").joinpath("assets").joinpath("country-centroids.tsv")
    rows = csv.DictReader(
        (line for line in text.read_text("utf-8").splitlines() if not line.startswith("#")), delimiter="\t"
    )
    return {row["iso2"]: (float(row["lat"]), float(row["lon"])) for row in rows}


def _country_points(graph: Any, coordinates: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """Country nodes of ``graph`` without coordinates of their own, at their centroid."""
    centroids = country_centroids()
    out = {}
    for node, data in graph.nodes(data=True):
        match = _COUNTRY.search(node)
        code = match.group(1) if match else ""
        if data.get("type") == "Country" and node not in coordinates and code in centroids:
            out[node] = centroids[code]
    return out


def place_coordinates(dataset: Graph) -> dict[str, tuple[float, float]]:
    """``{node IRI: (lat, long)}`` for every node with ``wgs:lat`` and ``wgs:long``.

    Examples:
        >>> from rdflib import Graph, URIRef, Literal
        >>> g = Graph()
        >>> m = URIRef("http://example.org/marrakesh")
        >>> _ = g.add((m, WGS84.lat, Literal(31.63))).add((m, WGS84.long, Literal(-8.0)))
        >>> place_coordinates(g)
        {'http://example.org/marrakesh': (31.63, -8.0)}
    """
    lats = {str(s): o for s, o in dataset.subject_objects(WGS84.lat) if isinstance(o, Literal)}
    out: dict[str, tuple[float, float]] = {}
    for s, o in dataset.subject_objects(WGS84.long):
        if str(s) in lats and isinstance(o, Literal):
            try:
                out[str(s)] = (float(lats[str(s)]), float(o))
            except ValueError:
                continue
    return out


def event_points(
    records: dict[str, dict[str, Any]],
    graph: Any,
    coordinates: dict[str, tuple[float, float]],
    countries: dict[str, tuple[float, float]] | None = None,
) -> list[dict[str, Any]]:
    """The events of ``records`` placed at their place: the event's place first, else any located
    place, else (``approx``: 1) the centroid of a country among them, from ``countries``.

    Returns:
        One dict per placed event, sorted by start: ``id``, ``lat``, ``lon``,
        ``place``, ``event_type``, ``start`` ("" when undated), and ``approx`` for a centroid.
    """
    out = []
    for node, record in records.items():
        if record["type"] != "Event":
            continue
        places = [record.get("place", "")] + sorted(
            v for _, v, d in graph.out_edges(node, data=True) if d.get("role") == "location"
        )
        place = next((p for p in places if p in coordinates), None)
        approx = place is None and countries is not None
        if approx:
            place = next((p for p in places if p in (countries or {})), None)
        if place is None:
            continue
        lat, lon = (countries or {})[place] if approx else coordinates[place]
        span = record.get("span") or ("", "", "")
        point = {"id": node, "lat": lat, "lon": lon, "place": place,
                 "event_type": record.get("event_type") or "-", "start": span[0]}
        if approx:
            point["approx"] = 1
        out.append(point)
    return sorted(out, key=lambda p: (p["start"] or "9999", p["id"]))


def render_map(dataset: Graph, *, title: str = "newsgraph map", language: str | None = None) -> str:
    """Render the placed events of ``dataset`` on an offline world map, as one HTML page.

    Args:
        dataset: an rdflib ``Dataset`` or ``Graph`` in the newsgraph vocabulary.
        title: page title and heading (escaped).
        language: language of labels and of the page's words; by default the
            most common ``ng:language`` of the articles (the page can switch).

    Returns:
        The HTML text. It loads nothing from the network.
    """
    lang = (language or graph_language(dataset)).lower()
    ui = page_words(lang)
    view = view_graph(dataset, lang)
    graph = view.graph
    prov = view.provenance
    order = ranked(graph, prov)
    facts = event_facts(graph, order["entities"])
    coordinates = place_coordinates(dataset)
    countries = _country_points(graph, coordinates)
    located = {**countries, **coordinates}
    placed = {n for n, f in facts.items() if f["place"] in located or any(
        v in located for _, v, d in graph.out_edges(n, data=True) if d.get("role") == "location")}
    # the panel of a placed event links to its neighbours: they need a record too
    keep = set(placed) | {o for n in placed for o in (*graph.successors(n), *graph.predecessors(n))}
    records = node_records(replace(view, graph=graph.subgraph(keep)), keep)
    for node, fact in facts.items():
        if node in records:
            records[node].update(fact)
    points = event_points(records, graph, coordinates, countries)
    type_names = event_type_names(graph, placed)
    colours = {code: _PALETTE[i % len(_PALETTE)] for i, code in enumerate(sorted(type_names))}
    words = page_languages(type_names)
    shown_words = words.get(lang, words["en"])
    legend = [{"code": code, "colour": colours[code], "label": shown_words[f"et:{code}"]}
              for code in sorted(type_names)]
    days = sorted({p["start"] for p in points if p["start"]})
    events = sum(1 for d in graph.nodes.values() if d["type"] == "Event")
    return render_offline(
        _assets()["template"],
        "the map",
        title=title,
        language=lang,
        languages=INTERFACE_LANGUAGES,
        direction="rtl" if lang.split("-")[0] in RTL_LANGUAGES else "ltr",
        ui=ui,
        legend=legend,
        points=len(points),
        unplaced=events - len(points),
        approx=sum(1 for p in points if p.get("approx")),
        days=len(days),
        data=script_json(compact({
            "points": points, "records": records, "ui": ui, "words": words, "language": lang,
            "colours": colours, "days": days, "rtl": sorted(RTL_LANGUAGES), "articles": len(prov.articles),
        }, "points")),
        assets=_assets(),
    )


def write_map(dataset: Graph, path: str | os.PathLike[str], **kwargs: Any) -> None:
    """Write :func:`render_map` of ``dataset`` to ``path`` atomically.

    Examples:
        >>> import tempfile, pathlib
        >>> from rdflib import Dataset
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "graph.map.html"
        >>> write_map(Dataset(), out)
        >>> "L.map(" in out.read_text(encoding="utf-8")
        True
    """
    atomic_write_text(path, render_map(dataset, **kwargs))
