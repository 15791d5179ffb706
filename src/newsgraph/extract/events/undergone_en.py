"""Who undergoes an English arrest, investigation or sentence named by a noun that a verb of its own
governs: "placed X under house arrest", "X is under investigation", "X was given a suspended sentence", "X is
serving a life sentence", "handed X a sentence". The verb's object, else its subject (passive or, for
``undergo`` cue verbs such as serve, receive and face, active; for the ``given_to`` ones, give and hand, whom
the noun is given to) is the target (GUIDELINES.md: target = arrested, investigated, sentenced). Verbs that
act on the noun itself ("ordered an investigation", "appealed the sentence") are left out: only "under" and
the ``undergo`` cues are read.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps import phrase_mentions
from newsgraph.extract.events.frames import _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch, load_cues

__all__ = ["undergone_en"]

#: Types whose target is the one the act is done to, as its noun is undergone.
_DONE_TO = frozenset({"Arrest", "Investigation", "Sentence"})


def undergone_en(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Add to ``raw`` as the target who undergoes noun trigger ``t`` (module docstring)."""
    if info.type not in _DONE_TO or info.object is None or raw.roles.get(info.object):
        return
    noun = r.doc[t.start : t.end].root
    if noun.pos_ not in ("NOUN", "PROPN"):
        return
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":  # "placed X under arrest", "X is under inquiry"
        verb = noun.head.head
        deps = ("dobj",) if any(c.dep_ == "dobj" for c in verb.children) else ("nsubj", "nsubjpass")
    elif noun.dep_ == "dobj" and "undergo" in r.cues[noun.head.i]:  # "was given a sentence", "is serving"
        verb = noun.head
        given_to = verb.lemma_ in load_cues("en").get("given_to", frozenset())  # "handed X a sentence"
        deps = ("dative", "nsubjpass") if given_to else ("nsubj", "nsubjpass")
    else:
        return
    for c in verb.children:
        if c.dep_ in deps and c.i != noun.i:
            for m in phrase_mentions(r, c):
                raw.add(info.object, m.ref, 3.0)
