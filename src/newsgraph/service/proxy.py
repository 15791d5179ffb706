"""The HTTP side of ``newsgraph serve``: an ASGI app in front of the SPARQL engine.

:class:`newsgraph.service.server.Endpoint` serves :class:`ProxyApp` with
Hypercorn. The app does what is ours: the allowed ``Host`` names, read-only
routing, request limits, the federation check of
:mod:`newsgraph.service.policy`, and turning the engine's answer (or its
timeout, or an oversized result) into a response. It logs one line per
request, and one line for a client that hangs up before its answer is sent.

Examples:
    >>> host_name([(b"host", b"[::1]:7878")]), host_name([(b"host", b"Example.org:80")])
    ('::1', 'example.org')
    >>> host_name([])
    ''
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Protocol

from newsgraph.service.engine import Answer, EngineUnavailable, ResponseTooLarge
from newsgraph.service.policy import request_query, uses_service

__all__ = ["BACKLOG", "REQUEST_TIMEOUT", "Backend", "ProxyApp", "host_name"]

#: Seconds a client may take to send its request head, and again its body.
REQUEST_TIMEOUT = 10.0
#: How many connections may wait to be accepted.
BACKLOG = 1024
_READ_PATHS = ("/query", "/sparql", "/store")
_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-authenticate",
        "proxy-authorization", "content-length", "host", "expect", "accept-encoding", "http2-settings"}
_NOT_PASSED_BACK = {name.encode() for name in _HOP | {"server", "date"}}
_TEXT = "text/plain; charset=utf-8"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log = logging.getLogger("newsgraph.serve")


class Backend(Protocol):
    """What the app needs of the endpoint (:class:`newsgraph.service.server.Endpoint`)."""

    timeout: float
    request_timeout: float
    max_bytes: int
    allow_service: bool
    allowed_hosts: frozenset[str]
    page: bytes

    def forward(self, method: str, target: str, body: bytes | None,
                headers: list[tuple[str, str]]) -> asyncio.Future[Answer]:
        """Start one engine call (its deadline starts now); the future gives the whole answer."""
        ...


class _Refused(Exception):
    """A request answered with an error before it reaches the engine."""

    def __init__(self, status: int, text: str, *, close: bool = False) -> None:
        super().__init__(text)
        self.status, self.text, self.close = status, text, close


class _Gone(Exception):
    """The client closed the connection."""


def host_name(headers: list[tuple[bytes, bytes]]) -> str:
    """The host name of the ``Host`` header, lower case, without port or IPv6 brackets."""
    value = next((v for k, v in headers if k.lower() == b"host"), b"").decode("latin-1").strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _consume(future: asyncio.Future[Answer]) -> None:
    """Fetch a finished call's outcome nobody waits for any more, so asyncio does not report it."""
    if not future.cancelled():
        future.exception()


async def _until_gone(receive: Receive) -> None:
    """Return when the client has closed the connection (the request body is read by then)."""
    while (await receive())["type"] != "http.disconnect":
        pass


