"""English targets and places (enroles).

* A headline's past verb with an object is active (newsgraph.extract.events.deps._headline_passive).
* A head or chief of a place is not that place (``office`` cues: newsgraph.extract.events.links._holder_of).
* A name in apposition is the person before a compound's name ("the Kremlin critic Alexei Navalny":
  newsgraph.extract.events.links._naming_first).
* An election's person possessor is the one elected, and the country before it is where it is held
  (newsgraph.extract.events.elected_en).
* An appeal for a resignation or a withdrawal asks its doer (newsgraph.extract.events.asked_en).
* Who undergoes an arrest, investigation or sentence noun ("placed X under house arrest", "X was given a
  sentence": newsgraph.extract.events.undergone_en); the possessor of an investigation leads it
  (newsgraph.extract.events.investigators_en).
* Places that are not where an event happened: a person's home ("a Port Ellis man"), where one comes from
  ("from a camp at X"), the sides of a pact ("between X and Y"), the clause's place for an event noun set
  at another time ("since her election"), and, for the story's place, a topic ("spoke about X"); a place
  after a site noun ("at a police station in X") places the event at the site
  (newsgraph.extract.events.places_en).
* An unnamed speaking body is where its members are ("an assembly of ministers in X denounced":
  newsgraph.extract.events.placed_en).

Invented sentences; each test names the rule it checks. They need the trained English pipeline.
"""

from __future__ import annotations

from tests.extract.english_events import events_with, needs_en

from newsgraph.extract import en
from newsgraph.extract.pipeline import get_nlp
from newsgraph.types import Event, Label, Mention

pytestmark = needs_en

_IDS: dict[str, tuple[Label, str]] = {
    "Lina Varga": ("PERSON", "person/lina-varga"),
    "Tom Ray": ("PERSON", "person/tom-ray"),
    "Red Hand": ("ORGANIZATION", "org/red-hand"),
    "Ruritania": ("COUNTRY", "country/RU"),
    "Valdoria": ("COUNTRY", "country/VA"),
    "Freedonia": ("COUNTRY", "country/FR"),
    "Port Ellis": ("PLACE", "place/port-ellis"),
    "Lake Verna": ("PLACE", "place/lake-verna"),
}


def _events(text: str) -> list[Event]:
    return events_with(text, _IDS)


def _headline_events(text: str) -> list[Event]:
    """Events of ``text`` read as a headline (its first sentence)."""
    doc = get_nlp("en")(text)
    ms = [Mention(text.find(n), text.find(n) + len(n), n, lab, ref, 0)
          for n, (lab, ref) in _IDS.items() if n in text]
    ms.sort(key=lambda m: m.start)
    return en.find_events_en(doc, "en", mentions=ms, dates=[], amounts=[], published=None, headline=True)


