"""English events placed after their roles are read, for :mod:`newsgraph.extract.events.en`.

A statement noun ("statement", "press conference") is placed by its own words ("a press conference
held in Rabat", :func:`_statement_places`), and a domestic act its words do not place (a ban, a law,
a vote) happened in its agent's country (:func:`_home_places`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.extract.events.frames import MentionLike, OfficialLike
from newsgraph.extract.tokens import mention_at
from newsgraph.types import Event

__all__: list[str] = []  # private helpers of newsgraph.extract.events.en


def _location(verb: Token, ms: Sequence[MentionLike]) -> str | None:
    """The place "in"/"at" gives a statement's word: "said in Rabat", "a press conference in Rabat",
    the participle after a statement noun: "a press conference held in Rabat", or the speaker who says
    it: "officials in Omsk said", "an assembly of ministers in Cairo denounced" (a speaker speaks where
    he is)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "nsubj"
                     or (verb.pos_ == "NOUN" and c.dep_ == "acl" and c.tag_ == "VBN"))]  # fmt: skip
    # "an assembly of foreign ministers in Cairo denounced": the speakers an unnamed subject is made of (not
    # "X of the University of Guelph in Ontario said": where X works)
    heads += [p for s in heads[1:] if s.dep_ == "nsubj" and mention_at(ms, s) is None
              for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                for obj in prep.children:
                    m = mention_at(ms, obj)
                    if m is not None and m.label in ("PLACE", "COUNTRY"):
                        return m.entity_id
    return None


def _statement_places(doc: Doc, events: Sequence[Event], ms: Sequence[MentionLike]) -> list[Event]:
    """A statement noun ("statement", "press conference") placed by its own words (:func:`_location`)."""
    out = []
    for e in events:
        if e.type == "Statement" and e.location is None:
            span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            if span is not None and span.root.pos_ == "NOUN":
                place = _location(span.root, ms)
                if place is not None:
                    e = dataclasses.replace(e, location=place, location_inferred=False)
        out.append(e)
    return out
#: Acts a state does at home: a ban, a law, an expulsion, a vote, an election.
_HOME_TYPES = ("Sanction", "Vote", "Election")


def _home_places(
    doc: Doc, events: Sequence[Event], ms: Sequence[MentionLike], officials: Sequence[OfficialLike]
) -> list[Event]:
    """A domestic act (:data:`_HOME_TYPES`) its words do not place happened in its agent's country:
    the agent itself, or the country an official agent serves ("Tunisian Prime Minister signs decree
    to ban face veils" is placed in Tunisia). Not when it targets another country (sanctions on
    Iran are imposed from afar) or, for a sanction, names one in its phrase ("restrictions on flights
    to Cuba"), nor when its agents are of several countries."""
    labels = {m.entity_id: m.label for m in ms if m.entity_id}
    serves = {o.entity_id: o.of for o in officials if o.entity_id and o.of and o.of.startswith("country/")}
    out = []
    for e in events:
        if e.type in _HOME_TYPES and e.location is None:
            homes = {
                ref if labels.get(ref) == "COUNTRY" else serves.get(ref)
                for ref in e.roles.get("agent", ())
            } - {None}
            abroad = {ref for ref in e.roles.get("target", ()) if labels.get(ref) == "COUNTRY"} - homes
            if e.type == "Sanction":
                abroad |= _countries_in_phrase(doc, e, ms) - homes
            if len(homes) == 1 and not abroad:
                e = dataclasses.replace(e, location=homes.pop(), location_inferred=True)
        out.append(e)
    return out


def _countries_in_phrase(doc: Doc, e: Event, ms: Sequence[MentionLike]) -> set[str]:
    """The countries named in the phrase an event's trigger heads, when the parse shows it."""
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return set()
    root = span.root
    lo, hi = root.left_edge.idx, root.right_edge.idx + len(root.right_edge.text)
    return {str(m.entity_id) for m in ms if m.entity_id and m.label == "COUNTRY" and lo <= m.start < hi}
