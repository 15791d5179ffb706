"""The knowledge graph: an RDF dataset of per-article named graphs.

:class:`KnowledgeGraph` wraps an rdflib :class:`~rdflib.Dataset` whose
default graph is the union of all named graphs. By default the dataset lives
in Oxigraph (through oxrdflib), which ``benchmarks/store.py`` measured to be
far faster than rdflib's memory store at loading and at SPARQL; pass
``store="memory"`` for rdflib's pure-Python store.

Queries are passed on as plain strings, so Oxigraph runs them with its own
engine; the newsgraph prefixes (ng, ngt, rdfs, skos...) are predeclared.

Oxigraph 0.5's "default graph as union" counts a triple once per named graph
that holds it (oxigraph issue #1919, fixed only in 0.6), which inflates
``COUNT``/``SUM`` and repeats rows: entity labels sit in every article's graph.
So on Oxigraph the dataset's default graph is kept as a real, de-duplicated
merge of all named graphs, and queries run against it (set semantics, as
with rdflib). ``GRAPH ?g`` still reaches the per-article graphs, and the
files written leave the merged copy out.

Examples:
    >>> from newsgraph.types import Article, Extraction
    >>> kg = KnowledgeGraph()
    >>> kg.add(Extraction(Article("a1", "Title", "Text.", "en")))
    >>> [str(r.a) for r in kg.query("SELECT ?a WHERE { ?a a ng:Article }")]
    ['https://w3id.org/newsgraph/id/article/a1']
    >>> kg.articles()
    ['a1']
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from rdflib import Dataset, Graph
from rdflib.query import Result

from newsgraph.errors import GraphError, QueryError
from newsgraph.graph.build import extraction_to_graph
from newsgraph.graph.ns import DEFAULT_BASE, bind_prefixes, graph_iri
from newsgraph.graph.validate import ValidationResult, validate
from newsgraph.types import Extraction

__all__ = ["KnowledgeGraph", "STORES", "DEFAULT_STORE"]

#: Store names accepted by :class:`KnowledgeGraph` and the rdflib store plugin each uses.
STORES = {"oxigraph": "Oxigraph", "memory": "default"}
#: The store measured fastest by benchmarks/store.py (see STACK.md).
DEFAULT_STORE = "oxigraph"


def _store_plugin(store: str) -> str:
    key = store.lower()
    if key in ("default", "rdflib"):
        key = "memory"
    if key not in STORES:
        raise GraphError(f"unknown store {store!r}; use one of {', '.join(STORES)}")
    return STORES[key]


def _graph_id(context: Any) -> Any:
    return getattr(context, "identifier", context)


class KnowledgeGraph:
    """An event knowledge graph: one named graph per article.

    Args:
        store: ``"oxigraph"`` (default, fast) or ``"memory"`` (rdflib's store).
        base: base IRI for instances.
    """

    def __init__(self, store: str = DEFAULT_STORE, base: str = DEFAULT_BASE) -> None:
        self.store_name = store.lower()
        self.base = base
        plugin = _store_plugin(store)
        #: True when the default graph holds a merged copy of the named graphs (Oxigraph).
        self.merged_default = plugin == "Oxigraph"
        self._ds = Dataset(store=plugin, default_union=not self.merged_default)
        bind_prefixes(self._ds)

    # ------------------------------------------------------------ building
    def add(self, extraction: Extraction) -> None:
        """Add (or replace) the named graph of one article."""
        if not self.merged_default:
            extraction_to_graph(extraction, self._ds, base=self.base)
            return
        name = graph_iri(extraction.article.id, self.base)
        old = set(self._ds.graph(name))
        new = set(extraction_to_graph(extraction, self._ds, base=self.base))
        merged = self._ds.default_graph
        merged.addN((s, p, o, merged) for s, p, o in new)
        default_id = merged.identifier
        for triple in old - new:
            held = any(_graph_id(c) not in (default_id, name) for *_, c in self._ds.quads((*triple, None)))
            if not held:
                merged.remove(triple)

    def _rebuild_merged(self) -> None:
        if self.merged_default:
            self._ds.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")

    def add_all(self, extractions: Iterable[Extraction]) -> int:
        """Add many extractions; returns how many were added."""
        count = 0
        for ext in extractions:
            self.add(ext)
            count += 1
        return count

    # ------------------------------------------------------------ reading
    @property
    def dataset(self) -> Dataset:
        """The underlying rdflib Dataset (default graph = union of named graphs)."""
        return self._ds

    def __len__(self) -> int:
        """Number of distinct triples in the union of all graphs."""
        if self.merged_default:
            return len(self._ds)
        return len(set(self._ds.triples((None, None, None))))

    def articles(self) -> list[str]:
        """Ids of the articles in the graph, sorted."""
        prefix = self.base + "article/"
        rows = self.query("SELECT DISTINCT ?a WHERE { ?a a ng:Article }")
        iris = [str(row[0]) for row in rows]  # type: ignore[index]
        return sorted({unquote(a[len(prefix) :]) for a in iris if a.startswith(prefix)})

    def query(self, sparql: str) -> Result:
        """Run a SPARQL query (as a plain string) over the union of all graphs.

        ``GRAPH ?g { ... }`` reaches the per-article named graphs.

        Raises:
            QueryError: when the query is malformed or fails.
        """
        try:
            return self._ds.query(sparql)
        except Exception as exc:
            raise QueryError(f"SPARQL query failed: {exc}") from exc

    def validate(self) -> ValidationResult:
        """Check the graph against ``ontology/shapes.ttl`` (see :mod:`newsgraph.graph.validate`)."""
        return validate(self._ds)

    # ------------------------------------------------------------ files
    def serialize(self, path: str | os.PathLike[str] | None = None, format: str | None = None) -> str | None:
        """Write the graph to ``path`` atomically, or return it as text when ``path`` is None.

        Args:
            path: the file to write, or None to get the text back.
            format: "turtle", "trig", "nquads", "nt" or "json-ld"; by default
                taken from the suffix of ``path``, or TriG when there is no path.

        Raises:
            GraphError: for an unknown format or a failed write.
        """
        from newsgraph.export.rdf import format_for, write_rdf

        if path is not None:
            write_rdf(self._ds, path, format, skip_default_graph=self.merged_default)
            return None
        import tempfile

        fmt = format_for("graph", format or "trig")
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "graph"
            write_rdf(self._ds, out, fmt, skip_default_graph=self.merged_default)
            return out.read_text(encoding="utf-8")

    @classmethod
    def load(
        cls, path: str | os.PathLike[str], *, store: str = DEFAULT_STORE, base: str = DEFAULT_BASE,
        format: str | None = None,
    ) -> KnowledgeGraph:
        """Read a graph written by :meth:`serialize` (format from the suffix)."""
        from newsgraph.export.rdf import read_rdf

        kg = cls(store=store, base=base)
        read_rdf(path, kg._ds, format)
        kg._rebuild_merged()
        return kg

    # ------------------------------------------------------------ other views
    def to_networkx(self) -> Any:
        """The graph as a networkx graph (see :mod:`newsgraph.export.networkx`)."""
        from newsgraph.export.networkx import to_networkx

        return to_networkx(self._ds)

    def to_html(self, path: str | os.PathLike[str] | None = None, **kw: Any) -> Any:
        """An HTML view: written to ``path``, or returned as text when ``path`` is None."""
        from newsgraph.export import html

        if path is None:
            return html.render_html(self._ds, **kw)
        return html.write_html(self._ds, path, **kw)

    def graph(self, article_id: str) -> Graph:
        """The named graph of one article."""
        return self._ds.graph(graph_iri(article_id, self.base))

    def __repr__(self) -> str:
        return f"KnowledgeGraph(store={self.store_name!r}, articles={len(self.articles())})"
