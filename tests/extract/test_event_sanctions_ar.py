"""Whom Arabic sanctions hit (events/sanctions_ar.py; invented sentences)."""

from __future__ import annotations

from arabic_events import events_of


def test_sanctions_lifted_from_a_capital_hit_its_country() -> None:
    # «رفع العقوبات عن طهران»: Tehran names Iran's government
    events, _ = events_of("وارتفعت أسعار النفط مع رفع العقوبات عن طهران.", "Sanction")
    assert events and "country/IR" in events[0].roles.get("target", ()), events


def test_sanctions_on_a_capital_past_their_adjectives_hit_its_country() -> None:
    events, _ = events_of("وتوقع المحللون تخفيف العقوبات الاقتصادية الدولية على طهران قريبا.", "Sanction")
    assert events and "country/IR" in events[0].roles.get("target", ()), events


def test_centrifuges_are_no_expulsion() -> None:
    # «أجهزة الطرد المركزي»: centrifuges, no sanction
    events, _ = events_of("وستخفض إيران عدد أجهزة الطرد المركزي.", "Sanction")
    assert not events, events
