"""Lean page data for the map and the timeline, which carry tens of thousands of panel records.

On a graph of 10,000 articles the two pages held about 45 MB of JSON each, and
a browser spends most of its time to interactive reading it. :func:`compact`
writes each repeated thing once:

- articles and evidence sentences: in one shared ``table``, records keep
  indices (an article is listed by every node it mentions, a sentence by an
  event and each of its participants);
- node IRIs: in one ``ids`` list; ``records`` becomes a list in the order of
  ``ids``, and links, actors, places and the page's own items (``events`` of
  the timeline, ``points`` of the map: their ``id``, ``place``, ``country``
  and ``countries``) refer to nodes by index;
- a link's role label: left out (``0``) when it is the page's word for the
  role in the page's language, which the page has anyway.

``NGPanel.hydrate`` (``assets/panel.js``) puts everything back when the page
opens; :func:`expand` does the same in Python, for tests.

Examples:
    >>> data = {"records": {"e": {"type": "Event", "links": [["agent", "p", "out", "agent"]],
    ...                           "actors": ["p"], "place": "", "articles": [{"title": "t"}]},
    ...                     "p": {"type": "Person", "links": [["agent", "e", "in", "agent"]],
    ...                           "articles": [{"title": "t"}]}},
    ...         "events": [{"id": "e", "country": "-", "countries": []}],
    ...         "words": {"en": {"role:agent": "agent"}}, "language": "en"}
    >>> small = compact(data, "events")
    >>> small["ids"], small["records"][0]["links"], small["table"]
    (['e', 'p', '-'], [[0, 1, 'out', 'agent']], [{'title': 't'}])
    >>> expand(small, "events") == data
    True
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["ITEM_REFS", "compact", "expand"]

#: Keys of a page item (a timeline event, a map point) that name a node, or a list of nodes.
ITEM_REFS = ("id", "place", "country", "countries")


def _intern_items(records: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    table: list[dict[str, Any]] = []
    index: dict[tuple[tuple[str, Any], ...], int] = {}
    for record in records.values():
        for key in ("articles", "evidence"):
            if key not in record:
                continue
            refs = []
            for item in record[key]:
                ident = tuple(sorted(item.items()))
                if ident not in index:
                    index[ident] = len(table)
                    table.append(item)
                refs.append(index[ident])
            record[key] = refs
    return table


def compact(data: dict[str, Any], items: str | None = None) -> dict[str, Any]:
    """A copy of page ``data`` with articles, evidence, IRIs and role labels each written once.

    Args:
        data: the page data, with ``records`` ({IRI: panel record}), ``words``
            and ``language``.
        items: the key of the page's own list of items whose ``ITEM_REFS`` name
            nodes (``"events"``, ``"points"``), if any.
    """
    out = dict(data)
    records = copy.deepcopy(data["records"])
    ids = list(records)
    index = {node: i for i, node in enumerate(ids)}

    def ref(node: str) -> int:
        if node not in index:
            index[node] = len(ids)
            ids.append(node)
        return index[node]

    words = (data.get("words") or {}).get(data.get("language", ""), {})
    for record in records.values():
        if "links" in record:
            record["links"] = [
                [0 if role != "holdsPosition" and words.get(f"role:{role}") == label else label,
                 ref(other), way, role]
                for label, other, way, role in record["links"]
            ]
        if "actors" in record:
            record["actors"] = [ref(a) for a in record["actors"]]
        if record.get("place"):
            record["place"] = ref(record["place"])
    out["table"] = _intern_items(records)
    if items is not None:
        out[items] = [_map_refs(item, ref) for item in data[items]]
    out["records"] = list(records.values())
    out["ids"] = ids
    return out


def _map_refs(item: dict[str, Any], ref: Any) -> dict[str, Any]:
    item = dict(item)
    for key in ITEM_REFS:
        value = item.get(key)
        if isinstance(value, list):
            item[key] = [ref(v) for v in value]
        elif value not in (None, ""):
            item[key] = ref(value)
    return item


def expand(data: dict[str, Any], items: str | None = None) -> dict[str, Any]:
    """The page data :func:`compact` was given back, as ``NGPanel.hydrate`` rebuilds it."""
    out = dict(data)
    ids, table = data["ids"], data.get("table", [])
    words = (data.get("words") or {}).get(data.get("language", ""), {})
    records: dict[str, dict[str, Any]] = {}
    for i, compacted in enumerate(data["records"]):
        record = dict(compacted)
        if "links" in record:
            record["links"] = [[words.get(f"role:{role}") if label == 0 else label, ids[other], way, role]
                               for label, other, way, role in record["links"]]
        if "actors" in record:
            record["actors"] = [ids[a] for a in record["actors"]]
        if isinstance(record.get("place"), int):
            record["place"] = ids[record["place"]]
        for key in ("articles", "evidence"):
            if key in record:
                record[key] = [table[n] for n in record[key]]
        records[ids[i]] = record
    out["records"] = records
    if items is not None:
        out[items] = [_map_refs(item, lambda n: ids[n]) for item in data[items]]
    del out["ids"]
    out.pop("table", None)
    return out
