"""Drive headless Chromium for tests, offline: dump a page's DOM, take a screenshot, or use Playwright.

:func:`launch_playwright` drives the same system Chromium through the PyPI
package ``playwright`` (no browser download), so tests can type, click and
count the requests a page attempts.

Chromium runs with networking cut off (every host name resolves to nothing,
background networking off), a throw-away profile, and a virtual-time budget
so timers and animations run ahead without waiting in real time.

Set ``NEWSGRAPH_CHROMIUM`` to use another binary. When none is found,
:func:`require_chromium` fails the test with a message saying how to install
it, or skips it when ``NEWSGRAPH_SKIP_BROWSER=1``.

Examples:
    >>> flags = chromium_flags("/tmp/profile", budget_ms=5000)
    >>> "--host-resolver-rules=MAP * ~NOTFOUND" in flags
    True
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.export.png import find_chromium, offline_flags

__all__ = [
    "BrowserRun",
    "PageRequests",
    "chromium_flags",
    "find_chromium",
    "launch_playwright",
    "open_page",
    "render_dom",
    "require_chromium",
    "screenshot",
]



@dataclass(frozen=True)
class BrowserRun:
    """What one headless run gave back."""

    output: str
    stderr: str
    seconds: float


def require_chromium() -> str:
    """Return the Chromium binary, or fail (skip with ``NEWSGRAPH_SKIP_BROWSER=1``) the calling test."""
    import pytest

    binary = find_chromium()
    if binary is not None:
        return binary
    message = (
        "headless Chromium is needed for this test but was not found at /usr/bin/chromium or on PATH; "
        "install it with `apt-get install -y chromium`, point NEWSGRAPH_CHROMIUM at a binary, "
        "or set NEWSGRAPH_SKIP_BROWSER=1 to skip browser tests"
    )
    if os.environ.get("NEWSGRAPH_SKIP_BROWSER") == "1":
        pytest.skip(message)
    pytest.fail(message)


def chromium_flags(profile: str, *, budget_ms: int = 20000, size: tuple[int, int] = (1200, 800)) -> list[str]:
    """Flags for an offline headless run with a fresh profile in ``profile``."""
    return offline_flags(profile, size=size, budget_ms=budget_ms)


def _run(
    page: Path, extra: list[str], *, budget_ms: int, timeout: float, size: tuple[int, int]
) -> BrowserRun:
    binary = require_chromium()
    with tempfile.TemporaryDirectory(prefix="ng-chromium-") as profile:
        flags = chromium_flags(profile, budget_ms=budget_ms, size=size)
        cmd = [binary, *flags, *extra, page.resolve().as_uri()]
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"chromium exited with {proc.returncode} on {page}:\n{proc.stderr[-2000:]}")
    return BrowserRun(proc.stdout, proc.stderr, seconds)


def render_dom(
    path: str | os.PathLike[str], *, budget_ms: int = 20000, timeout: float = 180.0
) -> str:
    """Load ``path`` in headless Chromium, offline, and return the DOM after scripts ran."""
    return render_dom_timed(path, budget_ms=budget_ms, timeout=timeout).output


def render_dom_timed(
    path: str | os.PathLike[str], *, budget_ms: int = 20000, timeout: float = 180.0
) -> BrowserRun:
    """As :func:`render_dom`, also giving stderr and the wall-clock seconds."""
    return _run(Path(path), ["--dump-dom"], budget_ms=budget_ms, timeout=timeout, size=(1200, 800))


def screenshot(
    path: str | os.PathLike[str],
    png: str | os.PathLike[str],
    *,
    budget_ms: int = 20000,
    size: tuple[int, int] = (1200, 800),
    timeout: float = 180.0,
) -> Path:
    """Load ``path`` in headless Chromium, offline, and save a PNG screenshot to ``png``."""
    out = Path(png).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    _run(Path(path), [f"--screenshot={out}"], budget_ms=budget_ms, timeout=timeout, size=size)
    if not out.is_file():
        raise RuntimeError(f"chromium wrote no screenshot for {path}")
    return out


class PageRequests:
    """Requests a Playwright page attempted, split into local (file:, data:, about:) and external."""

    def __init__(self) -> None:
        self.local: list[str] = []
        self.external: list[str] = []

    def __call__(self, request: Any) -> None:
        url = str(request.url)
        (self.local if url.startswith(("file:", "data:", "about:", "blob:")) else self.external).append(url)


def launch_playwright() -> tuple[Any, Any]:
    """Start Playwright and launch the system Chromium offline; returns ``(playwright, browser)``.

    Uses the PyPI package ``playwright`` to drive the existing binary (no
    ``playwright install``, no browser download). Networking is cut off by
    the same host-resolver rule as :func:`chromium_flags`, and each test's
    context also aborts any request that is not a local file.
    """
    from playwright.sync_api import sync_playwright

    binary = require_chromium()
    playwright = sync_playwright().start()
    args = [f for f in chromium_flags("unused") if not f.startswith(("--user-data-dir", "--virtual-time",
                                                                      "--window-size", "--headless"))]
    browser = playwright.chromium.launch(executable_path=binary, headless=True, args=args)
    return playwright, browser


def open_page(browser: Any, path: str | os.PathLike[str], *, size: tuple[int, int] = (1400, 900),
              ready: str = "document.body.dataset.ngStable === '1'") -> tuple[Any, PageRequests]:
    """Open ``path`` in a fresh context; wait until ``ready`` holds. Returns ``(page, requests)``."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, java_script_enabled=True)
    requests = PageRequests()
    context.on("request", requests)
    def only_local(route: Any) -> None:
        local = route.request.url.startswith(("file:", "data:"))
        route.continue_() if local else route.abort()

    context.route("**/*", only_local)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(Path(path).resolve().as_uri())
    page.wait_for_function(ready, timeout=120_000)
    assert not errors, f"script errors on {path}: {errors}"
    return page, requests
