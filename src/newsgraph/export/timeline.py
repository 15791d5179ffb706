"""A timeline of the events of a newsgraph dataset, as one offline HTML page.

Events are placed on a time axis by their own date (a day, a month or a
year; ``ng:dateFrom`` for "since" dates), else by the publication date of
the earliest article reporting them, which the page marks as such. Rows
group them by country (the country of the place where the event happened,
else the most important country taking part) or by event type; a selector on
the page switches between the two. Each event is in one row, once. A click
opens the same side panel as the graph view (``assets/panel.js``), with the
event's evidence, articles and participants.

Labels say what happened, who and where ("Meeting · Nasser Bourita ·
Marrakesh", from :func:`newsgraph.export.overview.event_facts`), each part
isolated in a ``<bdi>`` so Arabic and Latin parts keep their order.

At corpus scale (thousands of events, hundreds on one day) the page stays
quick: it hands vis-timeline at most a few hundred items at once, for the
window shown; events with one label in one row and cell are one item, and a
crowded cell is one cluster that a click zooms into (``assets/timeline.js``).
The data is compact: UTF-8 JSON (:func:`newsgraph.export.offline.script_json`),
records only for dated events and their neighbours, and articles, evidence
sentences and IRIs written once (:func:`newsgraph.export.pagedata.compact`).

The page inlines vis-timeline (the standalone UMD build of the npm package
``vis-timeline``, ``assets/vis-timeline-graph2d.min.js`` and its CSS, licence
header kept), so it loads nothing from the network. Item and group contents
are DOM elements filled with ``textContent``; no article text is parsed as HTML.

``<body>`` records ``data-ng-events`` (events placed), ``data-ng-items``
(items drawn), ``data-ng-clusters``, ``data-ng-shown``, ``data-ng-groups``,
``data-ng-drawn``, ``data-ng-external``, ``data-ng-ms`` and ``data-ng-panel``
for tests and scripts.

Examples:
    >>> from rdflib import Dataset
    >>> page = render_timeline(Dataset(), title="t <1>")
    >>> "<title>t &lt;1&gt;</title>" in page and 'data-ng-events="0"' in page
    True
"""

from __future__ import annotations

import os
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from rdflib import Graph

from newsgraph.errors import ConfigError
from newsgraph.export.explore import focus_nodes, node_records, view_graph
from newsgraph.export.html import RTL_LANGUAGES, page_words
from newsgraph.export.networkx import graph_language
from newsgraph.export.offline import inline_asset, render_offline, script_json
from newsgraph.export.overview import event_facts, event_type_names, page_languages, ranked
from newsgraph.export.pagedata import compact
from newsgraph.io.atomic import atomic_write_text

__all__ = ["GROUPINGS", "render_timeline", "timeline_events", "write_timeline"]

#: Ways to group the rows of the timeline.
GROUPINGS = ("country", "event-type")


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    here = "newsgraph.export"
    return {
        "template": resources.files(here).joinpath("templates").joinpath("timeline.html").read_text("utf-8"),
        "timeline_js": inline_asset(here, "assets", "vis-timeline-graph2d.min.js"),
        "timeline_css": inline_asset(here, "assets", "vis-timeline-graph2d.min.css"),
        "panel_js": inline_asset(here, "assets", "panel.js"),
        "panel_css": inline_asset(here, "assets", "panel.css"),
        "page_js": inline_asset(here, "assets", "timeline.js"),
        "page_css": inline_asset(here, "assets", "timeline.css"),
    }


def timeline_events(
    records: dict[str, dict[str, Any]], graph: Any, order: list[str] | None = None
) -> list[dict[str, Any]]:
    """The dated events among ``records``, with the countries they concern.

    Args:
        records: panel records (:func:`newsgraph.export.explore.node_records`),
            events with their ``place`` (:func:`newsgraph.export.overview.event_facts`)
            where known.
        graph: the shown graph the records come from (for the countries).
        order: entities, most important first (which country names a row
            when an event concerns several).

    Returns:
        One dict per dated event, sorted by start: ``id``, ``start``, ``end``,
        ``source`` ("event" or "report"), ``event_type``, ``countries`` and
        ``country``: the one row of the event when rows are countries (the
        country of its place, else the most important country taking part;
        "-" for none), so an event is drawn once.
    """
    rank = {node: i for i, node in enumerate(order or ())}
    out = []
    for node, record in records.items():
        if record["type"] != "Event" or not record.get("span"):
            continue
        countries: set[str] = set()
        for other in set(graph.predecessors(node)) | set(graph.successors(node)):
            countries.update(_countries(graph, other))
        shown = sorted((c for c in countries if c in records), key=lambda c: (rank.get(c, len(rank)), c))
        where = [c for c in _countries(graph, record.get("place") or "") if c in records]
        start, end, source = record["span"]
        out.append({
            "id": node, "start": start, "end": end, "source": source,
            "event_type": record.get("event_type") or "-",
            "countries": sorted(shown),
            "country": (where or shown or ["-"])[0],
        })
    return sorted(out, key=lambda e: (e["start"], e["id"]))


