"""English positions through the whole extraction, without statistical models (invented sentences)."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.pipeline import english_model_name


def _positions(text: str, model: str | None = None) -> set[tuple[str, str, str | None]]:
    ext = newsgraph.extract(text, language="en", model=model)
    names = {e.id: e.labels.get("en", "") for e in ext.entities}
    return {(names[p.person], p.title, p.of) for p in ext.positions}


def test_a_royal_rank_alone_is_no_position() -> None:
    found = _positions("The Omani minister met Prince Khalid bin Fahd in Muscat on Monday.")
    assert not [title for _, title, _ in found if title.lower() in ("prince", "sheikh")]


def test_a_royal_rank_before_the_name_is_no_part_of_the_office() -> None:
    found = _positions("Saudi Foreign Minister Prince Khalid bin Fahd arrived in Muscat.")
    assert ("Khalid bin Fahd", "Foreign Minister", "country/SA") in found


def test_crown_prince_stays_an_office() -> None:
    found = _positions("Saudi Crown Prince Khalid bin Fahd arrived in Muscat.")
    assert ("Khalid bin Fahd", "Crown Prince", "country/SA") in found


def test_police_and_peace_qualify_a_title() -> None:
    found = _positions("Police spokesman Tomas Berg said two men were held. "
                       "Lena Hart, a US peace envoy, met the rebels in Doha.")
    titles = {(name, title) for name, title, _ in found}
    assert ("Tomas Berg", "Police spokesman") in titles
    assert ("Lena Hart", "peace envoy", "country/US") in found


def test_professor_is_no_part_of_an_officials_name() -> None:
    found = _positions("Professor Ana Lind, the chairman of the review panel, said the vote was fair.")
    assert {name for name, _, _ in found} == {"Ana Lind"}


_needs_en = pytest.mark.skipif(english_model_name("auto") is None, reason="needs a trained English pipeline")


@_needs_en
def test_a_qualified_title_a_comma_then_a_name_the_clause_goes_on_after() -> None:
    found = _positions("The strike killed Chilean general, Tomas Vidal at a base near the border.", "auto")
    assert ("Tomas Vidal", "general", "country/CL") in found


@_needs_en
def test_counterpart_through_the_whole_extraction() -> None:
    text = "Portuguese Trade Minister Rui Sousa met his Chilean counterpart, Ana Reyes, in Lisbon."
    found = _positions(text, "auto")
    assert ("Ana Reyes", "Trade Minister", "country/CL") in found


def test_a_capitalised_first_word_before_an_apposition_is_no_name() -> None:
    found = _positions("Rather, the acting governor of the bank will chair the talks in Lima.")
    assert not found


@_needs_en
def test_the_last_word_of_a_portfolio_is_no_part_of_the_name() -> None:
    text = ("The dam was safe, Minister for Water and Power Tariq Saleem Bhatti said on Monday. "
            "Bhatti added that repairs would start soon.")
    ext = newsgraph.extract(text, language="en", model="auto")
    people = {e.labels["en"] for e in ext.entities if e.type == "PERSON"}
    assert people == {"Tariq Saleem Bhatti"}
    titles = {p.title for p in ext.positions}
    assert titles == {"Minister for Water and Power"}


@_needs_en
def test_an_acronym_before_a_title_is_its_organization() -> None:
    text = "A statement issued by BNRF spokesman Rawan Sherzad Ali said the talks had ended."
    ext = newsgraph.extract(text, language="en", model="auto")
    orgs = {e.id: e.labels["en"] for e in ext.entities if e.type == "ORGANIZATION"}
    assert [(p.title, orgs.get(p.of or "")) for p in ext.positions] == [("spokesman", "BNRF")]


def test_a_courtesy_title_between_the_office_and_the_name() -> None:
    found = _positions("The talks were attended by Deputy Minister of Health Eng. Karim Adel Nassar.")
    assert {(name, title) for name, title, _ in found} == {("Karim Adel Nassar", "Deputy Minister of Health")}


def test_a_given_name_before_bin_is_no_title() -> None:
    found = _positions("The talks were attended by Minister of State Sultan bin Hamad Al Kaabi on Monday.")
    assert {(name, title) for name, title, _ in found} == {("Sultan bin Hamad Al Kaabi", "Minister of State")}


@_needs_en
def test_a_name_cut_at_bint_is_one_name() -> None:
    found = _positions("The talks were attended by Princess Hala bint Fahd, Saudi envoy to Chad.", "auto")
    assert {name for name, _, _ in found} == {"Hala bint Fahd"}


@_needs_en
def test_the_capitals_of_a_headline_are_no_name() -> None:
    text = "Foreign Minister Meets Chilean Counterpart in Lima\n\nThe two ministers discussed trade."
    assert not _positions(text, "auto")


@_needs_en
def test_an_official_is_not_of_his_counterparts_country() -> None:
    text = ("Foreign Minister Rui Sousa and his Chilean counterpart, Ana Reyes, met in Lima on Tuesday. "
            "The Portuguese minister arrived from Lisbon. Chile and Peru signed a deal in Santiago.")
    found = _positions(text, "auto")
    assert ("Ana Reyes", "Foreign Minister", "country/CL") in found
    assert ("Rui Sousa", "Foreign Minister", "country/PT") in found


@_needs_en
def test_head_of_a_body_is_an_office() -> None:
    text = "The meeting was chaired by the Head of the Presidential Council, Ahmed Hassan Mansour, on Monday."
    holders = {(name, title) for name, title, _ in _positions(text, "auto")}
    assert holders == {("Ahmed Hassan Mansour", "Head of the Presidential Council")}


@_needs_en
def test_the_name_right_after_a_lower_case_title_and_its_body() -> None:
    text = ("The delegation includes Trade Minister Ali Omar Saleh, deputy head of the Customs Authority "
            "Mohamed Ben Amor and three advisers.")
    holders = {name: title for name, title, _ in _positions(text, "auto")}
    assert holders.get("Mohamed Ben Amor") == "deputy head"
    assert holders.get("Ali Omar Saleh") == "Trade Minister"


@_needs_en
def test_two_titles_joined_by_and_share_the_country_before_the_first() -> None:
    text = "The envoys will meet Chilean President Ana Reyes and Prime Minister Luis Mora in Lima."
    assert ("Luis Mora", "Prime Minister", "country/CL") in _positions(text, "auto")


def test_a_portfolio_of_two_words_joined_by_and() -> None:
    found = _positions("The Chilean Minister of Industry and Trade Ana Reyes headed the delegation.")
    assert {(name, title) for name, title, _ in found} == {("Ana Reyes", "Minister of Industry and Trade")}


@_needs_en
def test_an_acronym_in_brackets_or_a_courtesy_title_before_the_name_after_the_comma() -> None:
    text = ("The Chilean Minister of Foreign Affairs (MoFA), Hiroshi Tanaka, met the Peruvian Minister of "
            "Foreign Affairs, Mr. Luis Mora, in Lima.")
    found = {(name, of) for name, _, of in _positions(text, "auto")}
    assert {("Hiroshi Tanaka", "country/CL"), ("Luis Mora", "country/PE")} <= found


@_needs_en
def test_a_capitalised_title_goes_on_with_its_lower_case_portfolio() -> None:
    found = _positions("The Chilean Minister of foreign affairs, Hiroshi Tanaka, arrived in Lima.", "auto")
    assert ("Hiroshi Tanaka", "Minister of foreign affairs", "country/CL") in found


def test_a_rank_after_a_portfolio_title_is_no_part_of_it_and_sports_is_a_portfolio() -> None:
    found = _positions("Minister of Interior Sheikh Tariq Al-Nasser met Minister of Youth and Sports "
                       "Omar Zed in Lima. Deputy Crown Prince Khalid Mansour came too.")
    titles = {(name, title) for name, title, _ in found}
    assert ("Tariq Al-Nasser", "Minister of Interior") in titles
    assert ("Omar Zed", "Minister of Youth and Sports") in titles
    assert ("Khalid Mansour", "Deputy Crown Prince") in titles


def test_an_organization_no_mention_covers_after_of_is_the_titles_not_a_guessed_country() -> None:
    found = _positions("Peru and Chile signed a deal. Ana Reyes, head of the Joint Border Committee, "
                       "said it would hold.")
    assert ("Ana Reyes", "head", "org/joint-border-committee") in found
