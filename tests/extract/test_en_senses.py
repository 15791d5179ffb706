"""English trigger words read in a sense that is no event of their type (newsgraph.extract.events.senses_en,
newsgraph.extract.events.accidents_en, the blocking "X" lines of data/triggers_en.tsv).

Invented sentences; each test names the rule it checks. They need the trained English pipeline.
"""

from __future__ import annotations

from tests.extract.english_events import events_with, needs_en

from newsgraph.types import Label

pytestmark = needs_en

_IDS: dict[str, tuple[Label, str]] = {
    "Valdoria": ("COUNTRY", "country/VA"),
    "Norland Air": ("ORGANIZATION", "org/norland-air"),
}


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in events_with(text, _IDS)]


def test_suspended_work_is_no_sanction() -> None:
    assert _types("The search for the missing sailors was suspended on Tuesday.") == []


def test_suspended_permit_is_a_sanction() -> None:
    assert ("Sanction", "suspended") in _types("Valdoria suspended the permit of Norland Air on Monday.")


def test_demonstrating_a_fact_is_no_protest() -> None:
    assert _types("The new study demonstrates that the birds sleep in flight.") == []


def test_people_demonstrating_is_a_protest() -> None:
    assert ("Protest", "demonstrated") in _types("Farmers demonstrated against the tax on Friday.")


def test_establishing_a_fact_is_no_founding() -> None:
    assert _types("The engineers tried to establish the cause of the fault.") == []


def test_establishing_a_party_is_a_founding() -> None:
    assert ("Founding", "established") in _types("The farmers established a new party in 1998.")


def test_participle_of_a_founded_trust_is_a_founding() -> None:
    assert ("Founding", "established") in _types("The museum is paid for by a trust established in 1950.")


def test_pleading_guilty_is_no_appeal() -> None:
    assert _types("The driver pleaded not guilty to the charges.") == []


def test_opinion_poll_is_no_election() -> None:
    assert _types("Opinion polls showed the mayor far behind.") == []


def test_danger_to_life_is_no_threat() -> None:
    assert _types("Her injuries were not life-threatening.") == []


def test_killed_when_a_plane_crashed_is_no_attack() -> None:
    assert _types("Seven people were killed on Sunday when a small plane crashed near the airport.") == []


def test_killed_when_gunmen_stormed_is_an_attack() -> None:
    assert ("Attack", "killed") in _types("Seven people were killed on Sunday when gunmen stormed the hotel.")


def test_earthquake_striking_is_no_attack() -> None:
    assert _types("A strong earthquake struck the coast on Saturday, injuring dozens.") == []


def test_gas_explosion_is_no_bombing() -> None:
    assert _types("A gas leak led to an explosion in the apartment block.") == []


def test_bomb_explosion_is_a_bombing() -> None:
    assert any(t == "Bombing" for t, _ in _types("A car bomb exploded near the market on Monday."))


def test_court_appeal_is_no_appeal() -> None:
    assert _types("The two officers appealed the ruling on Monday.") == []


def test_appeal_for_calm_is_an_appeal() -> None:
    assert ("Appeal", "appealed") in _types("The mayor appealed for calm on Sunday.")


def test_a_survey_poll_is_no_election() -> None:
    assert _types("A Gallup poll showed the mayor far behind.") == []


def test_going_to_the_polls_is_an_election() -> None:
    assert [t for t, _ in _types("Voters in Valdoria went to the polls on Sunday.")] == ["Election"]


def test_attacking_a_rival_for_a_remark_is_no_attack() -> None:
    assert _types("The senator attacked her rival for the remark.") == []


def test_attacking_a_village_for_the_second_time_is_an_attack() -> None:
    assert ("Attack", "attacked") in _types("Militants attacked the village for the second time.")


def test_offensive_as_adjective_is_no_attack() -> None:
    assert _types("Some viewers found the joke offensive.") == []


def test_heart_attack_is_no_attack() -> None:
    assert _types("The singer had a heart attack.") == []


def test_warning_that_another_may_act_is_no_threat() -> None:
    assert all(t != "Threat" for t, _ in _types("The minister warned that the rebels could seize the port."))


