"""English event detection: crowds, aid senses, labour strikes, speakers of participles and of
sentence-final attributions, statements told again, headline and lead (newsgraph.extract.events.senses_en,
speakers_en, merge).

Invented sentences; each test names the rule it checks. They need the trained English pipeline.
"""

from __future__ import annotations

from tests.extract.english_events import events_with, needs_en

from newsgraph.extract import en
from newsgraph.extract.pipeline import get_nlp
from newsgraph.types import Event, Label, Mention

pytestmark = needs_en

_IDS: dict[str, tuple[Label, str]] = {
    "Valdoria": ("COUNTRY", "country/VA"),
    "Norland Air": ("ORGANIZATION", "org/norland-air"),
    "Paul Marchetti": ("PERSON", "person/paul-marchetti"),
    "Ann Lee": ("PERSON", "person/ann-lee"),
    "Ministry of Foreign Affairs": ("ORGANIZATION", "org/va-mfa"),
}


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in events_with(text, _IDS)]


def _headlined(text: str) -> list[Event]:
    return events_with(text, _IDS, headline=True)


def test_a_crowd_gathering_is_no_meeting() -> None:
    for text in ("Some 250 mourners gathered.", "A shell hit 40 villagers gathered to pray."):
        assert "Meeting" not in [t for t, _ in _types(text)]


def test_named_leaders_gathering_is_a_meeting() -> None:
    assert ("Meeting", "gathered") in _types("Paul Marchetti and Ann Lee gathered in Rome on Friday.")


def test_an_appeal_granted_and_blood_donated_are_no_aid() -> None:
    for text in ("The appeal that the lawyers filed last year was granted.", "Residents donated blood."):
        assert "AidPledge" not in [t for t, _ in _types(text)]


def test_funds_granted_are_aid() -> None:
    assert ("AidPledge", "granted") in _types("Valdoria granted new funds to the flood victims on Monday.")


def test_workers_on_strike_protest_and_an_air_strike_attacks() -> None:
    assert [t for t, _ in _types("Teachers in Valdoria went on strike on Monday.")] == ["Protest"]
    assert [t for t, _ in _types("A general strike shut the ports of Valdoria.")] == ["Protest"]
    assert "Protest" not in [t for t, _ in _types("An air strike on the base killed nine soldiers.")]


def test_a_passive_participle_of_saying_has_no_speaker() -> None:
    text = ("Paul Marchetti will go on trial on June 9, along with his cousins Tom and Ben, accused of "
            "ordering the beating of striking dockers.")
    said = [e for e in events_with(text, _IDS) if e.type == "Statement"]
    assert not said


def test_a_sentence_final_speaker_after_its_acronym_speaks() -> None:
    text = ("The minister held talks with ten counterparts, including Valdoria, the Ministry of Foreign "
            "Affairs (MFA) said.")
    said = [e for e in events_with(text, _IDS) if e.type == "Statement"]
    assert [e.roles.get("agent") for e in said] == [("org/va-mfa",)]


def test_the_statement_told_again_is_no_second_statement() -> None:
    text = ("Valdoria imposed new sanctions on Norland Air, Ann Lee said in a statement. "
            "The statement said the measures would hurt the airline.")
    said = [e for e in events_with(text, _IDS) if e.type == "Statement"]
    assert len(said) == 1 and said[0].roles.get("agent") == ("person/ann-lee",)


def test_a_headline_event_and_its_lead_past_a_caption_are_one() -> None:
    text = ("Valdoria imposes sanctions on Norland Air\n"
            "A view of the airport in winter.\n"
            "Reuters\n"
            "Published: Updated:\n"
            "Valdoria on Thursday imposed new sanctions on Norland Air, Ann Lee said.")
    assert len([e for e in _headlined(text) if e.type == "Sanction"]) == 1


def test_discussions_held_with_someone_are_a_meeting() -> None:
    assert ("Meeting", "held long discussions") in _types(
        "Paul Marchetti held long discussions on trade with Ann Lee in Rome.")


def test_a_days_attack_refers_back_to_the_story_attack() -> None:
    text = ("A gunman shot dead three guards at the embassy in Valdoria on Monday. The embassy was closed. "
            "Its staff went home. Flags flew at half mast. Monday's attack shocked the city.")
    assert len([e for e in events_with(text, _IDS) if e.type == "Attack"]) == 1


