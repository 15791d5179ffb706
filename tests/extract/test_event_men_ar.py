"""The sides of an Arabic attack read from the men a sentence names (events/men_ar.py; invented
sentences)."""

from __future__ import annotations

import pytest
from arabic_events import events_of, role_text


@pytest.mark.parametrize("text", [
    "ونصب مسلحون كمينا قرب مدينة مأرب، وأسفر الكمين عن مقتل 6 من عناصر جماعة الحوثي.",
    "وشنت القبائل غارة على نقطة أمنية أمس أدت إلى مقتل ثلاثة جنود من جماعة الحوثي.",
])
def test_the_side_whose_men_the_toll_names_was_hit(text: str) -> None:
    events, names = events_of(text, "Attack")
    assert events and "الحوثي" in role_text(events[0], "target", names), [e.roles for e in events]


def test_a_toll_without_a_side_names_no_target() -> None:
    # «أسفر عن مقتل 6 أشخاص»: nobody's men, no target
    events, names = events_of("ونصب مسلحون كمينا قرب مدينة مأرب، وأسفر الكمين عن مقتل 6 أشخاص.", "Attack")
    assert events and not events[0].roles.get("target"), [e.roles for e in events]


@pytest.mark.parametrize("text", [
    "وأصيب جنديان في هجوم شنه مسلحون من حركة طالبان على قاعدة عسكرية في ولاية هلمند.",
    "وتعرضت دورية للجيش لهجوم من قبل مسلحين تابعين لحركة طالبان في ولاية هلمند.",
    "وقتل جندي في هجوم شنه مسلحون من طالبان على موقع للجيش في ولاية هلمند.",
])
def test_the_group_of_the_gunmen_who_carried_out_an_attack_did_it(text: str) -> None:
    events, names = events_of(text, "Attack")
    assert events and "طالبان" in role_text(events[0], "agent", names), [e.roles for e in events]

