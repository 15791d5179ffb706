"""``newsgraph serve``: a read-only SPARQL 1.1 endpoint over a store.

The SPARQL work is done by Oxigraph's own server (the ``oxigraph`` binary of
the PyPI package ``oxigraph``, started as ``oxigraph serve-read-only
--union-default-graph --timeout-s T`` on a private loopback port). In front of
it a small ``http.server`` proxy, bound to ``127.0.0.1`` unless told
otherwise, adds what the binary lacks:

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
- a listen backlog for many clients at once, a socket timeout for slow or
  half-sent requests, one log line per client that hangs up early, and an
  optional list of allowed ``Host`` names (421 for others);
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

import html
import http.client
import json
import os
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
from importlib import resources
from pathlib import Path
from typing import Any

from newsgraph.errors import ConfigError, GraphError
from newsgraph.service.proxy import REQUEST_TIMEOUT, ResponseTooLarge, Server, handler

__all__ = [
    "DEFAULT_MAX_BYTES", "DEFAULT_MAX_RESPONSE_BYTES", "DEFAULT_TIMEOUT", "Endpoint", "find_oxigraph",
    "free_port", "query_page", "serve",
]

#: Largest request body (and URL) accepted, in bytes.
DEFAULT_MAX_BYTES = 1_000_000
#: Largest response passed on, in bytes (the proxy holds one response per request in memory).
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: What Oxigraph appends to a streamed result its timeout cut off.
_CANCELLED = b"The SPARQL operation has been cancelled"
#: Query timeout in seconds.
DEFAULT_TIMEOUT = 30.0


def find_oxigraph() -> str:
    """Path of the ``oxigraph`` server binary (beside this Python, or on PATH).

    Raises:
        ConfigError: when it is not installed.
    """
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() and os.access(beside, os.X_OK) else shutil.which("oxigraph")
    if not found:
        raise ConfigError("the Oxigraph server is not installed; install it with "
                          "`pip install 'newsgraph[serve]'` (the PyPI package `oxigraph`)")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now.

    Examples:
        >>> 0 < free_port() < 65536
        True
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


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


def _die_with_parent() -> None:
    """In the child before exec: ask Linux to end it when its parent dies (even by kill -9)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, 15)  # PR_SET_PDEATHSIG, SIGTERM
    except (OSError, AttributeError):
        pass


