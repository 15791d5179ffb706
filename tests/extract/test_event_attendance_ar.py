"""Those an Arabic attendance list names («حضر الاستقبال X») attended; they are not the meeting's parties
(events/guests_ar.attendance, ng:attendee), and «وفي وقت لاحق» turns a report to another meeting
(events/merge.py topic shifts). Invented sentences."""

from __future__ import annotations

import pytest
from tests.extract.arabic_events import events_of, role_text

_RECEPTION = ("استقبل الرئيس سعيد الحمادي في قصره بالرياض اليوم الوزير خالد المنصوري. "
              "حضر الاستقبال الأمير فهد بن سلطان وزير الدفاع.")


def test_those_listed_as_present_are_attendees_not_parties() -> None:
    meetings, names = events_of(_RECEPTION, "Meeting")
    assert len(meetings) == 1, meetings
    parties = " ".join(role_text(meetings[0], role, names) for role in ("agent", "participant", "target"))
    assert "فهد بن سلطان" in role_text(meetings[0], "attendee", names), meetings[0].roles
    assert "فهد بن سلطان" not in parties and "المنصوري" in parties, meetings[0].roles


def test_a_meeting_held_later_is_another_meeting() -> None:
    # «وفي وقت لاحق، اجتمع X مع Z، وجرى خلال الاجتماع ...»: the noun refers to its own sentence's meeting
    text = ("التقى الأمير فهد بن سلطان وزير الدفاع الوزير خالد المنصوري في جدة أمس. "
            "وفي وقت لاحق، اجتمع الأمير فهد بن سلطان مع سمير الخطيب رئيس حزب التجديد، "
            "وجرى خلال الاجتماع استعراض الأوضاع.")
    meetings, names = events_of(text, "Meeting")
    assert len(meetings) == 2, [(m.trigger.text, m.roles) for m in meetings]
    assert "الخطيب" not in role_text(meetings[0], "participant", names), meetings[0].roles


def test_every_person_the_list_names_attended_on_both_sides() -> None:
    # «حضر الاجتماع X ...، وY ...، فيما حضره من الجانب الآخر Z»: each one attended
    text = ("عقد الرئيس أحمد سالم اجتماعا مع الرئيس كريم داود في الرباط. "
            "حضر الاجتماع وزير الخارجية سمير ناصر، ووزير المالية عادل فهمي، "
            "فيما حضره من الجانب الآخر وزير الدفاع هشام فؤاد.")
    meetings, names = events_of(text, "Meeting")
    present = role_text(meetings[0], "attendee", names)
    assert all(n in present for n in ("سمير ناصر", "عادل فهمي", "هشام فؤاد")), meetings[0].roles


@pytest.mark.parametrize("opening", ["كما حضره", "فيما حضر من الجانب الآخر"])
def test_the_list_goes_on_in_a_sentence_that_opens_with_attended_it(opening: str) -> None:
    text = ("عقد الرئيس أحمد سالم اجتماعا مع الرئيس كريم داود في الرباط.\n"
            "حضر الاجتماع وزير الخارجية سمير ناصر.\n"
            f"{opening} وزير الدفاع هشام فؤاد.")
    meetings, names = events_of(text, "Meeting")
    assert "هشام فؤاد" in role_text(meetings[0], "attendee", names), meetings[0].roles