def test_a_word_of_a_name_is_no_verb_of_saying() -> None:
    ids: dict[str, tuple[Label, str]] = {"El Sayed Ramlawi": ("PERSON", "person/el-sayed-ramlawi")}
    text = ("An accord was signed by Valdorian Minister of Health El Sayed Ramlawi and his Norland "
            "counterpart.")
    said = events_with(text, ids)
    assert "Statement" not in [e.type for e in said]


def test_memoranda_of_understanding_and_a_cessation_of_hostilities() -> None:
    assert "Agreement" in [t for t, _ in _types("Valdoria, Norland sign four MoUs on fisheries")]
    assert "Ceasefire" in [t for t, _ in _types("Both sides signed a cessation of hostilities on Sunday.")]


def test_votes_counted_are_no_vote_of_a_body() -> None:
    assert "Vote" not in [t for t, _ in _types("Ann Lee won 48 per cent of the votes cast in the north.")]
    assert "Vote" not in [t for t, _ in _types("Paul Marchetti won the election with 3,000 valid votes.")]
    assert "Vote" in [t for t, _ in _types("Parliament held a vote on the resolution on Sunday.")]


def test_informing_and_expressing_are_statements() -> None:
    said = [e for e in events_with("Paul Marchetti informed reporters that the talks had failed.", _IDS)]
    assert [e.roles.get("agent") for e in said if e.type == "Statement"] == [("person/paul-marchetti",)]
    said = [e for e in events_with("Ann Lee expressed concern over the arrests in Valdoria.", _IDS)]
    assert [e.roles.get("agent") for e in said if e.type == "Statement"] == [("person/ann-lee",)]


def test_two_dates_as_near_a_trigger_do_not_break_dating() -> None:
    from datetime import date

    from newsgraph.extract.dates import find_dates

    text = "On May 2 Ann Lee said the talks on May 4 ended."
    doc = get_nlp("en")(text)
    ms = [Mention(text.find("Ann Lee"), text.find("Ann Lee") + 7, "Ann Lee", "PERSON", "person/ann-lee", 0)]
    found = en.find_events_en(doc, "en", mentions=ms, dates=find_dates(text, "en", date(2019, 5, 8)),
                              amounts=[], published=date(2019, 5, 8))
    assert found and all(e.date is not None for e in found)


def test_an_act_done_by_no_one_and_first_aid_are_no_events() -> None:
    assert "Appeal" not in [t for t, _ in _types("No one has phoned to demand money so far.")]
    assert "AidPledge" not in [t for t, _ in _types("A passer-by gave first aid to the injured cyclist.")]


def test_an_act_with_its_own_subject_under_a_clause_of_no_one_happened() -> None:
    text = "Nobody was hurt when Valdoria bombed the old depot on Monday."
    assert "Bombing" in [t for t, _ in _types(text)]


def test_a_headline_repeated_after_its_date_still_joins_the_lead() -> None:
    text = ("Valdoria imposes sanctions on Norland Air\n"
            "12 May 2020 Valdoria imposes sanctions on Norland Air\n"
            "A view of the airport in winter.\n"
            "Reuters\n"
            "Valdoria on Thursday imposed new sanctions on Norland Air, Ann Lee said.")
    assert len([e for e in _headlined(text) if e.type == "Sanction"]) == 1


def test_a_crackdown_on_a_thing_a_deal_struck_and_refused_meetings_are_no_such_events() -> None:
    assert "Arrest" not in [t for t, _ in _types("The decree is part of a crackdown on press freedom.")]
    assert "Arrest" in [t for t, _ in _types("Police launched a crackdown on protesters in the capital.")]
    assert "Attack" not in [t for t, _ in _types("Valdoria struck a fishing deal with its neighbours.")]
    assert "Meeting" not in [t for t, _ in _types("Valdoria has rejected direct meetings with Ann Lee.")]


def test_a_statement_noun_and_its_speakers_verb_are_one_statement() -> None:
    text = "The Valdoria statement said the talks were useful."
    said = [e for e in events_with(text, _IDS) if e.type == "Statement"]
    assert len(said) == 1


def test_an_election_rally_is_no_protest() -> None:
    assert "Protest" not in [t for t, _ in _types("Paul Marchetti spoke at an election rally in Rome.")]
    assert "Protest" in [t for t, _ in _types("Farmers held a rally against the new tax in Rome on Friday.")]
