"""Who takes part in a French event, read from the parse: the checks :mod:`.deps_fr` leaves to these rules.

* **Owner of what the event is about.** A name that only completes another noun with «de» («leur
  opposition à la position du gouvernement du Parti X», «pour dénoncer le projet de loi du gouvernement
  de X») says whose that thing is; it takes part in the event only when the phrase it completes is the
  event's own actor: the trigger's or its light verb's subject («des milliers de partisans de X ont
  manifesté»), the trigger noun itself («la réunion des ministres de X»), its «avec»/«entre» phrase, or
  the «par» phrase of a passive («signé par 22 des 27 gouvernements de l'Union»).
* **Sides of a visit.** The visitor's country is no party of a visit (GUIDELINES.md, "French": a person's
  country is not added to a role); the country visited is its host when no host is named
  (:func:`host_named_fr`: a person among the participants other than the visitor).
* **Lists.** The actors listed with a participant or a target (after it, or before it past a comma) share
  its role, whatever the parse made of the list («ainsi que les États-Unis, le Japon et le Canada»,
  «P5+1 (X, Y, Z)», «les ministres du Brésil, de l'Argentine et du Chili»).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps_fr import _SUBJ
from newsgraph.extract.events.detached_fr import detached_first_fr
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.frames import ACTORS as _ACTORS
from newsgraph.extract.events.lexicons import TriggerMatch
from newsgraph.extract.events.pairs_fr import pair_fr
from newsgraph.extract.events.phrases_fr import _CASES, _NEAR, _case, _title_heads, after_de_fr, light_verb_fr
from newsgraph.text import normalize_token
from newsgraph.types import Event

__all__ = ["owns_other_fr", "object_of_other_fr", "listed_fr", "host_named_fr"]


def _first_conjunct(tok: Token) -> Token:
    """«de la France, de l'Allemagne et de l'Italie»: the first conjunct carries the list's attachment."""
    while tok.dep_ in ("conj", "flat:name") and tok.head.i < tok.i:
        tok = tok.head
    return tok


def owns_other_fr(r: _Reader, m: _M, t: TriggerMatch) -> bool:
    """Whether mention ``m`` only says, with «de», whose a noun other than trigger ``t`` is, that noun's
    phrase being no actor of the event (see the module docstring)."""
    span = range(t.start, t.end)
    tok = _first_conjunct(r.doc[m.start : m.end].root)
    if tok.dep_ in ("appos", "flat:name") and normalize_token(tok.head.text) in _title_heads():
        tok = tok.head  # «contre la politique du président X»: the name stands for its title's phrase
    owned = False
    while (
        tok.dep_ == "nmod" and tok.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and tok.head.i not in span
        and after_de_fr(tok)
    ):  # fmt: skip
        tok = _first_conjunct(tok.head)
        owned = True
    if not owned or normalize_token(tok.text) in _title_heads():
        return False  # «le prince héritier d'Arabie saoudite»: a title's (deps_fr.of_a_title_fr)
    head = r.doc[t.start : t.end].root
    light = light_verb_fr(r, head)
    # «l'accord négocié entre le PS et les écologistes d'EELV»: the trigger's own participle or relative
    own = {c.i for c in head.children if c.dep_ in ("acl", "acl:relcl") and c.pos_ in ("VERB", "AUX")}
    anchors = {*span, head.i, *own} | ({light.i} if light is not None else set())
    if tok.i in span or tok.head.i not in anchors:
        return tok.i not in span
    case = _case(tok)
    joined = after_de_fr(tok)  # «la réunion des ministres de X»
    return not (tok.dep_ in _SUBJ or joined or case in _CASES["participant"] | _CASES["agent"])


def object_of_other_fr(r: _Reader, m: _M, t: TriggerMatch) -> bool:
    """Whether mention ``m`` is in the object of a verb other than trigger ``t``'s own or light verb: «les
    dirigeants présentaient en conférence de presse le bilan de la saison dans la ligue X»: X is in what
    they present, no actor of the press conference."""
    phrase = _first_conjunct(r.doc[m.start : m.end].root)
    while phrase.dep_ in _NEAR and phrase.head.i != phrase.i:
        phrase = phrase.head
    head = r.doc[t.start : t.end].root
    verb = phrase.head
    if phrase.dep_ != "obj" or verb.pos_ != "VERB" or t.start <= verb.i < t.end or verb.i == head.i:
        return False
    return verb != light_verb_fr(r, head)


