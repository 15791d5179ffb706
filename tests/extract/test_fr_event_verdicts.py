"""French verdicts and fixed phrases found by auditing other-outlet French news (branch fr, December 2026).

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

from tests.extract.french_events import needs_fr, roles_of

pytestmark = needs_fr


def test_condamner_with_a_penalty_far_after_the_verb_is_a_sentence() -> None:
    # the object is too long for the trigger table's window: the parse finds «à cinq ans de prison»
    text = (
        "Le tribunal a condamné lundi l'ancien directeur de la banque, Paul Girard, "
        "à cinq ans de prison pour fraude."
    )
    assert any("person/paul-girard" in r.get("target", ()) for r in roles_of(text, "Sentence"))
    assert not roles_of(text, "Statement")


def test_condamner_without_a_penalty_stays_a_statement() -> None:
    text = "Le ministre Paul Girard a condamné lundi l'attaque contre la préfecture de Lille."
    assert not roles_of(text, "Sentence")
    assert any(r.get("agent") == ("person/paul-girard",) for r in roles_of(text, "Statement"))


def test_fixed_phrases_hold_no_event() -> None:
    text = (
        "La cour d'appel de Lyon a rendu une décision sans appel. Les bureaux de vote ont fermé à Lille, "
        "c'est-à-dire la ville de Paul Girard."
    )
    assert not roles_of(text, "Appeal")
    assert not roles_of(text, "Vote")
    assert not roles_of(text, "Statement")


def test_a_counterpart_named_after_his_nationality_and_a_comma_takes_part() -> None:
    # the parser hangs «sud-africain» on the first name and makes the second name a subject of its own
    text = (
        "La rencontre entre M. Girard et son homologue sud-africain, Jean Roy, a porté sur le calendrier "
        "du sommet."
    )
    meetings = roles_of(text, "Meeting")
    assert any("person/jean-roy" in r.get("participant", ()) for r in meetings)


def test_a_counterpart_named_after_his_rank_hosts_the_meeting() -> None:
    # «reçu par son homologue malien le général X»: the name hangs on the rank, the rank on «homologue»
    text = "Le président du Niger Paul Girard a été reçu par son homologue malien le général Jean Roy."
    meetings = roles_of(text, "Meeting")
    assert any("person/jean-roy" in r.get("participant", ()) for r in meetings)


def test_a_subject_the_parser_hung_on_a_participle_between_commas_is_the_verbs() -> None:
    # «Le président X, arrivé vendredi à Y, effectue une visite»: X visits
    text = (
        "Le président du Niger Paul Girard, arrivé vendredi à Bamako, effectue actuellement une visite "
        "de travail de 48 heures au Mali."
    )
    visits = roles_of(text, "Visit")
    assert any(r.get("agent") == ("person/paul-girard",) for r in visits)


def test_the_nearest_actor_is_no_doer_of_a_french_event_its_parse_leaves_without_one() -> None:
    # a medium the statement was posted on is not its author
    text = "Quatre soldats ont été blessés, a écrit la gendarmerie dans un communiqué diffusé sur Facebook."
    assert not any("agent" in r for r in roles_of(text, "Statement"))


def test_the_nearest_actor_owns_a_possessed_event_noun() -> None:
    text = "L'Espagne a officialisé lundi sa demande d'aide à la zone euro."
    assert any(r.get("agent") == ("country/ES",) for r in roles_of(text, "Appeal"))


def test_an_unnamed_speaker_after_the_verb_and_its_date_gives_no_statement() -> None:
    # «a annoncé mercredi une responsable»: not the minister named before the verb
    text = (
        "Le ministre Paul Girard aura un entretien jeudi à Genève, "
        "a annoncé mercredi une responsable suisse."
    )
    assert not roles_of(text, "Statement")


def test_those_who_will_have_a_meeting_take_part_in_it() -> None:
    text = "Les ministres Paul Girard et Jean Roy auront un tête-à-tête jeudi à Genève."
    meetings = roles_of(text, "Meeting")
    assert any({"person/paul-girard", "person/jean-roy"} <= set(r.get("participant", ())) for r in meetings)