def _one(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, events
    return found[0]


def test_a_headline_past_verb_with_an_object_is_active() -> None:
    e = _one(_headline_events("Red Hand kidnapped local judge in Port Ellis"), "Attack")
    assert e.roles.get("agent") == ("org/red-hand",) and "target" not in e.roles


def test_a_headline_bare_participle_stays_passive() -> None:
    e = _one(_headline_events("Lina Varga stabbed in Port Ellis"), "Attack")
    assert e.roles.get("target") == ("person/lina-varga",)


def test_the_person_who_owns_an_election_was_elected() -> None:
    e = _one(_events("Lina Varga has chaired the council since her election in 2009."), "Election")
    assert e.roles.get("target") == ("person/lina-varga",)


def test_a_country_that_owns_an_election_is_not_elected() -> None:
    e = _one(_events("Ruritania's parliamentary elections were held in May."), "Election")
    assert "target" not in e.roles


def test_a_person_noun_place_is_his_home_not_the_arrest_place() -> None:
    e = _one(_events("Officers detained an elderly Port Ellis woman on Friday."), "Arrest")
    assert e.location is None


def test_a_place_one_comes_from_is_not_where_the_strike_was() -> None:
    text = "Prisoners fled during Ruritania's air raids from a prison at Port Ellis."
    e = _one(_events(text), "Attack")
    assert e.location is None


def test_the_sides_of_an_agreement_are_not_its_place() -> None:
    text = "The ministers signed an agreement between Port Ellis governorate and Lake Verna."
    e = _one(_events(text), "Agreement")
    assert e.location is None


def test_an_event_since_which_time_passed_is_not_placed_by_its_clause() -> None:
    text = "Lina Varga arrived in Port Ellis on Tuesday, her first trip abroad since her election in 2009."
    events = _events(text)
    assert _one(events, "Election").location is None


def test_a_topic_of_the_lead_is_not_the_story_place() -> None:
    text = ("Lina Varga and Tom Ray spoke about efforts for progress in Valdoria and Lake Verna.\n\n"
            "Ruritania launched an airstrike on Freedonia on April 6.")
    assert _one(_events(text), "Attack").location is None


def test_a_place_inside_a_side_still_places_the_clash() -> None:
    e = _one(_events("Clashes erupted between two armed factions in Port Ellis on Friday."), "Attack")
    assert e.location == "place/port-ellis"


def test_whose_resignation_an_appeal_asks_for_is_called_upon() -> None:
    e = _one(_events("Lina Varga asked for Tom Ray's resignation on Monday."), "Appeal")
    assert e.roles.get("target") == ("person/tom-ray",)


def test_whose_release_an_appeal_asks_for_is_not_called_upon() -> None:
    e = _one(_events("Lina Varga called for the release of Tom Ray."), "Appeal")
    assert "target" not in e.roles


def test_a_site_noun_passes_its_place_to_the_verb_of_the_event_noun() -> None:
    text = "A car bombing was thwarted on Sunday at an army checkpoint in Port Ellis."
    e = _one(_events(text), "Bombing")
    assert e.location == "place/port-ellis" and not e.location_inferred


def test_a_country_before_an_election_is_where_it_is_held() -> None:
    e = _one(_events("Tom Ray was a candidate in the 2020 Ruritania presidential election."), "Election")
    assert e.location == "country/RU"


def test_an_unnamed_speaking_body_is_where_its_members_are() -> None:
    text = "A council of regional governors in Port Ellis denounced the plan on Friday."
    e = _one(_events(text), "Statement")
    assert e.location == "place/port-ellis"


def test_a_named_speaker_of_a_body_in_a_place_is_not_placed_there() -> None:
    text = "Tom Ray of the University of Lake Verna in Port Ellis said the survey came too late."
    e = _one(_events(text), "Statement")
    assert e.location is None


def test_the_country_a_head_is_of_is_not_the_abducted() -> None:
    e = _one(_events("He said the gunmen abducted the district head of Ruritania."), "Attack")
    assert "target" not in e.roles


def test_an_apposed_name_before_a_compound_name_is_the_person() -> None:
    e = _one(_events("The Red Hand critic Lina Varga was jailed in Port Ellis."), "Arrest")
    assert e.roles.get("target") == ("person/lina-varga",)


def test_who_is_placed_under_arrest_is_arrested() -> None:
    e = _one(_events("The army placed Tom Ray under house arrest."), "Arrest")
    assert e.roles.get("target") == ("person/tom-ray",)


def test_who_is_given_a_sentence_is_sentenced() -> None:
    e = _one(_events("Tom Ray was given a two-year suspended sentence."), "Sentence")
    assert e.roles.get("target") == ("person/tom-ray",)


def test_a_sentence_appealed_names_no_one_sentenced() -> None:
    events = [e for e in _events("Tom Ray appealed the sentence.") if e.type == "Sentence"]
    assert all("target" not in e.roles for e in events)


def test_whose_investigation_leads_it() -> None:
    e = _one(_events("Tom Ray agreed to help with Lina Varga's investigation."), "Investigation")
    assert e.roles.get("agent") == ("person/lina-varga",) and "target" not in e.roles


def test_whose_arrest_is_arrested() -> None:
    e = _one(_events("Lina Varga's arrest on Monday surprised the town."), "Arrest")
    assert e.roles.get("target") == ("person/lina-varga",)
