"""Helpers for the English officials tests: the positions newsgraph reads in an invented text, by name."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.pipeline import english_model_name

#: Skips a test where no trained English pipeline is installed (``make test`` installs one).
needs_en = pytest.mark.skipif(english_model_name("auto") is None, reason="needs a trained English pipeline")


def positions(text: str) -> set[tuple[str, str, str | None]]:
    """(person's name, title, the ``of`` entity's name or id) of every position read in ``text``."""
    ext = newsgraph.extract(text, language="en", model="auto")
    names = {e.id: e.labels.get("en", "") for e in ext.entities}
    return {(names[p.person], p.title, names.get(p.of or "", p.of)) for p in ext.positions}
