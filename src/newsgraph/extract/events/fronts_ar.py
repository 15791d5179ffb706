"""The two sides of an Arabic clash named after «بين» (no parser).

«دارت مواجهات عنيفة بين عناصر المقاومة الشعبية والحوثيين», «اشتباكات بين المقاومة والحوثيين وقوات صالح»: a
fighting noun (``fight`` cue of ``data/events_cues_ar.tsv``), then «بين» past at most two words (its
adjective, a predicate), names both sides. The first side (past a word for its men) fought: the agent.
The second, after «و» (past an adjective left out of the first's name and a word for its men), with the
sides joined to it, was fought: the target, whatever slot another reading gave either. With «من جهة»
after the sides named first («بين قوات الحوثيين وصالح من جهة، وتشكيلات من الجيش»), those are all one side
and the other is named after it: the first stay doers, the second side's name is read past a word for
its men and «من».

A verb of going on with, stepping up or managing what its subject does (``resume``: «تواصل», «صعدت»,
«يكثف», «تمكنت ... من») before an attack or arrest noun in its clause has the noun's doer as its subject,
right after it (past one word for its men): «تواصل المقاومة الشعبية في تعز هجماتها», «يصعد متمردو طالبان
هجماتهم», «تمكنت المقاومة بمساندة من الجيش من استعادة مناطق».
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch
from newsgraph.extract.events.targets_ar import _actor_at, _has, _hit, _with_conjuncts

__all__ = ["front_roles_ar"]

#: Words between a fighting noun and «بين» («مواجهات عنيفة بين», «الاشتباكات العنيفة مستمرة بين»).
_BETWEEN_GAP = 2
#: Words for the men of a side that may stand before its name («بين عناصر المقاومة», «وتشكيلات من الجيش»).
_LEADS = frozenset({"casualty_unit", "troops"})
#: Tokens after the first side within which «من جهة» and the other side are looked for.
_SIDE_REACH = 6
#: Tokens before an attack noun within which a ``resume`` verb gives its doer («تواصل المقاومة في X هجماتها»).
_RESUME_REACH = 10


def _side_at(r: _Reader, j: int, own: int) -> _M | None:
    """The actor at token ``j`` of clause ``own``, past a word for its men and «من» («عناصر من X») and one
    definite word («المسلحين الحوثيين»)."""
    stop = min(j + 2, len(r.doc))
    while j < stop and j not in r.mention_at and r.clause_of[j] == own and not r.cues[j].isdisjoint(_LEADS):
        j += 1
    j += 1 if j < len(r.doc) and j not in r.mention_at and _has(r, j, "origin") else 0
    return _actor_at(r, j, skip=1) if j < len(r.doc) and r.clause_of[j] == own else None


def _one_side(r: _Reader, k: int) -> bool:
    """«من جهة» at token ``k``: what comes before it is one side («بين X من جهة، وY»)."""
    return k + 1 < len(r.doc) and _has(r, k, "origin") and r.doc[k + 1].norm_ == "جهه"


def _other_side(r: _Reader, first: list[_M], own: int) -> list[_M]:
    """The side named after the first one: after «و», or after «من جهة، و» (module doc)."""
    j = first[-1].end
    # «بين وحدات حماية الشعب الكردي وعناصر داعش»: past an adjective the name leaves out
    if j + 1 < len(r.doc) and j not in r.mention_at and r.doc[j].norm_.startswith("ال") \
            and r.doc[j + 1].norm_ == "و":
        j += 1
    if j < len(r.doc) and r.doc[j].norm_ == "و" and (m := _side_at(r, j + 1, own)) is not None:
        return _with_conjuncts(r, m)
    for k in range(j, min(j + _SIDE_REACH, len(r.doc) - 3)):
        if _one_side(r, k):  # «من جهة، وتشكيلات من الجيش»
            k += 2
            k += 1 if r.doc[k].norm_ in ("،", ",") else 0
            if r.doc[k].norm_ != "و" or k + 1 >= len(r.doc):
                return []
            m = _side_at(r, k + 1, r.clause_of[k + 1])
            return _with_conjuncts(r, m) if m is not None else []
    return []


def _sides(r: _Reader, t: TriggerMatch) -> tuple[list[_M], list[_M]]:
    """The two sides «بين» names after fighting noun ``t``, in text order; empty lists without them."""
    if t.kind != "N" or not _has(r, t.start, "fight"):
        return [], []
    own = r.clause_of[t.start]
    for k in range(t.end, min(t.end + _BETWEEN_GAP + 1, len(r.doc))):
        if r.clause_of[k] != own or k in r.mention_at:
            return [], []
        if r.doc[k].norm_ == "بين":
            m = _side_at(r, k + 1, own)
            if m is None:
                return [], []
            first = [m]
            j = m.end  # «بين قوات الحوثيين وصالح من جهة»: one side
            nxt = _actor_at(r, j + 1) if j + 1 < len(r.doc) and r.doc[j].norm_ == "و" else None
            if nxt is not None and _one_side(r, nxt.end):
                first.append(nxt)
            return first, _other_side(r, first, own)
    return [], []


def _resumed_by(r: _Reader, t: TriggerMatch) -> _M | None:
    """«تواصل المقاومة الشعبية في تعز هجماتها», «يصعد متمردو طالبان هجماتهم»: the subject of a ``resume`` verb
    before noun ``t`` in its clause (right after the verb, past one word for its men), which does it."""
    own = r.clause_of[t.start]
    for k in range(t.start - 1, max(t.start - _RESUME_REACH - 1, -1), -1):
        if r.clause_of[k] != own:
            return None
        if _has(r, k, "resume"):
            j = k + 2 if k + 2 < t.start and k + 1 not in r.mention_at else k + 1  # «متمردو طالبان»
            m = _actor_at(r, j)
            if m is None or m.end > t.start:
                return None
            return m
    return None


def front_roles_ar(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Give the sides of «اشتباكات بين X وY» their roles, X the doer and Y the one fought, and the subject of
    «تواصل X هجماتها» the doer (module doc)."""
    if r.lang != "ar" or info.object != "target":
        return
    doer = _resumed_by(r, t) if t.kind == "N" and not raw.roles.get("agent") else None
    if doer is not None and doer.ref not in raw.roles.get("target", {}):
        raw.add("agent", doer.ref, 3.0)
    if info.type != "Attack":
        return
    first, second = _sides(r, t)
    if not second or {m.ref for m in first} & {m.ref for m in second}:
        return
    for m in first:
        raw.done_by(m.ref, 2.5)
    for m in second:
        _hit(raw, m.ref)
    raw.prune()
