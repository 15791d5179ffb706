"""Who did and who suffered an Arabic attack or arrest told in the passive (no parser).

* **Marked passive.** «خُطف ثلاثة موظفين من X», «قُتل جنديان»: a past verb trigger written with a damma on
  its first letters (a vowel news Arabic writes only to mark the passive) has no doer as its subject: the
  actors the verb-subject reading made its doers were hit, and so is the side whose men its subject names
  («من X» right after them). (A present verb's damma, «يُهاجم», is also an active form's: left out.)
* **By the hand of.** «قتل على يد عناصر "داعش"», «اختطفوا على أيدي مسلحين من X», «هجوم من قبل مسلحين من
  X»: the actor after «على يد» / «على أيدي» / «من قبل» (past a word for its men, a group's head noun, quotes
  and «من»), in the trigger's clause after it, did it; «على» makes no target of it, and the verb's subject
  was hit («ثلاثة مهندسين أتراك خطفوا على يد X»: the engineers were kidnapped).
* **Shot by.** «مقتل فلسطيني برصاص الجيش الإسرائيلي», «مقتل جنديين بنيران X»: an instrument (``passive_by``)
  a few words after a victim noun (``victim``), in its clause, names who did it by its genitive, as after
  a killing verb (:mod:`.targets_ar`); the noun's genitive stays the victim.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch
from newsgraph.extract.events.targets_ar import _has, _named_at

__all__ = ["passive_roles_ar"]

#: Event types read here: who hit and who was hit, or who arrested whom.
_TYPES = frozenset({"Attack", "Bombing", "Arrest"})
#: The damma, the short vowel of a passive past verb's first letters («قُتل», «اختُطف», «أُوقف»).
_DAMMA = "\u064f"
#: Letters a present verb starts with: its damma marks forms II-IV as often as the passive («يُهاجم»).
_PRESENT = frozenset("يتن")
#: Letters of a verb within which a passive's damma stands («قُتل», «اُختُطف», «استُهدف»).
_DAMMA_SPAN = 4
#: Words after a passive verb within which «من X» names whose men its subject are («خُطف ثلاثة موظفين من X»).
_MEN_REACH = 4
#: Tokens after a trigger within which «على يد» is read.
_HAND_REACH = 8
#: Words «على يد» may pass before the doer's name («على يد عناصر من تنظيم X»).
_HAND_SKIP = 3
#: Tokens after a victim noun within which its instrument stands («مقتل شاب فلسطيني برصاص X»).
_SHOT_REACH = 5


def _marked_passive(r: _Reader, t: TriggerMatch) -> bool:
    word = r.doc[t.start].text
    return t.kind == "V" and word[:1] not in _PRESENT and _DAMMA in word[:_DAMMA_SPAN]


def _by_hand(r: _Reader, t: TriggerMatch) -> str | None:
    """The actor after «على يد» or «من قبل» after trigger ``t`` in its clause, if any (module doc)."""
    own = r.clause_of[t.start]
    for k in range(t.end, min(t.end + _HAND_REACH, len(r.doc) - 2)):
        if r.clause_of[k] != own:
            return None
        hand = _has(r, k, "target") and _has(r, k + 1, "hand")  # «على يد», «على أيدي»
        if hand or (_has(r, k, "origin") and r.doc[k + 1].norm_ == "قبل"):  # «من قبل X»: by X
            j = k + 2
            while j < min(k + 2 + _HAND_SKIP, len(r.doc) - 1) and j not in r.mention_at \
                    and (_has(r, j, "casualty_unit") or _has(r, j, "origin")):
                j += 1
            m = _named_at(r, j)
            return m.ref if m is not None else None
    return None


def _shot_by(r: _Reader, t: TriggerMatch) -> str | None:
    """«مقتل X برصاص Y»: the actor after an instrument after victim noun ``t``, in its clause (module doc)."""
    if t.kind != "N" or not _has(r, t.start, "victim"):
        return None
    own = r.clause_of[t.start]
    for k in range(t.end, min(t.end + _SHOT_REACH, len(r.doc) - 1)):
        if r.clause_of[k] != own:
            return None
        if _has(r, k, "passive_by"):
            j = k + 1
            if j not in r.mention_at and _has(r, j, "casualty_unit") and _has(r, j + 1, "origin"):
                j += 2  # «بنيران مسلحين من X»
            m = _named_at(r, j) if j < len(r.doc) else None
            return m.ref if m is not None else None
    return None


def _whose_men(r: _Reader, t: TriggerMatch) -> list[str]:
    """«خُطف ثلاثة موظفين من X»: the actor after «من» past the passive's subject (a count and a noun)."""
    for k in range(t.end, min(t.end + _MEN_REACH, len(r.doc) - 1)):
        if r.clause_of[k] != r.clause_of[t.start] or k in r.mention_at:
            return []
        if _has(r, k, "origin") and k > t.end:
            m = _named_at(r, k + 1)
            return [m.ref] if m is not None else []
    return []


def passive_roles_ar(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Turn the doers of a marked passive into targets; give «على يد X» as the doer (module doc)."""
    if r.lang != "ar" or info.type not in _TYPES:
        return
    doer = _by_hand(r, t) or _shot_by(r, t)
    marked = _marked_passive(r, t)
    if marked or doer is not None:  # «خطفوا على يد X»: a by-phrase makes it passive too
        for ref in [ref for ref in raw.roles.get("agent", {}) if ref != doer]:
            raw.add("target", ref, raw.roles["agent"].pop(ref))
        if marked and not raw.roles.get("target"):
            for ref in _whose_men(r, t):  # «خُطف ثلاثة موظفين من X»: X's men
                raw.add("target", ref, 2.0)
    if doer is not None:
        raw.done_by(doer, 2.5)
    raw.prune()
