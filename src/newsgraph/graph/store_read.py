"""Reading a :class:`~newsgraph.graph.store.KnowledgeGraph`: SPARQL, counts, tables, files and views.

:class:`GraphReader` holds the methods that only read the dataset (``query``, ``rows``, ``stats``,
``articles``, ``events``, ``officials``, ``validate``, ``serialize``, ``to_networkx``, ``to_html``,
``graph``); :class:`~newsgraph.graph.store.KnowledgeGraph` inherits them and adds opening, writing
and locking the store. Export modules are imported when a method needs them, never at import.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from rdflib import Dataset, Graph
from rdflib.query import Result
from rdflib.term import Identifier

from newsgraph.errors import QueryError
from newsgraph.graph.build import entities_graph_iri
from newsgraph.graph.ns import NG, NGT, graph_iri, scheme_graph_iri
from newsgraph.graph.validate import ValidationResult, validate

__all__ = ["GraphReader"]

_DISTINCT = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


class GraphReader:
    """The reading half of :class:`~newsgraph.graph.store.KnowledgeGraph` (a mixin: it sets
    ``base``, ``_ds`` and ``_inner``)."""

    base: str
    _ds: Dataset
    _inner: Any

    # ------------------------------------------------------------ reading
    @property
    def dataset(self) -> Dataset:
        """The underlying rdflib Dataset (default graph = union of named graphs)."""
        return self._ds

    def __len__(self) -> int:
        """Number of distinct triples in the union of all graphs."""
        if self._inner is not None:
            return int(next(iter(self._inner.query(_DISTINCT, use_default_graph_as_union=True)))[0].value)
        return len(set(self._ds.triples((None, None, None))))

    def stats(self) -> dict[str, Any]:
        """Counts: triples, named graphs, articles (by kind and language), nodes by type.

        Examples:
            >>> from newsgraph.types import Article, Extraction
            >>> from newsgraph.graph.store import KnowledgeGraph
            >>> kg = KnowledgeGraph()
            >>> kg.add(Extraction(Article("a1", "T", "x", "ar")))
            >>> kg.stats()["languages"]
            {'ar': 1}
        """
        def pairs(sparql: str) -> dict[str, int]:
            out: dict[str, int] = {}
            for row in self.query(sparql):
                key, value = row  # type: ignore[misc]
                out[str(key)] = int(value)
            return dict(sorted(out.items()))

        ng = str(NG)
        types = pairs("SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t "  # not the event-type scheme
                      f'FILTER(!STRSTARTS(STR(?s), "{NGT._NS}")) }} GROUP BY ?t')
        return {
            "triples": len(self),
            "graphs": sum(1 for g in self._ds.graphs() if g.identifier != self._ds.default_graph.identifier),
            "articles": pairs("SELECT ?k (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ng:Article ; ng:kind ?k } "
                              "GROUP BY ?k"),
            "languages": pairs("SELECT ?l (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ng:Article ; "
                               "ng:language ?l } GROUP BY ?l"),
            "types": {k[len(ng):] if k.startswith(ng) else k: v for k, v in types.items()},
            "shared_graph": str(entities_graph_iri(self.base)),
            "scheme_graph": str(scheme_graph_iri(self.base)),
        }

    def store_quads(self, graph: Any) -> Iterable[Any]:
        """The pyoxigraph quads of one named graph (a ``pyoxigraph.NamedNode``); on Oxigraph only."""
        return self._inner.quads_for_pattern(None, None, None, graph) if self._inner is not None else ()

    def articles(self) -> list[str]:
        """Ids of the articles in the graph, sorted."""
        prefix = self.base + "article/"
        rows = self.query("SELECT DISTINCT ?a WHERE { ?a a ng:Article }")
        iris = [str(row[0]) for row in rows]  # type: ignore[index]
        return sorted({unquote(a[len(prefix) :]) for a in iris if a.startswith(prefix)})

    def urls(self) -> set[str]:
        """The URLs of the articles in the graph (``ng:url``), as recorded.

        Examples:
            >>> from newsgraph.graph.store import KnowledgeGraph
            >>> KnowledgeGraph().urls()
            set()
        """
        return {row[0] for row in self.rows("SELECT DISTINCT ?u WHERE { ?a a ng:Article ; ng:url ?u }")}

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run a SPARQL query (as a plain string) over the union of all graphs.

        ``GRAPH ?g { ... }`` reaches the per-article named graphs. The prefixes of
        :data:`newsgraph.graph.results.PREFIXES` are predeclared. ``bindings``
        gives variables their values before the rest of the pattern: a ``VALUES``
        block at the start of the WHERE group (:func:`~newsgraph.graph.results.bind_values`).

        Raises:
            QueryError: when the query is malformed or fails.

        Examples:
            >>> from rdflib import Literal
            >>> from newsgraph.graph.store import KnowledgeGraph
            >>> res = KnowledgeGraph().query("SELECT ?x WHERE { BIND(COALESCE(?v, 1) AS ?x) }",
            ...                              {"v": Literal("set")})
            >>> [str(row[0]) for row in res]
            ['set']
        """
        from newsgraph.graph.results import PREFIXES, bind_values

        try:
            return self._ds.query(bind_values(sparql, dict(bindings or {})), initNs=PREFIXES)
        except Exception as exc:
            raise QueryError(f"SPARQL query failed: {exc}") from exc

    def rows(self, sparql: str, graphs: Iterable[str] | None = None) -> list[tuple[str, ...]]:
        """Run a SELECT query and return its rows as strings (an unbound value is "").

        On Oxigraph the query runs on the store directly, skipping rdflib's term
        conversion (several times faster on large results); the standard
        prefixes (ng:, rdfs:, ...) are declared for it. ``graphs`` keeps
        ``GRAPH ?g`` patterns to those named graphs (the default graph stays the
        union of all); Oxigraph then reads only them.

        Examples:
            >>> from newsgraph.graph.store import KnowledgeGraph
            >>> KnowledgeGraph().rows("SELECT ?x WHERE { VALUES ?x { ng:Event } }")
            [('https://w3id.org/newsgraph/ontology#Event',)]
        """
        from newsgraph.graph.results import PREFIXES

        if self._inner is None:
            if graphs is not None:
                raise QueryError("reading some named graphs only needs an Oxigraph store")
            return [tuple("" if v is None else str(v) for v in row)  # type: ignore[union-attr]
                    for row in self.query(sparql)]
        try:
            import pyoxigraph

            named = None if graphs is None else [pyoxigraph.NamedNode(g) for g in sorted(graphs)]
            result = self._inner.query(sparql, use_default_graph_as_union=True, named_graphs=named,
                                       prefixes=PREFIXES)
            return [tuple("" if v is None else v.value for v in row) for row in result]
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"SPARQL query failed: {exc}") from exc

    def events(
        self, *, since: str | None = None, until: str | None = None, country: str | None = None,
        type: str | None = None, lang: str | None = None,
    ) -> Any:
        """One row per event: a pandas DataFrame with pandas installed, else a list of dicts.

        Columns and filters: see :func:`newsgraph.export.tables.event_rows`
        (``type`` is its ``event_type``). ``pip install newsgraph[analysis]``
        brings pandas and pyarrow.
        """
        from newsgraph.export.tables import EVENT_COLUMNS, as_frame, event_rows

        rows = event_rows(self, since=since, until=until, country=country, event_type=type, lang=lang)
        return as_frame(rows, EVENT_COLUMNS)

    def officials(self, *, lang: str | None = None) -> Any:
        """One row per position held (person, title, of, reports): a DataFrame, or a list of dicts.

        See :func:`newsgraph.export.tables.official_rows`.
        """
        from newsgraph.export.tables import OFFICIAL_COLUMNS, as_frame, official_rows

        return as_frame(official_rows(self, lang=lang), OFFICIAL_COLUMNS)

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
            write_rdf(self._ds, path, format)
            return None
        import tempfile

        fmt = format_for("graph", format or "trig")
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "graph"
            write_rdf(self._ds, out, fmt)
            return out.read_text(encoding="utf-8")

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
