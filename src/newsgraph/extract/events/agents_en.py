"""English doers the trigger's own phrase misses (used by :mod:`.roles` after :func:`.deps.dep_roles`).

* **A stray "by".** The parser often hangs the "by" phrase of a passive verb on a noun or a gerund
  inside the verb's phrase: "was arrested at his home by police" ("by" on "home"), "was detained for
  questioning by the ministry" ("by" on "questioning"), "was banned from public places by the
  ministry". When the passive trigger has no doer, an actor after such a "by" is its doer. The search
  stays in the verb's own phrase: it walks prepositions, their objects and gerunds, never into another
  clause ("killed by a bomb that ISIS planted"), and a noun that is itself an event trigger keeps its
  own "by" ("killed in an attack by gunmen" is read on "attack" already).
* **A dateline is no party.** The parser takes a dateline for the subject of the lead's verb ("KANO,
  Nigeria (AP) — Gunmen attacked a church": "KANO, Nigeria" the subject): a country or an agency named
  only in the dateline (:func:`.where.dateline_end`) fills no role of its sentence's events.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsgraph.extract.events.asked_en import asked_doer_en
from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps import is_passive, phrase_mentions
from newsgraph.extract.events.elected_en import elected_en
from newsgraph.extract.events.frames import _Raw
from newsgraph.extract.events.investigators_en import investigator_en
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch, load_triggers
from newsgraph.extract.events.links import _antecedent
from newsgraph.extract.events.undergone_en import undergone_en
from newsgraph.extract.events.where import dateline_end

__all__ = ["roles_en"]

#: dependencies the walk from a passive verb follows: prepositions, their objects, gerunds after them
_WALK = ("prep", "pobj", "pcomp", "dobj")
#: how deep the walk goes (verb -> prep -> noun -> prep "by" -> actor is depth 4)
_DEPTH = 6


@functools.lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """The first words of the English noun triggers ("attack", "protests"): such a noun's "by" is its own."""
    return frozenset(f.lstrip("=") for p in load_triggers("en") if p.kind == "N" for f in p.slots[0])


def _stray_by(verb: Token) -> list[Token]:
    """Objects of "by" phrases hung below ``verb`` on something in its own phrase (not on ``verb``)."""
    found: list[Token] = []
    nouns = _event_nouns()
    todo = [(c, 1) for c in verb.children if c.dep_ in _WALK]
    while todo:
        tok, depth = todo.pop()
        if tok.lower_ == "by" and tok.dep_ in ("prep", "agent") and tok.head.i != verb.i:
            if tok.head.lower_ not in nouns and tok.head.lemma_.lower() not in nouns:
                found.extend(c for c in tok.children if c.dep_ == "pobj")
            continue
        if depth >= _DEPTH:
            continue
        todo.extend((c, depth + 1) for c in tok.children if c.dep_ in (*_WALK, "agent"))
    return sorted(found, key=lambda t: t.i)


def roles_en(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Mend the parse's roles of English trigger ``t`` (see the module docstring)."""
    _drop_dateline(r, t, raw)
    _stray_by_agent(r, t, info, raw)
    elected_en(r, t, info, raw)  # "his election in 2013": who was elected
    asked_doer_en(r, t, info, raw)  # "asked for Bolton's resignation": who is called upon
    undergone_en(r, t, info, raw)  # "placed X under house arrest", "X was given a sentence"
    investigator_en(r, t, info, raw)  # "the FBI's investigation": who investigates


def _drop_dateline(r: _Reader, t: TriggerMatch, raw: _Raw) -> None:
    """Take out of ``raw``'s roles what only the dateline of the trigger's sentence names."""
    si = r.sent_of[t.start]
    end = dateline_end(r, si)
    if end is None:
        return
    ours = [m for m in r.mentions if r.sent_of[m.start] == si]
    only = {m.ref for m in ours if m.start < end} - {m.ref for m in ours if m.start > end}
    for slot in raw.roles.values():
        for ref in only & slot.keys():
            del slot[ref]


def _stray_by_agent(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Fill a passive verb trigger's doer from a "by" phrase the parser hung lower (module docstring)."""
    if not info.subject or raw.roles.get(info.subject):
        return
    verb = r.doc[t.start : t.end].root
    if verb.pos_ not in ("VERB", "AUX") or not is_passive(r, verb):
        return
    for obj in _stray_by(verb):
        for m in phrase_mentions(r, _antecedent(obj)):
            raw.add(info.subject, m.ref, 3.0)
