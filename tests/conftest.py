"""Shared fixtures: where ../shared is, the seed article, its build, and a local web server (`site`)."""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

# The conftest.py files below tests/ hold fixtures, not doctests; collected as doctest modules
# (``--doctest-modules``), two of them share the module name "conftest" and pytest refuses the
# second when folders are given on the command line ("import file mismatch").
collect_ignore_glob = ["*/conftest.py"]

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "000_9cbf2cd40884a872.txt"
SEED_GOLD = SHARED / "gold" / "000_9cbf2cd40884a872.json"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder; skips the test when it is not beside the checkout."""
    if not SHARED.is_dir():
        pytest.skip(f"needs the shared data folder at {SHARED} (set NEWSGRAPH_SHARED to move it)")
    return SHARED


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped seed (``examples/``) built with ``newsgraph build -o``, once; tests only read it."""
    from click.testing import CliRunner

    from newsgraph.cli import cli

    out = tmp_path_factory.mktemp("seed_out")
    seed = ROOT / "examples" / "000_9cbf2cd40884a872.txt"
    result = CliRunner().invoke(cli, ["build", str(seed), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    """The seed article (Arabic, Marrakech coalition meeting)."""
    if not SEED.is_file():
        pytest.skip(f"needs the seed article at {SEED}")
    return SEED


@pytest.fixture(scope="session")
def seed_gold_path(shared_dir: Path) -> Path:
    """The hand-made gold for the seed."""
    if not SEED_GOLD.is_file():
        pytest.skip(f"needs the seed gold at {SEED_GOLD}")
    return SEED_GOLD


# ------------------------------------------------------------------ a local web server for fetch tests
# Pages and feeds the tests write, served on 127.0.0.1 (a free port), requests counted:
# nothing leaves the machine.


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    sleep: float = 0.0


class Site:
    """Routes by path, and how many times each path was asked for."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.base = ""

    def add(self, path: str, body: str | bytes = b"", **kw: object) -> str:
        self.routes[path] = Route(body.encode("utf-8") if isinstance(body, str) else body, **kw)  # type: ignore[arg-type]
        return self.base + path


@pytest.fixture()
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.hits[self.path] += 1
            state.agents.append(self.headers.get("User-Agent", ""))
            route = state.routes.get(self.path)
            if route is None:
                route = Route(b"not here", status=404, content_type="text/plain")
            if route.sleep:
                time.sleep(route.sleep)
            try:
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                for k, v in route.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
