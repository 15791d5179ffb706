"""Who an event is aimed at, read from a French parse: the targets :mod:`.deps_fr` leaves to these rules.

* **Addressee.** «à X» (``data/events_addressees.tsv``) names whom an appeal, a pledge, a sanction or
  a statement (:func:`.speakers_fr.addressees_fr`) is addressed to («a demandé à Israël de», «a promis
  une aide au Yémen», «des sanctions à l'Iran», «a déclaré à l'AFP»), «sur X» what an investigation
  is about («une enquête sur X»); a name, not an act («sur l'assassinat de X»).
* **Passive without a parsed subject.** «X aurait été empoisonné»: when the parser hangs the name
  elsewhere, the actor that ends right before the verb's auxiliaries is what was done to.
* **Held in a state.** «a placé en détention X», «placé en garde à vue»: a noun trigger after «en»
  on a verb takes that verb's subject as its doer and its object as what the act is done to.
* **Demand and threat.** «a exigé que le Japon présente des excuses»: the subject of the demanded
  clause is called upon; «a menacé de frapper Israël»: the object of the threatened act is threatened.
* **Aimed at.** An event noun that is the subject of a verb of aiming (``aims`` cues: «l'attentat
  visait l'ambassade») hit its object; after «par» on such a passive verb («X est visé par une
  enquête»), its subject. «l'attaque du Hamas contre Israël» (the parser hangs «contre X» on «Hamas»): X is
  hit and the «de» phrase is the doer.
* **Compound prepositions.** «à l'encontre de X» is «contre X», «aux côtés de X» «aux côtés X», however split.
* **Whose act.** The «de» phrase of an event noun: what an attack hit («l'assassinat de X», «l'attaque de
  l'ambassade»), who makes an appeal or a threat (the frame table's genitive), and who acts for the nouns
  of ``data/genitive_doers_fr.txt`` («les sanctions de l'UE», «l'offensive des FDS»).
* **Recipient.** Whom aid goes to: «à X», «pour X», «en faveur de X» anywhere in the aid's phrase («une aide
  de 50 millions de dollars à la Syrie», which the parser hangs on «millions»), or in the phrase of the noun
  the aid completes («un programme d'aide d'un milliard d'euros pour le Liban»).
* **Stray object.** A name right after a verb trigger that the parser did not read as its object
  («a arrêté Jean Dupont» with the name as ``punct``) is its object all the same.

Examples:
    >>> sorted(addressed_fr("Investigation"))
    ['sur']
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps_fr import _case
from newsgraph.extract.events.frames import _M, addressee_preps
from newsgraph.extract.events.frames import ACTORS as _ACTORS
from newsgraph.extract.events.lexicons import EventTypeInfo, load_triggers
from newsgraph.extract.lexicon import words
from newsgraph.kb import load_kb
from newsgraph.text import normalize_token

__all__ = ["addressed_fr", "named_fr", "before_passive_fr", "held_by_fr", "demanded_fr", "stray_objects_fr",
           "aimed_at_fr", "against_fr", "compound_case_fr", "genitive_fr", "recipients_fr"]

def addressed_fr(event_type: str) -> frozenset[str]:
    """The prepositions whose object ``event_type``'s act is addressed to («à», «au», «sur»)."""
    return addressee_preps("fr").get(event_type, frozenset())


@cache
def _event_nouns() -> frozenset[str]:
    """The one-word French noun triggers («assassinat», «enquête»): words that name acts, not actors."""
    nouns = (p for p in load_triggers("fr") if p.kind == "N" and len(p.slots) == 1)
    return frozenset(w for p in nouns for w in p.slots[0])


def named_fr(r: _Reader, tok: Token) -> bool:
    """Whether a phrase is an actor's name, itself or in apposition («à l'Iran», «à son homologue, X»),
    not a noun that names an act («sur l'assassinat de X», the name read as its apposition)."""
    if tok.i in r.mention_at:
        return True
    act = tok.lemma_.lower() in _event_nouns() or tok.lower_ in _event_nouns()
    return not act and any(c.dep_ in ("appos", "flat:name") and c.i in r.mention_at for c in tok.children)


