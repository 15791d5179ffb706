"""The HTTP side of ``newsgraph serve``: the proxy's listener and request handler.

:class:`newsgraph.service.server.Endpoint` runs the Oxigraph process and
calls :func:`handler` for the class that answers each request: routing
(read-only), request limits, the federation check of
:mod:`newsgraph.service.policy`, and turning the engine's answer (or its
timeout, or an oversized result) into a response.
"""

from __future__ import annotations

import http.client
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import urlsplit

from newsgraph.service.policy import request_query, uses_service

__all__ = ["REQUEST_TIMEOUT", "BACKLOG", "ResponseTooLarge", "Server", "handler"]

#: Seconds a client may take to send its request line, headers and body.
REQUEST_TIMEOUT = 10.0
#: How many connections may wait to be accepted.
BACKLOG = 1024
_READ_PATHS = ("/query", "/sparql", "/store")
_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-authenticate",
        "proxy-authorization", "content-length"}


class Backend(Protocol):
    """What the handler needs of the endpoint (:class:`newsgraph.service.server.Endpoint`)."""

    timeout: float
    request_timeout: float
    max_bytes: int
    allow_service: bool
    allowed_hosts: frozenset[str]
    page: bytes

    def forward(self, method: str, path: str, body: bytes | None,
                headers: dict[str, str]) -> tuple[int, list[tuple[str, str]], bytes]: ...


class ResponseTooLarge(Exception):
    """The engine's answer is over the response-size limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the result is over the {limit:,}-byte limit")
        self.limit = limit


class Server(ThreadingHTTPServer):
    """The proxy's listener: a long backlog, so bursts of clients are queued, not reset."""

    request_queue_size = BACKLOG
    daemon_threads = True


def handler(endpoint: Backend) -> type[BaseHTTPRequestHandler]:
    """The request handler class of a proxy in front of ``endpoint``."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "newsgraph"
        protocol_version = "HTTP/1.1"
        timeout = endpoint.request_timeout  # a socket timeout: slow or half-sent requests are dropped

        def log_message(self, format: str, *args: Any) -> None:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

        def handle_one_request(self) -> None:
            try:
                super().handle_one_request()
            except (BrokenPipeError, ConnectionResetError) as exc:
                self.close_connection = True
                self.log_message("client closed the connection early (%s)", type(exc).__name__)

        def _send(self, status: int, body: bytes, ctype: str = "text/plain; charset=utf-8") -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _route(self) -> str | None:
            path = urlsplit(self.path).path.rstrip("/") or "/"
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]").lower()
            if endpoint.allowed_hosts and host not in endpoint.allowed_hosts:
                self.close_connection = True
                self._send(421, f"this endpoint does not answer for host {host!r}\n".encode())
                return None
            if len(self.path) > endpoint.max_bytes:
                self._send(414, b"request URL too long\n")
                return None
            if path == "/" and self.command in ("GET", "HEAD"):
                self._send(200, endpoint.page, "text/html; charset=utf-8")
                return None
            if path not in _READ_PATHS:
                self._send(404, b"not found; the SPARQL endpoint is /query\n")
                return None
            if path == "/store" and self.command not in ("GET", "HEAD"):
                self._send(403, b"this endpoint is read-only\n")
                return None
            return "/query" if path == "/sparql" else path

        def _proxy(self, body: bytes | None) -> None:
            target = self._route()
            if target is None:
                return
            query = urlsplit(self.path).query
            if target == "/query" and not endpoint.allow_service:
                ctype = self.headers.get("Content-Type") or ""
                sparql = request_query(self.command, query, body or b"", ctype)
                if sparql is not None and uses_service(sparql):
                    self._send(403, b"federated queries (SERVICE) are off on this endpoint; "
                                    b"start it with --allow-service to allow them\n")
                    return
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP and k.lower() != "host"}
            try:
                status, reply_headers, data = endpoint.forward(
                    self.command, target + (f"?{query}" if query else ""), body, headers)
            except TimeoutError:
                self._send(504, f"query stopped after the {endpoint.timeout:g} s timeout\n".encode())
                return
            except ResponseTooLarge as exc:
                self._send(413, f"{exc}; ask for less (LIMIT, fewer variables) or start the endpoint "
                                f"with a larger --max-response-bytes\n".encode())
                return
            except (OSError, http.client.HTTPException) as exc:
                self._send(502, f"the SPARQL engine did not answer: {exc!r}\n".encode())
                return
            self.send_response(status)
            for key, value in reply_headers:
                if key.lower() not in _HOP:
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def do_GET(self) -> None:
            self._proxy(None)

        def do_HEAD(self) -> None:
            self._proxy(None)

        def do_POST(self) -> None:
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if length < 0:
                self.close_connection = True
                self._send(400, b"Content-Length is not a number of bytes\n")
                return
            if length > endpoint.max_bytes:
                self.close_connection = True
                self._send(413, f"request body over {endpoint.max_bytes} bytes\n".encode())
                return
            if urlsplit(self.path).path.rstrip("/") in ("/update", "/store"):
                self.close_connection = True
                self._send(403, b"this endpoint is read-only\n")
                return
            self._proxy(self.rfile.read(length) if length else b"")

        def _refuse(self) -> None:
            self.close_connection = True
            self._send(403, b"this endpoint is read-only\n")

        do_PUT = do_DELETE = do_PATCH = _refuse

    return Handler

