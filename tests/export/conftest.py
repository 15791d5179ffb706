"""Fixtures of the browser tests: a headless Chromium, offline, per test module.

Per module, not per session: Playwright's sync API keeps an event loop running while it is open,
and later tests that call ``asyncio.run`` would fail.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser import launch_playwright


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright, chromium = launch_playwright()
    try:
        yield chromium
    finally:
        chromium.close()
        playwright.stop()
