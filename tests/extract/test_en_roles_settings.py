"""English event places read from the clause around the trigger (enroles, session 42): a "where" clause
after a place or a visit, the purpose clause of a verb of motion, and the place of an unnamed subject
("police in X"). Invented sentences; they need the trained English pipeline."""

from __future__ import annotations

from tests.extract.english_events import events_with, needs_en

from newsgraph.types import Event

pytestmark = needs_en

_IDS = {"Ann Rivers": ("PERSON", "person/rivers"), "Boris Kuhl": ("PERSON", "person/kuhl"),
        "Freedonia": ("COUNTRY", "country/FD"), "Sylvania": ("COUNTRY", "country/SY"),
        "Port Amber": ("PLACE", "place/amber")}


def _typed(events: list[Event], *kinds: str) -> list[Event]:
    return [e for e in events if e.type in kinds]


def test_talks_held_where_a_visit_went() -> None:
    text = "Ann Rivers started a three-day visit to Freedonia, where she held talks with Boris Kuhl."
    talks = _typed(events_with(text, _IDS), "Negotiation", "Meeting")
    assert talks and all(e.location == "country/FD" for e in talks)


def test_gone_to_a_place_to_attend_talks() -> None:
    text = "After a week in Freedonia, Boris Kuhl came back to Port Amber to rejoin the negotiations."
    talks = _typed(events_with(text, _IDS), "Negotiation")
    assert talks and all(e.location == "place/amber" for e in talks)


def test_police_in_a_city_arrest_there() -> None:
    text = "A week after the Freedonia riots, police in Port Amber fired tear gas and made several arrests."
    arrests = _typed(events_with(text, _IDS), "Arrest")
    assert arrests and all(e.location == "place/amber" for e in arrests)


def test_met_where_a_visited_place_is_described() -> None:
    text = "Ann Rivers visited Port Amber on Tuesday, where she met Boris Kuhl."
    meets = _typed(events_with(text, _IDS), "Meeting")
    assert meets and all(e.location == "place/amber" for e in meets)


def test_troops_of_two_joined_adjectives_both_act() -> None:
    ids = {"Freedonian": ("COUNTRY", "country/FD"), "Sylvanian": ("COUNTRY", "country/SY")}
    text = "Freedonian and Sylvanian troops clashed along the border on Monday."
    clashes = _typed(events_with(text, ids), "Attack")
    assert clashes and any({"country/FD", "country/SY"} <= set(e.roles.get("agent", ())) for e in clashes)
