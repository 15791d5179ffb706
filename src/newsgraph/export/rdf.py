"""Write and read RDF files: Turtle, TriG, N-Quads, N-Triples and JSON-LD.

Files are written atomically (a reader never sees half a file). Turtle and
N-Triples hold the union of all named graphs; TriG, N-Quads and JSON-LD keep
the named graphs. JSON-LD gets a compact ``@context`` of the newsgraph
prefixes. When the dataset lives in Oxigraph (``store="Oxigraph"``), the
Oxigraph serializers and parsers do the work, which is tens of times faster
than rdflib's own.

Examples:
    >>> import tempfile, pathlib
    >>> from rdflib import Dataset, Literal, URIRef
    >>> ds = Dataset()
    >>> ds.graph(URIRef("http://ex.org/g")).add(
    ...     (URIRef("http://ex.org/s"), URIRef("http://ex.org/p"), Literal("x", lang="en")))
    <Graph identifier=http://ex.org/g (<class 'rdflib.graph.Graph'>)>
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "out.nq"
    >>> write_rdf(ds, path)
    'nquads'
    >>> len(read_rdf(path, Dataset()))
    1
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from rdflib import Dataset, Graph

from newsgraph.errors import GraphError
from newsgraph.graph.ns import bind_prefixes
from newsgraph.io.atomic import atomic_open

__all__ = ["FORMATS", "QUAD_FORMATS", "format_for", "jsonld_context", "write_rdf", "read_rdf", "is_oxigraph"]

#: File suffix to rdflib format name.
FORMATS: Mapping[str, str] = MappingProxyType(
    {
        ".ttl": "turtle",
        ".trig": "trig",
        ".nq": "nquads",
        ".nt": "nt",
        ".jsonld": "json-ld",
        ".json": "json-ld",
    }
)
#: Formats that keep named graphs.
QUAD_FORMATS = frozenset({"trig", "nquads", "json-ld"})
_ALIASES = {"ttl": "turtle", "nq": "nquads", "n-quads": "nquads", "ntriples": "nt", "n-triples": "nt",
            "nt11": "nt", "jsonld": "json-ld"}
_OX_NAMES = {"turtle": "TURTLE", "trig": "TRIG", "nquads": "N_QUADS", "nt": "N_TRIPLES", "json-ld": "JSON_LD"}


def format_for(path: str | os.PathLike[str], format: str | None = None) -> str:
    """The format name for ``path``: ``format`` if given, else from the suffix.

    Raises:
        GraphError: for an unknown format or suffix.

    Examples:
        >>> format_for("out/graph.trig"), format_for("x.data", "ttl")
        ('trig', 'turtle')
    """
    if format is not None:
        name = _ALIASES.get(format.lower(), format.lower())
        if name not in _OX_NAMES:
            raise GraphError(f"unknown RDF format {format!r}; use one of {', '.join(sorted(_OX_NAMES))}")
        return name
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise GraphError(
            f"cannot tell the RDF format of {os.fspath(path)!r} from its suffix; "
            f"use one of {', '.join(FORMATS)} or pass a format",
            path=os.fspath(path),
        )
    return FORMATS[suffix]


def jsonld_context() -> dict[str, str]:
    """A compact JSON-LD ``@context``: just the newsgraph prefixes.

    Examples:
        >>> jsonld_context()["ng"]
        'https://w3id.org/newsgraph/ontology#'
    """
    ours = bind_prefixes(Graph(bind_namespaces="none"))
    return dict(sorted((prefix, str(ns)) for prefix, ns in ours.namespaces() if prefix))


def is_oxigraph(dataset: Graph) -> bool:
    """True when ``dataset`` is backed by oxrdflib's Oxigraph store."""
    return type(dataset.store).__name__ == "OxigraphStore"


def _ox_format(name: str) -> Any:
    import pyoxigraph

    return getattr(pyoxigraph.RdfFormat, _OX_NAMES[name])


_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


