"""Where an English event is set by the clause around it, when its own words place it nowhere.

Used by :func:`newsgraph.extract.events.deps.dep_location` after the trigger's own prepositions:

* **"where".** An event told in a relative clause opened by "where" happened in the place the clause
  describes: "arrived in Cairo, where he met X", "visited Tehran, where he met X" (the clause hangs on
  the verb of the place), "started a visit
  to Algeria, where he held talks" (on a noun whose "to"/"in" phrase names the place).
* **Gone there to do it.** An event done in the purpose clause of a verb of ``motion`` happened where
  that verb went: "came back to Vienna to rejoin the negotiations", "flew to Riyadh to attend the summit".
* **Where the doers are.** A verb (or the light verb of an event noun) whose subject is a noun placed
  by "in"/"at" (a place, a country or a place noun, not "combatants in the Tigray war") and named by no
  mention of its own: "Police in Tunis made several arrests", "protesters in
  Lagos clashed with police" (the doers acted where they are).

The places are read as in :func:`newsgraph.extract.events.deps_places.phrase_places`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps_places import phrase_places
from newsgraph.extract.events.frames import _M

__all__ = ["setting_places"]

#: prepositions that place a noun ("a visit to Algeria", "a base in Mali") or a motion's goal
_GOAL_PREPS = frozenset({"to", "in", "at"})
#: prepositions that place the subject noun ("police in Tunis")
_AT_PREPS = frozenset({"in", "at"})
#: dependencies of a verb's subject, active or passive
_SUBJECTS = ("nsubj", "nsubjpass")


def _objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps`` ("a visit to Algeria": "Algeria")."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def _verb_of(word: Token) -> Token:
    """The verb a noun trigger is the object of ("to rejoin the negotiations"), else the word itself."""
    return word.head if word.dep_ in ("dobj", "obj") and word.head.pos_ in ("VERB", "AUX") else word


def _where_clause(word: Token) -> Token | None:
    """The word a "where" relative clause ``word`` stands in describes, or None."""
    tok, seen = word, 0
    while tok.head.i != tok.i and seen < 4:
        if tok.dep_ in ("relcl", "acl:relcl", "advcl"):
            return tok.head if any(c.lower_ == "where" and c.dep_ == "advmod" for c in tok.children) else None
        if tok.dep_ not in ("conj", "xcomp", "dobj", "obj", "prep", "pobj"):
            return None
        tok, seen = tok.head, seen + 1
    return None


def _motion_goal(r: _Reader, verb: Token) -> Token | None:
    """The verb of motion whose purpose clause ``verb`` is ("flew to Riyadh to attend"), or None."""
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ not in ("xcomp", "advcl") or not purpose:
        return None
    return verb.head if "motion" in r.cues[verb.head.i] else None


def _a_place(r: _Reader, tok: Token) -> bool:
    """Whether ``tok`` names a place: a place or country, or a place noun ("the city of X")."""
    m = r.mention_at.get(tok.i)
    return (m is not None and m.label in ("PLACE", "COUNTRY")) or "place_noun" in r.cues[tok.i]


def _subjects(r: _Reader, verb: Token) -> list[Token]:
    """The unnamed subjects of ``verb``, or of the verb it is joined to ("police fired and made arrests")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    seen = 0
    while verb.dep_ == "conj" and seen < 3 and not any(c.dep_ in _SUBJECTS for c in verb.children):
        verb, seen = verb.head, seen + 1
    return [c for c in verb.children if c.dep_ in _SUBJECTS and c.i not in r.mention_at]


def _described_places(r: _Reader, described: Token, mentions_of: Callable[..., list[_M]]) -> list[_M]:
    """The places a word a "where" clause describes names: its own ("Cairo, where"), its "to"/"in"/"at"
    phrase ("a visit to Algeria, where"), or a verb's place object ("visited Tehran, where")."""
    own = phrase_places(r, described, mentions_of) if described.pos_ in ("PROPN", "NOUN") else []
    goals = _objects(described, _GOAL_PREPS)
    if described.pos_ in ("VERB", "AUX"):
        goals += [c for c in described.children if c.dep_ in ("dobj", "obj")]
    return own or [m for o in goals for m in phrase_places(r, o, mentions_of)]


def setting_places(r: _Reader, heads: list[Token], mentions_of: Callable[..., list[_M]]) -> list[_M]:
    """The places the clauses around trigger words ``heads`` (the trigger's head, its light verb) set it
    in, nearest rule first (see the module docstring)."""
    found: list[_M] = []
    for word in heads:
        verb = _verb_of(word)
        described = _where_clause(verb)
        if described is not None and described.ent_type_ in ("DATE", "TIME") and described.dep_ == "pobj":
            described = described.head.head  # "visited Tehran on Tuesday, where": the parser's "Tuesday"
        if described is not None:
            found += _described_places(r, described, mentions_of)
        goal = _motion_goal(r, verb)
        if goal is not None:  # "came back to Vienna": the parser hangs "to" on "back"
            ways = [goal, *(c for c in goal.children if c.dep_ == "advmod")]
            goals = [o for w in ways for o in _objects(w, _GOAL_PREPS)]
            found += [m for o in goals for m in phrase_places(r, o, mentions_of)]
        for subj in _subjects(r, word):  # "police in Tunis" (not "combatants in Ethiopia's Tigray war")
            at = [o for o in _objects(subj, _AT_PREPS) if _a_place(r, o)]
            found += [m for o in at for m in phrase_places(r, o, mentions_of)]
        if found:
            return found
    return found
