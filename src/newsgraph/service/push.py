"""``newsgraph push``: upload a store's named graphs over the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph (every article's, the shared entities graph and the
resolution graph) is sent with ``PUT {endpoint}?graph={IRI}`` as N-Triples,
which replaces that graph on the server: pushing the same store twice leaves
the server as pushing it once, and nodes that resolution renamed since the
last push leave nothing stale behind. Each graph is sent with one extra
triple, ``<graph> store:pushedContent "sha256"``, the hash of its sorted
N-Triples; before sending, the graph is fetched from the server (``GET``)
and skipped when it carries the same hash, so a second push of an unchanged
store only reads.

This is the protocol of Oxigraph server (``/store``), Apache Jena Fuseki
(``/DATASET/data``), GraphDB (``/repositories/ID/rdf-graphs/service``) and
Virtuoso (``/sparql-graph-crud``).

Examples:
    >>> graph_url("http://localhost:7878/store", "https://w3id.org/newsgraph/id/graph/a1")
    'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Fgraph%2Fa1'
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.client
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from newsgraph.errors import GraphError

__all__ = ["PushResult", "graph_url", "push_store", "split_credentials"]

_NT = "application/n-triples"


@dataclass
class PushResult:
    """What a push did: graphs sent and skipped, and triples sent."""

    sent: int = 0
    skipped: int = 0
    triples: int = 0


def graph_url(endpoint: str, graph: str) -> str:
    """The Graph Store Protocol URL of one named graph."""
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}graph={quote(graph, safe='')}"


def split_credentials(endpoint: str) -> tuple[str, tuple[str, str] | None]:
    """The endpoint without ``user:password@``, and those credentials (None when absent).

    Examples:
        >>> split_credentials("http://ann:s3cret@localhost:7878/store")
        ('http://localhost:7878/store', ('ann', 's3cret'))
        >>> split_credentials("http://localhost:7878/store")
        ('http://localhost:7878/store', None)
    """
    parts = urlsplit(endpoint)
    if parts.username is None and parts.password is None:
        return endpoint, None
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    clean = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return clean, (unquote(parts.username or ""), unquote(parts.password or ""))


def _request(method: str, url: str, body: bytes | None, auth: tuple[str, str] | None,
             timeout: float) -> tuple[int, bytes]:
    """One HTTP request that ends within ``timeout`` seconds in all, however slowly the server answers."""
    parts = urlsplit(url)
    where = f"{parts.scheme}://{parts.hostname}{f':{parts.port}' if parts.port else ''}{parts.path}"
    headers = {"Accept": _NT}
    if body is not None:
        headers["Content-Type"] = _NT
    if auth is not None:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = kind(parts.hostname or "", parts.port, timeout=timeout)
    expired = threading.Event()

    def cut() -> None:  # a per-read timeout would let a server that trickles bytes hold us forever
        expired.set()
        if conn.sock is not None:
            with contextlib.suppress(OSError):
                conn.sock.shutdown(socket.SHUT_RDWR)

    watchdog = threading.Timer(timeout, cut)
    watchdog.start()
    try:
        conn.request(method, (parts.path or "/") + (f"?{parts.query}" if parts.query else ""),
                     body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        if expired.is_set():  # the watchdog cut the body short
            raise GraphError(f"{where} did not answer within {timeout:g} s")
        return int(resp.status), data
    except (OSError, http.client.HTTPException) as err:
        if expired.is_set():
            raise GraphError(f"{where} did not answer within {timeout:g} s") from err
        raise GraphError(f"cannot reach {where}: {err}") from err
    finally:
        watchdog.cancel()
        conn.close()


def push_store(
    store: str | os.PathLike[str],
    endpoint: str,
    *,
    auth: tuple[str, str] | None = None,
    force: bool = False,
    timeout: float = 60.0,
    on_graph: Callable[[], object] | None = None,
) -> PushResult:
    """Upload every named graph of ``store`` to a Graph Store Protocol ``endpoint``.

    Args:
        store: the store folder.
        endpoint: e.g. ``http://localhost:7878/store``. Credentials written in it
            (``http://user:password@host/...``) are used for basic authentication
            and never appear in a message.
        auth: ``(user, password)`` for HTTP basic authentication.
        force: send every graph, even those the server already holds.
        timeout: seconds for each HTTP request as a whole.
        on_graph: called after each graph (sent or skipped).

    Raises:
        GraphError: when the server cannot be reached or refuses a graph.
    """
    import pyoxigraph

    from newsgraph.graph.build import STORE
    from newsgraph.graph.disk import StoreLock, open_oxigraph

    endpoint, in_url = split_credentials(endpoint)
    if in_url is not None:
        if auth is not None:
            raise GraphError("credentials are given twice, in the endpoint URL and as a user; give them once")
        auth = in_url
    result = PushResult()
    pushed = str(STORE.pushedContent)
    with StoreLock(store, write=False):
        ox = open_oxigraph(store, write=False)
        try:
            names = sorted(str(g.value) for g in ox.named_graphs() if isinstance(g, pyoxigraph.NamedNode))
            for name in names:
                node = pyoxigraph.NamedNode(name)
                body = ox.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=node)
                digest = hashlib.sha256(b"\n".join(sorted(body.splitlines()))).hexdigest()
                url = graph_url(endpoint, name)
                if not force:
                    status, remote = _request("GET", url, None, auth, timeout)
                    if status == 200 and f'<{pushed}> "{digest}"'.encode() in remote:
                        result.skipped += 1
                        if on_graph is not None:
                            on_graph()
                        continue
                body += f'<{name}> <{pushed}> "{digest}" .\n'.encode()
                status, reply = _request("PUT", url, body, auth, timeout)
                if status not in (200, 201, 204):
                    raise GraphError(f"the server refused graph {name} with HTTP {status}: "
                                     f"{reply[:300].decode('utf-8', 'replace')}")
                result.sent += 1
                result.triples += body.count(b"\n")
                if on_graph is not None:
                    on_graph()
        finally:
            del ox
    return result
