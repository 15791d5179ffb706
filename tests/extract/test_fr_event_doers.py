"""French event roles and triggers of round fr17 (GUIDELINES.md): the «de» phrase of «sanctions»,
«embargo», «offensive» names who acts (targets_fr.genitive_fr, data/genitive_doers_fr.txt); an incise's
speaker after its verb when the parser made the sentence's first noun its subject (speakers_fr); a
hyphenated noun the lemmatizer spells with spaces («tête-à-tête») and «discuter avec» as meetings.

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

import pytest
from tests.extract.french_events import needs_fr, roles_of

pytestmark = needs_fr


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Les sanctions de l'Union européenne frappent désormais trois banques.", "org/eu"),
        ("L'embargo des États-Unis pèse sur l'économie cubaine.", "country/US"),
    ],
)
def test_the_de_phrase_of_sanctions_is_who_imposes_them(text: str, agent: str) -> None:
    (roles,) = roles_of(text, "Sanction")
    assert roles.get("agent") == (agent,)
    assert "target" not in roles


def test_the_de_phrase_of_an_expulsion_is_still_who_is_expelled() -> None:
    (roles,) = roles_of("L'expulsion de Jean Dupont a été décidée mardi.", "Sanction")
    assert roles.get("target") == ("person/jean-dupont",)


def test_an_incise_speaker_after_a_date_is_the_speaker_not_a_name_in_the_reported_clause() -> None:
    text = ("C'est le bilan des affrontements entre l'armée et le Hamas, a annoncé, dimanche, "
            "l'Organisation mondiale de la santé.")
    (roles,) = roles_of(text, "Statement")
    assert roles.get("agent") == ("org/who",)


def test_an_incise_verb_with_its_own_object_takes_no_later_name_as_speaker() -> None:
    assert roles_of("Le ministre, visiblement ému, a annoncé la mort de Jean Dupont.", "Statement") == []


def test_a_tete_a_tete_is_a_meeting_of_its_subjects() -> None:
    text = "Le président Emmanuel Macron et Olaf Scholz ont eu un tête-à-tête à Berlin."
    (roles,) = roles_of(text, "Meeting")
    assert set(roles.get("participant", ())) == {"person/emmanuel-macron", "person/olaf-scholz"}


def test_discussing_with_someone_is_a_meeting() -> None:
    text = "Le roi Abdallah II a discuté avec Emmanuel Macron de la situation régionale."
    (roles,) = roles_of(text, "Meeting")
    assert set(roles.get("participant", ())) == {"person/abdallah-ii", "person/emmanuel-macron"}


def test_a_sit_in_is_a_protest() -> None:
    assert len(roles_of("Des étudiants ont organisé un sit-in devant l'université de Tunis.", "Protest")) == 1


def test_a_name_after_village_de_is_a_place_there_and_elsewhere_in_the_article() -> None:
    import spacy
    from spacy.tokens import Span

    from newsgraph.extract.fr_mentions import prepare_doc

    doc = spacy.blank("fr")("Le village de Kormala a été bombardé . Kormala est vide . Paul Kormala parle .")
    doc.spans["ng_mentions"] = [Span(doc, 3, 4, label="PERSON", span_id="ner"),
                                Span(doc, 8, 9, label="PERSON", span_id="ner"),
                                Span(doc, 12, 14, label="PERSON", span_id="ner")]
    labels = [(s.text, s.label_) for s in prepare_doc(doc).spans["ng_mentions"]]
    assert labels == [("Kormala", "PLACE"), ("Kormala", "PLACE"), ("Paul Kormala", "PERSON")]


def test_two_capitals_that_open_a_sentence_both_sign_for_their_countries() -> None:
    (roles,) = roles_of("Pékin et Moscou ont signé un accord sur les armes.", "Agreement")
    assert set(roles.get("participant", ())) == {"country/CN", "country/RU"}


def test_starting_a_visit_makes_its_subject_the_visitor_and_not_his_country_a_party() -> None:
    text = "Le président sénégalais Macky Sall a entamé mardi une visite officielle au Maroc."
    (roles,) = roles_of(text, "Visit")
    assert roles.get("agent") == ("person/macky-sall",)
    assert "country/SN" not in roles.get("participant", ())
