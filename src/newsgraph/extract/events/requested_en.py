"""English events only asked for: what an appeal asks to happen has not happened.

"Amnesty called for an investigation into the shooting", "the opposition demanded a new election", "he urged
the UN to impose sanctions", "the protesters' demands include an inquiry": the investigation, the election,
the sanctions and the inquiry are what is asked for, no reported happening (GUIDELINES.md: every distinct
*real* event). :func:`drop_requested` drops an event whose trigger the parse shows as the object, the "for"
object or the infinitive of an ``asks`` cue word (``data/events_cues_en.tsv``: call, demand, urge...), joined
to one or not, or the object of "include" whose subject is such a word. The object of "call" is named or
declared, not asked for ("called the statement false", "the AP called the election for Biden"). The appeal
itself stays.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.events.lexicons import is_cue
from newsgraph.types import Event

__all__ = ["drop_requested"]

#: Dependencies of what an appeal asks for: its object, the object of its "for", its infinitive.
_ASKED = frozenset({"dobj", "pobj", "xcomp"})


def _asked_for(word: Token) -> bool:
    """Whether ``word`` (or the first word of its conjunction) is what an ``asks`` word asks for."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    head = word.head
    if word.dep_ not in _ASKED or head.i == word.i:
        return False
    if word.dep_ == "pobj":  # "called for an inquiry", "calls by X for an inquiry", "a demand for talks"
        return head.lower_ == "for" and is_cue(head.head, "asks")
    if is_cue(head, "asks") and head.pos_ == "VERB":
        return word.dep_ == "xcomp" or head.lemma_ != "call"  # "called the election for Biden": no appeal
    return (
        word.dep_ == "dobj"
        and head.lemma_ == "include"
        and any(c.dep_ == "nsubj" and is_cue(c, "asks") for c in head.children)
    )  # "their demands include an inquiry"


def drop_requested(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` without those only asked for (module doc); an Appeal is kept."""
    if not doc.has_annotation("DEP"):
        return events
    kept = []
    for e in events:
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if e.type != "Appeal" and span is not None and _asked_for(span.root):
            continue
        kept.append(e)
    return kept
