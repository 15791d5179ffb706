"""The side an Arabic attack's toll names: «هجوم ... أسفر عن مقتل 6 من عناصر X», «غارة أدت إلى مقتل
عشرة من مسلحي X»: X's men died, so X was hit.

After the trigger, in its sentence, a ``toll`` verb («أسفر», «أدت»), then within a few words a
``casualty`` word («مقتل», «إصابة»), then a count or a unit noun before «من X» (the partitive that
:func:`.targets_ar.casualty_side` reads). Only for an attack whose clauses name no target yet; the
cue words are classes of ``data/events_cues_ar.tsv``.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch
from newsgraph.extract.events.targets_ar import casualty_side

__all__ = ["toll_targets_ar"]

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


def toll_targets_ar(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Add the side whose men an attack's toll names as its target (module doc)."""
    if info.type not in ("Attack", "Bombing") or raw.roles.get("target") or raw.prior is not None:
        return
    held = {ref for slot in raw.roles.values() for ref in slot}
    for m in _toll_side(r, t):
        if m.ref not in held:
            raw.add("target", m.ref, 2.0)
