"""Who did and who suffered an Arabic event told in the passive or impersonally (no parser).

* **Impersonal.** «تم استقبال الوزير», «جرى توقيع الاتفاقية», «سيتم عقد اجتماع», «تم اعتقال X»: a verb
  of happening (``impersonal`` cue words) right before an event noun tells the event without its doer;
  the noun's genitive is what the event is done to or with, the frame's object (the arrested, the one
  received), not the doer its genitive names elsewhere («هجوم X»: X attacked; «تم اختطاف X»: X was
  kidnapped); nor does the actor nearest it stand in for the doer the clause leaves out («تم الإعلان
  عن X»: X announced nothing).
* **By.** «من قبل X», «من جانب X» (``by_side``), «على يد X» after an event trigger in its clause name
  its doer, for any type: the host of a reception, a party to an agreement. A reading whose doer such a
  phrase names is a happening of its own: another reading of its sentence that names other people, none
  of them the doer, is another happening («تم استقبال الوزير في المطار من قبل X، ... القصر الذي سيلتقي
  فيه Y»).
* **Marked passive.** «خُطف ثلاثة موظفين من X», «قُتل جنديان»: a past verb trigger written with a damma on
  its first letters (a vowel news Arabic writes only to mark the passive) has no doer as its subject: the
  actors the verb-subject reading made its doers were hit, and so is the side whose men its subject names
  («من X» right after them); of another type they fill the frame's object («استُقبل X»: X was received),
  and no actor nearest it stands in for the doer. (A present verb's damma, «يُهاجم», is also an active
  form's: left out.)
* **By the hand of.** «قتل على يد عناصر "داعش"», «اختطفوا على أيدي مسلحين من X», «هجوم من قبل مسلحين من
  X»: the actor after «على يد» / «على أيدي» / «من قبل» (past a word for its men, a group's head noun, quotes
  and «من»), in the trigger's clause after it, did it; «على» makes no target of it, and the verb's subject
  was hit («ثلاثة مهندسين أتراك خطفوا على يد X»: the engineers were kidnapped).
* **Shot by.** «مقتل فلسطيني برصاص الجيش الإسرائيلي», «مقتل جنديين بنيران X»: an instrument (``passive_by``)
  a few words after a victim noun (``victim``), in its clause, names who did it by its genitive, as after
  a killing verb (:mod:`.targets_ar`); the noun's genitive stays the victim.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _actor_after, _Reader
from newsgraph.extract.events.frames import _M, ACTORS, _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch, load_cues
from newsgraph.extract.events.targets_ar import _has, _named_at

__all__ = ["passive_roles_ar", "genitive_role_ar", "said_passively", "stated_apart", "unattributed"]

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


def _marked_passive(r: _Reader, t: TriggerMatch, kinds: tuple[str, ...] = ("V",)) -> bool:
    word = r.doc[t.start].text
    return t.kind in kinds and word[:1] not in _PRESENT and _DAMMA in word[:_DAMMA_SPAN]


def said_passively(r: _Reader, t: TriggerMatch) -> bool:
    """(Arabic) A speech or announcement verb in the marked passive («أُعلن عن X», «ذُكر أن»): it names no
    speaker, and no name near it is one («أُعلن عن اعتقال X»: X announced nothing)."""
    return r.lang == "ar" and _marked_passive(r, t, ("S", "A"))


def _by_hand(r: _Reader, t: TriggerMatch) -> list[str]:
    """The actors after «على يد», «من قبل» or «من جانب» after trigger ``t`` in its clause, if any (module
    doc): past a word for its men, a group's head noun, quotes and «من», or past a person's title («من قبل
    رئيس الحكومة X»), with those joined to the first by «و» (:func:`_joined`)."""
    own = r.clause_of[t.start]
    for k in range(t.end, min(t.end + _HAND_REACH, len(r.doc) - 2)):
        if r.clause_of[k] != own:
            return []
        hand = _has(r, k, "target") and _has(r, k + 1, "hand")  # «على يد», «على أيدي»
        if hand or (_has(r, k, "origin") and _has(r, k + 1, "by_side")):  # «من قبل X»: by X
            j = k + 2
            while j < min(k + 2 + _HAND_SKIP, len(r.doc) - 1) and j not in r.mention_at \
                    and (_has(r, j, "casualty_unit") or _has(r, j, "origin")):
                j += 1
            m = _named_at(r, j) or _titled_at(r, j)
            return [x.ref for x in _joined(r, m)] if m is not None else []
    return []


def _joined(r: _Reader, m: _M) -> list[_M]:
    """``m`` and the actors of its kind joined to it by «و», past a nationality adjective («من قبل الرئيسين
    الأمريكي X والكوبي Y»: X and Y)."""
    out = [m]
    while True:
        j = out[-1].end
        k = j + 1 if j < len(r.doc) and r.doc[j].norm_ == "و" else j
        nxt = r.mention_at.get(k)
        if nxt is None or nxt.start != k or (k == j and not r.doc[k].text.startswith("و")):
            return out
        after = r.mention_at.get(nxt.end)
        if nxt.payload == "adj" and after is not None and after.start == nxt.end:
            nxt = after  # «والكوبي راؤول كاسترو»: the person, past his country
        if nxt.label != m.label or nxt.payload == "adj":
            return out
        out.append(nxt)


#: Tokens a person's title may span after «من قبل» («من قبل رئيس الحكومة العراقية X»).
_TITLE_REACH = 6


def _titled_at(r: _Reader, j: int) -> _M | None:
    """The person within :data:`_TITLE_REACH` tokens of token ``j``, past title words and nationality
    adjectives only (no other actor first)."""
    actors = [m for m in r.in_sent(r.sent_of[j]) if m.label in ACTORS]
    after = _actor_after(r, j, actors, reach=0, person_reach=_TITLE_REACH)
    return after[0] if after and after[0].label == "PERSON" and after[0].payload != "adj" else None


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


def _auxiliary(r: _Reader, i: int) -> bool:
    """Whether token ``i`` is a verb of happening (``impersonal`` cue words), bare or after a glued «و»
    only: «فجرت» is a detonation, not «ف» + «جرت»."""
    if not 0 <= i < len(r.doc):
        return False
    norm, words = r.doc[i].norm_, load_cues("ar").get("impersonal", frozenset())
    return norm in words or (norm[:1] == "و" and norm[1:] in words)


def impersonal(r: _Reader, t: TriggerMatch) -> bool:
    """«تم استقبال X», «جرى توقيع الاتفاقية»: trigger ``t`` right after a verb of happening in its clause
    (a verb trigger there is a pattern led by its verbal noun: «تم إلقاء القبض على X»), or led by one
    («تمت إدانة X»: the lexicon's pattern for what the noun means after it)."""
    i = t.start - 1
    if r.lang != "ar" or t.kind not in ("N", "V"):
        return False
    before = _auxiliary(r, i) and r.clause_of[i] == r.clause_of[t.start]
    return before or (t.end - t.start > 1 and _auxiliary(r, t.start))


def genitive_role_ar(r: _Reader, t: TriggerMatch, info: EventTypeInfo, role: str | None) -> str | None:
    """The role of noun trigger ``t``'s genitive: ``role``, or the frame's object after a verb of happening
    («تم استهداف X»: X was hit, though «هجوم X» is X's attack; «تم الإعلان عن X»: no speaker)."""
    return info.object if impersonal(r, t) else role


def unattributed(r: _Reader, raw: _Raw) -> bool:
    """A statement told impersonally with no by-phrase naming who made it («وسيتم إعلان الفائزين», «تم
    الإعلان عن X»): unattributed, no Statement (GUIDELINES.md)."""
    return raw.trig.type == "Statement" and raw.by is None and impersonal(r, raw.trig)


def _doer_role(info: EventTypeInfo) -> str | None:
    """The role of whom a by-phrase names: the agent, the host of a meeting, else the frame's subject
    (a party to an agreement or a truce)."""
    return "agent" if info.type == "Meeting" else info.subject


def stated_apart(a: _Raw, b: _Raw) -> bool:
    """Whether readings ``a`` and ``b`` of one sentence are two happenings: one names its doer by a
    by-phrase (``by``) and the other names people (persons, by a name of two words or more), none of them
    that doer nor any person of the first («تم استقبال الوزير في المطار من قبل X، ... القصر الذي سيلتقي
    فيه Y»: X's reception and Y's meeting)."""
    pa, pb = _persons(a), _persons(b)
    return any(x.by is not None and x.by not in py and py and not px & py
               for x, px, py in ((a, pa, pb), (b, pb, pa)))


def _persons(raw: _Raw) -> set[str]:
    """The persons among reading ``raw``'s agents and participants whose id has a «-»: named by two words
    or more, not by a bare given name."""
    return {ref for role in ("agent", "participant") for ref in raw.roles.get(role, {})
            if ref.startswith("person/") and "-" in ref}


def passive_roles_ar(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Turn the doers of a marked passive into targets; give «على يد X», «من قبل X» as the doer; no actor
    nearest an impersonal reading stands in for its doer (module doc)."""
    if r.lang != "ar":
        return
    # «سيتم عقد اجتماع بين X وY»: a verb pattern told impersonally has no subject; who it names after it
    # is what the event is done to or with («تم إلقاء القبض على X»), not its doer
    told_impersonally = impersonal(r, t)
    subjectless = t.kind == "V" and told_impersonally
    marked = _marked_passive(r, t)  # «استُقبل X», «طُرد X»: X was received, expelled
    # «تم الإعلان عن X», «طُرد X»: told without its doer, no actor nearest it stands in (a by-phrase may name
    # one); in a sentence that names nobody there is none to stand in, and the reading stays open to _nobody
    raw.unnamed = raw.unnamed or ((told_impersonally or marked) and bool(r.in_sent(r.sent_of[t.start])))
    if info.type not in _TYPES:
        role = _doer_role(info)
        doers = _by_hand(r, t) if role else []
        if (subjectless or marked) and info.object:
            for ref in [ref for ref in raw.roles.get("agent", {}) if ref not in doers]:
                raw.add(info.object, ref, raw.roles["agent"].pop(ref))
        for ref in doers:
            raw.only_as(role or "agent", ref, 2.5)
        raw.by = doers[0] if doers else raw.by
        raw.prune()
        return
    doers = _by_hand(r, t)
    shot = _shot_by(r, t)
    doers = doers or ([shot] if shot is not None else [])
    if marked or doers or subjectless:  # «خطفوا على يد X»: a by-phrase makes it passive too
        for ref in [ref for ref in raw.roles.get("agent", {}) if ref not in doers]:
            raw.add("target", ref, raw.roles["agent"].pop(ref))
        if marked and not raw.roles.get("target"):
            for ref in _whose_men(r, t):  # «خُطف ثلاثة موظفين من X»: X's men
                raw.add("target", ref, 2.0)
    for ref in doers:
        raw.done_by(ref, 2.5)
    raw.by = doers[0] if doers else raw.by
    raw.prune()