def before_passive_fr(r: _Reader, verb: Token) -> list[_M]:
    """The actor that ends right before a passive verb's auxiliaries («Yasser Arafat aurait été
    empoisonné», the name misparsed): what was done to, when the parse gives no subject; or the person its
    subject «il»/«elle» stands for."""
    from newsgraph.extract.events.speakers_fr import _HE_SHE, he_she_fr  # (speakers_fr imports this module)

    if any(c.dep_ == "nsubj:pass" and c.lower_ in _HE_SHE for c in verb.children):
        he = he_she_fr(r, verb)  # «L'ancien ministre X est en fuite. Il avait été arrêté»: the person named
        return [he] if he is not None else []  # before, subject of the clause before (speakers_fr.py)
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop")])
    if first == verb.i:
        return []
    m = next((x for x in r.mentions if x.end == first), None)
    return [m] if m is not None and m.label in _ACTORS and m.payload != "adj" else []


def held_by_fr(noun: Token, info: EventTypeInfo) -> Token | None:
    """The verb that puts someone into the state a noun trigger names («a placé en détention X»,
    «placé en garde à vue»): the noun is its oblique after «en»; only for a type done to someone."""
    if info.object != "target" or not noun.dep_.startswith("obl") or noun.head.pos_ != "VERB":
        return None
    return noun.head if _case(noun) == "en" else None


def demanded_fr(verb: Token, info: EventTypeInfo) -> list[Token]:
    """Whom the clause an appeal demands or a threat announces is aimed at: the subject of the demanded
    clause («a exigé que le Japon présente des excuses»), the object of the threatened act («a menacé
    de frapper Israël», «de riposter contre les États-Unis»)."""
    if info.type == "Appeal":
        marked = [c for c in verb.children if c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children)]
        return [s for c in marked for s in c.children if s.dep_ == "nsubj"]
    if info.type == "Threat":
        acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        return [o for c in acts for o in c.children if o.dep_ == "obj" or (o.dep_.startswith("obl")
                and _case(o) in ("contre", "sur"))]  # fmt: skip
    return []


def genitive_fr(noun: Token, info: EventTypeInfo, r: _Reader) -> str | None:
    """The role of an event noun's «de» phrase: what an attack hit («l'assassinat de X»; not when a
    «contre X» names it, on the noun or on its «de» phrase: «l'attaque du Hamas contre Israël», nor when it
    names an armed group: «une attaque du groupe Boko Haram»), who acts for a noun of
    ``genitive_doers_fr.txt`` («les sanctions de l'UE»), else the frame table's genitive."""
    by = doers_fr(noun) or any(c.dep_.startswith(("nmod", "obl")) and _case(c) == "par"
                               for c in noun.children)
    if normalize_token(noun.lemma_) in words("genitive_doers_fr.txt") and not by:
        return info.subject  # not «le bombardement de la Syrie par les États-Unis»: the «par» phrase does it
    aimed = against_fr(noun) or any(c.dep_ == "nmod" and _case(c) == "contre" for c in noun.children)
    aimed = aimed or (info.family == "Attack" and _armed_of(r, noun))
    return info.object if info.family == "Attack" and not aimed else info.genitive


#: The prepositions of a noun's doer or owner: «l'attaque du Hamas», «de l'armée», «d'Israël».
_OF = frozenset({"de", "du", "d'", "d’"})


def compound_case_fr(phrase: Token) -> tuple[Token, str]:
    """A phrase and its preposition, reading a compound preposition the parser split into a noun and its
    «de» phrase as one: «à l'encontre de X» is «contre X», «aux côtés de X» is «aux côtés X»."""
    case = _case(phrase)
    compound = _COMPOUND.get((case, phrase.lower_))
    of = [c for c in phrase.children if c.dep_ == "nmod" and _case(c) in _OF] if compound else []
    return (of[0], compound) if of and compound else (phrase, case)


#: Compound prepositions as the parser may split them («à l'encontre de»: «à» + noun + «de»): the simple one
#: they stand for.
_COMPOUND = {("à", "encontre"): "contre", ("aux", "côtés"): "aux côtés", ("à", "côtés"): "aux côtés"}


def _armed_of(r: _Reader, noun: Token) -> bool:
    """Whether a «de» phrase of ``noun`` names an armed group (``kb`` kind "armed-group"): «les attaques de
    Boko Haram», «l'offensive des talibans» tell who attacks, as «l'assassinat de X» tells whom."""
    kb = load_kb()
    ofs = [g for g in noun.children if g.dep_ == "nmod" and _case(g) in _OF]
    found = [m for g in ofs for t in g.subtree if (m := r.mention_at.get(t.i)) is not None]
    return any(m.label == "ORGANIZATION" and kb.kind(m.ref) == "armed-group" for m in found)


