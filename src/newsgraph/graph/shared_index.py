"""What each article wrote in the shared graph about entities outside the knowledge base, beside a store.

Resolution moves the shared descriptions (types, labels, positions) of the
nodes it renames onto their cluster's node, so after one pass the shared
graph no longer tells which article gave which node which label. When a
later pass splits a cluster, or joins one differently, it needs exactly that
to give the graph a build of all articles at once would give. So an on-disk
store keeps, in ``newsgraph-shared-index.jsonl`` inside its folder, one line
per article written: its graph, its content hash, and the shared triples it
wrote about persons, organizations and places that are not knowledge-base
entities. Resolution rebuilds those descriptions from it
(:mod:`newsgraph.resolve.shared`) when every article of the store has its
line; otherwise (a store written before, a line lost in a crash) it moves the
descriptions it finds, as before.

Examples:
    >>> from rdflib import Literal, URIRef
    >>> row = encode_triple((URIRef("https://x/p"), URIRef("https://x/label"), Literal("Ali", lang="ar")))
    >>> row
    ['https://x/p', 'https://x/label', 'l', 'Ali', 'ar', '']
    >>> str(decode_triple(row)[2])
    '"Ali"@ar'
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef

from newsgraph.io.atomic import atomic_open

__all__ = ["INDEX_FILE", "Row", "append_entry", "decode_triple", "encode_triple", "load_index", "save_index"]

#: Name of the index file inside a store folder.
INDEX_FILE = "newsgraph-shared-index.jsonl"

#: ``[subject, predicate, "i", object IRI, "", ""]`` or ``[subject, predicate, "l", lexical form, language,
#: datatype]``.
Row = list[str]


def encode_triple(triple: tuple[URIRef, URIRef, URIRef | Literal]) -> Row:
    """A triple as a JSON-ready row."""
    s, p, o = triple
    if isinstance(o, Literal):
        return [str(s), str(p), "l", str(o), o.language or "", str(o.datatype or "")]
    return [str(s), str(p), "i", str(o), "", ""]


def decode_triple(row: Sequence[str]) -> tuple[Any, Any, Any]:
    """A row as pyoxigraph terms (what the store's own quads are made of, so they compare equal)."""
    import pyoxigraph

    s, p, kind, value, lang, datatype = row
    if kind == "i":
        obj: Any = pyoxigraph.NamedNode(value)
    elif lang:
        obj = pyoxigraph.Literal(value, language=lang)
    elif datatype:
        obj = pyoxigraph.Literal(value, datatype=pyoxigraph.NamedNode(datatype))
    else:
        obj = pyoxigraph.Literal(value)
    return pyoxigraph.NamedNode(s), pyoxigraph.NamedNode(p), obj


def append_entry(folder: str | os.PathLike[str], graph: str, digest: str, rows: Iterable[Row]) -> None:
    """Record what one article graph wrote (after its transaction: a crash between the two leaves the
    article without its line, and resolution falls back to moving what it finds)."""
    line = json.dumps({"graph": graph, "digest": digest, "rows": list(rows)}, ensure_ascii=False)
    with open(Path(folder) / INDEX_FILE, "a", encoding="utf-8") as out:
        out.write(line + "\n")


def load_index(folder: str | os.PathLike[str]) -> tuple[dict[str, tuple[str, list[Row]]], int]:
    """Graph -> (content hash, rows), the last line of each graph winning (empty when there is no
    file), and the number of lines (more than graphs: replaced articles, worth compacting).

    A line cut short by a crash is skipped.
    """
    path = Path(folder) / INDEX_FILE
    out: dict[str, tuple[str, list[Row]]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return out, 0
    for line in lines:
        try:
            entry = json.loads(line)
            out[entry["graph"]] = (entry["digest"], entry["rows"])
        except (ValueError, KeyError, TypeError):
            continue
    return out, len(lines)


def save_index(folder: str | os.PathLike[str], entries: Mapping[str, tuple[str, list[Row]]]) -> None:
    """Rewrite the index with ``entries`` only (dropping replaced and removed articles), atomically."""
    with contextlib.suppress(OSError), atomic_open(Path(folder) / INDEX_FILE) as out:
        for graph in sorted(entries):
            digest, rows = entries[graph]
            entry = {"graph": graph, "digest": digest, "rows": rows}
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
