r"""The SPARQL engine behind ``newsgraph serve``: Oxigraph's server process, and one call to it.

:class:`Engine` starts ``oxigraph serve-read-only`` on a private loopback
port and restarts it when a query overran (Oxigraph's own timeout does not
stop every query). :func:`fetch` sends one request with aiohttp and reads the
whole answer under a size cap, so the caller gets either a complete answer or
an exception, never a cut-off one; the caller puts the deadline around it.
aiohttp, not ``http.client`` in a thread pool nor httpx: on 50 clients at once
it gave the shortest tail (the README has the numbers).

Examples:
    >>> 0 < free_port() < 65536
    True
    >>> Answer(200, [], [b"a", b"bc"]).size
    3
    >>> ends_cancelled([b"a,b\r\n", b"The SPARQL operation has ", b"been cancelled"])
    True
"""

from __future__ import annotations

import os
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.errors import ConfigError, GraphError

if TYPE_CHECKING:
    import aiohttp

__all__ = [
    "CANCELLED", "Answer", "Engine", "EngineUnavailable", "ResponseTooLarge", "ends_cancelled", "fetch",
    "find_oxigraph", "free_port", "session",
]

#: What Oxigraph appends to a streamed result its timeout cut off (the status is already 200).
CANCELLED = b"The SPARQL operation has been cancelled"
_CHUNK = 1 << 16


class EngineUnavailable(Exception):
    """The engine did not answer, or broke off (``answered``: whether part of an answer had come)."""

    def __init__(self, message: str, *, answered: bool) -> None:
        super().__init__(message)
        self.answered = answered


class ResponseTooLarge(Exception):
    """The engine's answer is over the response-size limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the result is over the {limit:,}-byte limit")
        self.limit = limit


@dataclass
class Answer:
    """A complete answer of the engine: status, headers and the body in the chunks it came in."""

    status: int
    #: header names in lower case
    headers: list[tuple[bytes, bytes]]
    chunks: list[bytes] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(map(len, self.chunks))


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
    """A TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def ends_cancelled(chunks: list[bytes]) -> bool:
    """Whether the body, without trailing white space, ends with :data:`CANCELLED`."""
    tail = b""
    for chunk in reversed(chunks):
        tail = chunk + tail
        if len(tail.rstrip()) >= len(CANCELLED):
            break
    return tail.rstrip().endswith(CANCELLED)


def session(connections: int) -> aiohttp.ClientSession:
    """An aiohttp session for :func:`fetch`: at most ``connections`` at once, kept alive between calls.

    Call it in the event loop that will use it, and close it there.
    """
    import aiohttp

    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=connections), auto_decompress=False,
                                 skip_auto_headers=("Accept", "Accept-Encoding", "User-Agent"),
                                 timeout=aiohttp.ClientTimeout(total=None))


async def fetch(client: aiohttp.ClientSession, port: int, method: str, target: str, body: bytes | None,
                headers: list[tuple[str, str]], *, max_bytes: int) -> Answer:
    """Send one request to the engine on ``port`` and read the whole answer.

    Raises:
        TimeoutError: the answer ends with Oxigraph's "cancelled" message.
        ResponseTooLarge: the body is over ``max_bytes``; no more than that is held.
        EngineUnavailable: the engine did not answer, or broke off.
    """
    import aiohttp
    from yarl import URL

    url = URL(f"http://127.0.0.1:{port}{target}", encoded=True)  # the client's URL as it came
    try:
        resp = await client.request(method, url, data=body, allow_redirects=False,
                                    headers=[*headers, ("Accept-Encoding", "identity")])
    except (aiohttp.ClientError, OSError) as exc:
        raise EngineUnavailable(f"{type(exc).__name__}: {exc}", answered=False) from exc
    async with resp:
        answer, size = Answer(resp.status, [(k.lower(), v) for k, v in resp.raw_headers]), 0
        try:
            async for chunk in resp.content.iter_chunked(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise ResponseTooLarge(max_bytes)
                answer.chunks.append(chunk)
        except (aiohttp.ClientError, OSError) as exc:
            raise EngineUnavailable(f"{type(exc).__name__}: {exc}", answered=True) from exc
    if resp.status == 200 and ends_cancelled(answer.chunks):
        raise TimeoutError("Oxigraph cancelled the query at its timeout")
    return answer


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


class Engine:
    """The ``oxigraph serve-read-only`` process over ``store``; :meth:`close` stops it.

    Args:
        store: the store folder.
        timeout: query timeout in seconds, given to Oxigraph.
    """

    def __init__(self, store: Path, *, timeout: float) -> None:
        self.store, self.timeout = store, timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._port = 0
        self._restart = threading.Lock()
        self._ready = threading.Event()  # clear while (re)starting: new calls wait for it
        # Linux ends the engine when the thread that started it ends (PR_SET_PDEATHSIG), so
        # one long-lived thread starts and restarts it, never a short-lived worker thread.
        self._jobs: queue.Queue[threading.Event | None] = queue.Queue()
        self._failure: BaseException | None = None
        self._supervisor = threading.Thread(target=self._supervise, name="oxigraph-supervisor", daemon=True)
        self._supervisor.start()
        try:
            self._in_supervisor()
        except BaseException:
            self.close()
            raise

    def _start(self) -> None:
        port = free_port()
        self._proc = subprocess.Popen(
            [find_oxigraph(), "serve-read-only", "--location", str(self.store),
             "--bind", f"127.0.0.1:{port}", "--union-default-graph",
             "--timeout-s", str(max(1, round(self.timeout)))],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
        _wait_for("127.0.0.1", port, self._proc)
        self._port = port  # only once it answers

    def _stop(self) -> None:
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
                self._ready.clear()
                self._stop()
                self._start()
            except BaseException as exc:
                self._failure = exc
            finally:
                self._ready.set()
                done.set()

    def _in_supervisor(self) -> None:
        done = threading.Event()
        self._jobs.put(done)
        done.wait()
        if self._failure is not None:
            raise self._failure

    def restart(self, port: int) -> None:
        """Restart the Oxigraph process (after a query overran), unless another call just did.

        It blocks until the new process answers: run it in a thread from async code.
        """
        with self._restart:
            if self._port == port:
                self._in_supervisor()

    @property
    def port(self) -> int:
        """The engine's port, or 0 while it (re)starts."""
        return self._port if self._ready.is_set() else 0

    def close(self) -> None:
        """Stop the supervisor, then the Oxigraph process (one it was starting too)."""
        self._jobs.put(None)
        self._supervisor.join(timeout=60)
        self._stop()
