"""Who an Arabic aid pledge goes to (events/recipients_ar.py; invented sentences)."""

from __future__ import annotations

from arabic_events import events_of, role_text


def _recipient(text: str) -> str:
    events, names = events_of(text, "AidPledge")
    assert events, events
    return role_text(events[0], "beneficiary", names) + role_text(events[0], "target", names)


def test_aid_given_to_a_country_after_ila() -> None:
    assert "اليمن" in _recipient("قدمت السعودية مساعدات إنسانية إلى اليمن.")


def test_aid_given_past_the_donor_and_the_amount() -> None:
    # «تبرعت X بمبلغ ... لليمن»: the donor's name after the verb does not end the search
    assert "اليمن" in _recipient("تبرعت الإمارات بمبلغ عشرة ملايين دولار لليمن.")


def test_aid_to_a_people_goes_to_its_country() -> None:
    assert "اليمني" in _recipient("أرسلت الكويت مساعدات عاجلة للشعب اليمني.")


def test_the_donor_adjective_is_no_recipient() -> None:
    # «طائرة مساعدات سعودية إلى مطار X»: Saudi is the donor; the airport names no recipient
    assert "سعودية" not in _recipient("وصلت طائرة مساعدات سعودية إلى مطار عدن.")


def test_aid_belonging_to_a_body_is_not_given_to_it() -> None:
    # «مساعدات تابعة لـX»: X's aid, X is no recipient
    text = "وصلت سفينة تنقل مساعدات إنسانية تابعة للأمم المتحدة إلى الميناء."
    assert "الأمم المتحدة" not in _recipient(text)
