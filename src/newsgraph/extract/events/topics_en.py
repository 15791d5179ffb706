"""What an English meeting is about, or the occasion it fits in: no party to it.

* **Topic and setting.** "held talks on Iran's nuclear programme", "met Lavrov on the sidelines of the
  SCO summit", "discussions about Libya": an actor inside an "on"/"about"/"over"... phrase hung on a
  meeting-like trigger (a type whose object role is ``participant``), or on its light verb, names what the
  meeting is about or the occasion it fits in, not who took part (:func:`on_topic`).
* **A party the parser hung on the topic.** "held discussions on terrorism with X": the parser often
  hangs the "with" phrase on the last noun of the topic; a "with"/"between" phrase inside the topic phrase
  still names a party (:func:`parties_in_topic`), as long as no verb or clause stands between.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M
from newsgraph.extract.events.lexicons import TriggerMatch
from newsgraph.extract.events.links import _light_verb

__all__ = ["PARTY_PREPS", "TOPIC_PREPS", "occasion_of_other", "on_topic", "parties_in_topic", "topic_mention"]

#: prepositions whose phrase, on a meeting's trigger, says what it is about or where it fits
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "against", "targeting"})
#: prepositions that name a meeting's other side (also read by :func:`.deps.dep_roles`)
PARTY_PREPS = frozenset({"with", "between", "among", "alongside"})
#: dependencies a walk inside a topic phrase follows (nouns and their modifiers, not clauses)
_INSIDE = frozenset({"pobj", "prep", "conj", "cc", "compound", "amod", "nmod", "poss", "appos", "punct"})


def on_topic(tok: Token, heads: set[int]) -> bool:
    """Whether ``tok`` lies in a topic phrase (:data:`TOPIC_PREPS`) hung on one of the ``heads`` (token
    indices of the trigger and its light verb), with no party phrase ("with X") on the way up."""
    seen = 0
    while tok.head.i != tok.i and seen < 12:
        if tok.dep_ == "prep" and tok.lower_ in PARTY_PREPS:
            return False
        if tok.dep_ == "prep" and tok.head.i in heads:
            return tok.lower_ in TOPIC_PREPS
        if tok.i in heads:
            return False
        tok, seen = tok.head, seen + 1
    return False


def parties_in_topic(prep: Token) -> list[Token]:
    """The objects of "with"/"between" phrases inside the topic phrase ``prep`` ("on terrorism with X")."""
    found: list[Token] = []
    todo = [c for c in prep.children if c.dep_ == "pobj"]
    while todo:
        tok = todo.pop()
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in PARTY_PREPS:
                found.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ in _INSIDE:
                todo.append(c)
    return sorted(found, key=lambda t: t.i)


def topic_mention(r: _Reader, m: _M, t: TriggerMatch) -> bool:
    """Whether mention ``m`` names, in an English parse, the topic or occasion of meeting trigger ``t``
    (:func:`on_topic` from its head word, with the trigger's light verb: "held talks on X")."""
    head = r.doc[t.start : t.end].root
    heads = set(range(t.start, t.end))
    light = None if head.pos_ in ("VERB", "AUX") else _light_verb(r, head)
    if light is not None:
        heads.add(light.i)
    return on_topic(r.doc[m.start : m.end].root, heads)


def occasion_of_other(r: _Reader, t: TriggerMatch) -> bool:
    """Whether trigger ``t`` names, in an English parse, the occasion another act took place at: "met on
    the sidelines of the G20 summit", "talks on the margins of the UN General Assembly" (``on_occasion``
    cue nouns after "on"/"at"). Such a summit is a happening of its own: its parties are not the
    meeting's, and :mod:`.finish` keeps the two apart (the reading gets a ``prior``)."""
    if not r.parsed or r.lang != "en":
        return False
    head = r.doc[t.start : t.end].root
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    noun = head.head.head
    return "on_occasion" in r.cues[noun.i] and noun.dep_ == "pobj" and noun.head.lower_ in ("on", "at")
