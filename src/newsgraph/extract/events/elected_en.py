"""Whom an English election noun elects: its possessor, when that is a person ("his election in 2013",
"Biden's election"). The frame table gives an election no genitive role (``data/events_types.tsv``),
since a country or a body before it says where or for what ("Iraq's elections", "the party's primary"):
only a person possessor is the one elected (GUIDELINES.md: Election target = the elected person).
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch

__all__ = ["elected_en"]


def elected_en(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Add to ``raw`` the person that possesses election noun ``t`` as its target."""
    if info.type != "Election" or info.object is None or raw.roles.get(info.object):
        return
    head = r.doc[t.start : t.end].root
    if head.pos_ not in ("NOUN", "PROPN"):
        return
    for c in head.children:
        m = r.mention_at.get(c.i) if c.dep_ == "poss" else None
        if m is not None and m.label == "PERSON":
            raw.add(info.object, m.ref, 3.5)
