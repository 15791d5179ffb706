"""French event roles of round fr20 (GUIDELINES.md, "French"): an official named with his title in
apposition speaks as himself, not for the body of his title, even when the parser reads the apposition as a
second subject (phrases_fr.true_subjects_fr); a phrase with a preposition the parser took for a subject
(«Sur Twitter, X a dénoncé») is no speaker, the name set beside it is; a name in an «à» phrase of a
speaker's description is whom he answers, not who speaks; a name the parser hung on an appeal verb as a
complement clause («a appelé Israël à») is whom it calls on.

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.french_events import needs_fr, roles_of

from newsgraph.extract import extract

pytestmark = needs_fr


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Paul Girard, le président de la Commission européenne, a déclaré que la Grèce doit rester.",
         "person/paul-girard"),
        ("Le Japon est inquiet, explique Jean Dupont, le vice-président de Renault.", "person/jean-dupont"),
        ("Marc Lenoir, le président de l'Union africaine, a déclaré que le Mali doit négocier.",
         "person/marc-lenoir"),
    ],
)
def test_an_official_in_apposition_speaks_as_himself(text: str, person: str) -> None:
    (roles,) = roles_of(text, "Statement")
    assert roles.get("agent") == (person,)


def test_a_spokesperson_in_apposition_still_speaks_for_his_side() -> None:
    (roles,) = roles_of("Jean Dupont, le porte-parole du Hamas, a affirmé que la trêve tient.", "Statement")
    assert roles.get("agent") == ("org/hamas",)


def test_a_phrase_with_a_preposition_is_no_speaker() -> None:
    (roles,) = roles_of("Sur Twitter, Marc Lenoir (UMP) a dénoncé un « incident grave ».", "Statement")
    assert roles.get("agent") == ("person/marc-lenoir",)


def test_whom_a_spokesperson_answers_is_no_speaker() -> None:
    text = "« Non », a répondu la porte-parole de la fédération à une question de la RTBF."
    assert all("org/rtbf" not in roles.get("agent", ()) for roles in roles_of(text, "Statement"))


def test_a_name_hung_as_a_clause_on_an_appeal_verb_is_its_target() -> None:
    (roles,) = roles_of("Le Hamas a appelé Israël à cesser les frappes.", "Appeal")
    assert roles.get("target") == ("country/IL",)
    assert roles.get("agent") == ("org/hamas",)


def _events(title: str, body: str) -> list[tuple[str, dict[str, tuple[str, ...]], str | None]]:
    ext = extract(body, language="fr", published=date(2014, 3, 5), title=title)
    return [(e.trigger.text, dict(e.roles), e.location) for e in ext.events if e.type == "Attack"]


def test_the_story_attacks_of_its_time_happen_where_its_main_attack_did() -> None:
    body = ("Cette nuit, les talibans ont attaqué un hôtel à Kaboul. Au matin, les forces américaines ont "
            "bombardé les talibans dans la région.")
    found = {trigger: location for trigger, _, location in _events("Attaque contre un hôtel", body)}
    assert found["attaqué"] is not None
    assert found["bombardé"] == found["attaqué"]


def test_a_past_attack_places_no_other() -> None:
    body = ("Le préfet Claude Érignac a été assassiné le 6 février 1998 à Ajaccio par Yvan Colonna. "
            "Ce mardi, son ancien avocat Paul Sollier a été abattu par deux hommes à moto.")
    found = {trigger: location for trigger, _, location in _events("Corse : un avocat abattu", body)}
    assert "abattu" in found
    assert found["abattu"] is None


def test_the_de_phrase_of_an_attack_aimed_by_contre_is_its_doer() -> None:
    text = "Des soldats ont été blessés lors d'une attaque des talibans contre leur base."
    (roles,) = roles_of(text, "Attack")
    assert roles.get("agent") == ("org/taliban",)
    assert "org/taliban" not in roles.get("target", ())


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton est arrivée samedi au Caire. Elle a rencontré le président Mohamed Morsi.",
        "La ministre Hillary Clinton s'est rendue samedi au Caire, où elle a rencontré le président Mohamed "
        "Morsi.",
    ],
)
def test_a_subject_pronoun_meets_as_the_person_named_before(text: str) -> None:
    (roles,) = roles_of(text, "Meeting")
    assert {"person/hillary-clinton", "person/mohamed-morsi"} <= set(roles.get("participant", ()))


def test_a_pronoun_in_a_clause_of_purpose_is_not_resolved() -> None:
    text = "Le président Paul Girard a convoqué Jean Dupont afin qu'il rencontre le ministre Marc Lenoir."
    for roles in roles_of(text, "Meeting"):
        assert "person/paul-girard" not in roles.get("participant", ())


def test_the_two_countries_a_relative_clause_describes_both_break_ties() -> None:
    text = ("L'Iran et l'Arabie saoudite ont repris contact jeudi. Les deux pays, qui avaient rompu leurs "
            "liens il y a sept ans, ont décidé en mars de rétablir leurs relations.")
    roles = [r for r in roles_of(text, "Sanction") if r.get("agent")]
    assert roles and set(roles[0]["agent"]) == {"country/IR", "country/SA"}


def test_the_de_phrase_of_a_bombing_is_its_doer_unless_a_par_phrase_names_one() -> None:
    (roles,) = roles_of("Vingt personnes ont été tuées dans des bombardements de l'armée syrienne.", "Attack")
    assert roles.get("agent") == ("org/army-of-syria",)
    (roles,) = roles_of("Le bombardement de la Syrie par les États-Unis a fait dix morts.", "Attack")
    assert roles.get("agent") == ("country/US",)
    assert roles.get("target") == ("country/SY",)


def test_a_counterpart_named_after_a_comma_is_the_participant() -> None:
    text = ("Le ministre des Affaires étrangères, Marc Lenoir, s'était entretenu jeudi à Moscou avec son "
            "homologue russe, Sergueï Lavrov, et lui avait remis un message.")
    (roles,) = roles_of(text, "Meeting")
    assert set(roles.get("participant", ())) == {"person/marc-lenoir", "person/serguei-lavrov"}


def test_an_official_en_visite_is_the_visitor() -> None:
    text = "Le président Paul Girard, en visite officielle au Maroc, a inauguré une usine."
    (roles,) = roles_of(text, "Visit")
    assert roles.get("agent") == ("person/paul-girard",)


def test_an_incise_speaks_after_its_verb_not_before_it() -> None:
    text = ("Parmi les rebelles tués figure « très probablement » Marc Lenoir, le chef d'une faction du "
            "Front de libération du Macina, a souligné le porte-parole de l'état-major, le colonel "
            "Paul Girard.")
    (roles,) = roles_of(text, "Statement")
    assert "person/marc-lenoir" not in roles.get("agent", ())


def test_a_subject_before_the_quotation_an_incise_closes_does_not_speak() -> None:
    text = ("Les auteurs des « deux attaques contre des forces de sécurité tunisiennes dans la capitale sont "
            "des combattants de l'État islamique », a affirmé l'agence Amaq, citée par SITE.")
    (roles,) = roles_of(text, "Statement")
    assert roles.get("agent") == ("org/amaq",)


@pytest.mark.parametrize("verb", ["effectuait", "effectuera"])
def test_a_light_verb_in_any_tense_gives_its_subject(verb: str) -> None:
    text = f"Cette opération est intervenue alors que le ministre Paul Girard {verb} une visite au Mali."
    (roles,) = roles_of(text, "Visit")
    assert roles.get("agent") == ("person/paul-girard",)


def test_nationality_adjectives_joined_by_et_both_act() -> None:
    text = "Dix combattants ont été tués à Tombouctou par « les forces françaises et maliennes »."
    (roles,) = roles_of(text, "Attack")
    assert set(roles.get("agent", ())) == {"country/FR", "country/ML"}


def test_an_attack_whose_sentence_names_another_place_takes_no_story_place() -> None:
    body = ("Cette nuit, les talibans ont attaqué un hôtel à Kaboul. Au matin, les forces américaines venues "
            "de Bagram ont bombardé les talibans.")
    found = {trigger: location for trigger, _, location in _events("Attaque contre un hôtel", body)}
    assert "bombardé" in found
    assert found["bombardé"] is None


def test_a_relative_qui_right_after_a_person_is_that_person() -> None:
    text = "Le candidat a recueilli 165 voix pour Marc Lenoir qui avait pourtant appelé les siens à voter."
    (roles,) = roles_of(text, "Appeal")
    assert roles.get("agent") == ("person/marc-lenoir",)


def test_the_object_of_a_verb_of_persuading_does_what_its_clause_says() -> None:
    text = "Le reportage a convaincu Marie Lenoir de demander l'exhumation du corps de son mari."
    (roles,) = roles_of(text, "Appeal")
    assert roles.get("agent") == ("person/marie-lenoir",)
