"""English event roles found by auditing unseen Wikinews articles (enrole): a spokesperson whose side
is only guessed speaks as himself, a place named before a protest noun says where it was, a country
named before private persons is no side, and a passive verb joined to an earlier verb takes that
verb's subject as who underwent it. Invented sentences; they need the trained English pipeline."""

from __future__ import annotations

from tests.extract.english_events import events_with, needs_en

import newsgraph
from newsgraph.types import Event

pytestmark = needs_en

_HK = {"Hong Kong": ("COUNTRY", "country/HK")}


def _typed(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def test_a_spokesperson_of_an_unnamed_body_speaks_as_himself() -> None:
    text = (
        "Title: Fire kills nine in Dhaka, Bangladesh\nDate: 2019-02-17\n\n"
        "A fire killed nine people in Dhaka, Bangladesh on Sunday.\n\n"
        "Karim Hossain, a spokesperson for the fire service, told the Associated Press the fire was out.\n"
    )
    told = [e for e in newsgraph.extract(text, language="en").events if e.trigger.text == "told"]
    assert told and all(not a.startswith("country/") for e in told for a in e.roles.get("agent", ()))
    assert all("spokesperson" not in e.roles for e in told)


def test_a_place_before_a_protest_noun_is_where_not_who() -> None:
    protests = _typed(events_with("Thousands joined the Hong Kong protests on Sunday.", _HK), "Protest")
    assert protests and all("country/HK" not in e.roles.get("participant", ()) for e in protests)


def test_a_country_named_before_private_persons_is_no_side() -> None:
    ids = {"United States": ("COUNTRY", "country/US")}
    arrests = _typed(events_with("United States doctors were arrested in Paris.", ids), "Arrest")
    assert arrests and all("country/US" not in e.roles.get("target", ()) for e in arrests)


def test_a_joined_passive_verb_takes_the_earlier_subject_as_who_underwent_it() -> None:
    ids = {"John Garang": ("PERSON", "person/garang")}
    text = "John Garang founded the movement in 1983, but was arrested in 1990 and was jailed until 1995."
    arrests = _typed(events_with(text, ids), "Arrest")
    assert arrests and all(e.roles.get("target") == ("person/garang",) for e in arrests)


def test_what_a_possessive_pronoun_owns_acts_not_its_owner() -> None:
    ids = {"Peter Novak": ("PERSON", "person/novak")}
    text = "Peter Novak, owner of a farm, was attacked by his neighbours on Tuesday."
    attacks = _typed(events_with(text, ids), "Attack")
    assert attacks and all("person/novak" not in e.roles.get("agent", ()) for e in attacks)
    assert any(e.roles.get("target") == ("person/novak",) for e in attacks)
