"""Helpers for the membership tests: mentions placed by their surface form, and the model markers."""

from __future__ import annotations

import pytest

from newsgraph.extract.pipeline import english_model_name, french_model_name
from newsgraph.types import Mention

needs_en = pytest.mark.skipif(english_model_name("auto") is None, reason="needs a trained English pipeline")
needs_fr = pytest.mark.skipif(french_model_name("auto") is None, reason="needs a trained French pipeline")


def mentions(text: str, spans: list[tuple[str, str, str]]) -> list[Mention]:
    """A mention for each (surface, label, entity id), at the surface's first place in ``text``."""
    out = []
    for surface, label, entity_id in spans:
        start = text.index(surface)
        out.append(Mention(start, start + len(surface), surface, label, entity_id, 0))  # type: ignore[arg-type]
    return out
