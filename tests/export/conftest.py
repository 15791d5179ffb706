"""Fixtures of the browser tests: one headless Chromium, offline, for the whole session."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser import launch_playwright


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    playwright, chromium = launch_playwright()
    try:
        yield chromium
    finally:
        chromium.close()
        playwright.stop()
