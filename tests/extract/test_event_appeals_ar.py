"""Whom an Arabic appeal asks (events/appeals_ar.py; invented sentences)."""

from __future__ import annotations

from arabic_events import events_of, role_text


def test_who_is_asked_after_min_is_the_target() -> None:
    # «طلب من X التدخل»: X is asked, not the one who asks
    events, names = events_of("اعترف بأنه طلب من خالد المنصوري التدخل.", "Appeal")
    assert events and "خالد المنصوري" in role_text(events[0], "target", names), events
    assert "خالد المنصوري" not in role_text(events[0], "agent", names), events


def test_the_asker_before_min_stays_the_agent() -> None:
    text = "وكان رئيس الحزب خالد المنصوري قد طلب من الحكومة العراقية وقف القصف."
    events, names = events_of(text, "Appeal")
    assert events and "خالد المنصوري" in role_text(events[0], "agent", names), events
    assert "الحكومة العراقية" in role_text(events[0], "target", names), events


def test_at_the_request_of_names_who_asks() -> None:
    # «بطلب من X»: at X's request, X asks
    events, names = events_of("وتم استبعاد اللاعب بطلب من المدرب الألماني يورغن كلوب.", "Appeal")
    assert events and "يورغن كلوب" in role_text(events[0], "agent", names), events
