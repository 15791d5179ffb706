"""English deaths by accident or disaster are no attack.

"killed" is an Attack trigger, and rightly so for "gunmen killed five"; but floods, earthquakes, crashes,
fires and stampedes kill too ("Floods killed 30 people in Assam", "ten were killed in a bus crash", "a storm
caused a crane to fall, killing 107"), and GUIDELINES.md has no event type for them. :func:`by_accident`
tells such a killing apart by its cause in the parse: the subject of "killed", what it happened "in" or
"by", or, for a participle ("..., killing 107"), the subject and the verb of the clause it hangs on; a
cause is an ``accident`` cue word (``data/events_cues_en.tsv``), or an ``animal`` ("killed by his lions",
"penguins attack chicks": "attack" is read too). An event with a named doer is kept.

A "when" clause under the killing names its cause too ("seven were killed when a bomber crashed"), and a
disaster "strikes" as a killer does ("an earthquake struck the island"). An explosion is no bombing when
what blew up or set it off is a ``blast_cause`` cue ("a gas explosion", "a gas leak led to an explosion",
"the boiler exploded").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.events.lexicons import is_cue, load_cues
from newsgraph.types import Event

__all__ = ["by_accident"]

#: Verbs of killing whose cause is read.
_KILL = frozenset({"kill", "strike", "attack"})

#: Words of an explosion, read with the ``blast_cause`` cues.
_BLAST = frozenset({"explosion", "explode", "blast"})

#: Words that open a clause of the moment something happened ("killed when a boat capsized").
_WHEN = frozenset({"when", "as"})


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


def _when_causes(verb: Token) -> bool:
    """Whether a "when" clause under ``verb`` names an accident: its verb as written ("when a bomber crashed";
    the lemma would take "stormed" for a storm) or its subject ("when a storm hit")."""
    accidents = load_cues("en").get("accident", frozenset())
    for t in verb.subtree:
        if t.pos_ != "VERB" or t.i == verb.i or not any(c.lower_ in _WHEN and c.i < t.i for c in t.children):
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if t.lower_ in accidents or any(is_cue(w, "accident") for w in subj):
            return True
    return False


def _blast_causes(word: Token) -> list[Token]:
    """What blew up or set off an explosion: the subject of "exploded", the noun's compounds ("a gas
    explosion"), and the subject of the verb it is the "to"/"in" object of ("a gas leak led to an
    explosion")."""
    out = [c for c in word.children if c.dep_ in ("nsubj", "compound", "amod")]
    out += [g for c in out if c.dep_ == "nsubj" for g in c.children if g.dep_ == "compound"]
    if word.dep_ == "pobj" and word.head.dep_ == "prep":
        subj = [c for c in word.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        out += subj + [g for c in subj for g in c.children if g.dep_ == "compound"]
    return out


def by_accident(doc: Doc, event: Event) -> bool:
    """Whether ``event`` is a killing or an explosion the parse shows an accident or a disaster caused."""
    if event.type not in ("Attack", "Bombing") or event.roles.get("agent") or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    if event.type == "Bombing":
        if span.root.lemma_.lower() not in _BLAST:
            return False
        return any(is_cue(w, "blast_cause") for w in _blast_causes(span.root))
    if span.root.lemma_ not in _KILL:
        return False
    if any(is_cue(w, "accident") or is_cue(w, "animal") for w in _causes(span.root)):
        return True
    return _when_causes(span.root)
