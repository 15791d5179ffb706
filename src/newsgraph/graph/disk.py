"""The on-disk store: one transaction per article, content hashes, and a lock.

A store is a folder holding an Oxigraph (RocksDB) database and the lock file
``newsgraph.lock``. Each article is written by :func:`article_update`: one
SPARQL Update request, which Oxigraph runs as one transaction, that drops the
article's named graph and inserts its new triples together with the shared
entity descriptions (see :mod:`newsgraph.graph.build`); the store writes a new
article's graph without the drop (:func:`without_drop`). A process killed in
the middle of a build therefore leaves every article either fully in or not
in at all.

Each article graph carries ``<graph> store:contentHash "sha256"``
(:func:`~newsgraph.graph.build.article_digest` of the article and the build
settings), so a rerun skips articles whose hash is already stored and
replaces those whose hash changed.

:class:`StoreLock` takes an ``fcntl.flock`` on the lock file: exclusive for a
build, shared for readers (query, stats, serve, push). A second build, or a
build while a reader has the store open, is refused with a clear message.

Examples:
    >>> from newsgraph.types import Article, Extraction
    >>> text = article_update(Extraction(Article("a1", "T", "x", "en")), digest="d")
    >>> text.startswith("DROP SILENT GRAPH <https://w3id.org/newsgraph/id/graph/a1>")
    True
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from newsgraph.errors import GraphError
from newsgraph.graph.build import STORE, entities_graph_iri, extraction_triples
from newsgraph.graph.ns import DEFAULT_BASE, NG, graph_iri, scheme_graph_iri, scheme_triples
from newsgraph.types import Extraction

__all__ = [
    "LOCK_FILE",
    "ArticleUpdate",
    "StoreLock",
    "article_update",
    "check_store_folder",
    "is_store",
    "make_update",
    "open_oxigraph",
    "scheme_update",
    "stored_digest",
    "without_drop",
]

#: Name of the lock file inside a store folder.
LOCK_FILE = "newsgraph.lock"


@dataclass(frozen=True)
class ArticleUpdate:
    """What a worker sends back for one article: the update to run and a little about it.

    Attributes:
        article_id: the article id.
        digest: its content hash.
        update: the SPARQL Update text (one transaction).
        language: the article's language ("und" when unknown).
        kind: "article" or "teaser".
        words: whitespace-separated words in its text (for throughput figures).
        shared: the shared triples it writes about persons, organizations and places outside
            the knowledge base, as rows of :mod:`newsgraph.graph.shared_index` (None: not given).
    """

    article_id: str
    digest: str
    update: str
    language: str
    kind: str
    words: int
    shared: tuple[tuple[str, ...], ...] | None = None


# Characters an IRI reference may not hold (RFC 3987); rdflib's n3() refuses them.
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _n3(term: URIRef | Literal) -> str:
    # rdflib's n3() without a namespace manager writes full IRIs and escaped
    # literals, which SPARQL's INSERT DATA accepts as they are. IRIs, most
    # terms, are written here: rdflib validates them character by character.
    if type(term) is URIRef and not _NOT_IRI.search(term):
        return f"<{term}>"
    return term.n3()


def _lines(triples: Iterable[tuple[URIRef, URIRef, URIRef | Literal]]) -> Iterable[str]:
    for s, p, o in triples:
        yield f"{_n3(s)} {_n3(p)} {_n3(o)} ."


def article_update(ext: Extraction, *, base: str = DEFAULT_BASE, digest: str | None = None) -> str:
    """The SPARQL Update that replaces one article's graph and adds its shared descriptions.

    Args:
        ext: the article's extraction.
        base: base for instance IRIs.
        digest: the article's content hash (see
            :func:`~newsgraph.graph.build.article_digest`).

    Examples:
        >>> from newsgraph.types import Article, Extraction
        >>> "INSERT DATA" in article_update(Extraction(Article("a1", "T", "x", "en")))
        True
    """
    return _update_text(ext, *extraction_triples(ext, base=base, digest=digest), base=base)


def _update_text(ext: Extraction, own: list[Any], shared: list[Any], *, base: str) -> str:
    name = graph_iri(ext.article.id, base)
    parts = [f"DROP SILENT GRAPH <{name}> ;", "INSERT DATA {", f"GRAPH <{name}> {{", *_lines(own), "}"]
    if shared:
        parts += [f"GRAPH <{entities_graph_iri(base)}> {{", *_lines(shared), "}"]
    parts.append("}")
    return "\n".join(parts)


#: The first operation of an :func:`article_update`: the drop of the article's graph.
_DROP = re.compile(r"DROP SILENT GRAPH <([^>]*)> ;\n")


def without_drop(store: Any, text: str) -> str:
    """An :func:`article_update` ``text`` without the drop of its article's graph when the
    pyoxigraph ``store`` holds no quad in that graph (a new article): the same result, and the
    drop was about a sixth of the time of writing an article to a store on disk.

    Examples:
        >>> import pyoxigraph
        >>> from newsgraph.types import Article, Extraction
        >>> st = pyoxigraph.Store()
        >>> text = article_update(Extraction(Article("a1", "T", "x", "en")), digest="d")
        >>> without_drop(st, text).startswith("INSERT DATA")
        True
        >>> st.update(text)
        >>> without_drop(st, text) == text
        True
    """
    import pyoxigraph

    match = _DROP.match(text)
    if match is None:
        return text
    quads = store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(match.group(1)))
    return text if next(iter(quads), None) is not None else text[match.end() :]


def scheme_update(base: str = DEFAULT_BASE) -> str:
    """The SPARQL Update that (re)writes the event-type scheme into its own named graph.

    Examples:
        >>> text = scheme_update()
        >>> text.startswith("DROP SILENT GRAPH <https://w3id.org/newsgraph/id/graph/event-types>")
        True
        >>> "<https://w3id.org/newsgraph/ontology#cameoCode>" in text
        True
    """
    name = scheme_graph_iri(base)
    return "\n".join([f"DROP SILENT GRAPH <{name}> ;", "INSERT DATA {", f"GRAPH <{name}> {{",
                      *_lines(scheme_triples()), "}", "}"])  # type: ignore[arg-type]


def make_update(ext: Extraction, *, base: str = DEFAULT_BASE, digest: str | None = None) -> ArticleUpdate:
    """An :class:`ArticleUpdate` for one extraction (what a build worker returns).

    Examples:
        >>> from newsgraph.types import Article, Extraction
        >>> make_update(Extraction(Article("a1", "T", "one two", "ar")), digest="d").words
        2
    """
    from newsgraph.graph.build import article_digest

    art = ext.article
    digest = digest or article_digest(art)
    own, shared = extraction_triples(ext, base=base, digest=digest)
    return ArticleUpdate(
        article_id=art.id,
        digest=digest,
        update=_update_text(ext, own, shared, base=base),
        language=art.language or "und",
        kind=art.kind,
        words=len(art.text.split()),
        shared=_outside_kb(shared, base),
    )


_ENTITY_TYPES = frozenset({NG.Person, NG.Organization, NG.Place})


def _outside_kb(shared: list[Any], base: str) -> tuple[tuple[str, ...], ...]:
    """The shared triples about persons, organizations and places that are not knowledge-base
    entities (the nodes resolution may rename), as index rows."""
    from newsgraph.graph.shared_index import encode_triple
    from newsgraph.kb import load_kb

    kb = load_kb()
    nodes = {s for s, p, o in shared if p == RDF.type and o in _ENTITY_TYPES
             and not (str(s).startswith(base) and kb.get(str(s)[len(base):]) is not None)}
    return tuple(tuple(encode_triple(t)) for t in shared if t[0] in nodes)


def stored_digest(store: Any, article_id: str, base: str = DEFAULT_BASE) -> str | None:
    """The content hash stored for ``article_id`` in a pyoxigraph ``store``, or None.

    Examples:
        >>> import pyoxigraph
        >>> from newsgraph.types import Article, Extraction
        >>> st = pyoxigraph.Store()
        >>> st.update(article_update(Extraction(Article("a1", "T", "x", "en")), digest="abc"))
        >>> stored_digest(st, "a1"), stored_digest(st, "a2")
        ('abc', None)
    """
    import pyoxigraph

    name = pyoxigraph.NamedNode(str(graph_iri(article_id, base)))
    for quad in store.quads_for_pattern(name, pyoxigraph.NamedNode(str(STORE.contentHash)), None, name):
        return str(quad.object.value)
    return None


class StoreLock:
    """An ``fcntl.flock`` on ``DIR/newsgraph.lock``: exclusive to write, shared to read.

    Raises:
        GraphError: (on enter) when another process holds a conflicting lock.

    Examples:
        >>> import tempfile
        >>> folder = tempfile.mkdtemp()
        >>> with StoreLock(folder, write=True):
        ...     try:
        ...         StoreLock(folder, write=False).acquire()
        ...     except GraphError as err:
        ...         print("refused")
        refused
    """

    def __init__(self, folder: str | os.PathLike[str], *, write: bool) -> None:
        self.folder = Path(folder)
        self.write = write
        self._fd: int | None = None

    def acquire(self) -> StoreLock:
        """Take the lock without waiting."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if self.write else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise GraphError(f"cannot lock the store: {exc}", path=str(self.folder)) from exc
            if self.write:
                msg = ("the store is in use by another newsgraph process (a build, or a query, "
                       "stats, serve or push reading it); wait for it to finish, or use another --store")
            else:
                msg = "a build is writing to the store; wait for it to finish"
            raise GraphError(msg, path=str(self.folder)) from None
        if self.write:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        """Drop the lock (safe to call twice)."""
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> StoreLock:
        return self.acquire()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def check_store_folder(folder: str | os.PathLike[str]) -> None:
    """Refuse to write a store into a folder that holds other things than a store.

    A new or empty folder, or one that already holds a store, is fine; a folder of the
    user's own files is not (the database would scatter its files among them).

    Raises:
        GraphError: naming the folder and what is in it.

    Examples:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> check_store_folder(d / "new")
        >>> _ = (d / "notes.txt").write_text("mine")
        >>> try:
        ...     check_store_folder(d)
        ... except GraphError as err:
        ...     print(err.message.split(":")[0])
        not a newsgraph store
    """
    path = Path(folder)
    if path.exists() and not path.is_dir():
        raise GraphError("--store names a folder, and this is a file", path=str(path))
    if not path.is_dir() or is_store(path):
        return
    others = sorted(p.name for p in path.iterdir() if p.name != LOCK_FILE)
    if others:
        shown = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        raise GraphError(f"not a newsgraph store: the folder holds other files ({shown}); "
                         "give a new or empty folder, or an existing store", path=str(path))


def open_oxigraph(folder: str | os.PathLike[str], *, write: bool) -> Any:
    """Open the pyoxigraph store in ``folder`` (read-only unless ``write``).

    Raises:
        GraphError: when ``folder`` is not a store (reading) or cannot be opened.
    """
    import pyoxigraph

    path = Path(folder)
    if not write and not (path / "CURRENT").is_file():
        raise GraphError("not a newsgraph store (no Oxigraph database here); build one with "
                         "`newsgraph build … --store DIR`", path=str(path))
    try:
        return pyoxigraph.Store(str(path)) if write else pyoxigraph.Store.read_only(str(path))
    except OSError as exc:
        raise GraphError(f"cannot open the store: {exc}", path=str(path)) from exc


def is_store(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a folder holding an Oxigraph database.

    Examples:
        >>> is_store("/nonexistent")
        False
    """
    return Path(path).is_dir() and (Path(path) / "CURRENT").is_file()

