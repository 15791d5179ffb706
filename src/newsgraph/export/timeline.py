"""A timeline of the events of a newsgraph dataset, as one offline HTML page.

Events are placed on a time axis by their own date (a day, a month or a
year; ``ng:dateFrom`` for "since" dates), else by the publication date of
the earliest article reporting them, which the page marks as such. Rows
group them by country (the countries taking part, or holding the place
where the event happened) or by event type; a selector on the page switches
between the two. A click opens the same side panel as the graph view
(``assets/panel.js``), with the event's evidence, articles and participants.

The page inlines vis-timeline (the standalone UMD build of the npm package
``vis-timeline``, ``assets/vis-timeline-graph2d.min.js`` and its CSS, licence
header kept), so it loads nothing from the network. Item and group contents
are DOM elements filled with ``textContent``; no article text is parsed as HTML.

``<body>`` records ``data-ng-events`` (events placed), ``data-ng-items``,
``data-ng-groups``, ``data-ng-drawn``, ``data-ng-external`` and
``data-ng-panel`` for tests and scripts.

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

from jinja2 import Environment
from rdflib import Graph

from newsgraph.errors import ConfigError, GraphError
from newsgraph.export.explore import focus_nodes, node_records, view_graph
from newsgraph.export.html import RTL_LANGUAGES, page_words
from newsgraph.export.networkx import graph_language
from newsgraph.export.offline import external_resources, inline_asset, strip_external
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


def timeline_events(records: dict[str, dict[str, Any]], graph: Any) -> list[dict[str, Any]]:
    """The dated events among ``records``, with the countries they concern.

    Args:
        records: panel records (:func:`newsgraph.export.explore.node_records`).
        graph: the shown graph the records come from (for the countries).

    Returns:
        One dict per dated event, sorted by start: ``id``, ``start``, ``end``,
        ``source`` ("event" or "report"), ``event_type``, ``countries``.
    """
    out = []
    for node, record in records.items():
        if record["type"] != "Event" or not record.get("span"):
            continue
        countries: set[str] = set()
        for other in set(graph.predecessors(node)) | set(graph.successors(node)):
            kind = graph.nodes[other]["type"]
            if kind == "Country":
                countries.add(other)
            elif kind == "Place":
                countries.update(
                    c for _, c, d in graph.out_edges(other, data=True)
                    if d.get("role") == "locatedIn" and graph.nodes[c]["type"] == "Country"
                )
        start, end, source = record["span"]
        out.append({
            "id": node, "start": start, "end": end, "source": source,
            "event_type": record.get("event_type") or "-",
            "countries": sorted(c for c in countries if c in records),
        })
    return sorted(out, key=lambda e: (e["start"], e["id"]))


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
    records = node_records(replace(view, graph=graph), graph.nodes)
    events = timeline_events(records, graph)
    page = Environment(autoescape=True).from_string(_assets()["template"]).render(
        title=title,
        language=lang,
        direction="rtl" if lang.split("-")[0] in RTL_LANGUAGES else "ltr",
        group_by=group_by,
        ui=ui,
        count=len(events),
        undated=sum(1 for r in records.values() if r["type"] == "Event" and not r.get("span")),
        notice=ui["focus_notice"].format(name=focus, hops=hops, shown=graph.number_of_nodes(),
                                         total=view.graph.number_of_nodes()) if focus is not None else "",
        data={"events": events, "records": records, "ui": ui, "group_by": group_by,
              "rtl": lang.split("-")[0] in RTL_LANGUAGES, "articles": len(view.provenance.articles)},
        assets=_assets(),
    )
    page = strip_external(page)
    remote = external_resources(page)
    if remote:  # pragma: no cover - guards against a changed asset
        raise GraphError(f"the timeline would load {remote[0]} from the network; it must work offline")
    return page


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
