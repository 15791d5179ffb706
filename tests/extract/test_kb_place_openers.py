"""The knowledge-base ruler: a place name that a capitalised "New" opens names another place
("New Mexico" is not Mexico), and English names of cities that GeoNames spells otherwise
(tools/kb_sources/places_en.tsv). Invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.extract.pipeline import MENTIONS_KEY, english_model_name, get_nlp
from newsgraph.kb import load_kb

# Rules and knowledge base only, and with the English model when it is installed.
MODELS = [
    None,
    pytest.param("auto", marks=pytest.mark.skipif(english_model_name("auto") is None,
                                                  reason="needs a trained English pipeline")),
]


def _linked(text: str, model: str | None) -> list[tuple[str, str]]:
    doc = get_nlp("en", model)(text)
    return [(s.text, s.kb_id_) for s in doc.spans[MENTIONS_KEY] if s.kb_id_]


@pytest.mark.parametrize("model", MODELS)
def test_a_name_opened_by_new_is_not_the_place_it_ends_with(model: str | None) -> None:
    linked = _linked("Floods reached New Mexico and New Jersey, officials said on Sunday.", model)
    assert not any(kb in ("country/MX", "country/JE") for _, kb in linked)


@pytest.mark.parametrize("model", MODELS)
def test_new_opening_a_sentence_or_a_title_case_headline_is_an_ordinary_word(model: str | None) -> None:
    assert ("Iran", "country/IR") in _linked("New Iran sanctions were announced on Monday.", model)
    assert ("Iran", "country/IR") in _linked("Washington Announces New Iran Sanctions", model)


@pytest.mark.parametrize("model", MODELS)
def test_new_york_is_the_city_not_york(model: str | None) -> None:
    linked = _linked("The two ministers met in New York on the sidelines of the assembly.", model)
    assert ("New York", "place/gn-5128581") in linked
    assert not any(kb == "place/gn-2633352" for _, kb in linked)  # York, England


@pytest.mark.parametrize(("name", "city"), [("Mecca", "place/gn-104515"), ("Raqqa", "place/gn-172955"),
                                            ("Fez", "place/gn-2548885"), ("Gaza City", "place/gn-281133")])
def test_english_news_names_of_cities_are_aliases(name: str, city: str) -> None:
    assert city in {a.entity_id for a in load_kb().lookup(name, "en")}
