"""English deaths by accident or disaster are no attack.

"killed" is an Attack trigger, and rightly so for "gunmen killed five"; but floods, earthquakes, crashes,
fires and stampedes kill too ("Floods killed 30 people in Assam", "ten were killed in a bus crash", "a storm
caused a crane to fall, killing 107"), and GUIDELINES.md has no event type for them. :func:`by_accident`
tells such a killing apart by its cause in the parse: the subject of "killed", what it happened "in" or
"by", or, for a participle ("..., killing 107"), the subject and the verb of the clause it hangs on; a
cause is an ``accident`` cue word (``data/events_cues_en.tsv``). An event with a named doer is kept.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.events.lexicons import load_cues
from newsgraph.types import Event

__all__ = ["by_accident"]

#: Verbs of killing whose cause is read.
_KILL = frozenset({"kill"})


def _causes(verb: Token) -> list[Token]:
    """The words that may name what killed: the subject, "in"/"by"/"from" objects, and for a participle or
    a joined verb the subject and the verb it hangs on ("a storm caused a crane to fall, killing")."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            out.append(c)
        elif c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "from", "after"):
            out += [p for p in c.children if p.dep_ == "pobj"]
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i:
        head = verb.head
        out.append(head)
        out += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if head.dep_ == "xcomp" and head.head.i != head.i:  # "caused a crane to fall": the storm
            out += [c for c in head.head.children if c.dep_ == "nsubj"]
    return out


def by_accident(doc: Doc, event: Event) -> bool:
    """Whether ``event`` is a killing the parse shows was caused by an accident or a disaster."""
    if event.type != "Attack" or event.roles.get("agent") or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or span.root.lemma_ not in _KILL:
        return False
    accidents = load_cues("en").get("accident", frozenset())
    return any(w.lower_ in accidents or w.lemma_.lower() in accidents for w in _causes(span.root))
