"""Whom an English election noun elects, and where it is held.

Its possessor, when that is a person, is the one elected ("his election in 2013", "Biden's election"). The
frame table gives an election no genitive role (``data/events_types.tsv``), since a country or a body before
it says where or for what ("Iraq's elections", "the party's primary"): only a person possessor is the one
elected (GUIDELINES.md: Election target = the elected person). A country or place that modifies the noun is
where it is held ("the 2020 United States presidential election", "the Iraqi elections"), unless another
place says so.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch

__all__ = ["elected_en"]

#: Dependencies by which a name before an election noun modifies it ("United States presidential election").
_MODIFIERS = frozenset({"compound", "nmod", "amod", "poss"})


def elected_en(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Add to ``raw`` the person that possesses election noun ``t`` as its target, and the country or
    place that modifies it as its location."""
    if info.type != "Election" or info.object is None:
        return
    head = r.doc[t.start : t.end].root
    if head.pos_ not in ("NOUN", "PROPN"):
        return
    for c in head.children:
        m = r.mention_at.get(c.i) if c.dep_ in _MODIFIERS and c.i < head.i else None
        if m is not None and m.label == "PERSON" and c.dep_ == "poss":
            raw.add(info.object, m.ref, 3.5)
        elif m is not None and m.label in ("COUNTRY", "PLACE") and raw.location is None:
            raw.location = (m.ref, m.label)  # where it is held, unless the clause names a place
