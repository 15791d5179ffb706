"""A name after its title: set off by commas, it stays in its verb's clause; after a title naming a country,
it is the speaker (events/appositions_ar.py;
invented sentences)."""

from __future__ import annotations

from arabic_events import events_of, role_text


def test_names_between_commas_after_their_titles_are_the_parties() -> None:
    text = "واجتمع رئيس الوزراء، سمير ناصر، مع نظيره الإيطالي، ماتيو رينزي، في روما أمس."
    meetings, names = events_of(text, "Meeting")
    parties = role_text(meetings[0], "participant", names)
    assert "سمير ناصر" in parties and "ماتيو رينزي" in parties, meetings[0].roles


def test_a_clause_after_the_name_that_opens_with_wa_is_another_clause() -> None:
    # «، فلان، وانتقد ...»: the criticism of the deal is another clause; the deal has no meeting parties
    text = "واجتمع رئيس الوزراء، سمير ناصر، مع نظيره الإيطالي، ماتيو رينزي، وانتقد الاتفاق مع إيران."
    deals, names = events_of(text, "Agreement")
    assert all("سمير ناصر" not in role_text(d, "participant", names) for d in deals), deals


def test_the_ambassador_named_after_the_country_he_is_posted_to_speaks() -> None:
    # «أكد السفير المصري لدى الجزائر فلان»: the ambassador speaks, not the country he is posted to
    events, names = events_of("وأكد السفير المصري لدى الجزائر سمير ناصر أن الأخبار غير صحيحة.", "Statement")
    assert events and "سمير ناصر" in role_text(events[0], "agent", names), [e.roles for e in events]
    assert "الجزائر" not in role_text(events[0], "agent", names), [e.roles for e in events]


def test_a_spokesman_named_after_his_body_voices_it() -> None:
    # «أكد المتحدث باسم شرطة الولاية فلان»: the police speak (GUIDELINES.md), not the spokesman himself
    text = "وأكد المتحدث باسم شرطة ولاية كانو سمير ناصر أن الانفجار وقع صباحا."
    events, names = events_of(text, "Statement")
    assert events and "سمير ناصر" not in role_text(events[0], "agent", names), [e.roles for e in events]


def test_the_country_of_a_named_counterparts_title_is_no_party() -> None:
    # «اجتمع X مع نظيره الإيطالي فلان»: the counterpart met, not Italy
    text = "واجتمع رئيس الوزراء سمير ناصر مع نظيره الإيطالي ماتيو رينزي في روما."
    meetings, names = events_of(text, "Meeting")
    assert "ماتيو رينزي" in role_text(meetings[0], "participant", names), meetings[0].roles
    assert "country/IT" not in meetings[0].roles.get("participant", ()), meetings[0].roles
