"""News outlets and sources credited with a report are no parties to Arabic events (events/outlets_ar.py,
events/fallback.py; invented sentences)."""

from __future__ import annotations

import newsgraph
from newsgraph.types import Article, Event


def _events(text: str) -> tuple[list[Event], dict[str, str]]:
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    names = {m.entity_id: m.text for m in ext.mentions if m.entity_id}
    return list(ext.events), names


def _parties(ev: Event, names: dict[str, str]) -> str:
    roles = ("agent", "participant", "target")
    return " ".join(names.get(i, i) for role in roles for i in ev.roles.get(role, ()))


def test_an_agency_that_could_not_check_takes_no_part_in_the_deal() -> None:
    # «لم يتسن لرويترز التأكد»: Reuters tells of the deal, it is no side of it
    text = "وتم وضع اللمسات الأخيرة على الاتفاق ليل الأربعاء، لكن لم يتسن لرويترز التأكد من ذلك على الفور."
    events, names = _events(text)
    deals = [e for e in events if e.type == "Agreement"]
    assert deals and "رويترز" not in _parties(deals[0], names), deals


def test_the_source_of_an_arrest_report_did_not_arrest() -> None:
    # «بحسب «رويترز»»: who reports is not who arrests
    events, names = _events("وأوقفت السلطات أربعة أشخاص، بحسب «رويترز».")
    arrests = [e for e in events if e.type == "Arrest"]
    assert arrests and "رويترز" not in _parties(arrests[0], names), arrests


def test_a_source_credited_with_a_meeting_is_not_at_it() -> None:
    # «وفقا للمرصد السوري»: the observatory tells, Syria does not meet
    events, names = _events("والتقى وفد حكومي بممثلي القبائل أمس، وفقا للمرصد السوري لحقوق الإنسان.")
    meetings = [e for e in events if e.type == "Meeting"]
    assert meetings and "السوري" not in _parties(meetings[0], names), meetings
