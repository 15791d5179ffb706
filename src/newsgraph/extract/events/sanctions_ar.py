"""Whom Arabic sanctions hit (no parser): «رفع العقوبات عن إيران», «تخفيف العقوبات على طهران».

After a sanction noun, in its clause and past at most :data:`_GAP` words («العقوبات الاقتصادية الدولية
المفروضة على»), the country after «على», «ضد», «بحق» (``target`` cue) or, for sanctions lifted, «عن»
(``lifted_from`` cue) is the target; so is the country whose capital stands there (a capital names its
government: «العقوبات عن طهران» hit Iran).
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch
from newsgraph.kb import load_kb

__all__ = ["sanctioned_ar"]

#: Words between a sanction noun and the preposition naming whom it hits.
_GAP = 3


def sanctioned_ar(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Add the country a sanction noun hits (module doc), when no reading gave a target."""
    if r.lang != "ar" or info.type != "Sanction" or t.kind != "N" or raw.roles.get("target"):
        return
    own = r.clause_of[t.start]
    for k in range(t.end, min(t.end + _GAP + 1, len(r.doc) - 1)):
        if r.clause_of[k] != own or k in r.mention_at:
            return
        if r.cues[k].isdisjoint(("target", "lifted_from")):
            continue
        m = r.mention_at.get(k + 1)
        if m is None or m.start != k + 1 or m.payload == "adj":
            return
        capital = load_kb().capital_of(m.ref) if m.label == "PLACE" else None
        country = m.ref if m.label == "COUNTRY" else capital
        if country:
            raw.add("target", country, 2.0)
        return
