"""English calls one side received: "X received a phone call from Y", "a phone call received by X from Y";
and calls that frame a clause: "X discussed ties with Y during a phone call", "In a phone call, X and Y ...".

The side the call came "from" made it: the Call's agent, and a participant with the side that
received it (the subject of "received", or its "by" phrase). Receiving a call is no Meeting: the
Meeting that "received" alone would give is dropped. A Call with no party yet whose noun is the object
of "during"/"in"/"over"/"via" takes the parties of the verb that phrase belongs to: its subjects and
its "with" objects (:func:`framed_calls`). Needs the dependency parse; without one the events are
returned as they are.

Examples:
    >>> import spacy
    >>> received_calls(spacy.blank("en")("He received a call."), [], [])
    []
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.extract.events import MentionLike
from newsgraph.extract.events.speakers_en import subject_mention
from newsgraph.types import Event

__all__ = ["framed_calls", "received_calls"]

_RECEIVE = frozenset({"receive", "get"})
_CALLS = frozenset({"call", "conversation"})
_SUBJ = ("nsubj", "nsubjpass")


def _pobj(head: Token, preps: tuple[str, ...], deps: tuple[str, ...] = ("prep",)) -> Token | None:
    for c in head.children:
        if c.dep_ in deps and c.lower_ in preps:
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _side(ms: Sequence[MentionLike], tok: Token | None) -> str | None:
    m = subject_mention(ms, tok) if tok is not None else None
    return str(m.entity_id) if m is not None and m.entity_id and m.label in ("PERSON", "ORGANIZATION",
                                                                             "COUNTRY") else None


def _caller(ms: Sequence[MentionLike], tok: Token | None) -> str | None:
    """The side a "from" phrase names; "from his Iranian counterpart Ann Lee": the name after the noun
    (the parser may hang it elsewhere), not the "his" before it."""
    if tok is not None and tok.i + 1 < len(tok.doc) and tok.lower_ in ("counterpart", "counterparts"):
        at = tok.doc[tok.i + 1].idx
        named = next((m for m in ms if m.start == at and m.label == "PERSON" and m.entity_id), None)
        if named is not None:
            return str(named.entity_id)
    return _side(ms, tok)


def _receiving(call: Token) -> tuple[Token, Token | None] | None:
    """The "receive" verb of a call noun and the token of who received it."""
    if call.dep_ == "dobj" and call.head.lemma_ in _RECEIVE:
        verb = call.head
        return verb, next((c for c in verb.children if c.dep_ in _SUBJ), None)
    acl = next((c for c in call.children if c.dep_ in ("acl", "relcl") and c.lemma_ in _RECEIVE), None)
    if acl is None:
        return None
    return acl, _pobj(acl, ("by",), ("agent", "prep"))


def received_calls(doc: Doc, events: Sequence[Event], ms: Sequence[MentionLike]) -> list[Event]:
    """``events`` with each received Call's caller and receiver (see the module docstring). The call noun's
    Call is the event its trigger makes, else the one Call of the article (a headline's, merged)."""
    calls = [k for k, e in enumerate(events) if e.type == "Call"]
    if not doc.has_annotation("DEP") or not calls:
        return list(events)
    out = list(events)
    dropped: set[int] = set()  # char offsets of "received" verbs that were a call's
    for call in (t for t in doc if t.lemma_ in _CALLS and t.pos_ == "NOUN"):
        found = _receiving(call)
        at = [k for k in calls if events[k].trigger.start <= call.idx < events[k].trigger.end]
        if found is None or not (at or len(calls) == 1):
            continue
        k = (at or calls)[0]
        verb, by = found
        # "from" hangs on the verb, the call, or the receiver ("received by X from Y")
        frm = _pobj(verb, ("from",)) or _pobj(call, ("from",))
        frm = frm or (_pobj(by, ("from",)) if by is not None else None)
        caller = _caller(ms, frm)
        receiver = _side(ms, by)
        dropped.add(verb.idx)
        roles = dict(out[k].roles)
        parts = [*roles.get("participant", ()), *(x for x in (receiver, caller) if x)]
        if parts:
            roles["participant"] = tuple(dict.fromkeys(parts))
        if caller and caller != receiver:
            roles["agent"] = (caller,)
        out[k] = dataclasses.replace(out[k], roles=roles)
    return [e for e in out if not (e.type == "Meeting" and e.trigger.start in dropped)]


_FRAMES = frozenset({"during", "in", "over", "via", "through", "by"})


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *(c for c in tok.children if c.dep_ == "conj")]


def framed_calls(doc: Doc, events: Sequence[Event], ms: Sequence[MentionLike]) -> list[Event]:
    """``events`` with the parties of each Call that had none, from the clause its noun frames."""
    if not doc.has_annotation("DEP"):
        return list(events)
    out = []
    for e in events:
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        call = span.root if span is not None and e.type == "Call" and not e.roles.get("participant") else None
        verb = call.head.head if call is not None and call.dep_ == "pobj" and call.head.lower_ in _FRAMES \
            else None
        if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "held a conversation with Y during a phone call"
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            out.append(e)
            continue
        toks = [t for c in verb.children if c.dep_ in _SUBJ for t in _with_conjuncts(c)]
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "discussed ties with Y"
        toks += [t for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                 for o in p.children if o.dep_ == "pobj" for t in _with_conjuncts(o)]
        parts = [x for x in (_side(ms, t) for t in toks) if x]
        if len(set(parts)) >= 2:
            e = dataclasses.replace(e, roles={**e.roles, "participant": tuple(dict.fromkeys(parts))})
        out.append(e)
    return out
