"""Whom an Arabic statement is told to (events/addressees_ar.py; invented sentences)."""

from __future__ import annotations

from arabic_events import events_of, role_text


def test_the_paper_told_is_the_statements_target() -> None:
    text = 'وقال مدير الشركة خالد العتيبي لـ"الاقتصادية" إن المشروع سيكتمل قريبا.'
    events, names = events_of(text, "Statement")
    assert events and "الاقتصادية" in role_text(events[0], "target", names), events
    assert "خالد العتيبي" in role_text(events[0], "agent", names), events


def test_the_agency_told_does_not_speak() -> None:
    # «قال الحاكم X لوكالة فرانس برس»: the agency hears it; it is no speaker
    events, names = events_of("وقال حاكم الولاية محمد نور لوكالة فرانس برس إن الوضع خطير.", "Statement")
    assert events, events
    assert "فرانس برس" in role_text(events[0], "target", names), events
    assert "فرانس برس" not in role_text(events[0], "agent", names), events


def test_the_body_a_spokesman_speaks_for_is_not_told() -> None:
    # «المتحدث الرسمي لهيئة الهلال الأحمر»: whose spokesman, not whom he told
    text = "وأوضح المتحدث الرسمي لهيئة الهلال الأحمر السعودي سعد العتيبي أن الفرق باشرت الحادث."
    events, names = events_of(text, "Statement")
    assert events and not events[0].roles.get("target"), events


def test_the_paper_told_past_the_speakers_title() -> None:
    # «قال X وزير الخارجية اليمني لـ«Y»»: the title and its country describe the speaker; Y is told
    text = "وقال سالم الحداد وزير الخارجية اليمني لـ«الاقتصادية» إن الحكومة ستعود إلى عدن."
    events, names = events_of(text, "Statement")
    assert events and "الاقتصادية" in role_text(events[0], "target", names), events
    assert "سالم الحداد" in role_text(events[0], "agent", names), events


def test_the_paper_told_by_unnamed_residents_does_not_speak() -> None:
    # «قال سكان في صنعاء لـ«Y»»: the residents are not named; the paper they told is no speaker
    text = "وقال سكان في صنعاء لـ«الاقتصادية» إن المسلحين انتشروا في الشوارع."
    events, names = events_of(text, "Statement")
    assert all("الاقتصادية" not in role_text(e, "agent", names) for e in events), events


def test_the_office_of_a_body_is_not_told() -> None:
    # «قال المكتب الإعلامي للمقاومة»: whose office, not whom it told
    events, names = events_of("وقال المكتب الإعلامي للمقاومة الشعبية إن الهجوم نجح.", "Statement")
    assert all(not e.roles.get("target") for e in events), events
