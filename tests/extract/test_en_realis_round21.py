"""English events that did not happen, and nationality adjectives that name no side (round 21).

Invented sentences; each test names the rule it checks. They need the trained English pipeline.
"""

from __future__ import annotations

import pytest
from tests.extract.english_events import events_with, needs_en

import newsgraph
from newsgraph.types import Event, Label

pytestmark = needs_en


def _events(text: str, type_: str) -> list[Event]:
    return [e for e in newsgraph.extract(text, language="en").events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Mali and Niger could not reach an agreement on the border.", "Agreement"),
        ("Protests were not reported in Mopti.", "Protest"),
    ],
)
def test_an_event_noun_whose_realizing_verb_is_negated_did_not_happen(text: str, type_: str) -> None:
    assert not _events(text, type_)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Mali and Niger reached an agreement on the border.", "Agreement"),
        ("Protests were reported in Mopti on Sunday.", "Protest"),
    ],
)
def test_an_event_noun_whose_realizing_verb_is_affirmed_stays(text: str, type_: str) -> None:
    assert _events(text, type_)


def test_a_verb_joined_to_a_modal_verb_shares_its_modal() -> None:
    text = "Under the new law, no party shall found, establish or run an armed group."
    assert not _events(text, "Founding")


def test_a_verb_after_but_does_not_share_the_negation() -> None:
    assert _events("Police did not arrest the driver but detained his brother.", "Arrest")


@pytest.mark.parametrize(
    ("text", "type_", "role"),
    [
        ("Malian protesters attacked the embassy of Niger.", "Attack", "agent"),
        ("Malian militias made threats against Niger.", "Threat", "agent"),
        ("Police arrested 30 Nigerien students in Mopti.", "Arrest", "target"),
    ],
)
def test_a_nationality_adjective_on_private_persons_names_no_side(text: str, type_: str, role: str) -> None:
    events = _events(text, type_)
    assert events and not events[0].roles.get(role)


def test_a_nationality_adjective_on_state_agents_names_their_state() -> None:
    events = _events("Malian troops attacked the camp.", "Attack")
    assert events and events[0].roles.get("agent") == ("country/ML",)


def test_an_event_noun_whose_light_verb_has_an_unnamed_subject_takes_no_nearest_actor() -> None:
    events = _events("Some militias associated with Niger had made threats against Chad.", "Threat")
    assert events and not events[0].roles.get("agent")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked a base. The minister posted a message on Twitter blaming Niger for the attacks.",
        "Rebels attacked a base in Mali. The minister posted a message on Facebook about the attacks.",
    ],
)
def test_on_another_noun_names_no_target_of_an_event_mentioned_later(text: str) -> None:
    events = _events(text, "Attack")
    assert events and not events[0].roles.get("target")


def test_on_the_event_noun_itself_still_names_its_targets() -> None:
    events = _events("The army launched attacks on Niger and Chad.", "Attack")
    assert events and events[0].roles.get("target") == ("country/NE", "country/TD")


def test_what_another_verb_is_done_to_takes_no_part_in_a_meeting() -> None:
    events = _events("Mali and Niger met in Bamako on Monday to discuss the plan of Chad.", "Meeting")
    assert events and "country/TD" not in events[0].roles.get("participant", ())
    assert {"country/ML", "country/NE"} <= set(events[0].roles.get("participant", ()))


_IDS: dict[str, tuple[Label, str]] = {
    "Tom Ray": ("PERSON", "person/tom-ray"),
    "Lina Varga": ("PERSON", "person/lina-varga"),
    "Free Army": ("ORGANIZATION", "org/free-army"),
}


def _statements(text: str) -> list[Event]:
    events = events_with(text, _IDS)
    return [e for e in events if e.type == "Statement"]


def test_a_side_and_its_spokesperson_make_one_statement() -> None:
    text = "The Free Army claimed the attack on Monday. Free Army spokesman Tom Ray said ten soldiers died."
    said = _statements(text)
    assert len(said) == 1
    assert said[0].roles.get("agent") == ("org/free-army",)
    assert said[0].roles.get("spokesperson") == ("person/tom-ray",)


def test_two_spokespersons_of_one_side_make_two_statements() -> None:
    text = ("Free Army spokesman Tom Ray said on Monday the talks failed. "
            "Free Army spokeswoman Lina Varga told reporters the group would fight on.")
    assert len(_statements(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The governor pledged converting the old museum into a school.",
        "I pledge that this council will be fair.",
    ],
)
def test_a_pledge_of_an_act_is_no_aid_pledge(text: str) -> None:
    assert not _events(text, "AidPledge")


def test_a_pledge_of_support_stays_an_aid_pledge() -> None:
    assert _events("Japan pledged support for the refugees in Mali.", "AidPledge")


def test_a_wire_credit_after_a_month_name_dateline_is_no_party() -> None:
    text = (
        "[Mali and Niger leaders talk]\n\nOct 11 (Reuters) – Malian President Ann Lee and Nigerien President"
        " Bo Chen discussed the border in a phone call on Wednesday."
    )
    calls = _events(text, "Call")
    assert calls and "org/reuters" not in calls[0].roles.get("participant", ())
    assert "person/ann-lee" in calls[0].roles.get("participant", ())
