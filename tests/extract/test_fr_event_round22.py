"""French events of round fr22 (branch frroles): «appeler au/aux» is an appeal; rejoicing is a statement; a
statement is placed where its verb says («a déclaré à Berlin», «s'est réjoui X à Lyon»), not where an
addressee is («reproche à la Francophonie») (events/speakers_fr.py, data/triggers_fr.tsv).

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

from tests.extract.french_events import needs_fr, roles_of

from newsgraph.extract import extract

pytestmark = needs_fr


def _events(text: str, kind: str) -> list:
    return [e for e in extract(text, language="fr").events if e.type == kind]


def test_calling_with_au_is_an_appeal() -> None:
    (roles,) = roles_of("Le ministre Jean Castex a appelé au rejet du projet de loi.", "Appeal")
    assert roles.get("agent") == ("person/jean-castex",)


def test_rejoicing_is_a_statement() -> None:
    (roles,) = roles_of("Le président Emmanuel Macron s'est réjoui de la baisse du chômage.", "Statement")
    assert roles.get("agent") == ("person/emmanuel-macron",)


def test_a_statement_takes_the_place_of_its_verb() -> None:
    (ev,) = _events("Le président Joe Biden a déclaré mardi à Berlin que la guerre doit cesser.", "Statement")
    assert ev.location is not None and ev.location.startswith("place/")


def test_a_statement_takes_the_place_after_its_inverted_speaker() -> None:
    text = "« Les chiffres sont bons », s'est réjoui le président Emmanuel Macron à Lyon."
    (ev,) = _events(text, "Statement")
    assert ev.location is not None and ev.location.startswith("place/")


def test_a_statement_in_a_region_after_dans() -> None:
    (ev,) = _events("« Je promets le changement », a déclaré Mitt Romney dans le Wisconsin.", "Statement")
    assert ev.location is not None


def test_whom_a_statement_addresses_is_no_place() -> None:
    (ev,) = _events("Le ministre Jean Castex a déclaré au Liban qu'il partirait.", "Statement")
    assert ev.location is None


def test_a_name_hung_on_the_event_noun_is_its_title_s_holder() -> None:
    text = "L'ONU réclame une enquête sur l'assassinat de l'opposant Boris Nemtsov."
    (roles,) = roles_of(text, "Attack")
    assert roles.get("target") == ("person/boris-nemtsov",)


def test_two_killings_of_different_persons_stay_two_events() -> None:
    text = ("L'assassinat du journaliste Jean Dupont a eu lieu en 2006 à Londres. "
            "Une commission enquête aussi sur l'assassinat de Pierre Martin.")
    targets = {t for roles in roles_of(text, "Attack") for t in roles.get("target", ())}
    assert len(roles_of(text, "Attack")) == 2 and targets == {"person/jean-dupont", "person/pierre-martin"}


def test_an_attack_takes_the_place_of_its_clause_of_circumstance() -> None:
    (ev,) = _events("Le journaliste Jean Dupont a été tué lorsqu'il se trouvait à Homs.", "Attack")
    assert ev.location is not None and ev.location.startswith("place/")


def test_a_clause_of_cause_gives_no_place() -> None:
    (ev,) = _events("Le journaliste Jean Dupont a été tué parce qu'il enquêtait à Homs.", "Attack")
    assert ev.location is None


def test_who_acts_after_an_indefinite_meeting_took_part_in_it() -> None:
    text = "Lors d'une réunion à Bruxelles, le ministre Jean Dupont a plaidé pour la paix."
    (roles,) = roles_of(text, "Meeting")
    assert roles.get("participant") == ("person/jean-dupont",)


def test_a_definite_meeting_of_another_names_no_owner() -> None:
    text = "Après la réunion du Conseil de sécurité, le ministre Jean Dupont a plaidé pour la paix."
    assert all("person/jean-dupont" not in r.get("participant", ()) for r in roles_of(text, "Meeting"))


def test_an_election_is_held_in_the_country_of_its_adjective() -> None:
    (ev,) = _events("Les législatives israéliennes auront lieu en mars.", "Election")
    assert ev.location == "country/IL"


def test_an_attack_adjective_stays_its_doer_not_its_place() -> None:
    (ev,) = _events("L'attaque israélienne a fait dix morts.", "Attack")
    assert ev.location is None and ev.roles.get("agent") == ("country/IL",)


def test_manifesting_an_opinion_is_no_protest() -> None:
    text = "Quelques associations étudiantes ont manifesté leur opposition au projet."
    assert roles_of(text, "Protest") == []


def test_manifesting_in_a_town_is_a_protest() -> None:
    text = "Des milliers de personnes ont manifesté samedi à Paris contre la réforme."
    assert len(roles_of(text, "Protest")) == 1


def test_a_body_a_relative_clause_describes_does_its_act() -> None:
    text = "Cette annonce déçoit les syndicats, comme la CGT qui demandait une hausse du salaire minimum."
    (roles,) = roles_of(text, "Appeal")
    assert roles.get("agent") == ("org/cgt",)


def test_unveiling_is_a_statement() -> None:
    text = "Le Premier ministre Jean Dupont a dévoilé la composition de son gouvernement."
    (roles,) = roles_of(text, "Statement")
    assert roles.get("agent") == ("person/jean-dupont",)


def test_an_entrusted_post_is_no_statement() -> None:
    text = "Le poste de ministre des Finances a été confié au banquier Jean Dupont."
    assert roles_of(text, "Statement") == []


def test_confiding_to_someone_stays_a_statement() -> None:
    (roles,) = roles_of("Le ministre Jean Dupont a confié à un proche qu'il partirait.", "Statement")
    assert roles.get("agent") == ("person/jean-dupont",)
