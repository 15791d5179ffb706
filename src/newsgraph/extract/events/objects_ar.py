"""Whom an Arabic event is aimed at, read from the words right after its trigger (no parser): the
sides of sanction nouns.

* **Whose sanctions.** «العقوبات الأميركية», «عقوبات أوروبية جديدة»: a nationality adjective after a sanction
  noun (past up to :data:`_ADJ_SKIP` other adjectives: «العقوبات الاقتصادية الأميركية») says who imposes them,
  the agent, not whom they hit (the noun's genitive, «عقوبات إيران», is its target).
* **Aimed by a relative clause.** «العقوبات التي تستهدف إيران», «عقوبات تستهدف قطاع النفط الإيراني»: a
  ``target`` verb opening the clause right after a sanction noun (past its adjectives and a relative pronoun)
  names what the sanctions hit: the actor right after it.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.frames import ACTORS as _ACTORS
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch

__all__ = ["objects_ar"]

#: Adjectives that may stand between a sanction noun and the nationality adjective or relative clause
#: after it («العقوبات الاقتصادية الأميركية», «عقوبات جديدة تستهدف»).
_ADJ_SKIP = 2


def _past_adjectives(r: _Reader, i: int, si: int) -> int:
    """The first token from ``i`` on that is no plain adjective of the noun before (a word that no
    mention covers, no cue word, in sentence ``si``), past at most :data:`_ADJ_SKIP` of them."""
    for _ in range(_ADJ_SKIP):
        if i >= len(r.doc) or r.sent_of[i] != si or i in r.mention_at or r.cues[i] or not r.doc[i].is_alpha:
            return i
        i += 1
    return i


def _nationality_after(r: _Reader, t: TriggerMatch) -> _M | None:
    """The nationality adjective right after noun trigger ``t`` (past its other adjectives): whose act."""
    si = r.sent_of[t.start]
    j = t.end
    for _ in range(_ADJ_SKIP + 1):
        m = r.mention_at.get(j)
        if m is not None:
            return m if m.start == j and m.label == "COUNTRY" and m.payload == "adj" else None
        nxt = _past_adjectives(r, j, si)
        if nxt == j:
            return None
        j = nxt
    return None


def _aimed_by_relative(r: _Reader, t: TriggerMatch) -> _M | None:
    """The actor a ``target`` verb right after sanction noun ``t`` (past its adjectives, a nationality
    adjective and a relative pronoun) names: «العقوبات الأميركية التي تستهدف إيران»."""
    si = r.sent_of[t.start]
    j = _past_adjectives(r, t.end, si)
    m = r.mention_at.get(j)
    if m is not None and m.start == j and m.payload == "adj":
        j = _past_adjectives(r, m.end, si)
    if j < len(r.doc) and "relative" in r.cues[j]:
        j += 1
    if j + 1 >= len(r.doc) or r.sent_of[j] != si or "target" not in r.cues[j]:
        return None
    if r.doc[j].norm_ in ("على", "ضد"):  # a preposition: sanctions_ar reads «العقوبات على X»
        return None
    hit = r.mention_at.get(j + 1)
    if hit is None or hit.start != j + 1 or hit.label not in _ACTORS or hit.payload == "adj":
        return None
    return hit


def objects_ar(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Set the sides of an Arabic sanction noun (module doc)."""
    if r.lang != "ar" or info.type != "Sanction" or t.kind != "N":
        return
    whose = _nationality_after(r, t)
    if whose is not None and not raw.roles.get("agent"):
        raw.done_by(whose.ref, 2.5)  # «العقوبات الأميركية»: the US imposes them
    hit = _aimed_by_relative(r, t)
    if hit is not None and (whose is None or hit.ref != whose.ref):
        raw.only_as("target", hit.ref, 2.0)
    raw.prune()
