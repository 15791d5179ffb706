"""English event roles found by auditing news pages of other outlets (enroles, session 42): what a
meeting is about or the occasion it fits in names no party ("met X on the sidelines of the Y summit"),
a party the parser hung on the topic still takes part ("talks on trade with X"), and an unnamed actor
a verb of supposition identifies is that group ("gunmen suspected to be X members"). Invented sentences;
they need the trained English pipeline."""

from __future__ import annotations

import pytest
from tests.extract.english_events import events_with, needs_en

import newsgraph
from newsgraph.types import Event

pytestmark = needs_en


def _typed(events: list[Event], *kinds: str) -> list[Event]:
    return [e for e in events if e.type in kinds]


def test_the_occasion_of_a_meeting_is_no_party() -> None:
    ids = {"Ann Rivers": ("PERSON", "person/rivers"), "Boris Kuhl": ("PERSON", "person/kuhl"),
           "Arctic Council": ("ORGANIZATION", "org/arctic")}
    text = "Ann Rivers met Boris Kuhl on the sidelines of the Arctic Council in Oslo on Monday."
    meets = _typed(events_with(text, ids), "Meeting")
    both = {"person/rivers", "person/kuhl"}
    assert meets and any(both <= set(e.roles.get("participant", ())) for e in meets)
    assert all("org/arctic" not in e.roles.get("participant", ()) for e in meets)


def test_what_talks_are_about_is_no_party() -> None:
    ids = {"Ann Rivers": ("PERSON", "person/rivers"), "Freedonia": ("COUNTRY", "country/FD")}
    text = "Ann Rivers held talks on Freedonia's fishing rights in Oslo on Monday."
    talks = _typed(events_with(text, ids), "Negotiation", "Meeting")
    assert talks and all("country/FD" not in e.roles.get("participant", ()) for e in talks)


def test_a_party_hung_on_the_topic_takes_part() -> None:
    ids = {"Ann Rivers": ("PERSON", "person/rivers"), "Boris Kuhl": ("PERSON", "person/kuhl")}
    text = "Ann Rivers held long discussions on fisheries and tourism with Boris Kuhl on Monday."
    meets = _typed(events_with(text, ids), "Negotiation", "Meeting")
    assert meets and any("person/kuhl" in e.roles.get("participant", ()) for e in meets)


def test_gunmen_suspected_to_be_members_of_a_group_are_that_group() -> None:
    ids = {"Red Hand": ("ORGANIZATION", "org/redhand")}
    text = "A village chief was abducted by gunmen suspected to be Red Hand fighters on Friday."
    attacks = _typed(events_with(text, ids), "Attack")
    assert attacks and any(e.roles.get("agent") == ("org/redhand",) for e in attacks)


def test_the_parsers_root_of_supposition_lends_its_subject() -> None:
    ids = {"Red Hand": ("ORGANIZATION", "org/redhand")}
    text = "Gunmen suspected to be Red Hand members on Monday abducted seven women."
    attacks = _typed(events_with(text, ids), "Attack")
    assert attacks and any(e.roles.get("agent") == ("org/redhand",) for e in attacks)


def test_who_gunmen_attacked_does_not_say_who_they_are() -> None:
    ids = {"Red Hand": ("ORGANIZATION", "org/redhand")}
    text = "Gunmen who said they hated Red Hand abducted seven women on Monday."
    attacks = _typed(events_with(text, ids), "Attack")
    assert all("org/redhand" not in e.roles.get("agent", ()) for e in attacks)


def test_who_steps_up_attacks_makes_them() -> None:
    ids = {"Red Hand": ("ORGANIZATION", "org/redhand")}
    attacks = _typed(events_with("Red Hand has recently stepped up attacks in the north.", ids), "Attack")
    assert attacks and any(e.roles.get("agent") == ("org/redhand",) for e in attacks)


def test_who_reimposes_sanctions_imposes_them() -> None:
    ids = {"Ann Rivers": ("PERSON", "person/rivers")}
    text = "Ann Rivers left the accord in 2018 and reimposed sanctions on the island."
    sanctions = _typed(events_with(text, ids), "Sanction")
    assert sanctions and any("person/rivers" in e.roles.get("agent", ()) for e in sanctions)


def test_the_subject_of_another_verb_after_a_cue_word_is_no_target() -> None:
    ids = {"Ann Rivers": ("PERSON", "person/rivers")}
    text = "Two reporters were detained on what Ann Rivers described as invented charges."
    arrests = _typed(events_with(text, ids), "Arrest")
    assert arrests and all("person/rivers" not in e.roles.get("target", ()) for e in arrests)


def test_youths_of_a_country_are_no_side() -> None:
    text = "Title: Youths abducted\nDate: 2020-01-02\n\nGunmen abducted 40 Nigerian youths on Monday.\n"
    attacks = _typed(newsgraph.extract(text, language="en").events, "Attack")
    assert attacks and all("country/NG" not in e.roles.get("target", ()) for e in attacks)


def test_neighbours_including_others_are_the_ones_listed() -> None:
    ids = {"Freedonia": ("COUNTRY", "country/FD"), "Sylvania": ("COUNTRY", "country/SY"),
           "Ruritania": ("COUNTRY", "country/RU")}
    text = "Freedonia's neighbouring countries including Sylvania and Ruritania have imposed bans on masks."
    bans = _typed(events_with(text, ids), "Sanction")
    assert bans and all("country/FD" not in e.roles.get("agent", ()) for e in bans)
    assert any("country/SY" in e.roles.get("agent", ()) for e in bans)


def test_the_country_owning_a_named_officials_title_takes_no_part() -> None:
    ids = {"Freedonia": ("COUNTRY", "country/FD"), "Ann Rivers": ("PERSON", "person/rivers"),
           "Boris Kuhl": ("PERSON", "person/kuhl")}
    text = "Freedonia's Prime Minister Ann Rivers spoke by phone with Boris Kuhl on Monday."
    calls = _typed(events_with(text, ids), "Call", "Meeting")
    assert calls and all("country/FD" not in e.roles.get("participant", ()) for e in calls)
    assert any("person/rivers" in e.roles.get("participant", ()) for e in calls)


@pytest.mark.xfail(strict=True, reason="known weakness: the determiner of 'the Arctic Council summit' makes "
                   "it point back (triggers._determined), so it merges into the meeting on its sidelines")
def test_a_summit_on_whose_sidelines_two_met_is_its_own_event() -> None:
    ids = {"Ann Rivers": ("PERSON", "person/rivers"), "Boris Kuhl": ("PERSON", "person/kuhl"),
           "Arctic Council": ("ORGANIZATION", "org/arctic")}
    text = "Ann Rivers met Boris Kuhl on the sidelines of the Arctic Council summit on Monday."
    meets = _typed(events_with(text, ids), "Meeting")
    met = [e for e in meets if e.trigger.text == "met"]
    assert met and all("org/arctic" not in e.roles.get("participant", ()) for e in met)


def test_who_opens_an_investigation_investigates() -> None:
    ids = {"Federal Bureau": ("ORGANIZATION", "org/bureau")}
    text = "The Federal Bureau opened an investigation into the shooting on Monday."
    probes = _typed(events_with(text, ids), "Investigation")
    assert probes and any(e.roles.get("agent") == ("org/bureau",) for e in probes)
