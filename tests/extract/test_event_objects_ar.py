"""Whom Arabic arrests and sanctions aim at (events/objects_ar.py, targets_ar.py; invented sentences)."""

from __future__ import annotations

import pytest
from tests.extract.arabic_events import events_of, role_text


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
    text = "وأدرجت الوزارة شركتين في قائمة العقوبات الأميركية التي تستهدف إيران."
    sanctions, names = events_of(text, "Sanction")
    assert sanctions, sanctions
    assert "إيران" in role_text(sanctions[0], "target", names)
    assert "الأميركية" in role_text(sanctions[0], "agent", names)
    assert "الأميركية" not in role_text(sanctions[0], "target", names)