def against_fr(noun: Token) -> list[Token]:
    """The «contre X» phrases a noun's «de» phrase carries: «l'attaque du Hamas contre Israël», which the
    parser hangs on «Hamas»: X is what the event is aimed at, and the «de» phrase, then, its doer. A «contre»
    right after the «de» phrase that the parser hung elsewhere («une attaque du Hamas contre une base a fait»:
    on the sentence's verb) is the noun's all the same."""
    ofs = [g for g in noun.children if g.dep_ == "nmod" and _case(g) in _OF]
    found = [c for g in ofs for c in g.children if c.dep_ == "nmod" and _case(c) == "contre"]
    for g in ofs if not found else []:
        nxt = g.right_edge.i + 1
        while nxt < g.sent.end and g.doc[nxt].pos_ in ("PROPN", "ADJ"):
            nxt += 1  # «du groupe Boko Haram contre», the name's last word read apart
        case = g.doc[nxt] if nxt < g.sent.end else None
        if case is not None and case.lower_ == "contre" and case.dep_ == "case" and case.head.i > case.i:
            found.append(case.head)
    return found


def doers_fr(noun: Token) -> list[Token]:
    """The «par X» phrases a noun's «de» phrase carries: «le bombardement de la Syrie par les États-Unis»,
    which the parser hangs on «Syrie»: X does the act, and the «de» phrase is what it is done to."""
    return [
        c for g in noun.children if g.dep_ == "nmod" and _case(g) in _OF
        for c in g.children if c.dep_ == "nmod" and _case(c) == "par"
    ]  # fmt: skip


def aimed_at_fr(r: _Reader, noun: Token) -> list[Token]:
    """What an event noun hits: the object of the ``aims`` verb it is the subject of («l'attentat visait
    l'ambassade»), the subject of the passive ``aims`` verb it is the «par» phrase of («X est visé par une
    enquête»); its «contre X» hung on its «de» phrase (:func:`against_fr`)."""
    verb = noun.head
    if against_fr(noun):
        return against_fr(noun)
    if verb.i == noun.i or "aims" not in r.cues[verb.i]:
        return []
    if noun.dep_ == "nsubj":
        return [c for c in verb.children if c.dep_ == "obj"]
    if noun.dep_ == "obl:agent" or (noun.dep_.startswith("obl") and _case(noun) == "par"):
        return [c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubj")]
    return []


def stray_objects_fr(r: _Reader, verb: Token) -> list[Token]:
    """A name right after a verb trigger that the parser hung on it as punctuation, an unknown dependent,
    a complement clause, a name part or a second subject («a arrêté Jean Dupont» with «Jean» as
    ``punct`` or as a subject after «la police», «a exhorté Israël à cesser» with «Israël» as
    ``xcomp``, «ont élu Emmanuel Macron» with «Emmanuel» as ``flat:name``, «menace les États-Unis de
    représailles» with an oblique without a preposition): its object."""
    subject_before = any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    return [
        c for c in verb.children if c.left_edge.i == verb.i + 1 and c.pos_ == "PROPN" and c.i in r.mention_at
        and (c.dep_ in ("punct", "dep", "xcomp", "flat:name") or (c.dep_ == "nsubj" and subject_before)
             or (c.dep_.startswith("obl") and not _case(c)))
    ]  # fmt: skip


#: The prepositions that name whom aid goes to.
_FOR = frozenset({"à", "au", "aux", "pour"})


def recipients_fr(noun: Token) -> list[Token]:
    """The phrases naming whom the aid of noun ``noun`` goes to (see the module docstring)."""
    top = noun
    if noun.dep_ == "nmod" and _case(noun) in _OF and noun.head.pos_ == "NOUN":
        top = noun.head  # «un programme d'aide», «une enveloppe d'aide»
    out: list[Token] = []
    for tok in top.subtree:
        if tok.i == top.i or not tok.dep_.startswith(("nmod", "obl")):
            continue
        case = _case(tok)
        if case in _FOR:
            out.append(tok)
        elif case == "en" and tok.lower_ == "faveur":
            out += [c for c in tok.children if c.dep_ == "nmod" and _case(c) in _OF]
    return out