def _countries(graph: Any, node: str) -> list[str]:
    """The country ``node`` is, or the countries a place lies in."""
    if node not in graph:
        return []
    kind = graph.nodes[node]["type"]
    if kind == "Country":
        return [node]
    if kind == "Place":
        return sorted(c for _, c, d in graph.out_edges(node, data=True)
                      if d.get("role") == "locatedIn" and graph.nodes[c]["type"] == "Country")
    return []


def render_timeline(
    dataset: Graph,
    *,
    title: str = "newsgraph timeline",
    language: str | None = None,
    group_by: str = "country",
    focus: str | None = None,
    hops: int = 2,
) -> str:
    """Render the events of ``dataset`` on a time axis, as one self-contained HTML page.

    Args:
        dataset: an rdflib ``Dataset`` or ``Graph`` in the newsgraph vocabulary.
        title: page title and heading (escaped).
        language: language of labels and of the page's words; by default the
            most common ``ng:language`` of the articles.
        group_by: "country" or "event-type": the rows shown first (the page
            can switch).
        focus: only events within ``hops`` links of the node(s) with this
            name, in any language.
        hops: radius of the ``focus`` neighbourhood.

    Returns:
        The HTML text. It loads nothing from the network.

    Raises:
        ConfigError: for an unknown ``group_by``.
        GraphError: if ``focus`` names no node.
    """
    if group_by not in GROUPINGS:
        raise ConfigError(f"unknown timeline grouping {group_by!r}; use one of: {', '.join(GROUPINGS)}")
    lang = (language or graph_language(dataset)).lower()
    ui = page_words(lang)
    view = view_graph(dataset, lang)
    graph = view.graph
    if focus is not None:
        keep, _ = focus_nodes(view, focus, hops)
        graph = graph.subgraph(keep).copy()
    prov = view.provenance
    order = ranked(graph, prov)
    facts = event_facts(graph, order["entities"])
    event_records = node_records(replace(view, graph=graph), facts)
    dated = {n for n, r in event_records.items() if r.get("span")}
    # the panel of a dated event links to its neighbours (and to their countries, for the rows)
    near = {o for n in dated for o in (*graph.successors(n), *graph.predecessors(n))}
    keep_nodes = dated | near | {c for o in near for c in _countries(graph, o)}
    records = node_records(replace(view, graph=graph.subgraph(keep_nodes)), keep_nodes)
    for node in dated:
        records[node].update(facts[node])
    events = timeline_events(records, graph, order["entities"])
    type_names = event_type_names(graph, dated)
    return render_offline(
        _assets()["template"],
        "the timeline",
        title=title,
        language=lang,
        direction="rtl" if lang.split("-")[0] in RTL_LANGUAGES else "ltr",
        group_by=group_by,
        ui=ui,
        count=len(events),
        undated=len(event_records) - len(dated),
        notice=ui["focus_notice"].format(name=focus, hops=hops, shown=graph.number_of_nodes(),
                                         total=view.graph.number_of_nodes()) if focus is not None else "",
        data=script_json(compact({
            "events": events, "records": records, "ui": ui,
            "words": page_languages(type_names), "language": lang, "group_by": group_by,
            "rtl": lang.split("-")[0] in RTL_LANGUAGES,
            "articles": len(prov.articles),
        }, "events")),
        assets=_assets(),
    )


def write_timeline(dataset: Graph, path: str | os.PathLike[str], **kwargs: Any) -> None:
    """Write :func:`render_timeline` of ``dataset`` to ``path`` atomically.

    Examples:
        >>> import tempfile, pathlib
        >>> from rdflib import Dataset
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "graph.timeline.html"
        >>> write_timeline(Dataset(), out, group_by="event-type")
        >>> "vis.Timeline" in out.read_text(encoding="utf-8")
        True
    """
    atomic_write_text(path, render_timeline(dataset, **kwargs))
