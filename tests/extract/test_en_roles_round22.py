"""English event parties read from the parse (round 22): the subject of a light verb of signing,
reaching, attending or levying (``light_verb`` cues), the list an "of" phrase names
(newsgraph.extract.events.links._listed), no party for an event noun the clause only follows or judges
(newsgraph.extract.events.fallback._other_act), no nearest actor as the doer of votes or of what is done to
someone (an arrest, a sentence, an investigation: newsgraph.extract.events.fallback._fallback_actor), whose
owner is its doer when an "of" phrase names whom it is done to (newsgraph.extract.events.deps.dep_roles), and
a possessive that refers ahead to its clause's subject (newsgraph.extract.en_officials.resolve_pronouns).

Invented sentences; each test names the rule it checks. They need the trained English pipeline.
"""

from __future__ import annotations

import pytest
from tests.extract.english_events import events_with, needs_en

from newsgraph.extract.en_officials import resolve_pronouns
from newsgraph.extract.pipeline import get_nlp
from newsgraph.types import Event, Label, Mention

pytestmark = needs_en

_IDS: dict[str, tuple[Label, str]] = {
    "Lina Varga": ("PERSON", "person/lina-varga"),
    "Tom Ray": ("PERSON", "person/tom-ray"),
    "Interior Ministry": ("ORGANIZATION", "org/interior-ministry"),
    "Ruritania": ("COUNTRY", "country/RU"),
    "Valdoria": ("COUNTRY", "country/VA"),
    "Freedonia": ("COUNTRY", "country/FR"),
    "Port Ellis": ("PLACE", "place/port-ellis"),
}


def _events(text: str) -> list[Event]:
    return events_with(text, _IDS)


def _role(events: list[Event], type_: str, role: str) -> list[set[str]]:
    return [set(e.roles.get(role, ())) for e in events if e.type == type_]


def test_who_signs_a_long_named_agreement_is_its_party() -> None:
    text = "Ruritania, after months of bargaining, signed the North Border Trade and Transit Zone agreement."
    assert _role(_events(text), "Agreement", "participant") == [{"country/RU"}]


def test_who_attends_a_summit_takes_part_in_it() -> None:
    events = _events("Lina Varga, who leads the party, attended the summit on water rights.")
    assert _role(events, "Meeting", "participant") == [{"person/lina-varga"}]


def test_an_of_phrase_list_stands_for_every_name_in_it() -> None:
    events = _events("The governments of Ruritania and Valdoria imposed sanctions on Freedonia.")
    assert _role(events, "Sanction", "agent") == [{"country/RU", "country/VA"}]


def test_an_office_of_a_list_stands_for_no_country() -> None:
    events = _events("The presidents of Ruritania and Valdoria imposed sanctions on Freedonia.")
    assert {"country/RU", "country/VA"}.isdisjoint(*_role(events, "Sanction", "agent"))


@pytest.mark.parametrize(
    "text",
    [
        "Lina Varga resigned following protests in Port Ellis.",
        "Tom Ray announced his resignation after the protests.",
    ],
)
def test_who_acts_after_an_event_noun_took_no_part_in_it(text: str) -> None:
    assert _role(_events(text), "Protest", "participant") == [set()]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Tom Ray was handed a long prison sentence.", "Sentence"),  # one faced or called for is no event
        ("Lina Varga welcomed an investigation into the fire.", "Investigation"),
        ("The army placed Tom Ray under house arrest.", "Arrest"),
    ],
)
def test_an_act_noun_done_to_someone_takes_no_nearest_actor_as_its_doer(text: str, type_: str) -> None:
    assert _role(_events(text), type_, "agent") == [set()]


@pytest.mark.parametrize(
    "text", ["Tom Ray received 40 percent of the vote.", "Lina Varga won the race with 3,000 votes."]
)
def test_who_wins_votes_did_not_cast_them(text: str) -> None:
    assert _role(_events(text), "Vote", "agent") in ([set()], [])


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The Interior Ministry's investigation of Tom Ray ended on Monday.", "Investigation"),
        ("Valdoria's detention of Tom Ray has lasted a year.", "Arrest"),
    ],
)
def test_the_owner_of_an_act_done_to_a_named_object_is_its_doer(text: str, type_: str) -> None:
    events = [e for e in _events(text) if e.type == type_]
    assert [set(e.roles.get("target", ())) for e in events] == [{"person/tom-ray"}]
    assert len(events[0].roles.get("agent", ())) == 1


def test_a_verb_sharing_an_unnamed_subject_takes_no_nearest_actor() -> None:
    events = _events("Several senators broke with Lina Varga and urged the party to move on.")
    assert _role(events, "Appeal", "agent") == [set()]


@pytest.mark.parametrize(
    ("text", "type_", "judge"),
    [
        ("Lina Varga denounced the Valdoria border agreement on Monday.", "Agreement", "person/lina-varga"),
        ("Ruritania welcomed the talks in Port Ellis.", "Negotiation", "country/RU"),
    ],
)
def test_who_judges_an_event_takes_no_part_in_it(text: str, type_: str, judge: str) -> None:
    assert all(judge not in parts for parts in _role(_events(text), type_, "participant"))


def test_a_possessive_before_its_clause_subject_refers_ahead_to_it() -> None:
    text = "Lina Varga praised the port. In his statement, Tom Ray said the port would reopen."
    doc = get_nlp("en")(text)
    ms = [Mention(0, 10, "Lina Varga", "PERSON", "person/lina-varga", 0),  # type: ignore[arg-type]
          Mention(47, 54, "Tom Ray", "PERSON", "person/tom-ray", 1)]  # type: ignore[arg-type]
    assert [(m.text, m.entity_id) for m in resolve_pronouns(doc, ms)] == [("his", "person/tom-ray")]


def test_a_day_after_on_does_not_make_an_owner_the_doer() -> None:
    events = _events("After his arrest on Friday, Tom Ray stayed in a cell in Port Ellis.")
    assert [(e.roles.get("agent", ()), e.roles.get("target")) for e in events if e.type == "Arrest"] == [
        ((), ("person/tom-ray",))
    ]


def test_who_levies_sanctions_imposes_them() -> None:
    events = _events("The government of Ruritania levied sanctions against Tom Ray.")
    assert _role(events, "Sanction", "agent") == [{"country/RU"}]
