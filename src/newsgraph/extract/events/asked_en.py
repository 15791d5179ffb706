"""Whom an English appeal asks, when it names the act it asks for with its doer: "asked for Bolton's
resignation", "called for the withdrawal of Ruritanian troops", "demanded Israel's withdrawal". The doer of
an asked act (``asked_act`` cues: resignation, withdrawal, apology...) is the one called upon (GUIDELINES.md:
Appeal target = who is called upon). Acts done to someone are left out ("called for the release of X": the
captor is asked, not X).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps import phrase_mentions
from newsgraph.extract.events.frames import _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch

__all__ = ["asked_doer_en"]


def _asked_nouns(r: _Reader, t: TriggerMatch) -> list[Token]:
    """The nouns an appeal trigger asks for: its verb's object, the object of its "for"."""
    head = r.doc[t.start : t.end].root
    out = []
    for i in range(t.start, t.end):
        for c in r.doc[i].children:
            if c.dep_ == "dobj" and i == head.i and head.pos_ in ("VERB", "AUX"):
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "for":
                out += [p for p in c.children if p.dep_ == "pobj"]
    return [n for n in out if "asked_act" in r.cues[n.i]]


def asked_doer_en(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Add to ``raw`` as the target whoever is to do the act appeal ``t`` asks for (module docstring)."""
    if info.type != "Appeal" or info.object is None or raw.roles.get(info.object):
        return
    for noun in _asked_nouns(r, t):
        for c in noun.children:
            doers = [c] if c.dep_ == "poss" else []
            if c.dep_ == "prep" and c.lower_ == "of":
                doers = [p for p in c.children if p.dep_ == "pobj"]
            for d in doers:
                for m in phrase_mentions(r, d):
                    if not t.start <= m.start < t.end:
                        raw.add(info.object, m.ref, 3.0)
