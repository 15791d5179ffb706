"""The parties of an Arabic verb trigger that opens a relative clause (events/relatives_ar.py; invented
sentences)."""

from __future__ import annotations

from arabic_events import events_of as _events
from arabic_events import role_text as _role


def test_a_group_before_the_pronoun_does_what_the_verb_says() -> None:
    # «التحالف الدولي الذي شن غارات»: the coalition raided, not the first actor of the sentence
    text = ("ودخلت وحدات حماية الشعب الكردية الحي بغطاء من طيران التحالف الدولي الذي شن غارات على مواقع "
            "تنظيم داعش.")
    attacks, names = _events(text, "Attack")
    assert attacks and "التحالف الدولي" in _role(attacks[0], "agent", names), attacks
    assert "وحدات حماية" not in _role(attacks[0], "agent", names), attacks


def test_an_object_pronoun_makes_the_antecedent_the_target() -> None:
    # «أبو محمد الحلبي الذي اغتاله تنظيم داعش»: the man before the pronoun was killed, the group after killed
    text = "وكان القيادي أبو محمد الحلبي الذي اغتاله تنظيم داعش العام الماضي من أبرز قادة جبهة النصرة."
    attacks, names = _events(text, "Attack")
    assert attacks, attacks
    assert "أبو محمد الحلبي" in _role(attacks[0], "target", names), attacks
    assert "داعش" in _role(attacks[0], "agent", names), attacks


def test_an_attack_noun_before_the_pronoun_leaves_the_sentence_s_speaker_out() -> None:
    # «الهجوم الذي استهدف مسجدا»: the attack did it; the body that condemns it is no doer
    text = "وأدان مجلس الوزراء السعودي الهجوم الإرهابي الذي استهدف مسجدا في مدينة الدمام أمس."
    attacks, names = _events(text, "Attack")
    assert attacks and not _role(attacks[0], "agent", names), attacks