def test_warning_of_ones_own_act_is_a_threat() -> None:
    assert ("Threat", "warned") in _types("Valdoria warned it would retaliate against any attack.")


def test_is_cue_reads_the_word_or_its_lemma() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsgraph.extract.events.lexicons import is_cue

    doc = Doc(Vocab(), words=["Quakes", "weeks", "talks"], lemmas=["quake", "week", "talk"])
    assert is_cue(doc[0], "accident")  # "quakes" is not listed, its lemma is
    assert is_cue(doc[1], "duration")
    assert not is_cue(doc[2], "duration")


def test_warning_of_a_hazard_is_no_threat() -> None:
    assert _types("The weather service warned of heavy floods in the north.") == []
    assert _types("The agency issued a tropical storm warning for the coast.") == []


def test_met_with_protests_is_no_meeting() -> None:
    assert not any(t == "Meeting" for t, _ in _types("The new law was met with anger in the capital."))


def test_agreeing_on_a_view_is_no_agreement() -> None:
    assert not any(t == "Agreement" for t, _ in _types("All the experts agreed that the plan was sound."))
    assert ("Agreement", "agreed") in _types("Valdoria agreed that its troops would withdraw by May.")


def test_probing_someone_about_is_no_investigation() -> None:
    assert _types("Reporters probed the singer about her childhood.") == []


def test_a_bomb_found_is_no_bombing() -> None:
    assert not any(t == "Bombing" for t, _ in _types("Police found a bomb in the car on Monday."))
    assert ("Bombing", "bomb") in _types("Militants planted a bomb in the market on Monday.")


def test_idioms_hold_no_event() -> None:
    assert _types("He has written a great deal of songs.") == []
    assert _types("Aircraft began water bombing the forest fire.") == []


def test_required_to_convict_is_no_sentence() -> None:
    assert _types("Two witnesses were required to convict the suspect.") == []


def test_confirming_a_nominee_is_no_statement() -> None:
    ids: dict[str, tuple[Label, str]] = {
        "Senate": ("ORGANIZATION", "org/senate"),
        "Ann Lee": ("PERSON", "p/ann"),
    }
    assert not any(e.type == "Statement" for e in events_with("The Senate confirmed Ann Lee on Friday.", ids))
    assert not any(e.type == "Statement" for e in events_with("The Senate confirmed her nomination.", ids))
    said = events_with("The Senate confirmed that Ann Lee had resigned.", ids)
    assert any(e.type == "Statement" for e in said)


def test_animals_and_gas_kill_without_an_attack() -> None:
    assert _types("A keeper was killed by two lions on Tuesday.") == []
    assert _types("The family died of carbon monoxide poisoning.") == []
    assert _types("A shark attack closed the beach on Sunday.") == []


def test_a_negated_reporting_verb_says_nothing() -> None:
    ids: dict[str, tuple[Label, str]] = {"Ann Lee": ("PERSON", "p/ann")}
    assert events_with("Ann Lee did not say whether she would run again.", ids) == []
    assert [e.type for e in events_with("Ann Lee said she would run again.", ids)] == ["Statement"]


def test_travel_to_a_place_is_a_visit_when_someone_goes() -> None:
    assert ("Visit", "flew to Valdoria") in _types("The prime minister flew to Valdoria on Monday.")
    assert _types("The injured boy was rescued and flown to Valdoria for treatment.") == []
    assert _types("The small plane was flying to Valdoria when it crashed.") == []


def test_a_criminal_case_opened_is_an_investigation() -> None:
    assert ("Investigation", "opened a criminal case") in _types(
        "Police opened a criminal case against the driver."
    )


def test_a_threat_to_something_is_a_danger() -> None:
    assert _types("Drought is the main threat to the farms of the region.") == []
    assert ("Threat", "threats") in _types("Valdoria's threats against the press worried reporters.")


def test_gathering_things_is_no_meeting() -> None:
    assert _types("The video gathered two million views in a day.") == []


def test_a_trip_with_no_owner_or_place_is_no_visit() -> None:
    assert _types("The firm runs fishing trips for tourists.") == []
    assert ("Visit", "trip") in _types("The minister began a trip to Valdoria on Monday.")
