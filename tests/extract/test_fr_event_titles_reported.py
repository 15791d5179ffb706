"""French event roles found by auditing unseen French articles (branch frrole, December 2026).

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

from tests.extract.french_events import needs_fr, roles_of

pytestmark = needs_fr


def test_a_title_alone_stands_for_the_person_named_with_it_before() -> None:
    text = (
        "Le ministre de l'Intérieur, Marc Lenoir, est arrivé à Lyon mardi. "
        "Le ministre a déclaré que la situation est grave."
    )
    assert any(r.get("agent") == ("person/marc-lenoir",) for r in roles_of(text, "Statement"))


def test_a_title_alone_gives_its_holder_to_an_appeal_and_a_meeting() -> None:
    named = "Le ministre de l'Intérieur, Marc Lenoir, est arrivé à Lyon mardi. "
    calls = roles_of(named + "Le ministre a appelé les syndicats à la retenue.", "Appeal")
    assert [r.get("agent") for r in calls] == [("person/marc-lenoir",)]
    meetings = roles_of(named + "Le lendemain, le ministre a rencontré Jean Dupont.", "Meeting")
    assert "person/marc-lenoir" in meetings[0].get("participant", ())


def test_a_title_with_another_country_is_not_the_holder_of_the_bare_title() -> None:
    text = (
        "Le président américain Barack Obama est arrivé à Lyon mardi. "
        "Le président syrien a déclaré que la situation est grave."
    )
    assert not any(r.get("agent") == ("person/barack-obama",) for r in roles_of(text, "Statement"))


def test_a_pronoun_goes_on_for_the_person_named_two_sentences_before() -> None:
    text = "Paul Girard est arrivé à Lyon. Il a visité une usine. Il a déclaré que tout va bien."
    assert ("person/paul-girard",) in [r.get("agent") for r in roles_of(text, "Statement")]


def test_a_feminine_pronoun_does_not_stand_for_a_man() -> None:
    text = (
        "Cette année-là, un jeune homme, Paul Girard, est guéri. Le lendemain, elle nait à Lyon, "
        "où elle demande au maire de l'aide."
    )
    assert not any(r.get("agent") == ("person/paul-girard",) for r in roles_of(text, "Appeal"))


def test_writing_what_follows_is_a_statement_and_writing_a_book_is_none() -> None:
    said = roles_of("Paul Girard a écrit sur Twitter que la séance reprend.", "Statement")
    assert [r.get("agent") for r in said] == [("person/paul-girard",)]
    assert roles_of("Paul Girard a écrit un livre sur Lyon.", "Statement") == []


def test_who_remarks_on_an_inquiry_does_not_lead_it() -> None:
    text = "L'ONU a relevé que l'enquête sur le suicide a commencé tardivement."
    assert [r.get("agent") for r in roles_of(text, "Investigation")] == [None]


def test_who_announces_an_inquiry_opens_it() -> None:
    text = "Scotland Yard a annoncé l'ouverture d'une enquête sur la mort de Paul Girard."
    assert [r.get("agent") for r in roles_of(text, "Investigation")] == [("org/scotland-yard",)]


def test_the_body_an_inquiry_is_of_leads_it() -> None:
    text = "La CGT a relevé que l'enquête de Scotland Yard sur le suicide a commencé tardivement."
    inquiries = roles_of(text, "Investigation")
    assert [r.get("agent") for r in inquiries] == [("org/scotland-yard",)]
    assert not any(r.get("target") for r in inquiries)


def test_the_quotation_a_speech_verb_is_hung_on_does_not_speak() -> None:
    # the parser hangs «déclaré» on the quoted «va»: «Tout» is what was said, «il» is Paul Girard
    text = "Paul Girard est arrivé à Lyon mardi. « Tout va bien », a-t-il déclaré."
    assert [r.get("agent") for r in roles_of(text, "Statement")] == [("person/paul-girard",)]