class ProxyApp:
    """The ASGI app of ``newsgraph serve`` in front of ``backend``."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                kind = (await receive())["type"]
                await send({"type": f"{kind}.complete"})  # lifespan.startup or lifespan.shutdown
                if kind == "lifespan.shutdown":
                    return
        if scope["type"] == "websocket":  # closed before it is accepted: the server answers 403
            await receive()
            await send({"type": "websocket.close", "code": 1008})
            return
        try:
            await self._handle(scope, receive, send)
        except _Refused as err:
            await self._reply(scope, send, err.status, err.text.encode(), close=err.close)
        except _Gone:
            self._log(scope, "client closed the connection early (before its request was read)")

    # ------------------------------------------------------------------ checks

    def _check(self, scope: Scope) -> str:
        """Refuse what never reaches the engine; return the engine path to forward to, or "/"."""
        end = self.backend
        method, headers = scope["method"], scope["headers"]
        host = host_name(headers)
        if end.allowed_hosts and host not in end.allowed_hosts:
            raise _Refused(421, f"this endpoint does not answer for host {host!r}\n", close=True)
        if len(scope.get("raw_path") or b"") + 1 + len(scope["query_string"]) > end.max_bytes:
            raise _Refused(414, "request URL too long\n", close=True)
        path = scope["path"].rstrip("/") or "/"
        if method in ("PUT", "DELETE", "PATCH") or (method == "POST" and path in ("/update", "/store")):
            raise _Refused(403, "this endpoint is read-only\n", close=True)
        length = next((v for k, v in headers if k == b"content-length"), b"0")
        if not length.isdigit():
            raise _Refused(400, "Content-Length is not a number of bytes\n", close=True)
        if int(length) > end.max_bytes:
            raise _Refused(413, f"request body over {end.max_bytes} bytes\n", close=True)
        if path == "/" and method in ("GET", "HEAD"):
            return "/"
        if path not in _READ_PATHS:
            raise _Refused(404, "not found; the SPARQL endpoint is /query\n", close=method == "POST")
        if method not in ("GET", "HEAD", "POST"):
            raise _Refused(405, "the SPARQL endpoint answers GET, HEAD and POST\n", close=True)
        if path == "/store" and method == "POST":
            raise _Refused(403, "this endpoint is read-only\n", close=True)
        return "/query" if path == "/sparql" else path

    async def _body(self, receive: Receive) -> bytes:
        """The request body, within the size limit and the request timeout."""
        async def read() -> bytes:
            body = bytearray()
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    raise _Gone
                body += message.get("body", b"")
                if len(body) > self.backend.max_bytes:
                    raise _Refused(413, f"request body over {self.backend.max_bytes} bytes\n", close=True)
                if not message.get("more_body", False):
                    return bytes(body)

        try:
            return await asyncio.wait_for(read(), self.backend.request_timeout)
        except asyncio.TimeoutError:
            raise _Refused(408, f"the request body did not arrive within "
                                f"{self.backend.request_timeout:g} s\n", close=True) from None

    # ------------------------------------------------------------------ the request

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        end = self.backend
        method = scope["method"]
        target = self._check(scope)
        if target == "/":
            await self._reply(scope, send, 200, end.page, "text/html; charset=utf-8")
            return
        body = await self._body(receive) if method == "POST" else None
        query = scope["query_string"].decode("latin-1")
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
        if target == "/query" and not end.allow_service:
            ctype = next((v for k, v in headers if k.lower() == "content-type"), "")
            sparql = request_query(method, query, body or b"", ctype)
            if sparql is not None and uses_service(sparql):
                raise _Refused(403, "federated queries (SERVICE) are off on this endpoint; "
                                    "start it with --allow-service to allow them\n")
        call = end.forward(method, target + (f"?{query}" if query else ""), body,
                           [(k, v) for k, v in headers if k.lower() not in _HOP])
        gone = asyncio.ensure_future(_until_gone(receive))
        try:
            await asyncio.wait((call, gone), return_when=asyncio.FIRST_COMPLETED)
            if not call.done():
                # The engine call runs on to its end, or to its deadline (then the engine restarts).
                self._log(scope, "client closed the connection early (before the answer)")
                return
            try:
                answer = call.result()
            except TimeoutError:
                raise _Refused(504, f"query stopped after the {end.timeout:g} s timeout\n") from None
            except ResponseTooLarge as exc:
                raise _Refused(413, f"{exc}; ask for less (LIMIT, fewer variables) or start the endpoint "
                                    f"with a larger --max-response-bytes\n") from None
            except EngineUnavailable as exc:
                raise _Refused(502, f"the SPARQL engine did not answer: {exc}\n") from None
            await self._pass_on(scope, send, answer, gone)
        finally:
            gone.cancel()
            if not call.done():
                call.add_done_callback(_consume)

    async def _pass_on(self, scope: Scope, send: Send, answer: Answer, gone: asyncio.Future[None]) -> None:
        """Send the engine's answer; stop when the client hangs up or stops reading."""
        headers = [(k, v) for k, v in answer.headers if k not in _NOT_PASSED_BACK]
        size = answer.size
        if scope["method"] == "HEAD":
            size = next((int(v) for k, v in answer.headers if k == b"content-length" and v.isdigit()), 0)
        headers += [(b"content-length", str(size).encode()), (b"server", b"newsgraph")]
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        for chunk in answer.chunks if scope["method"] != "HEAD" else ():
            if gone.done():
                self._log(scope, "client closed the connection early (during the answer)")
                return
            try:
                await asyncio.wait_for(send({"type": "http.response.body", "body": chunk, "more_body": True}),
                                       self.backend.request_timeout)
            except asyncio.TimeoutError:
                self._log(scope, f"client read nothing for {self.backend.request_timeout:g} s; "
                                 f"the answer is dropped")
                return
        await send({"type": "http.response.body", "body": b""})
        self._log(scope, str(answer.status), answer.size)

    async def _reply(self, scope: Scope, send: Send, status: int, body: bytes, ctype: str = _TEXT, *,
                     close: bool = False) -> None:
        headers = [(b"content-type", ctype.encode()), (b"content-length", str(len(body)).encode()),
                   (b"server", b"newsgraph")]
        if close:
            headers.append((b"connection", b"close"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body if scope["method"] != "HEAD" else b""})
        self._log(scope, str(status), len(body))

    @staticmethod
    def _log(scope: Scope, what: str, size: int | None = None) -> None:
        client = (scope.get("client") or ("-",))[0]
        query = scope["query_string"].decode("latin-1")
        line = scope["path"] + (f"?{query}" if query else "")
        if len(line) > 300:
            line = line[:300] + "…"
        log.info('%s "%s %s HTTP/%s" %s%s', client, scope["method"], line, scope.get("http_version", "1.1"),
                 what, "" if size is None else f" {size}")
