"""The sides of an Arabic attack read from the men a sentence names: the men killed in its toll were
hit, the gunmen who carried it out did it.

**Toll.** «هجوم ... أسفر عن مقتل 6 من عناصر X», «غارة أدت إلى مقتل عشرة من مسلحي X»: X's men died, so
X was hit.
After the trigger, in its sentence, a ``toll`` verb («أسفر», «أدت»), then within a few words a
``casualty`` word («مقتل», «إصابة»), then a count or a unit noun before «من X» (the partitive that
:func:`.targets_ar.casualty_side` reads). Only for an attack whose clauses name no target yet; the
cue words are classes of ``data/events_cues_ar.tsv``.

**Gunmen.** «هجوم شنه مسلحون من حركة X», «لهجوم من قبل مسلحين تابعين لتنظيم X»: the group the men who
carried out the attack belong to did it. Right after the trigger, a verb of carrying out with its
pronoun (``agent`` cues «نفذه», «من قبل», and ``carried`` «شنه»), then a ``gunmen`` word, then up to a few
words of belonging («من», «في», «تابعين ل», «ينتمون إلى») before the group's name; only for an attack
with no doer read yet.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch
from newsgraph.extract.events.targets_ar import _named_at, _with_conjuncts, casualty_side
from newsgraph.extract.lexicon import words

__all__ = ["men_roles_ar"]

#: Tokens after the trigger within which its toll verb may stand («هجوم نفذته X على نقطة في Y، وأسفر عن»).
_TOLL_REACH = 16
#: Tokens between the toll verb and the casualty word («أسفر عن مقتل»), and between it and «من».
_TOLL_GAP = 3


def _toll_side(r: _Reader, t: TriggerMatch) -> list[_M]:
    si = r.sent_of[t.start]
    for k in range(t.end, min(t.end + _TOLL_REACH, len(r.doc))):
        if r.sent_of[k] != si:
            return []
        if "toll" not in r.cues[k]:
            continue
        for c in range(k + 1, min(k + 1 + _TOLL_GAP, len(r.doc))):
            if "casualty" not in r.cues[c]:
                continue
            for o in range(c + 2, min(c + 2 + _TOLL_GAP, len(r.doc))):  # «مقتل 6 من», «مقتل ثلاثة جنود من»
                if "origin" in r.cues[o]:
                    return casualty_side(r, o)
            return []
        return []
    return []


#: Tokens after the trigger within which the verb of carrying it out stands («هجوم مسلح شنه»).
_DOER_REACH = 3
#: Words of belonging between the gunmen and their group («من», «في», «تابعين ل», «ينتمون إلى»).
_BELONG_GAP = 3
_BELONG_CUES = frozenset({"origin", "owned", "belong", "destination"})


def _belonging(r: _Reader, j: int) -> bool:
    """Whether token ``j`` is a word of belonging between gunmen and their group (module doc)."""
    return bool(_BELONG_CUES & r.cues[j]) or r.doc[j].norm_ in ("في", "ل") or r.doc[j].is_quote \
        or r.doc[j].norm_ in words("belonging_participles_ar.txt")  # «مسلحين تابعين لتنظيم X»


def _gunmen_side(r: _Reader, t: TriggerMatch) -> list[_M]:
    si = r.sent_of[t.start]
    for k in range(t.end, min(t.end + _DOER_REACH, len(r.doc) - 2)):
        if r.sent_of[k] != si:
            return []
        if not ({"agent", "carried"} & r.cues[k]):
            continue
        j = k + 1
        if j in r.mention_at or "gunmen" not in r.cues[j]:
            return []
        j += 1
        gap = 0
        while j < len(r.doc) and gap < _BELONG_GAP and j not in r.mention_at and r.sent_of[j] == si \
                and _belonging(r, j):
            j, gap = j + 1, gap + 1
        m = _named_at(r, j) if j < len(r.doc) else None  # «مسلحون حوثيون», «مسلحون من حركة X»
        return _with_conjuncts(r, m) if m is not None else []
    return []


def men_roles_ar(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Add the side whose men an attack's toll names as its target, and the group of the gunmen who
    carried it out as its doer (module doc)."""
    if info.type not in ("Attack", "Bombing") or raw.prior is not None:
        return
    held = {ref for slot in raw.roles.values() for ref in slot}
    if not raw.roles.get("agent"):
        for m in _gunmen_side(r, t):
            if m.ref not in held:
                raw.add("agent", m.ref, 2.5)
                held.add(m.ref)
    if not raw.roles.get("target"):
        for m in _toll_side(r, t):
            if m.ref not in held:
                raw.add("target", m.ref, 2.0)
