"""English counterparts: the same office as the person the possessive refers to (invented sentences)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from newsgraph.extract.en_counterparts import counterparts
from newsgraph.extract.officials import Official

_NLP = spacy.blank("en")


def _doc(text: str, spans: list[tuple[int, int, str, str]]) -> Doc:
    doc = _NLP(text)
    doc.spans["ng_mentions"] = [Span(doc, a, b, label=label, kb_id=kb) for a, b, label, kb in spans]
    return doc


def _minister(doc: Doc, a: int, b: int) -> Official:
    return Official(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text), doc[a:b].text, "Trade Minister",
                    0, doc[a].idx - 1, "country/PT", 0, "title-name")


def test_one_counterpart_takes_the_title_and_the_demonym_country() -> None:
    doc = _doc("Trade Minister Rui Sousa hosted his Chilean counterpart Ana Reyes in Lisbon.",
               [(2, 4, "PERSON", ""), (6, 7, "COUNTRY", "country/CL"), (8, 10, "PERSON", "")])
    found = counterparts(doc, [_minister(doc, 2, 4)])
    assert [(o.name, o.title, o.of) for o in found] == [("Ana Reyes", "Trade Minister", "country/CL")]


def test_a_list_of_demonyms_pairs_with_a_list_of_names() -> None:
    doc = _doc("Trade Minister Rui Sousa and his Chilean and Peruvian counterparts, "
               "Ana Reyes and Luis Paz, met.",
               [(2, 4, "PERSON", ""), (6, 7, "COUNTRY", "country/CL"), (8, 9, "COUNTRY", "country/PE"),
                (11, 13, "PERSON", ""), (14, 16, "ORGANIZATION", "")])
    found = counterparts(doc, [_minister(doc, 2, 4)])
    assert [(o.name, o.of) for o in found] == [("Ana Reyes", "country/CL"), ("Luis Paz", "country/PE")]


def test_no_pairing_when_the_lists_differ_in_length() -> None:
    doc = _doc("Trade Minister Rui Sousa and his Chilean and Peruvian counterparts, Ana Reyes, met.",
               [(2, 4, "PERSON", ""), (6, 7, "COUNTRY", "country/CL"), (8, 9, "COUNTRY", "country/PE"),
                (11, 13, "PERSON", "")])
    assert counterparts(doc, [_minister(doc, 2, 4)]) == []


def test_no_counterpart_without_a_titled_person_before_it() -> None:
    doc = _doc("Rui Sousa hosted his Chilean counterpart Ana Reyes in Lisbon.",
               [(0, 2, "PERSON", ""), (4, 5, "COUNTRY", "country/CL"), (6, 8, "PERSON", "")])
    assert counterparts(doc, []) == []
