"""What the explorer shows first, and the facts its table, map and language switch need.

A corpus graph has thousands of nodes; drawn at once they make a hairball with
no readable label. The pages therefore carry every node but draw an
*overview*: the most important events and the entities around them, at most
:data:`OVERVIEW_NODES`. Search, filters and clicks add neighbours on demand.

- :func:`importance` orders events by the number of articles reporting them
  (merged events, reported more than once, first), then by their links; and
  entities by the articles mentioning them plus the events they take part in.
- The page (``assets/overview.js``) picks the overview in that order, among
  the nodes its filters let through: events first (up to two fifths of the
  budget), then entities linked to what is already chosen. An entity with no
  edge to a drawn node is left out unless searched for, so no isolated ring
  of names surrounds the picture.
- :func:`event_facts` gives each event its main actors and its place, so a
  label can say what happened, who did it and where ("Meeting · Bourita ·
  Marrakesh"), in any page language.
- :func:`page_languages` gives the words of every interface language, for the
  en / ar / fr switch.

Examples:
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("e1", type="Event"); g.add_node("e2", type="Event")
    >>> g.add_node("p", type="Person"); g.add_node("lonely", type="Person")
    >>> _ = g.add_edge("e1", "p", role="agent")
    >>> order = importance(g, reports={"e1": 2, "e2": 1}, mentions={"p": 3, "lonely": 9})
    >>> order["events"], order["entities"]
    (['e1', 'e2'], ['lonely', 'p'])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from newsgraph.export.explore import SHOWN_TYPES, style, term_label, ui_words

__all__ = [
    "ACTOR_ROLES",
    "INTERFACE_LANGUAGES",
    "OVERVIEW_NODES",
    "event_facts",
    "event_type_names",
    "importance",
    "page_languages",
    "ranked",
]

#: Most nodes drawn when a page opens.
OVERVIEW_NODES = 150

#: Languages of the interface switch.
INTERFACE_LANGUAGES = ("en", "ar", "fr")

#: Roles whose filler is an actor of the event, in the order they are named.
ACTOR_ROLES = ("agent", "participant", "spokesperson", "target", "attendee")

_PLACE_ROLES = ("location",)
_ROLES = (
    "agent", "participant", "spokesperson", "target", "attendee", "location", "partOf", "relatedEvent",
    "locatedIn", "memberOf", "holdsPosition",
)


def importance(
    graph: nx.MultiDiGraph, *, reports: Mapping[str, int], mentions: Mapping[str, int]
) -> dict[str, list[str]]:
    """Events and entities of ``graph``, most important first.

    Args:
        graph: the shown graph (nodes carry ``type``).
        reports: articles reporting each event.
        mentions: articles mentioning each entity.

    Returns:
        ``{"events": [...], "entities": [...]}``; ties are broken by links, then id.
    """
    events: list[str] = []
    entities: list[str] = []
    for node, data in graph.nodes(data=True):
        (events if data.get("type") == "Event" else entities).append(node)

    def event_key(node: str) -> tuple[int, int, int, str]:
        n = int(reports.get(node, 0))
        return (-int(n > 1), -n, -graph.degree(node), node)

    def entity_key(node: str) -> tuple[int, int, str]:
        events_in = sum(1 for o in nx.all_neighbors(graph, node) if graph.nodes[o].get("type") == "Event")
        return (-(int(mentions.get(node, 0)) + events_in), -graph.degree(node), node)

    return {"events": sorted(events, key=event_key), "entities": sorted(entities, key=entity_key)}


def ranked(graph: nx.MultiDiGraph, provenance: Any) -> dict[str, list[str]]:
    """:func:`importance` of ``graph``'s nodes, counting the articles ``provenance`` (a view's
    :class:`~newsgraph.export.explore.Provenance`) gives each: reports of events, mentions of entities."""
    return importance(
        graph,
        reports={n: len(provenance.reports.get(n, ())) for n in graph},
        mentions={n: len(provenance.sources.get(n, ())) for n in graph},
    )


def event_type_names(graph: nx.MultiDiGraph, nodes: Iterable[str] | None = None) -> dict[str, dict[str, str]]:
    """Event type code ("-" for none) -> its label in each interface language, from the events
    among ``nodes`` (default: all of ``graph``'s); what :func:`page_languages` takes.

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("e", type="Event", event_type="Meeting", event_type_label_ar="اجتماع")
        >>> event_type_names(g)
        {'Meeting': {'ar': 'اجتماع'}}
    """
    out: dict[str, dict[str, str]] = {}
    for node in sorted(graph if nodes is None else nodes):  # the same words, in order, every run
        data = graph.nodes[node]
        if data.get("type") != "Event":
            continue
        names = out.setdefault(str(data.get("event_type") or "-"), {})
        for code in INTERFACE_LANGUAGES:
            if data.get(f"event_type_label_{code}"):
                names.setdefault(code, str(data[f"event_type_label_{code}"]))
    return out


def event_facts(graph: nx.MultiDiGraph, order: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Each event's actors (most important first) and place (a Place before a Country).

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("e", type="Event"); g.add_node("c", type="Country"); g.add_node("m", type="Place")
        >>> g.add_node("p", type="Person")
        >>> _ = g.add_edge("e", "c", role="location"), g.add_edge("e", "m", role="location")
        >>> _ = g.add_edge("e", "p", role="agent")
        >>> event_facts(g, ["p"])
        {'e': {'actors': ['p'], 'place': 'm'}}
    """
    rank = {node: i for i, node in enumerate(order)}
    out: dict[str, dict[str, Any]] = {}
    for node, data in graph.nodes(data=True):
        if data.get("type") != "Event":
            continue
        actors: dict[str, tuple[int, int]] = {}
        places: list[tuple[int, str]] = []
        for _, other, edge in graph.out_edges(node, data=True):
            role = str(edge.get("role", ""))
            if role in ACTOR_ROLES:
                key = (ACTOR_ROLES.index(role), rank.get(other, len(rank)))
                actors[other] = min(actors.get(other, key), key)
            elif role in _PLACE_ROLES:
                places.append((0 if graph.nodes[other].get("type") == "Place" else 1, other))
        out[node] = {
            "actors": sorted(actors, key=lambda a: (actors[a], a)),
            "place": min(places)[1] if places else "",
        }
    return out


def page_languages(event_types: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, str]]:
    """The interface words of every switchable language, with type, role and event-type names.

    Keys are the UI words (``search``, ``legend``...), node types (``Event``,
    ``Person``...), ``role:<name>`` for edge roles and ``et:<code>`` for event
    types; a word missing in a language falls back to English.

    Args:
        event_types: ``{code: {language: label}}`` of the event types in the page.
    """
    out: dict[str, dict[str, str]] = {}
    for lang in INTERFACE_LANGUAGES:
        words = dict(ui_words(lang))
        for kind in SHOWN_TYPES:
            words.setdefault(kind, term_label(kind, lang, capitalize=True))
        own = style()["ui"].get(lang, {})
        for role in _ROLES:
            words[f"role:{role}"] = own.get(f"role:{role}") or term_label(role, lang)
        for code, labels in event_types.items():
            words[f"et:{code}"] = labels.get(lang) or own.get(f"et:{code}") or labels.get("en") or code
        out[lang] = words
    return out
