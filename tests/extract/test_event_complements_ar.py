"""The body a named official's title names is no party to his meeting (events/complements_ar.py;
invented sentences)."""

from __future__ import annotations

from arabic_events import events_of, role_text


def test_the_council_of_a_hosts_title_is_no_party() -> None:
    text = ("عقد الأمير فهد بن سلطان النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في قصره بالرياض الخميس "
            "اجتماعا مع سمير ناصر وزير الدفاع الفرنسي.")
    meetings, names = events_of(text, "Meeting")
    parties = " ".join(role_text(meetings[0], r, names) for r in ("agent", "participant", "attendee"))
    assert "سمير ناصر" in parties and "مجلس الوزراء" not in parties, meetings[0].roles


def test_the_staff_of_an_attendees_title_did_not_attend() -> None:
    text = ("التقى الرئيس أحمد سالم الرئيس كريم داود في الرباط. "
            "حضر اللقاء رئيس هيئة الأركان العامة الفريق سمير ناصر.")
    meetings, names = events_of(text, "Meeting")
    present = " ".join(role_text(m, r, names) for m in meetings for r in ("participant", "attendee"))
    assert "سمير ناصر" in present and "هيئة الأركان" not in present, [m.roles for m in meetings]
