"""English positions: a city's or region's office belongs to the place named with it; a title's country
guessed in one sentence yields to the one guessed for most of its uses (invented sentences)."""

from __future__ import annotations

from tests.extract.english_officials import needs_en as _needs_en
from tests.extract.english_officials import positions as _positions


@_needs_en
def test_a_region_before_a_local_title_is_its_of() -> None:
    found = _positions("Last week, Ohio Governor Mary Holt declared a state of emergency in Dayton.")
    assert ("Mary Holt", "Governor", "Ohio") in found


@_needs_en
def test_a_region_after_a_local_title_is_its_of() -> None:
    found = _positions("Tom Reed, the former governor of Vermont, spoke to voters in Boston on Monday.")
    assert ("Tom Reed", "governor", "Vermont") in found


@_needs_en
def test_a_guessed_country_yields_to_the_one_guessed_for_most_uses_of_the_title() -> None:
    found = _positions("President Ann Brook said the United States would act. Later President Ann Brook "
                       "said the United States was ready. On Friday, President Ann Brook met Greek "
                       "officials in Athens.")
    assert {of for name, title, of in found if name == "Ann Brook"} == {"United States"}


@_needs_en
def test_a_title_and_name_of_a_place_are_no_official() -> None:
    found = _positions("Pilgrims prayed at the Sultan Omar Grand Mosque before the King Tarek Causeway "
                       "was closed on Friday.")
    assert not found



def test_a_region_word_after_a_title_is_no_name() -> None:
    import spacy

    from newsgraph.extract.officials.en_local import names_a_place

    doc = spacy.blank("en")("the prize of the Governor of Tomsk Oblast went to Ann Lee")
    assert names_a_place(doc, (7, 8))  # "Oblast", the rest of the place's name, is no official's name
    assert not names_a_place(doc, (10, 12))


@_needs_en
def test_a_party_word_between_the_place_and_a_local_title() -> None:
    found = _positions("Critics were answered by Denver's Democratic mayor Ann Lee on Tuesday.")
    assert ("Ann Lee", "mayor", "Denver") in found
