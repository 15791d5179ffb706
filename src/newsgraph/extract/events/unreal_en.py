"""English trigger verbs that name an act only allowed, possible or of a kind, not one that happened.

:mod:`~newsgraph.extract.events.realis` reads a verb's own modal, negation or intention verb; here the parse
shows the act as the non-finite complement or the content of something else:

* an infinitive or "-ing" verb that completes a verb under a modal or a negation ("a law that would have
  allowed the government to extradite people", "the bill would allow people living in or visiting Hong
  Kong", "did not let them protest"): allowed, not done. A finite clause ("could not confirm that X was
  killed") still reports its event.
* an "-ing" verb after "of"/"for", or an infinitive, that completes an ``act_frame`` noun
  (``data/events_cues_en.tsv``: process, right, power, law...): a kind of act, no happening ("the process
  of electing leaders", "amendments for sentencing", "the right to protest", "a bill to ban masks").
* an event noun that is the object of a ``refusal`` cue verb (refuse, reject, decline): refused, not held
  ("Tehran has refused face-to-face meetings", "rejected talks with the rebels").
* a sentence noun that is the object of a ``faced`` cue verb (face, risk): one that may be passed, not one
  passed ("he faces a mandatory life sentence", "could face the death penalty" is no trigger anyway).
* a verb told as a habit, not as one happening: with a ``habitual`` cue adverb ("fighters routinely kill
  police officers", "regularly launches attacks"), or in the simple present with a ``habitual`` cue word on
  its object ("still carries out frequent attacks on the troops").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.events.lexicons import TriggerMatch, is_cue, load_cues
from newsgraph.types import Event

__all__ = ["habitual", "unreal"]


def _non_finite(verb: Token) -> bool:
    """An infinitive with "to" or an "-ing" form."""
    return verb.tag_ == "VBG" or (
        verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _allowed_only(verb: Token) -> bool:
    """Whether ``verb`` is the non-finite complement of a verb under a modal or a negation (module doc)."""
    if not _non_finite(verb):
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i or not _non_finite(verb):
        return False
    modal = load_cues("en").get("irrealis", frozenset())
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in modal) for c in verb.head.children)


def _kind_of_act(verb: Token) -> bool:
    """Whether ``verb`` completes an ``act_frame`` noun (module doc)."""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for"):
        return verb.head.head.pos_ == "NOUN" and is_cue(verb.head.head, "act_frame")
    return (
        verb.dep_ == "acl"
        and _non_finite(verb)
        and verb.head.pos_ == "NOUN"
        and is_cue(verb.head, "act_frame")
    )


def _faced(noun: Token) -> bool:
    """Whether a sentence noun is the object of a ``faced`` verb ("faces a life sentence")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "dobj" and is_cue(noun.head, "faced")


def _refused(noun: Token) -> bool:
    """Whether an event noun (or the first of its conjunction) is the object of a ``refusal`` verb."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "dobj" and is_cue(noun.head, "refusal")


def _habitual(verb: Token) -> bool:
    """Whether ``verb`` is told as a habit (module doc)."""
    if any(c.dep_ == "advmod" and is_cue(c, "habitual") for c in verb.children):
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    present = verb.tag_ in ("VBZ", "VBP")
    return present and any(a.dep_ == "amod" and is_cue(a, "habitual") for o in objs for a in o.children)


def habitual(doc: Doc, t: TriggerMatch) -> bool:
    """Whether a verb trigger is told as a habit (module doc); read before merging, so that the habit
    takes in no real happening told after it."""
    if t.kind != "V":
        return False
    verb = doc[t.start : t.end].root
    return verb.pos_ == "VERB" and _habitual(verb)


def unreal(doc: Doc, event: Event) -> bool:
    """Whether ``event``'s trigger names an act only allowed, of a kind or faced (module doc)."""
    if event.type == "Statement" or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    if span.root.pos_ == "NOUN" and _refused(span.root):
        return True
    if event.type == "Sentence" and span.root.pos_ == "NOUN":
        return _faced(span.root)
    if span.root.pos_ != "VERB":
        return False
    return _allowed_only(span.root) or _kind_of_act(span.root)
