"""French officials: title heads, owners and media (issue 18). Sentences and names are invented."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

pytestmark = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)


def positions(text: str) -> set[tuple[str, str, str | None]]:
    """(name, title, of) of every position, the ``of`` as the text of its first mention."""
    ext = extract(text, language="fr")
    names: dict[str | None, str] = {}
    for m in ext.mentions:
        names.setdefault(m.entity_id, m.text)
    return {(names.get(p.person, p.person), p.title, names.get(p.of, p.of)) for p in ext.positions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organization written in lower case that the article also names with capitals
        ("La Commission européenne a publié un avis. Paul Roux, le président de la commission européenne, "
         "a parlé.", ("Paul Roux", "président", "Commission européenne")),
        # «rapporteur», «haut-commissaire»
        ("Jean Fabre, le rapporteur du texte, a appelé au rejet.", ("Jean Fabre", "rapporteur", None)),
        ("Hier, Lina Sorel, haute-commissaire des Nations unies, a parlé.",
         ("Lina Sorel", "haute-commissaire", "Nations unies")),
        # a field after the owner stays in the title, the owner does not
        ("Hier, Lina Sorel, haute-commissaire des Nations unies aux droits de l'homme, a sollicité Pékin.",
         ("Lina Sorel", "haute-commissaire aux droits de l'homme", "Nations unies")),
        ("Le Haut commissaire des Nations unies pour les réfugiés, Pedro Alvarez, est arrivé à Genève.",
         ("Pedro Alvarez", "Haut commissaire pour les réfugiés", "Nations unies")),
        ("Le secrétaire d'État aux Affaires européennes Jean Moreau a parlé.",
         ("Jean Moreau", "secrétaire d'État aux Affaires européennes", None)),
        # «ex-» before a modifier: the whole title, former
        ("L'ex-Premier ministre libanais Samir Haddad a été inculpé.",
         ("Samir Haddad", "Premier ministre", "libanais")),
        # where the office sits, between the owner and the comma before the name
        ("Le chef du Hamas à Gaza, Yahya Sinouar, a été tué.", ("Yahya Sinouar", "chef", "Hamas")),
        # «leader» (no article taken out of it)
        ("Le leader du Hezbollah, Hassan Nasrallah, a prononcé un discours.",
         ("Hassan Nasrallah", "leader", "Hezbollah")),
        # a lower-case complement before the owner stays in the title
        ("Le chef du bureau politique du Hamas, Khaled Marzouk, a parlé.",
         ("Khaled Marzouk", "chef du bureau politique", "Hamas")),
        ("Le président du directoire de PSA, Paul Varenne, a précisé les chiffres.",
         ("Paul Varenne", "président du directoire", "PSA")),
        # after «son», the organization that is the subject of the sentence
        ("Le Hamas a annoncé mercredi la mort de son chef politique, Samir Khalil.",
         ("Samir Khalil", "chef politique", "Hamas")),
        # a country's name and a number name a channel, not the country
        ("Le journaliste de France 2 Paul Morel a été blessé à Homs.",
         ("Paul Morel", "journaliste", "France 2")),
        # a journalist's medium after his nationality and «pour»
        ("Il a été aidé par Marc Rizk, correspondant libanais pour la chaîne en langue anglaise "
         "de France 24.",
         ("Marc Rizk", "correspondant", "France 24")),
    ],
)
def test_titles(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in positions(text)


def test_a_plural_title_names_its_holders_later_by_nationality() -> None:
    found = positions("Les ministres américain et russe des Affaires étrangères se rencontrent mercredi. "
                      "L'Américain Tom Harper et le Russe Ivan Sokolov doivent se voir à Genève.")
    assert ("Tom Harper", "ministres des Affaires étrangères", "américain") in found
    assert ("Ivan Sokolov", "ministres des Affaires étrangères", "russe") in found


def test_a_lower_case_organization_needs_its_capitalised_name() -> None:
    found = positions("Paul Roux, le président de la commission européenne, a parlé.")
    assert ("Paul Roux", "président", "Commission européenne") not in found


def test_a_title_word_inside_a_name_is_no_title() -> None:
    # «Cheikh» is a title word, but inside a person's name it is part of the name
    text = "Le texte a été signé par Mohamed Ould Cheikh Ahmed Baba."
    assert not any(title == "Cheikh" for _, title, _ in positions(text))
