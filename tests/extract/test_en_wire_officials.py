"""English wire copy: a bare title before the name, the dateline's country, received calls
(invented sentences)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

import newsgraph
from newsgraph.extract.en_home import dateline_place
from newsgraph.extract.officials.en_opening import opens_clause
from newsgraph.extract.pipeline import english_model_name

_needs_en = pytest.mark.skipif(english_model_name("auto") is None, reason="needs a trained English pipeline")


def _extract(text: str) -> tuple[set[tuple[str, str, str | None]], list[tuple[str, dict[str, set[str]]]]]:
    ext = newsgraph.extract(text, language="en", model="auto")
    names = {e.id: e.labels.get("en", "") for e in ext.entities}
    positions = {(names[p.person], p.title, p.of) for p in ext.positions}
    events = [(e.type, {k: {names.get(x, x) for x in v} for k, v in e.roles.items()}) for e in ext.events]
    return positions, events


def test_a_title_opens_a_clause_at_the_start_after_a_dateline_dash_or_a_chain_of_titles() -> None:
    doc = spacy.blank("en")("LIMA - Deputy Premier and Trade Minister, Ana Reyes, left.")
    words = frozenset({"deputy", "premier", "trade", "minister"})
    assert opens_clause(doc, 0) and opens_clause(doc, 1)
    assert not opens_clause(doc, 5)
    assert opens_clause(doc, 5, words)


def test_the_dateline_is_a_place_opening_a_first_line_with_a_dash_after_it() -> None:
    doc = spacy.blank("en")("Talks end\nLima, May 2 (Andina) - Ana Reyes spoke.")
    doc.spans["ng_mentions"] = [Span(doc, 3, 4, label="PLACE", kb_id="place/lima")]
    assert dateline_place(doc) == "place/lima"
    doc = spacy.blank("en")("Talks end\nAna Reyes spoke in Lima on Monday.")
    doc.spans["ng_mentions"] = [Span(doc, 7, 8, label="PLACE", kb_id="place/lima")]
    assert dateline_place(doc) is None


@_needs_en
def test_a_bare_title_a_comma_and_an_honorific_before_the_name() -> None:
    positions, _ = _extract("Chile: FM meets Peruvian counterpart\n\nMinister of Foreign Affairs, "
                            "Dr. Lina Haddad met Peruvian Foreign Minister Omar Zed in Lima on Monday.")
    assert ("Lina Haddad", "Minister of Foreign Affairs", "country/CL") in positions


@_needs_en
def test_a_wire_story_official_without_a_country_is_the_datelines_not_the_other_officials() -> None:
    positions, events = _extract("Chile and Peru discuss trade\n\nSANTIAGO - The Minister of Foreign "
                                 "Affairs, Lina Haddad, met the Peruvian Trade Minister, Omar Zed, "
                                 "on Monday. "
                                 "Chile wants more trade with Peru.")
    assert ("Lina Haddad", "Minister of Foreign Affairs", "country/CL") in positions
    meeting = next(roles for kind, roles in events if kind == "Meeting")
    assert "Lina Haddad" in meeting["participant"]
    assert "Minister of Foreign Affairs" not in meeting["participant"]  # a title is no organization


@_needs_en
def test_a_received_call_is_the_callers_and_no_meeting() -> None:
    _, events = _extract("The Chilean minister Lina Haddad received a phone call from Peruvian President "
                         "Omar Zed on Monday.")
    assert "Meeting" not in [kind for kind, _ in events]
    call = next(roles for kind, roles in events if kind == "Call")
    assert call["agent"] == {"Omar Zed"}
    assert {"Lina Haddad", "Omar Zed"} <= call["participant"]


@_needs_en
def test_a_call_from_a_counterpart_is_the_named_counterparts() -> None:
    _, events = _extract("Chilean Foreign Minister Lina Haddad received a phone call from his Peruvian "
                         "counterpart Omar Zed late on Sunday, during which they discussed trade.")
    call = next(roles for kind, roles in events if kind == "Call")
    assert call.get("agent") == {"Omar Zed"}


@_needs_en
def test_commend_and_reaffirm_report_words() -> None:
    _, events = _extract("Omar Zed commended the role of the mediators. Lina Haddad reaffirmed her support.")
    agents = [roles.get("agent") for kind, roles in events if kind == "Statement"]
    assert {"Omar Zed"} in agents and {"Lina Haddad"} in agents


@_needs_en
def test_who_pays_a_visit_makes_it_not_who_invited_him() -> None:
    _, events = _extract("Omar Zed is paying a two-day official visit to Chile upon the invitation "
                         "of Lina Haddad.")
    visit = next(roles for kind, roles in events if kind == "Visit")
    assert visit["agent"] == {"Omar Zed"}


@_needs_en
def test_a_name_before_a_comma_and_head_of_is_a_person() -> None:
    positions, _ = _extract("The clashes began after the killing of Tarek al-Marzouki, head of the "
                            "Coastal Defence Apparatus, on Monday.")
    assert ("Tarek al-Marzouki", "head", "org/coastal-defence-apparatus") in positions


@_needs_en
def test_a_call_that_frames_a_clause_takes_its_subject_and_with_object() -> None:
    _, events = _extract("Lina Haddad discussed trade ties with her Peruvian counterpart, Omar Zed, "
                         "during a phone call on Sunday.")
    call = next(roles for kind, roles in events if kind == "Call")
    assert {"Lina Haddad", "Omar Zed"} <= call["participant"]
