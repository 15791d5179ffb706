"""Whose English investigation: the possessor of an investigation noun leads it ("the FBI's investigation",
"Robert Mueller's investigation", "Egypt's inquiry"), unlike the possessor of an arrest or a sentence, who
undergoes it ("Trump's arrest"). The frame table gives investigations the target as their genitive role
(``data/events_types.tsv``, shared with Arabic), so the English possessor the parse made a target is moved to
the agent.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps import phrase_mentions
from newsgraph.extract.events.frames import _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch

__all__ = ["investigator_en"]


def investigator_en(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Make the possessor of investigation noun ``t`` its agent, not its target."""
    if info.type != "Investigation" or info.subject is None or info.object is None:
        return
    head = r.doc[t.start : t.end].root
    if head.pos_ not in ("NOUN", "PROPN"):
        return
    targets = raw.roles.get(info.object, {})
    for c in (c for c in head.children if c.dep_ == "poss"):
        for m in phrase_mentions(r, c):
            if m.ref in targets:
                raw.add(info.subject, m.ref, targets.pop(m.ref))
