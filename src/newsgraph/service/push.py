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
import hashlib
import os
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from newsgraph.errors import GraphError

__all__ = ["PushResult", "graph_url", "push_store"]

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


def _request(method: str, url: str, body: bytes | None, auth: tuple[str, str] | None,
             timeout: float) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=body, method=method)
    if body is not None:
        req.add_header("Content-Type", _NT)
    req.add_header("Accept", _NT)
    if auth is not None:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
        req.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return int(resp.status), resp.read()
    except urllib.error.HTTPError as err:
        return int(err.code), err.read()
    except (urllib.error.URLError, OSError) as err:
        raise GraphError(f"cannot reach {url.split('?')[0]}: {getattr(err, 'reason', err)}") from err


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
        endpoint: e.g. ``http://localhost:7878/store``.
        auth: ``(user, password)`` for HTTP basic authentication.
        force: send every graph, even those the server already holds.
        timeout: seconds per HTTP request.
        on_graph: called after each graph (sent or skipped).

    Raises:
        GraphError: when the server cannot be reached or refuses a graph.
    """
    import pyoxigraph

    from newsgraph.graph.build import STORE
    from newsgraph.graph.disk import StoreLock, open_oxigraph

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
