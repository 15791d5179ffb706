"""English events only asked for by an appeal are no happening (newsgraph.extract.events.requested_en).

Invented sentences. They need the trained English pipeline.
"""

from __future__ import annotations

from tests.extract.english_events import events_with, needs_en

from newsgraph.types import Label

pytestmark = needs_en

_IDS: dict[str, tuple[Label, str]] = {
    "Valdoria": ("COUNTRY", "country/VA"),
    "Amnesty International": ("ORGANIZATION", "org/amnesty"),
}


def _types(text: str) -> list[str]:
    return [e.type for e in events_with(text, _IDS)]


def test_an_investigation_called_for_has_not_happened() -> None:
    types = _types("Amnesty International called for an investigation into the shooting.")
    assert "Investigation" not in types
    assert "Appeal" in types


def test_sanctions_urged_have_not_happened() -> None:
    assert "Sanction" not in _types("The minister urged the council to impose sanctions on Valdoria.")


def test_an_inquiry_among_demands_has_not_happened() -> None:
    assert "Investigation" not in _types("The protesters' demands include an inquiry into police violence.")


def test_an_election_called_for_a_winner_stays() -> None:
    assert "Election" in _types("On Saturday the agency called the election for the governor of Valdoria.")


def test_an_investigation_opened_stays() -> None:
    assert "Investigation" in _types("Valdoria opened an investigation into the shooting on Monday.")
