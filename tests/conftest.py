"""Shared fixtures: where ../shared is, and the seed article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