#: Words that join list items («X, Y et Z», «X, ainsi que Y», «le groupe P5+1 (X, Y, Z)»)
_JOINS = frozenset({",", "et", "ainsi", "que", "("})
#: Words that may open a list item before its name («la France, l'Allemagne et de l'Italie»)
_OPENERS = frozenset({"le", "la", "l'", "l’", "les", "de", "d'", "d’", "du", "des"})
#: Words that may close a list item («X, Y et Z ont signé», «(X, Y)»)
_CLOSERS = frozenset({",", "et", ")", ".", ";", ":", "ainsi"})


def _item_after(r: _Reader, end: int, long: bool) -> tuple[_M | None, bool]:
    """The mention of the list item that follows token ``end``, and whether it is the last («et»); ``long``:
    a comma stood between earlier items («X, Y et Z ont repris»: Z ends the list before the verb)."""
    i, joins = end, []
    while i < len(r.doc) and r.doc[i].lower_ in _JOINS:
        joins.append(r.doc[i].lower_)
        i += 1
    if not joins or joins[-1] == "ainsi" or (joins[0] == "que" and "ainsi" not in joins):
        return None, True
    while i < len(r.doc) and i not in r.mention_at and r.doc[i].lower_ in _OPENERS and i - end < 6:
        i += 1
    m = r.mention_at.get(i)
    if m is None or m.start != i or r.sent_of[i] != r.sent_of[end - 1]:
        return None, True
    last = "et" in joins
    after = r.doc[m.end] if m.end < len(r.doc) else None
    if after is not None and after.lower_ not in _CLOSERS and (
        not last or (not long and after.pos_ in ("VERB", "AUX"))
    ):
        return None, True  # «avec la France, l'Allemagne a indiqué»: a new clause's subject, not an item
    return m, last


def _item_before(r: _Reader, start: int) -> _M | None:
    """The mention of the list item that a comma separates from the one at token ``start`` («des ministres
    du Brésil, de l'Argentine et du Chili», the first item read as a complement of another noun)."""
    i = start - 1
    while i >= 0 and r.doc[i].lower_ in _OPENERS and start - i < 4:
        i -= 1
    if i < 1 or r.doc[i].lower_ not in (",", "et"):
        return None
    m = next((x for x in r.mentions if x.end == i), None)
    if m is None or r.sent_of[m.start] != r.sent_of[start]:
        return None
    if r.doc[i].lower_ == "et" and not detached_first_fr(r.doc[m.start : m.end].root):
        return None  # «Pékin et Moscou ont signé» with «Pékin» a root of its own (detached_fr.py)
    j = m.start - 1
    while j >= 0 and r.doc[j].lower_ in _OPENERS:
        j -= 1
    return None if j >= 0 and r.doc[j].lower_ in _SET_APART else m


#: Words before a name that set it apart from the list after the comma («Au Mali, la France et le Niger»)
_SET_APART = frozenset({"à", "au", "aux", "en", "dans", "selon", "pour", "après", "depuis", "sur", "chez",
                        "vers", "contre", "avec", "par"})


def listed_fr(r: _Reader, raw: _Raw) -> None:
    """Actors listed with one that holds a participant or target role take the same role: «signé par
    22 gouvernements de l'Union, ainsi que les États-Unis, le Japon et le Canada», «le groupe P5+1
    (États-Unis, Allemagne, France)», which the parse often breaks into appositions and obliques."""
    held = {ref for slot in raw.roles.values() for ref in slot}
    for role in ("participant", "target"):
        slot = raw.roles.get(role, {})
        for m in [m for m in r.in_sent(raw.sent) if slot.get(m.ref, 0.0) >= _READ]:
            score, cur, last, long = slot[m.ref], m, False, False
            while not last:
                nxt, last = _item_after(r, cur.end, long)
                if nxt is None or nxt.label not in _ACTORS or nxt.payload == "adj":
                    break
                if (nxt.label == "PERSON") != (m.label == "PERSON"):
                    break
                if nxt.ref not in held:
                    raw.add(role, nxt.ref, score)
                long = long or r.doc[cur.end].text == ","
                cur = nxt
            cur = m
            while (prev := _item_before(r, cur.start)) is not None and prev.label in _ACTORS:
                if prev.payload == "adj" or (prev.label == "PERSON") != (m.label == "PERSON"):
                    break
                if prev.ref not in held:
                    raw.add(role, prev.ref, score)
                cur = prev
    pair_fr(r, raw)  # «les deux pays»: the two countries named together before (pairs_fr.py)


#: The least score of a role the parse read (not a nearest actor) from which a list is followed
_READ = 1.0


def host_named_fr(ev: Event) -> bool:
    """Whether a visit's participants name a person other than its visitor: its host («à l'invitation de son
    homologue X»), who stands for the country visited."""
    visitors = ev.roles.get("agent", ())
    return any(p.startswith("person/") and p not in visitors for p in ev.roles.get("participant", ()))
