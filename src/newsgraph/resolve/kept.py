"""The groups of a store's last resolution pass, kept in its folder so the next pass reads only new articles.

Resolution reads what every article graph says about each entity and event
(:mod:`newsgraph.resolve.read`). After a pass, a group reads back the same
except for its node, which is now its cluster's, and so are the nodes its
events name. So a pass on an on-disk store saves its groups as they will
read back, in ``newsgraph-groups.json``, with the content hash of each
article graph and the mark of the pass (the hash the resolution graph
records). The next pass takes from there the groups of the article graphs
whose hash is unchanged and reads only the others; when the mark is not the
store's (a pass that did not finish, a file from elsewhere) it reads all.
The file is only a cache: deleting it costs time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsgraph.io.atomic import atomic_write_text
from newsgraph.resolve.read import EventGroup, Group

__all__ = ["FORMAT", "GROUPS_FILE", "load_groups", "save_groups"]

#: Name of the file inside a store folder.
GROUPS_FILE = "newsgraph-groups.json"
#: What the rows hold; a file of another format is read as missing (2: holders carry tolls, «count:killed 3»).
FORMAT = 2


def _entity(g: Group) -> list[Any]:
    return [g.current, g.original, g.type, sorted(g.names), sorted(g.countries), sorted(g.comentions)]


def _event(e: EventGroup, context: dict[frozenset[str], int]) -> list[Any]:
    """An event group as a row; its context (what its whole article names, the same for most of
    the article's events) as an index into the graph's list of contexts."""
    return [e.current, e.original, e.type, e.article,
            None if e.date is None else [e.date[0].isoformat(), e.date[1].isoformat()], e.date_text,
            None if e.published is None else e.published.isoformat(), e.location, e.location_inferred,
            sorted(e.holders), sorted(e.targets), e.sentence, e.family, e.story,
            context.setdefault(frozenset(e.context), len(context)), sorted(e.parties)]


def save_groups(folder: str | os.PathLike[str], mark: str, hashes: dict[str, str],
                groups: Iterable[Group], events: Iterable[EventGroup]) -> None:
    """Write the groups as the next pass will read them (``current`` already their cluster's node)."""
    graphs: dict[str, dict[str, Any]] = {g: {"hash": h, "entities": [], "events": []}
                                         for g, h in hashes.items()}
    contexts: dict[str, dict[frozenset[str], int]] = {g: {} for g in graphs}
    for g in groups:
        if g.graph in graphs:
            graphs[g.graph]["entities"].append(_entity(g))
    for e in events:
        if e.graph in graphs:
            graphs[e.graph]["events"].append(_event(e, contexts[e.graph]))
    for graph, entry in graphs.items():
        entry["contexts"] = [sorted(c) for c in contexts[graph]]
    # json.dumps, not json.dump: dump() streams through the pure-Python encoder, several
    # times slower on a corpus-sized file (2.7 s of a 100-article add at 1,900 articles).
    text = json.dumps({"format": FORMAT, "mark": mark, "graphs": graphs}, ensure_ascii=False,
                      separators=(",", ":"))
    with contextlib.suppress(OSError):
        atomic_write_text(Path(folder) / GROUPS_FILE, text)


def _span(date: list[str]) -> tuple[dt.date, dt.date]:
    return dt.date.fromisoformat(date[0]), dt.date.fromisoformat(date[1])


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def load_groups(folder: str | os.PathLike[str], mark: str | None,
                hashes: dict[str, str]) -> tuple[list[Group], list[EventGroup], set[str]]:
    """The kept groups of the article graphs whose content hash is unchanged, and the graphs left to
    read (all of them when the file is missing, unreadable, of another :data:`FORMAT` or of another
    pass than ``mark``)."""
    groups: list[Group] = []
    events: list[EventGroup] = []
    kept: set[str] = set()
    try:
        data = json.loads((Path(folder) / GROUPS_FILE).read_text(encoding="utf-8"))
        if mark is None or data.get("mark") != mark or data.get("format") != FORMAT:
            return [], [], set(hashes)
        for graph, entry in data["graphs"].items():
            if hashes.get(graph) != entry["hash"]:
                continue
            kept.add(graph)
            for cur, orig, typ, names, countries, comentions in entry["entities"]:
                groups.append(Group(graph, cur, orig, typ, {(t, lang) for t, lang in names},
                                    set(countries), set(comentions)))
            contexts = entry["contexts"]
            for (cur, orig, typ, article, date, date_text, published, location, inferred, holders,
                 targets, sentence, family, story, context, parties) in entry["events"]:
                span = None if date is None else _span(date)
                events.append(EventGroup(graph, cur, orig, typ, article, span, date_text, _day(published),
                                         location, inferred, set(holders), set(targets), sentence, family,
                                         story, set(contexts[context]), set(parties)))
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return [], [], set(hashes)
    return groups, events, set(hashes) - kept
