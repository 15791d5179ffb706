"""``newsgraph serve``: a read-only SPARQL 1.1 endpoint over a store.

The SPARQL work is done by Oxigraph's own server (the ``oxigraph`` binary of
the PyPI package ``oxigraph``, started as ``oxigraph serve-read-only
--union-default-graph --timeout-s T`` on a private loopback port;
:mod:`newsgraph.service.engine`). In front of it an ASGI app
(:mod:`newsgraph.service.proxy`) served by Hypercorn, bound to ``127.0.0.1``
unless told otherwise, adds what the binary lacks:

- a request-size limit (413 for a larger body, 414 for a longer URL, 400 for
  a malformed ``Content-Length``);
- read-only routing: only ``/query`` (GET, POST) and reading graphs from
  ``/store`` (GET, HEAD) go through; updates and uploads get 403;
- no federation: a query with ``SERVICE`` gets 403 unless the endpoint was
  started with ``allow_service`` (:mod:`newsgraph.service.policy`), because
  Oxigraph would fetch any URL it names, localhost included;
- a response-size limit: a result over ``max_response_bytes`` gets 413 (with
  a hint to add ``LIMIT``), never a truncated 200, and the proxy holds at most
  that much per request;
- one deadline per query: an answer not complete within ``timeout`` seconds
  gets 504, never a cut-off 200 (Oxigraph's own timeout ends a streamed
  result with a message and status 200); the engine is then restarted, since
  its timeout does not stop every query;
- a listen backlog for many clients at once; request timeouts: a client gets
  ``request_timeout`` seconds to send its request head (Hypercorn's
  keep-alive timer, which also closes idle connections), as many again for
  its body (408), and no more than that per chunk of its answer it leaves
  unread; one log line per client that hangs up early, and an optional list
  of allowed ``Host`` names (421 for others);
- an HTML query page at ``/`` with the README's example queries.

Result formats follow the ``Accept`` header as Oxigraph implements the SPARQL
1.1 Protocol: JSON, XML, CSV and TSV for SELECT/ASK, Turtle, N-Triples or
RDF/XML for CONSTRUCT/DESCRIBE.

Examples:
    >>> page = query_page(timeout=5)
    >>> "officials" in page and "https://" not in page.split("<script")[0].split("<style")[0]
    True
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import os
import signal
import socket
import sys
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from newsgraph.errors import GraphError
from newsgraph.service.engine import Answer, Engine, EngineUnavailable, fetch, find_oxigraph, free_port
from newsgraph.service.engine import session as engine_session
from newsgraph.service.proxy import BACKLOG, REQUEST_TIMEOUT, ProxyApp

if TYPE_CHECKING:
    import aiohttp
    from hypercorn.config import Config

__all__ = [
    "DEFAULT_MAX_BYTES", "DEFAULT_MAX_RESPONSE_BYTES", "DEFAULT_TIMEOUT", "Endpoint", "find_oxigraph",
    "free_port", "query_page", "serve",
]

#: Largest request body (and URL) accepted, in bytes.
DEFAULT_MAX_BYTES = 1_000_000
#: Largest response passed on, in bytes (the proxy holds one response per request in memory).
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: Query timeout in seconds.
DEFAULT_TIMEOUT = 30.0
#: Engine calls under way at once; more wait their turn, within their deadline.
MAX_CALLS = 128
#: Seconds the requests under way get to finish when the server stops.
GRACE = 2.0
#: Room for the request line's method and version and the headers, beyond the URL limit.
_HEAD_ROOM = 64 * 1024


def query_page(*, timeout: float = DEFAULT_TIMEOUT) -> str:
    """The HTML query page, with the bundled example queries and the predeclared prefixes."""
    from newsgraph.graph import query_names, query_text
    from newsgraph.graph.results import PREFIXES

    def embed(data: object) -> str:
        return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")

    page = resources.files("newsgraph.service").joinpath("templates/query.html").read_text(encoding="utf-8")
    queries = {name: query_text(name) for name in query_names()}
    return (page.replace("__QUERIES__", embed(queries)).replace("__PREFIXES__", embed(PREFIXES))
            .replace("__TIMEOUT__", html.escape(f"{timeout:g}")))


def _listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: any free port), with a long backlog."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except BaseException:
        sock.close()
        raise
    return sock


def _log_to_stderr() -> None:
    """Our request lines go to stderr, one per line, unless the caller set up logging for them."""
    log = logging.getLogger("newsgraph.serve")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        log.addHandler(handler)
        log.propagate = False
    if log.level == logging.NOTSET:
        log.setLevel(logging.INFO)
    logging.getLogger("newsgraph.serve.server").setLevel(logging.WARNING)  # Hypercorn's own messages


class Endpoint:
    """The Oxigraph process plus the ASGI app in front of it; use as a context manager.

    The store is locked, the engine started and the port bound when it is made;
    :meth:`serve_forever` answers requests.

    Args:
        store: the store folder (built by ``newsgraph build --store``).
        host, port: where the endpoint listens (port 0: any free port).
        timeout: query timeout in seconds (the whole answer must arrive within it).
        max_bytes: request-size limit in bytes.
        max_response_bytes: response-size limit in bytes.
        allow_service: let federated queries (``SERVICE``) through.
        allowed_hosts: if given, the only ``Host`` header names answered.
        request_timeout: seconds a client may take to send its request head, and its body.
    """

    def __init__(self, store: str | os.PathLike[str], *, host: str = "127.0.0.1", port: int = 7878,
                 timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES, allow_service: bool = False,
                 allowed_hosts: tuple[str, ...] = (), request_timeout: float = REQUEST_TIMEOUT) -> None:
        from newsgraph.graph.disk import StoreLock, is_store

        self.store = Path(store)
        if not is_store(self.store):
            raise GraphError("not a newsgraph store; build one with `newsgraph build … --store DIR`",
                             path=str(self.store))
        self.timeout, self.max_bytes = timeout, max_bytes
        self.max_response_bytes, self.allow_service = max_response_bytes, allow_service
        self.request_timeout = request_timeout
        self.allowed_hosts = frozenset(h.lower() for h in allowed_hosts)
        self.page = query_page(timeout=timeout).encode("utf-8")
        self.app = ProxyApp(self)
        self._lock = StoreLock(self.store, write=False).acquire()
        self._engine: Engine | None = None
        self._sock: socket.socket | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._client: aiohttp.ClientSession | None = None
        self._calls: set[asyncio.Task[Answer]] = set()  # a call runs on when its client has gone
        try:
            self._engine = Engine(self.store, timeout=timeout)
            self._sock = _listen(host, port)
        except BaseException:
            self.close()
            raise
        name, bound = self._sock.getsockname()[:2]
        self._url = f"http://[{name}]:{bound}/" if ":" in name else f"http://{name}:{bound}/"

    @property
    def url(self) -> str:
        """Base URL of the endpoint, e.g. ``http://127.0.0.1:7878/`` (the real port when given 0)."""
        return self._url

    def forward(self, method: str, target: str, body: bytes | None,
                headers: list[tuple[str, str]]) -> asyncio.Future[Answer]:
        """Start one engine call; the whole answer must come within the timeout, from now.

        The future raises TimeoutError past the deadline (the engine is then
        restarted), :class:`~newsgraph.service.engine.ResponseTooLarge` over
        the response limit, and :class:`~newsgraph.service.engine.EngineUnavailable`
        when the engine does not answer.
        """
        task = asyncio.ensure_future(self._call(method, target, body, headers))
        self._calls.add(task)
        task.add_done_callback(self._calls.discard)
        return task

    async def _call(self, method: str, target: str, body: bytes | None,
                    headers: list[tuple[str, str]]) -> Answer:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        port = 0

        async def once() -> Answer:
            nonlocal port
            assert self._engine is not None and self._client is not None
            while not (port := self._engine.port):  # the engine restarts: wait for it
                if loop.time() >= deadline:
                    raise TimeoutError("the engine was restarting until the deadline")
                await asyncio.sleep(0.05)
            return await asyncio.wait_for(fetch(self._client, port, method, target, body, headers,
                                                max_bytes=self.max_response_bytes),
                                          max(0.0, deadline - loop.time()))

        try:
            try:
                return await once()
            except EngineUnavailable as exc:
                if exc.answered:
                    raise
            return await once()  # no answer at all (a kept-alive connection it had closed): once more
        except (TimeoutError, asyncio.TimeoutError):
            if port and self._engine is not None:
                await loop.run_in_executor(None, self._engine.restart, port)
            raise TimeoutError(f"no complete answer within {self.timeout:g} s") from None

    def config(self) -> Config:
        """Hypercorn's settings for this endpoint (a fresh copy of the listening socket each time)."""
        from hypercorn.config import Config

        assert self._sock is not None
        config = Config()
        config.bind = [f"fd://{os.dup(self._sock.fileno())}"]
        config.backlog = BACKLOG
        config.keep_alive_timeout = self.request_timeout  # the request head, and idle connections
        config.h11_max_incomplete_size = self.max_bytes + _HEAD_ROOM  # a longer URL gets 414 from the app
        config.graceful_timeout = GRACE
        config.include_server_header = False
        config.accesslog = None  # the app logs each request
        config.errorlog = logging.getLogger("newsgraph.serve.server")
        return config

    async def _serve(self, on_ready: Callable[[str], object] | None) -> None:
        from hypercorn.asyncio import serve as hypercorn_serve

        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._loop.add_signal_handler(sig, self._stopping.set)

        async def until_stopped() -> None:  # Hypercorn awaits it once it listens
            if on_ready is not None:
                on_ready(self.url)
            assert self._stopping is not None
            await self._stopping.wait()

        self._client = engine_session(MAX_CALLS)
        try:
            await hypercorn_serve(cast(Any, self.app), self.config(), shutdown_trigger=until_stopped,
                                  mode="asgi")
        finally:
            for task in list(self._calls):
                task.cancel()
            await self._client.close()
            self._client = None

    def serve_forever(self, on_ready: Callable[[str], object] | None = None) -> None:
        """Answer requests until SIGINT or SIGTERM (in the main thread), or :meth:`stop`.

        ``on_ready`` is called with :attr:`url` once requests are answered.
        """
        _log_to_stderr()
        signals = (signal.SIGINT, signal.SIGTERM)
        main = threading.current_thread() is threading.main_thread()
        previous = {sig: signal.getsignal(sig) for sig in signals} if main else {}
        try:
            asyncio.run(self._serve(on_ready))
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            self._loop = self._stopping = None

    def stop(self) -> None:
        """Make :meth:`serve_forever` return (from any thread); requests under way get a short grace."""
        loop, stopping = self._loop, self._stopping
        if loop is not None and stopping is not None:
            loop.call_soon_threadsafe(stopping.set)

    def close(self) -> None:
        """Stop listening and the Oxigraph process, release the store."""
        if self._sock is not None:
            self._sock.close()
        if self._engine is not None:
            self._engine.close()
        self._lock.release()

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve(store: str | os.PathLike[str], *, host: str = "127.0.0.1", port: int = 7878,
          timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES,
          max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES, allow_service: bool = False,
          allowed_hosts: tuple[str, ...] = (), request_timeout: float = REQUEST_TIMEOUT,
          on_ready: Callable[[str], object] | None = None) -> None:
    """Serve ``store`` until interrupted (see :class:`Endpoint`).

    ``on_ready`` is called with the endpoint's URL once it accepts requests.
    """

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)  # while the engine starts; then the loop handles it
    try:
        with Endpoint(store, host=host, port=port, timeout=timeout, max_bytes=max_bytes,
                      max_response_bytes=max_response_bytes, allow_service=allow_service,
                      allowed_hosts=allowed_hosts, request_timeout=request_timeout) as endpoint:
            endpoint.serve_forever(on_ready)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
