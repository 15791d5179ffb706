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

The methods that only read the graph (queries, counts, tables, files, views) live in
:mod:`newsgraph.graph.store_read`; :class:`KnowledgeGraph` inherits them.

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
from types import TracebackType
from typing import Any

from rdflib import Dataset

from newsgraph.errors import GraphError
from newsgraph.graph.build import STORE, extraction_to_graph
from newsgraph.graph.disk import (
    ArticleUpdate,
    StoreLock,
    check_store_folder,
    make_update,
    open_oxigraph,
    scheme_update,
    stored_digest,
    without_drop,
)
from newsgraph.graph.ns import DEFAULT_BASE, bind_prefixes, graph_iri
from newsgraph.graph.shared_index import append_entry
from newsgraph.graph.store_read import GraphReader
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

class KnowledgeGraph(GraphReader):
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
            self.update(update.update if self._inner is None else without_drop(self._inner, update.update))
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

    def __repr__(self) -> str:
        where = f", path={str(self.path)!r}" if self.path is not None else ""
        return f"KnowledgeGraph(store={self.store_name!r}{where}, articles={len(self.articles())})"
