"""English doers read past the trigger's own phrase (newsgraph.extract.events.agents_en) and the speakers
of passive reporting verbs and of titles run together with a place (newsgraph.extract.events.speakers_en,
newsgraph.extract.events.links.titled_name).

Invented sentences; each test names the rule it checks. They need the trained English pipeline.
"""

from __future__ import annotations

import pytest
from tests.extract.english_events import events_with, needs_en

import newsgraph
from newsgraph.types import Event, Label

pytestmark = needs_en

_IDS: dict[str, tuple[Label, str]] = {
    "Tom Ray": ("PERSON", "person/tom-ray"),
    "Lina Varga": ("PERSON", "person/lina-varga"),
    "Interior Ministry": ("ORGANIZATION", "org/interior-ministry"),
    "Culture Ministry": ("ORGANIZATION", "org/culture-ministry"),
    "Free Army": ("ORGANIZATION", "org/free-army"),
    "Students Union": ("ORGANIZATION", "org/students-union"),
    "Port Ellis": ("PLACE", "place/port-ellis"),
    "Valdoria": ("COUNTRY", "country/VA"),
}


def _events(text: str) -> list[Event]:
    return events_with(text, _IDS)


def _agents(events: list[Event], type_: str) -> list[tuple[str, ...] | None]:
    return [e.roles.get("agent") for e in events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "type_", "agent"),
    [
        ("The editor was detained for questioning by the Interior Ministry on Monday.", "Arrest",
         "org/interior-ministry"),
        ("The sect was banned from holding services at old temples by the Culture Ministry.", "Sanction",
         "org/culture-ministry"),
    ],
)
def test_a_passive_verb_takes_its_doer_from_a_by_phrase_hung_lower(text: str, type_: str, agent: str) -> None:
    assert _agents(_events(text), type_) == [(agent,)]


def test_an_event_noun_keeps_its_own_by_phrase() -> None:
    events = _events("Two teachers were arrested after protests by the Students Union.")
    assert _agents(events, "Arrest") in ([None], [()])


def test_a_passive_reporting_verb_is_spoken_by_its_by_phrase() -> None:
    said = _agents(_events("The raid on the camp was condemned by the Free Army."), "Statement")
    assert said == [("org/free-army",)]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor of Port Ellis Lina Varga said the harbour would reopen.",
        "The President of Valdoria Lina Varga said the harbour would reopen.",
    ],
)
def test_a_title_run_together_with_its_place_speaks_as_the_named_person(text: str) -> None:
    assert _agents(_events(text), "Statement") == [("person/lina-varga",)]


@pytest.mark.parametrize(
    "text",
    [
        "The Free Army said it attacked the convoy near Port Ellis.",
        "The Free Army said its fighters attacked the convoy near Port Ellis.",
    ],
)
def test_it_in_what_a_side_says_is_that_side(text: str) -> None:
    assert _agents(_events(text), "Attack") == [("org/free-army",)]


def test_it_as_an_object_of_what_is_said_is_not_the_speaker() -> None:
    events = _events("The Free Army said Valdoria attacked it near Port Ellis.")
    assert _agents(events, "Attack") == [("country/VA",)]


@pytest.mark.parametrize(
    "text",
    [
        "MOPTI, Mali (AP) — Gunmen attacked a cattle market on Sunday, killing four traders.",
        "MOPTI, Mali, March 3 (AP) — Gunmen attacked a cattle market, killing four traders.",
    ],
)
def test_a_dateline_names_no_party_and_places_the_lead(text: str) -> None:
    attacks = [e for e in newsgraph.extract(text, language="en").events if e.type == "Attack"]
    assert attacks and not attacks[0].roles.get("agent")
    assert attacks[0].location and attacks[0].location.startswith("place/")


def test_a_capital_in_a_dateline_is_a_place() -> None:
    text = "Bamako -- The foreign ministers of Mali and Niger met on Monday to discuss the border."
    meetings = [e for e in newsgraph.extract(text, language="en").events if e.type == "Meeting"]
    assert meetings and meetings[0].location and meetings[0].location.startswith("place/")



def test_what_talks_or_an_accord_are_on_is_not_where_they_were_held() -> None:
    text = "The foreign ministers of Mali and Niger held talks on Monday on the drought in Mopti."
    talks = [e for e in newsgraph.extract(text, language="en").events if e.type == "Negotiation"]
    assert talks and talks[0].location is None
    text = "Mali and Niger held talks on the sidelines of the summit in Mopti."
    talks = [e for e in newsgraph.extract(text, language="en").events if e.type == "Negotiation"]
    assert talks and talks[0].location and talks[0].location.startswith("place/")


@pytest.mark.parametrize(
    "text",
    [
        "Floods killed 30 people in Mopti on Sunday.",
        "Ten people were killed in a bus crash near Mopti.",
        "A storm caused a wall to fall onto the market, killing seven traders.",
    ],
)
def test_a_death_by_accident_or_disaster_is_no_attack(text: str) -> None:
    assert not [e for e in newsgraph.extract(text, language="en").events if e.type == "Attack"]


def test_a_killing_with_a_doer_stays_an_attack() -> None:
    text = "Gunmen set fire to a school in Mopti, killing ten students."
    assert [e for e in newsgraph.extract(text, language="en").events if e.type == "Attack"]


def test_a_country_another_verb_addresses_is_not_the_storys_place() -> None:
    text = "The Arctic Council praised Norway for investigating the shooting."  # (one urged is no event)
    events = newsgraph.extract(text, language="en").events
    probe = [e for e in events if e.type == "Investigation"]
    assert probe and probe[0].location is None
