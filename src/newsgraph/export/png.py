"""Static pictures of the HTML views, for slides and papers, made by headless Chromium.

:func:`screenshot_html` opens a page written by :mod:`newsgraph.export.html`
or :mod:`newsgraph.export.timeline` in headless Chromium, offline (every
host name resolves to nothing, background networking off, a throw-away
profile), lets the layout settle within a virtual-time budget and saves a
PNG. Chromium is found at ``$NEWSGRAPH_CHROMIUM``, ``/usr/bin/chromium`` or on
``PATH``; without it a :class:`~newsgraph.errors.ConfigError` says how to
install it.

Examples:
    >>> "--host-resolver-rules=MAP * ~NOTFOUND" in chromium_command("chromium", "/tmp/p", "/tmp/x.png")
    True
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from newsgraph.errors import ConfigError, GraphError

__all__ = ["chromium_command", "find_chromium", "offline_flags", "screenshot_html"]

_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """The Chromium binary: ``$NEWSGRAPH_CHROMIUM``, ``/usr/bin/chromium``, or one on ``PATH``."""
    env = os.environ.get("NEWSGRAPH_CHROMIUM")
    if env:
        return env if Path(env).is_file() else None
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    return next((found for name in _NAMES if (found := shutil.which(name))), None)


def offline_flags(profile: str, *, size: tuple[int, int] = (1400, 900), budget_ms: int = 20000) -> list[str]:
    """Flags for an offline headless run: no network, a fresh profile, virtual time."""
    return [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--mute-audio",
        f"--user-data-dir={profile}",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--virtual-time-budget={budget_ms}",
        f"--window-size={size[0]},{size[1]}",
    ]


def chromium_command(
    binary: str, profile: str, png: str, *, size: tuple[int, int] = (1400, 900), budget_ms: int = 20000
) -> list[str]:
    """The command line of an offline headless screenshot (without the page URL)."""
    return [binary, *offline_flags(profile, size=size, budget_ms=budget_ms), f"--screenshot={png}"]


def screenshot_html(
    page: str | os.PathLike[str],
    png: str | os.PathLike[str],
    *,
    size: tuple[int, int] = (1400, 900),
    budget_ms: int = 20000,
    timeout: float = 300.0,
) -> Path:
    """Render the HTML file ``page`` in headless Chromium and save a PNG to ``png``.

    Args:
        page: an HTML file (the graph view or the timeline).
        png: the picture to write; its folder is created if needed.
        size: window width and height in pixels.
        budget_ms: virtual time given to the page's scripts (layout, drawing).
        timeout: wall-clock seconds before giving up.

    Returns:
        The path of the PNG.

    Raises:
        ConfigError: when no Chromium binary is found.
        GraphError: when Chromium fails or writes no picture.
    """
    binary = find_chromium()
    if binary is None:
        raise ConfigError(
            "--png needs headless Chromium, which was not found at /usr/bin/chromium or on PATH; "
            "install it (Debian/Ubuntu: apt-get install chromium) or set NEWSGRAPH_CHROMIUM to its path"
        )
    source = Path(page).resolve()
    if not source.is_file():
        raise GraphError(f"no HTML page to take a picture of at {source}")
    out = Path(png).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ng-chromium-") as profile:
        shot = out.with_name(f".{out.stem}.tmp{out.suffix or '.png'}")
        cmd = [*chromium_command(binary, profile, str(shot), size=size, budget_ms=budget_ms), source.as_uri()]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as err:
            raise GraphError(f"chromium took longer than {timeout:.0f} s to draw {source}") from err
        if proc.returncode != 0 or not shot.is_file():
            shot.unlink(missing_ok=True)
            detail = proc.stderr[-500:]
            raise GraphError(f"chromium could not draw {source} (exit {proc.returncode}): {detail}")
        os.replace(shot, out)
    return out
