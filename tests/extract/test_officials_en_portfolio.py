"""English portfolios written before a capitalised title head belong to the title (invented sentences)."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.pipeline import english_model_name

_needs_en = pytest.mark.skipif(english_model_name("auto") is None, reason="needs a trained English pipeline")


def _titles(text: str) -> set[tuple[str, str]]:
    ext = newsgraph.extract(text, language="en", model="auto")
    names = {e.id: e.labels.get("en", "") for e in ext.entities}
    return {(names[p.person], p.title) for p in ext.positions}


@_needs_en
def test_a_portfolio_before_the_head_is_part_of_the_title() -> None:
    found = _titles("On Monday the mayor was told by Emergencies Minister Ivan Petrov that the search "
                    "had ended.")
    assert ("Ivan Petrov", "Emergencies Minister") in found


@_needs_en
def test_a_portfolio_of_two_words_and_a_rank() -> None:
    found = _titles("Deputy Civil Aviation Minister Ravi Menon said the airport would reopen on Friday.")
    assert ("Ravi Menon", "Deputy Civil Aviation Minister") in found


@_needs_en
def test_a_party_word_before_the_head_is_no_part_of_the_title() -> None:
    found = _titles("The bill was opposed by Republican Senator Tom Reed and by the governor.")
    assert ("Tom Reed", "Senator") in found


@_needs_en
def test_an_organization_of_title_words_is_part_of_the_title() -> None:
    found = _titles("The book was written by former National Security Adviser Ann Lee, who left in May. "
                    "Director of National Intelligence Tom Reed said the report was false.")
    assert ("Ann Lee", "National Security Adviser") in found
    assert ("Tom Reed", "Director of National Intelligence") in found


@_needs_en
def test_two_portfolios_joined_by_and_before_a_lower_case_head() -> None:
    found = _titles("At the summit, EU trade and industry commissioner Ann Lee said the deal was close.")
    assert ("Ann Lee", "trade and industry commissioner") in found


@_needs_en
def test_a_justice_is_an_office() -> None:
    found = _titles("The ruling was written by Chief Justice Ann Lee, and Justice Tom Reed dissented.")
    assert ("Ann Lee", "Chief Justice") in found
