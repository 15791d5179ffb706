"""English acts only allowed or of a kind are no happening (newsgraph.extract.events.unreal_en).

Invented sentences. They need the trained English pipeline.
"""

from __future__ import annotations

from tests.extract.english_events import events_with, needs_en

from newsgraph.types import Label

pytestmark = needs_en

_IDS: dict[str, tuple[Label, str]] = {"Valdoria": ("COUNTRY", "country/VA")}


def _types(text: str) -> list[str]:
    return [e.type for e in events_with(text, _IDS)]


def test_an_act_a_law_would_allow_has_not_happened() -> None:
    assert "Arrest" not in _types("The new law would have allowed Valdoria to extradite its critics.")


def test_an_act_not_allowed_has_not_happened() -> None:
    assert "Vote" not in _types("The rules do not allow citizens to vote on the budget.")


def test_a_kind_of_act_is_no_happening() -> None:
    assert "Election" not in _types("They want a fairer process of electing the city's mayors.")


def test_a_finite_clause_under_a_negation_still_reports() -> None:
    assert "Arrest" in _types("Valdoria did not say why police arrested the two men on Monday.")


def test_a_sentence_faced_is_not_passed() -> None:
    assert "Sentence" not in _types("The driver faces a life sentence for the crash.")
    assert "Sentence" in _types("The driver received a life sentence for the crash on Monday.")