def write_rdf(
    dataset: Graph,
    path: str | os.PathLike[str],
    format: str | None = None,
    *,
    skip_default_graph: bool = False,
) -> str:
    """Serialize ``dataset`` to ``path`` atomically.

    Args:
        dataset: a Dataset (or Graph) on any store.
        path: the file to write; parent folders are created.
        format: "turtle", "trig", "nquads", "nt" or "json-ld"; by default from
            the suffix (see :data:`FORMATS`).
        skip_default_graph: leave the default graph out of TriG, N-Quads and
            JSON-LD (set when it only mirrors the named graphs).

    Returns:
        The format written.

    Raises:
        GraphError: for an unknown format, or when writing fails.
    """
    fmt = format_for(path, format)
    bind_prefixes(dataset)
    try:
        if skip_default_graph and fmt == "json-ld" and isinstance(dataset, Dataset):
            dataset = _named_graphs_only(dataset)
        with atomic_open(path, "wb") as fh:
            if is_oxigraph(dataset) and fmt != "json-ld":
                _write_oxigraph(dataset, fh, fmt, skip_default_graph)
            elif fmt == "json-ld":
                text = dataset.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
                fh.write(canonical_jsonld(text).encode("utf-8"))
            else:
                dataset.serialize(destination=fh, format=fmt, encoding="utf-8")
    except GraphError:
        raise
    except Exception as exc:
        raise GraphError(f"cannot write {fmt}: {exc}", path=os.fspath(path)) from exc
    return fmt


def canonical_jsonld(text: str) -> str:
    """JSON-LD with its keys and its (unordered) arrays sorted, so one graph always gives one file.

    rdflib lists the members of ``@graph`` and the values of a property in
    whatever order its store yields them; JSON-LD arrays are sets unless they
    are ``@list`` values, which keep their order.

    Examples:
        >>> import json
        >>> json.loads(canonical_jsonld('{"@graph": [{"@id": "b", "x": [2, 1]}, {"@id": "a"}]}'))
        {'@graph': [{'@id': 'a'}, {'@id': 'b', 'x': [1, 2]}]}
    """

    def order(node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {k: order(v, k) for k, v in node.items()}
        if isinstance(node, list):
            items = [order(v) for v in node]
            if key == "@list":
                return items
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return node

    return json.dumps(order(json.loads(text)), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _named_graphs_only(dataset: Dataset) -> Dataset:
    """A copy of ``dataset`` without its default graph, in rdflib's memory store."""
    copy = Dataset()
    for prefix, ns in dataset.namespaces():
        copy.bind(prefix, ns, override=True, replace=True)
    default_id = dataset.default_graph.identifier
    for s, p, o, c in dataset.quads((None, None, None, None)):
        name = c.identifier if isinstance(c, Graph) else c
        if name != default_id:
            copy.graph(name).add((s, p, o))
    return copy


def _write_oxigraph(dataset: Graph, fh: Any, fmt: str, skip_default_graph: bool = False) -> None:
    import pyoxigraph

    inner = dataset.store._inner  # type: ignore[attr-defined]
    prefixes = {p: str(ns) for p, ns in dataset.namespaces() if p}
    ox_fmt = _ox_format(fmt)
    if fmt in QUAD_FORMATS:
        if skip_default_graph and isinstance(dataset, Dataset):
            named = (q for q in inner if not isinstance(q.graph_name, pyoxigraph.DefaultGraph))
            pyoxigraph.serialize(named, fh, format=ox_fmt, prefixes=prefixes)
        elif isinstance(dataset, Dataset):
            inner.dump(fh, format=ox_fmt, prefixes=prefixes)
        else:
            inner.dump(fh, format=ox_fmt, from_graph=pyoxigraph.NamedNode(str(dataset.identifier)),
                       prefixes=prefixes)
        return
    if isinstance(dataset, Dataset):
        triples = inner.query(_UNION, use_default_graph_as_union=True)
    else:
        triples = inner.query(_UNION, default_graph=pyoxigraph.NamedNode(str(dataset.identifier)))
    pyoxigraph.serialize(triples, fh, format=ox_fmt, prefixes=prefixes)


def read_rdf(path: str | os.PathLike[str], dataset: Graph, format: str | None = None) -> Graph:
    """Parse ``path`` into ``dataset`` (Oxigraph's parsers when it is Oxigraph-backed).

    Returns:
        ``dataset``.

    Raises:
        GraphError: for a missing file, unknown format, or malformed data.
    """
    fmt = format_for(path, format)
    if not Path(path).is_file():
        raise GraphError("no such RDF file", path=os.fspath(path))
    parse_format = f"ox-{fmt}" if is_oxigraph(dataset) else fmt
    try:
        dataset.parse(os.fspath(path), format=parse_format)
    except Exception as exc:
        raise GraphError(f"cannot parse as {fmt}: {exc}", path=os.fspath(path)) from exc
    return bind_prefixes(dataset)
