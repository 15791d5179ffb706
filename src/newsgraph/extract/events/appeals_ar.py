"""Whom an Arabic appeal asks (no parser): «طلب من X التدخل», «طالب الرئيس من X».

* **Asked of.** After an appeal verb, «من» (``origin`` cue) right after the verb, or right after the
  name that follows it (its subject: «طلب الوزير X من Y»), names who is asked: that actor is the
  appeal's target (GUIDELINES.md: target = who is called upon), never its doer. The actor must start
  at the word after «من» or past definite words only («من الرئيس X»; not «من الأمين العام للمنظمة»:
  whose official, not who is asked). Not for the noun of a request glued to «ب» («بطلب من X»: at X's
  request, X asks).
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch
from newsgraph.extract.events.targets_ar import _actor_at

__all__ = ["asked_ar"]

#: Definite words «من» may pass before the name of who is asked («من الرئيس اليمني X»).
_TITLE_SKIP = 3


def _asked_at(r: _Reader, t: TriggerMatch) -> int | None:
    """The token of the «من» that names who appeal verb ``t`` asks, if any (module doc)."""
    k = t.end
    m = r.mention_at.get(k)
    if m is not None and m.start == k:  # «طلب الوزير X من Y»: past the subject's name
        k = m.end
    own = r.clause_of[t.start]
    if k < len(r.doc) - 1 and r.clause_of[k] == own and "origin" in r.cues[k]:
        return k
    return None


def asked_ar(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Make who an appeal verb asks «من» its target (module doc)."""
    if r.lang != "ar" or info.type != "Appeal" or t.kind != "V" or r.doc[t.start].norm_.startswith("ب"):
        return
    k = _asked_at(r, t)
    m = _actor_at(r, k + 1, skip=_TITLE_SKIP) if k is not None else None
    if m is not None:
        raw.only_as("target", m.ref, 2.0)
