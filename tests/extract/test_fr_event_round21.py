"""French event roles of round fr21: the owner of an event noun with a possessive in a phrase of time or
circumstance is the clause's subject («Lors de sa visite à X, Y a rencontré Z»); the first of two subjects the
parser left a root of its own shares the second's role («Le Maroc et l'Algérie ont rompu»); who calls a
protest («à l'appel de X») takes part in it (events/owners_fr.py).

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

import pytest
from tests.extract.french_events import needs_fr, roles_of

from newsgraph.extract import extract

pytestmark = needs_fr


def test_the_owner_of_a_visit_in_a_phrase_of_time_is_the_clause_subject() -> None:
    text = "Lors de sa visite à Alger, Emmanuel Macron a rencontré Abdelmadjid Tebboune."
    (roles,) = roles_of(text, "Visit")
    assert roles.get("agent") == ("person/emmanuel-macron",)


def test_the_owner_of_an_arrest_is_whom_it_held() -> None:
    (roles,) = roles_of("Après son arrestation, Jean Dupont a été conduit au commissariat.", "Arrest")
    assert roles.get("target") == ("person/jean-dupont",)


def test_a_possessive_outside_a_phrase_of_time_names_no_owner() -> None:
    (roles,) = roles_of("Sa visite à Alger a surpris Jean Dupont.", "Visit")
    assert "person/jean-dupont" not in roles.get("agent", ())


def test_the_first_of_two_subjects_left_a_root_shares_the_role() -> None:
    (roles,) = roles_of("Le Maroc et l'Algérie ont rompu leurs relations diplomatiques en 2021.", "Sanction")
    assert set(roles.get("agent", ())) == {"country/MA", "country/DZ"}


@pytest.mark.parametrize(
    "text",
    [
        "Des milliers de personnes se sont rassemblées devant le parlement à l'appel du Parti socialiste.",
        "Une manifestation a eu lieu samedi à l'appel du Parti socialiste.",
    ],
)
def test_who_calls_a_protest_takes_part_in_it(text: str) -> None:
    (roles,) = roles_of(text, "Protest")
    assert roles.get("participant") == ("org/parti-socialiste",)


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        ("Des accords ont été signés lors de la visite qu'effectue en Algérie le président Marc Lenoir.",
         "Visit", "person/marc-lenoir"),
        ("La réunion qu'a organisée l'Union africaine à Addis-Abeba a duré deux jours.", "Meeting",
         "org/african-union"),
    ],
)
def test_a_light_verb_subject_in_a_relative_clause_does_the_event(text: str, kind: str, doer: str) -> None:
    (roles,) = roles_of(text, kind)
    assert doer in roles.get("agent", ()) + roles.get("participant", ())


def test_a_contre_phrase_the_parser_hung_on_the_verb_still_names_the_attacks_target() -> None:
    (roles,) = roles_of("Une attaque du Hamas contre une base israélienne a fait dix morts.", "Attack")
    assert roles.get("agent") == ("org/hamas",)
    assert roles.get("target") == ("country/IL",)


@pytest.mark.parametrize(
    ("text", "role", "ref"),
    [
        ("Six soldats ont été tués dans une attaque du groupe Boko Haram.", "agent", "org/boko-haram"),
        ("L'assassinat de Jean Dupont a choqué le pays.", "target", "person/jean-dupont"),
    ],
)
def test_an_attack_of_an_armed_group_is_its_doing(text: str, role: str, ref: str) -> None:
    (roles,) = roles_of(text, "Attack")
    assert ref in roles.get(role, ())


@pytest.mark.parametrize(
    "text",
    [
        "Le Hamas a accepté une trêve humanitaire de trois jours.",
        "Le Hamas s'est engagé à respecter la trêve humanitaire.",
    ],
)
def test_who_accepts_or_keeps_a_ceasefire_is_a_party_to_it(text: str) -> None:
    (roles,) = roles_of(text, "Ceasefire")
    assert "org/hamas" in roles.get("participant", ())


@pytest.mark.parametrize(
    "text",
    [
        "Marc Lenoir a remporté l'élection présidentielle avec 52 % des voix.",
        "L'opposant malien, Marc Lenoir, a remporté une victoire dès le premier tour de la présidentielle.",
    ],
)
def test_who_wins_an_election_is_its_target(text: str) -> None:
    (roles,) = roles_of(text, "Election")
    assert roles.get("target") == ("person/marc-lenoir",)


def test_a_passive_verb_has_no_object_whatever_the_parse() -> None:
    (roles,) = roles_of("Emmanuel Macron a été réélu face à Marine Le Pen.", "Election")
    assert roles.get("target") == ("person/emmanuel-macron",)


def test_a_participle_in_an_attribution_is_no_statement() -> None:
    text = "Marc Lenoir a gagné avec 54 % des voix, selon les résultats officiels annoncés mercredi."
    assert roles_of(text, "Statement") == []


@pytest.mark.parametrize("text", [
    "Jean Valmont est maire. « Notre ville change », déclare-t-il.",
    "Jean Valmont est maire. « Nous allons gagner », affirme-t-il.",
])
def test_an_inverted_pronoun_after_a_quotation_is_the_last_named_subject(text: str) -> None:
    ext = extract(text, language="fr")
    names = {e.id: e.labels.get("fr") for e in ext.entities}
    said = [e for e in ext.events if e.type == "Statement"]
    assert [[names.get(a) for a in e.roles.get("agent", ())] for e in said] == [["Jean Valmont"]]
