"""The knowledge graph: an RDF dataset of per-article named graphs.

:class:`KnowledgeGraph` wraps an rdflib :class:`~rdflib.Dataset` whose
default graph is the union of all named graphs. By default the dataset lives
in Oxigraph (through oxrdflib), which ``benchmarks/store.py`` measured to be
far faster than rdflib's memory store at loading and at SPARQL; pass
``store="memory"`` for rdflib's pure-Python store.

Queries are passed on as plain strings, so Oxigraph runs them with its own
engine; the newsgraph prefixes (ng, ngt, rdfs, skos...) are predeclared.

Queries run over the union of all named graphs. Entity descriptions live
once in a shared graph (see :mod:`newsgraph.graph.build`), so Oxigraph 0.5's
union, which counts a triple once per graph that holds it (oxigraph issue
#1919), sees no duplicates and needs no merged copy.

``KnowledgeGraph.open(DIR)`` opens an on-disk store (see
:mod:`newsgraph.graph.disk`): each article is written in one transaction,
with a content hash that lets a rerun skip unchanged articles.

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
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import unquote

from rdflib import Dataset, Graph
from rdflib.query import Result
from rdflib.term import Identifier

from newsgraph.errors import GraphError, QueryError
from newsgraph.graph.build import STORE, entities_graph_iri, extraction_to_graph
from newsgraph.graph.disk import (
    ArticleUpdate,
    StoreLock,
    check_store_folder,
    make_update,
    open_oxigraph,
    scheme_update,
    stored_digest,
)
from newsgraph.graph.ns import DEFAULT_BASE, NG, NGT, bind_prefixes, graph_iri, scheme_graph_iri
from newsgraph.graph.shared_index import append_entry
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


#: Articles written to an on-disk store between two flushes of its memory tables.
FLUSH_EVERY = 200

_DISTINCT = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


class KnowledgeGraph:
    """An event knowledge graph: one named graph per article, plus shared entity descriptions.

    Args:
        store: ``"oxigraph"`` (default, fast) or ``"memory"`` (rdflib's store).
        base: base IRI for instances.
        path: a folder for an on-disk Oxigraph store (see :meth:`open`).
        write: with ``path``: open for writing (exclusive lock) or reading (shared lock).

    Raises:
        GraphError: for an unknown store, a store folder that another process
            has locked, or one that cannot be opened.
    """

    def __init__(
        self,
        store: str = DEFAULT_STORE,
        base: str = DEFAULT_BASE,
        *,
        path: str | os.PathLike[str] | None = None,
        write: bool = True,
    ) -> None:
        self.store_name = store.lower()
        self.base = base
        plugin = _store_plugin(store)
        self.path = None if path is None else Path(path)
        self._lock: StoreLock | None = None
        self._inner: Any = None
        self._applied = 0
        if plugin == "Oxigraph":
            import pyoxigraph
            from oxrdflib import OxigraphStore

            if self.path is not None:
                if write:
                    check_store_folder(self.path)
                self._lock = StoreLock(self.path, write=write).acquire()
                try:
                    self._inner = open_oxigraph(self.path, write=write)
                except BaseException:
                    self._lock.release()
                    raise
            else:
                self._inner = pyoxigraph.Store()
            self._ds = Dataset(store=OxigraphStore(store=self._inner), default_union=True)
        else:
            if self.path is not None:
                raise GraphError("an on-disk store needs store='oxigraph'", path=str(self.path))
            self._ds = Dataset(store=plugin, default_union=True)
        bind_prefixes(self._ds)

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, write: bool = False, base: str = DEFAULT_BASE
    ) -> KnowledgeGraph:
        """Open (or, with ``write``, create) the on-disk store in folder ``path``.

        Writing takes an exclusive lock, reading a shared one, so a build
        never runs beside another build or a reader. Close it (or use ``with``)
        to release the lock.
        """
        return cls(base=base, path=path, write=write)

    def close(self) -> None:
        """Flush and release an on-disk store (nothing to do in memory)."""
        if self._inner is not None and self.path is not None and self._lock is not None:
            import gc

            if self._lock.write:
                self._inner.flush()
            wrapper = self._ds.store
            self._inner = None
            self._ds = Dataset()
            wrapper.close()
            del wrapper
            gc.collect()  # Oxigraph closes its database when the last reference goes
            self._lock.release()
            self._lock = None

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # ------------------------------------------------------------ building
    def add(self, extraction: Extraction, *, digest: str | None = None) -> None:
        """Add (or replace) the named graph of one article, in one transaction on Oxigraph.

        ``digest`` is the article's content hash (see
        :func:`~newsgraph.graph.build.article_digest`).
        """
        if self._inner is None:
            extraction_to_graph(extraction, self._ds, base=self.base, digest=digest)
            return
        self.apply(make_update(extraction, base=self.base, digest=digest))

    def add_scheme(self) -> None:
        """Write the event-type scheme (SKOS concepts, ``ng:cameoCode``, labels) into its own graph.

        So a file exported from this graph, or the store itself, answers
        ``?type ng:cameoCode "04"`` without the ontology. Writing it again
        replaces the older copy. :func:`newsgraph.api.build_into` calls it.

        Examples:
            >>> kg = KnowledgeGraph()
            >>> kg.add_scheme()
            >>> kg.query('ASK { ngt:Meeting ng:cameoCode "04" }').askAnswer
            True
        """
        self.update(scheme_update(self.base))

    def apply(self, update: ArticleUpdate) -> None:
        """Run one article's update (as made by a build worker) as one transaction."""
        try:
            self.update(update.update)
        except GraphError as exc:
            raise GraphError(f"cannot store article {update.article_id!r}: {exc.__cause__ or exc}") from exc
        if self.path is not None and update.shared is not None:  # what resolution rebuilds from
            append_entry(self.path, str(graph_iri(update.article_id, self.base)), update.digest,
                         map(list, update.shared))
        self._applied += 1
        if self.path is not None and self._applied % FLUSH_EVERY == 0:
            self._inner.flush()  # RocksDB keeps writes in memory tables until flushed: bound them

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update request; on Oxigraph it is one transaction.

        Raises:
            GraphError: when the request is malformed or fails.
        """
        try:
            if self._inner is not None:
                self._inner.update(sparql)
            else:
                self._ds.update(sparql)
        except (OSError, SyntaxError, ValueError) as exc:
            raise GraphError(f"SPARQL update failed: {exc}") from exc

    def resolve(self) -> Any:
        """Merge the nodes of one person, organization, place or event across articles and languages.

        See :func:`newsgraph.resolve.resolve_graph`; returns its report.
        """
        from newsgraph.resolve import resolve_graph

        return resolve_graph(self)

    def is_resolved(self) -> bool:
        """True when the last :meth:`resolve` ran over exactly the articles the graph holds now."""
        from newsgraph.resolve import is_resolved

        return is_resolved(self)

    def digest(self, article_id: str) -> str | None:
        """The content hash stored for ``article_id``, or None when it is not in the graph."""
        if self._inner is not None:
            return stored_digest(self._inner, article_id, self.base)
        name = graph_iri(article_id, self.base)
        value = self._ds.graph(name).value(name, STORE.contentHash)
        return None if value is None else str(value)

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
        if self._inner is not None:
            return int(next(iter(self._inner.query(_DISTINCT, use_default_graph_as_union=True)))[0].value)
        return len(set(self._ds.triples((None, None, None))))

    def stats(self) -> dict[str, Any]:
        """Counts: triples, named graphs, articles (by kind and language), nodes by type.

        Examples:
            >>> from newsgraph.types import Article, Extraction
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

    @classmethod
    def load(
        cls, path: str | os.PathLike[str], *, store: str = DEFAULT_STORE, base: str = DEFAULT_BASE,
        format: str | None = None,
    ) -> KnowledgeGraph:
        """Read a graph written by :meth:`serialize` (format from the suffix)."""
        from newsgraph.export.rdf import read_rdf

        kg = cls(store=store, base=base)
        read_rdf(path, kg._ds, format)
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
        where = f", path={str(self.path)!r}" if self.path is not None else ""
        return f"KnowledgeGraph(store={self.store_name!r}{where}, articles={len(self.articles())})"
