"""How the explorer draws its graph: label sizes, event boxes, physics and vis-network's options.

A corpus overview of 150 nodes, fitted to the screen, is drawn at about a fifth
of its size, where a 14 px label is a 3 px smudge. So:

- the leading nodes (:func:`leading_nodes`: the first events and entities of
  the overview's order) are labelled at :data:`LEAD_FONT`, every other node at
  :data:`NODE_FONT`, and the first view zooms no further out than
  :func:`readable_scale`, where the leading labels are ``READABLE_PX`` high on
  screen and the others ``LABEL_MIN_PX`` or more: no node is an empty box;
- once laid out, the page packs the picture to the window's proportions and
  pushes apart nodes whose labels overlap (``assets/declutter.js``);
- no node or edge label is drawn under ``LABEL_MIN_PX`` on screen (it shows
  when zoomed in), and labels stop growing past ``LABEL_MAX_PX``;
- long event labels wrap (:func:`event_look`): with no overlap allowed, a wide
  box pushes its neighbours far away and spreads the whole layout;
- physics runs in the browser up to :data:`LAYOUT_IN_BROWSER` drawn nodes,
  with fewer iterations for more nodes, then stops.

Examples:
    >>> event_look(1, None)["font"]["size"], event_look(9, None)["font"]["size"]
    (14, 30)
    >>> readable_scale(True), readable_scale(False)
    (0.4, 0.75)
    >>> round(NODE_FONT * readable_scale(True), 1) >= LABEL_MIN_PX
    True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "LAYOUT_IN_BROWSER",
    "LEAD_FONT",
    "NODE_FONT",
    "event_look",
    "leading_nodes",
    "network_options",
    "physics",
    "readable_scale",
]

#: Above this many nodes carried, nodes get no tooltip (the panel has it all) to keep the page small;
#: above this many drawn, physics is off.
LAYOUT_IN_BROWSER = 800

#: Font size (canvas units) of the leading nodes' labels, and of the others'.
LEAD_FONT = 30
FONT = 16
#: Font size of the other nodes' labels when some lead: at the first view's zoom (``readable_scale``)
#: they are 10 px on screen, above ``LABEL_MIN_PX``, so they are drawn, not left as empty boxes.
NODE_FONT = 25
LEAD_EVENTS = 12
LEAD_ENTITIES = 18
#: Graphs of at most this many nodes fit on screen with readable labels: no node leads.
LEAD_FROM = 60
#: No label smaller than this on screen (pixels): it appears when zoomed in, instead of as a smudge.
LABEL_MIN_PX = 9
#: The first view zooms in (on the leading nodes) until their labels are this big on screen (pixels).
READABLE_PX = 12
#: Labels stop growing on screen past this size (pixels) when zoomed far in.
LABEL_MAX_PX = 28


def leading_nodes(order: Mapping[str, list[str]]) -> set[str]:
    """The nodes whose labels are drawn large: the first events and entities of the overview's order,
    when there are more nodes than fit on screen with readable labels (else none).

    Examples:
        >>> sorted(leading_nodes({"events": ["e1", "e2"], "entities": ["p"]}))
        []
        >>> many = {"events": [f"e{i}" for i in range(50)], "entities": [f"p{i}" for i in range(50)]}
        >>> len(leading_nodes(many))
        30
    """
    if len(order["events"]) + len(order["entities"]) <= LEAD_FROM:
        return set()
    return set(order["events"][:LEAD_EVENTS]) | set(order["entities"][:LEAD_ENTITIES])


def readable_scale(leading: bool) -> float:
    """The zoom below which the first view does not go: labels of the leading nodes (of every node,
    when none leads) are then ``READABLE_PX`` high."""
    return READABLE_PX / (LEAD_FONT if leading else FONT)


def event_look(reports: int, leading: bool | None) -> dict[str, Any]:
    """Events grow with the number of articles reporting them (1 to 5+): border, margin and, when no
    node leads (``leading`` None), label; in a large graph a leading event is labelled at
    ``LEAD_FONT``, the others at ``NODE_FONT``: both read in the first view. Long labels wrap.

    Examples:
        >>> [event_look(5, lead)["font"]["size"] for lead in (None, True, False)]
        [30, 30, 25]
    """
    step = min(max(reports, 1), 5) - 1
    size = 14 + 4 * step if leading is None else LEAD_FONT if leading else NODE_FONT
    return {"font": {"size": size, "strokeWidth": 0}, "margin": 6 + 3 * step, "borderWidth": 1 + step,
            "widthConstraint": {"maximum": 10 * size}}


def physics(n_nodes: int) -> dict[str, Any]:
    """Barnes-Hut physics for ``n_nodes`` drawn nodes: fewer iterations for more (each costs O(n log n))."""
    iterations = max(60, min(400, 120_000 // max(n_nodes, 1)))
    return {
        "enabled": 0 < n_nodes <= LAYOUT_IN_BROWSER,
        "solver": "barnesHut",
        "barnesHut": {
            "gravitationalConstant": -3000,
            "centralGravity": 0.5,
            "springLength": 100,
            "springConstant": 0.04,
            "damping": 0.35,
            "avoidOverlap": 1.0,  # no node drawn over another (a click must reach the node it aims at)
        },
        "minVelocity": 1.0,
        "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 20, "fit": True},
    }


def network_options(n_nodes: int, leading: bool = False) -> dict[str, Any]:
    """vis-network's options for a page that draws at most ``n_nodes`` at once; with ``leading``
    (some nodes lead, :func:`leading_nodes`) the others are labelled at ``NODE_FONT``.

    Examples:
        >>> network_options(150, True)["nodes"]["font"]["size"], network_options(40)["nodes"]["font"]["size"]
        (25, 16)
    """
    return {
        "autoResize": True,
        "layout": {"improvedLayout": True, "randomSeed": 7},
        "physics": physics(n_nodes),
        "interaction": {"hover": True, "tooltipDelay": 120},
        "nodes": {
            "size": 14, "borderWidth": 1,
            "font": {"size": NODE_FONT if leading else FONT, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"label": {"drawThreshold": LABEL_MIN_PX, "maxVisible": LABEL_MAX_PX}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#9a9a9a", "highlight": "#333333", "hover": "#555555"},
            # edge labels are drawn once they would be at least LABEL_MIN_PX high, on a white
            # ground: readable when zoomed in, absent (not tiny) when zoomed out
            "font": {"size": 12, "align": "horizontal", "color": "#444444", "strokeWidth": 0,
                     "background": "rgba(255,255,255,0.85)"},
            "scaling": {"label": {"drawThreshold": LABEL_MIN_PX, "maxVisible": 20}},
            "smooth": {"enabled": False},
        },
    }
