"""The actor nearest an Arabic event that its clause named nobody for (events/fallback.py): not for a
noun of what is done to someone, never one a later clause names; and the name after a verb or a
participle that carries its own subject is its object (events/roles.py, verbs_ar.py). Invented sentences."""

from __future__ import annotations

from arabic_events import events_of, role_text


def test_who_suffers_sanctions_does_not_impose_them() -> None:
    # «تعاني إيران من العقوبات»: Iran is sanctioned; the noun names no one who sanctions
    events, names = events_of("وتعاني إيران منذ سنوات من العقوبات الاقتصادية.", "Sanction")
    assert events and "إيران" not in role_text(events[0], "agent", names), events


def test_a_light_verb_still_gives_who_imposes_sanctions() -> None:
    events, names = events_of("وفرضت الولايات المتحدة أمس عقوبات جديدة على إيران.", "Sanction")
    assert events and "الولايات المتحدة" in role_text(events[0], "agent", names), events


def test_a_meeting_takes_no_one_a_later_clause_names() -> None:
    # «ثم غادر الوزير X»: the minister left afterwards; nobody is said to have met
    text = "وانتهى الاجتماع مساء أمس، ثم غادر وزير الخارجية الأردني ناصر جودة إلى عمان."
    events, names = events_of(text, "Meeting")
    assert events and not events[0].roles.get("participant"), events


def test_a_name_after_a_verb_with_a_plural_subject_is_its_object() -> None:
    # «طالبوا الوزارة»: the verb carries its subject (they), the ministry is asked, it asks nobody
    text = "واجتمع عدد من المواطنين أمس، حيث طالبوا وزارة الإسكان بتسريع المشروع."
    events, names = events_of(text, "Appeal")
    assert events, events
    assert "وزارة الإسكان" in role_text(events[0], "target", names), events
    assert not events[0].roles.get("agent"), events


def test_a_name_after_a_circumstantial_participle_is_its_object() -> None:
    # «داعياً إسرائيل إلى»: the sentence's subject calls on Israel
    text = "وندد الرئيس الفلسطيني محمود عباس بالاقتحام، داعياً إسرائيل إلى وقف هذه الممارسات."
    events, names = events_of(text, "Appeal")
    assert events, events
    assert "إسرائيل" in role_text(events[0], "target", names), events
    assert "إسرائيل" not in role_text(events[0], "agent", names), events
