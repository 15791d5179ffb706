"""Whom Arabic arrests and sanctions aim at, and where events happened by the clause around them
(events/objects_ar.py, targets_ar.py, places_ar.py; invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.arabic_events import events_of, role_text

import newsgraph
from newsgraph.types import Article


@pytest.mark.parametrize(("text", "group"), [
    # the arrested are leaders of a group: «أشخاص من قيادات X»
    ("وأعلنت الشرطة اعتقال أربعة أشخاص من قيادات جماعة الإخوان المسلمين في القاهرة.", "الإخوان"),
    # the arrested are tied to a group: «على صلة بـX», «ب» split off the name
    ("وأعلن الوزير اعتقال سبعة أشخاص على صلة بتنظيم داعش.", "داعش"),
])
def test_the_group_of_the_arrested_is_the_target(text: str, group: str) -> None:
    arrests, names = events_of(text, "Arrest")
    assert arrests and any(group in role_text(a, "target", names) for a in arrests), arrests


def test_whose_sanctions_and_whom_they_aim_at() -> None:
    # «العقوبات الأميركية»: the US imposes them; «التي تستهدف إيران»: Iran is hit
    text = "وأدرجت الخزانة ثلاثة مصارف ضمن العقوبات الأميركية التي تستهدف إيران."
    sanctions, names = events_of(text, "Sanction")
    assert sanctions, sanctions
    assert "إيران" in role_text(sanctions[0], "target", names)
    assert "الأميركية" in role_text(sanctions[0], "agent", names)
    assert "الأميركية" not in role_text(sanctions[0], "target", names)


def _place(text: str, kind: str) -> list[str]:
    ext = newsgraph.extract_article(Article("a1", None, text, "ar", published=date(2024, 3, 5)))
    names = {m.entity_id: m.text for m in ext.mentions if m.entity_id}
    return [names.get(e.location, e.location) for e in ext.events if e.type == kind and e.location]


def test_a_trailing_clause_of_place_places_the_meeting() -> None:
    # past a clause of time the clause before goes on: «، في قصر الرئاسة بمدينة جدة» is the meeting's place
    text = "استقبل الوزير، اليوم الثلاثاء، نظيره الأمريكي أنتوني بلينكن، في قصر الرئاسة بمدينة جدة."
    assert any("جدة" in p for p in _place(text, "Meeting"))


def test_a_clause_of_another_happening_places_nothing() -> None:
    # «، في إطار جولة تشمل مدينة جدة»: «في» opens a clause of purpose, not of place
    text = "استقبل الوزير، اليوم الثلاثاء، نظيره الأمريكي أنتوني بلينكن، في إطار جولة تشمل مدينة جدة."
    assert not any("جدة" in p for p in _place(text, "Meeting"))


def test_what_happened_where_a_place_is_followed_by_where() -> None:
    text = "ووصل وزير الداخلية التونسي إلى القاهرة حيث سيشارك في اجتماع مجلس وزراء الداخلية العرب."
    assert any("القاهرة" in p for p in _place(text, "Meeting"))
    # «حيث» after a place, before a statement, mostly joins a remark: no place for the statement
    said = "وتواصل القصف على مدينة غزة، حيث أعلنت وزارة الصحة مقتل ثلاثة أشخاص."
    assert not _place(said, "Statement")


def test_a_meeting_is_where_its_guest_is_visiting() -> None:
    text = "استقبل وزير الخارجية نظيره المغربي الذي يزور القاهرة حاليا."
    assert any("القاهرة" in p for p in _place(text, "Meeting"))
    past = "التقى وزير الخارجية نظيره الأردني الذي زار بغداد الشهر الماضي."
    assert not any("بغداد" in p for p in _place(past, "Meeting"))


@pytest.mark.parametrize(("text", "asked", "asker"), [
    # only a title stands between the verb and the name: the name is asked, the title asks
    ("ودعا الأمين العام إسرائيل إلى وقف العمليات العسكرية.", "إسرائيل", None),
    ("وحث الرئيس حركة حماس على الإفراج عن الرهائن.", "حماس", None),
    # the body of the title after «ل» asks through its officer; the titled person asks
    ("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إسرائيل إلى وقف القتال.", "إسرائيل", "غوتيريش"),
])
def test_an_appeal_after_a_title_asks_the_name_after_it(text: str, asked: str, asker: str | None) -> None:
    appeals, names = events_of(text, "Appeal")
    assert appeals, appeals
    assert asked in role_text(appeals[0], "target", names)
    assert asked not in role_text(appeals[0], "agent", names)
    if asker:
        assert asker in role_text(appeals[0], "agent", names)


def test_the_body_of_an_appealing_title_is_not_asked() -> None:
    appeals, names = events_of("ودعا الأمين العام للأمم المتحدة إلى هدنة إنسانية عاجلة في المنطقة.", "Appeal")
    assert appeals and "الأمم المتحدة" not in role_text(appeals[0], "target", names), appeals


def test_soldiers_killed_are_their_named_army() -> None:
    # «مقتل ثلاثة جنود مصريين» with «الجيش المصري» named: the army was hit, not the country
    text = "أعلن الجيش المصري مقتل ثلاثة جنود مصريين في هجوم مسلح في سيناء."
    attacks, names = events_of(text, "Attack")
    assert attacks and any("الجيش المصري" in role_text(a, "target", names) for a in attacks), attacks
    # police are not the army
    text = "أعلن الجيش المصري مقتل ثلاثة شرطيين مصريين في هجوم مسلح في سيناء."
    attacks, names = events_of(text, "Attack")
    assert not any("الجيش المصري" in role_text(a, "target", names) for a in attacks), attacks


def test_the_town_an_air_strike_hits_comes_before_a_place_of_its_subject() -> None:
    # the Red Sea belongs to the relative clause that describes the coalition; the strikes hit Hodeidah
    text = "وقال المتحدث إن التحالف الذي يحمي الملاحة في البحر الأحمر شن 12 ضربة جوية على مدينة الحديدة."
    places = _place(text, "Attack")
    assert places and "الحديدة" in places[0], places


def test_a_clause_of_place_cut_short_at_the_end_of_the_text() -> None:
    # the text ends on the venue word: no place, and no reading past the last token
    assert not _place("استقبل الوزير نظيره الأمريكي، في مقر", "Meeting")