def _wait_for(host: str, port: int, proc: subprocess.Popen[bytes], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
            raise GraphError(f"the Oxigraph server stopped at start: {err.strip()[-500:]}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise GraphError(f"the Oxigraph server did not answer within {seconds:.0f} s")


class Endpoint:
    """The Oxigraph server process plus the proxy in front of it; use as a context manager.

    Args:
        store: the store folder (built by ``newsgraph build --store``).
        host, port: where the proxy listens (port 0: any free port).
        timeout: query timeout in seconds (the whole answer must arrive within it).
        max_bytes: request-size limit in bytes.
        max_response_bytes: response-size limit in bytes.
        allow_service: let federated queries (``SERVICE``) through.
        allowed_hosts: if given, the only ``Host`` header names answered.
        request_timeout: seconds a client may take to send a request.
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
        self._lock = StoreLock(self.store, write=False).acquire()
        self._restart = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._backend_port = 0
        # Linux ends the engine when the thread that started it ends (PR_SET_PDEATHSIG), so
        # one long-lived thread starts and restarts it, never a short-lived request thread.
        self._jobs: queue.Queue[threading.Event | None] = queue.Queue()
        self._failure: BaseException | None = None
        self._supervisor = threading.Thread(target=self._supervise, name="oxigraph-supervisor", daemon=True)
        self._supervisor.start()
        try:
            self._in_supervisor()
            self.httpd = Server((host, port), handler(self))
        except BaseException:
            self.close()
            raise
        self.page = query_page(timeout=timeout).encode("utf-8")

    def _start_backend(self) -> None:
        port = free_port()
        self._proc = subprocess.Popen(
            [find_oxigraph(), "serve-read-only", "--location", str(self.store),
             "--bind", f"127.0.0.1:{port}", "--union-default-graph",
             "--timeout-s", str(max(1, round(self.timeout)))],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
        _wait_for("127.0.0.1", port, self._proc)
        self._backend_port = port  # only once it answers

    def _stop_backend(self) -> None:
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def _supervise(self) -> None:
        while (done := self._jobs.get()) is not None:
            try:
                self._failure = None
                self._stop_backend()
                self._start_backend()
            except BaseException as exc:
                self._failure = exc
            finally:
                done.set()

    def _in_supervisor(self) -> None:
        done = threading.Event()
        self._jobs.put(done)
        done.wait()
        if self._failure is not None:
            raise self._failure

    def restart(self, port: int) -> None:
        """Restart the Oxigraph process (after a query overran), unless another thread just did."""
        with self._restart:
            if self._backend_port == port:
                self._in_supervisor()

    @property
    def url(self) -> str:
        """Base URL of the proxy, e.g. ``http://127.0.0.1:7878/``."""
        host, port = self.httpd.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        return f"http://{name}:{port}/"

    def serve_forever(self) -> None:
        """Answer requests until interrupted."""
        self.httpd.serve_forever(poll_interval=0.2)

    def close(self) -> None:
        """Stop the proxy and the Oxigraph process, release the store."""
        if getattr(self, "httpd", None) is not None:
            self.httpd.server_close()
        self._stop_backend()
        self._jobs.put(None)
        self._lock.release()

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def forward(self, method: str, path: str, body: bytes | None,
                headers: dict[str, str]) -> tuple[int, list[tuple[str, str]], bytes]:
        """Send one request to the Oxigraph server; returns ``(status, headers, body)``.

        Raises:
            TimeoutError: when the answer takes longer than the query timeout;
                the Oxigraph process is then restarted, because Oxigraph's own
                timeout does not stop every query (aggregates run on).
        """
        port = self._backend_port
        deadline = time.monotonic() + self.timeout
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=self.timeout)
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            chunks: list[bytes] = []
            size = 0
            while chunk := resp.read(1 << 16):
                size += len(chunk)
                if size > self.max_response_bytes:
                    raise ResponseTooLarge(self.max_response_bytes)
                if time.monotonic() > deadline:
                    raise TimeoutError("the answer did not arrive within the timeout")
                chunks.append(chunk)
                if conn.sock is not None:
                    conn.sock.settimeout(max(0.1, deadline - time.monotonic()))
            data = b"".join(chunks)
            if resp.status == 200 and data.rstrip().endswith(_CANCELLED):
                raise TimeoutError("Oxigraph cancelled the query at its timeout")
            return resp.status, resp.getheaders(), data
        except TimeoutError:
            self.restart(port)
            raise
        finally:
            conn.close()



def serve(store: str | os.PathLike[str], *, host: str = "127.0.0.1", port: int = 7878,
          timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES,
          max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES, allow_service: bool = False,
          allowed_hosts: tuple[str, ...] = (), request_timeout: float = REQUEST_TIMEOUT,
          on_ready: Any = None) -> None:
    """Serve ``store`` until interrupted (see :class:`Endpoint`).

    ``on_ready`` is called with the endpoint's URL once it accepts requests.
    """
    import signal

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with Endpoint(store, host=host, port=port, timeout=timeout, max_bytes=max_bytes,
                      max_response_bytes=max_response_bytes, allow_service=allow_service,
                      allowed_hosts=allowed_hosts, request_timeout=request_timeout) as endpoint:
            if on_ready is not None:
                on_ready(endpoint.url)
            try:
                endpoint.serve_forever()
            except KeyboardInterrupt:
                pass
    finally:
        signal.signal(signal.SIGTERM, previous)
