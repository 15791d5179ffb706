"""Places and countries in a dependency parse, for :mod:`.deps` and :mod:`.deps_fr`.

What a phrase names as a place (:func:`phrase_places`, :func:`best_place`), a country that only
modifies a noun (:func:`country_modifier`: "a US operation" says whose, not where), the words that
place a noun trigger (a participle after it, a verb of occurrence), a place name before a visit noun
("the Iraq trip"), and the mentions read before any trigger: capitals that act as their country
(:func:`capitals_as_countries`) and a country right before a person's name, his nationality
(:func:`nationality_before_name`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M
from newsgraph.extract.events.lexicons import EventTypeInfo
from newsgraph.extract.events.links import capital_acts_en
from newsgraph.kb import load_kb

__all__ = [
    "after_apposition",
    "best_place",
    "capitals_as_countries",
    "capitals_as_countries_en",
    "country_modifier",
    "nationality_before_name",
    "phrase_places",
]

#: Event nouns a place name before says where of: "the Iraq trip", "the Yemen truce", "the Hong Kong
#: protests" (not who).
_NAMED_FOR_PLACE = frozenset({"Visit", "Ceasefire", "Protest"})
#: Prepositions whose object says where an English trigger took place.
_PLACE_PREPS = ("in", "at", "near", "inside", "outside", "across", "throughout")


def _destination(r: _Reader, info: EventTypeInfo, c: Token) -> bool:
    """Whether ``c`` names a place by name before a visit, truce or protest noun, where it goes or holds
    ("the Iraq trip", "the Yemen truce", "Hong Kong protests"; not "the Saudi visit")."""
    m = r.mention_at.get(c.i)
    return (info.type in _NAMED_FOR_PLACE and c.dep_ == "compound" and c.i < c.head.i and m is not None
            and m.label in ("PLACE", "COUNTRY") and c.pos_ == "PROPN" and c.ent_type_ != "NORP")  # fmt: skip


def _placed_by(r: _Reader, m: _M) -> bool:
    """Whether mention ``m`` is the object of a place preposition ("in northern Iraq", "near Mosul")."""
    root = r.doc[m.start : m.end].root
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS


def after_apposition(r: _Reader, word: Token) -> list[Token]:
    """The objects of a place preposition the parse hangs on a named person that word ``word`` governs,
    right after the comma that closes the person's apposition: "met with X, a US envoy, in Qatar" says
    where the meeting was (the parse makes "in Qatar" a modifier of X), unlike "X in Qatar" (where X is)."""
    out = []
    for obj in word.children:
        if obj.dep_ == "prep" and obj.lower_ == "with":
            obj = next((p for p in obj.children if p.dep_ == "pobj"), obj)
        elif obj.dep_ not in ("dobj", "obj"):
            continue
        named = r.mention_at.get(obj.i)
        if named is None or named.label != "PERSON" or not any(c.dep_ == "appos" for c in obj.children):
            continue
        for prep in obj.children:
            closed = prep.i > 0 and r.doc[prep.i - 1].text == "," and prep.i > max(
                c.i for c in obj.children if c.dep_ == "appos")
            if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS and closed:
                out += [p for p in prep.children if p.dep_ == "pobj"]
    return out


def _occasion_heads(r: _Reader, noun: Token) -> list[Token]:
    """Words that say where a noun trigger's happening took place: a participle after it ("a press
    conference held in Riyadh") and the verb of occurrence it is the subject of ("the bombings took
    place in Tunis", "the summit was held in Cairo"; ``occurrence`` cues), also through a
    quantifier ("a couple of suicide bombings took place in ...")."""
    out = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    if tok.dep_ in ("nsubj", "nsubjpass") and "occurrence" in r.cues[tok.head.i]:
        out.append(tok.head)
    return out


def phrase_places(r: _Reader, phrase: Token, mentions_of: Callable[..., list[_M]]) -> list[_M]:
    """The places and countries a phrase names: those its head stands for (``mentions_of``), then
    any inside it ("in the city of Gdańsk", "in Gdańsk, Poland", "à l'aéroport de Kaboul").
    A country that only modifies a noun other than a place noun says whose, not where ("in a US
    counter-terrorism operation", "in Iraqi custody")."""
    found = list(mentions_of(r, phrase, ("PLACE", "COUNTRY")))
    for p in _phrase_words(phrase):
        m = r.mention_at.get(p.i)
        if m is not None and m.label in ("PLACE", "COUNTRY") and m not in found:
            found.append(m)
    return [m for m in found if not country_modifier(r, m)]

#: Dependents that open a clause of their own, or a "by" phrase: their places are not the phrase's ("sur le
#: programme nucléaire qui se négocie entre Washington et Téhéran", "in a deal brokered by Germany").
_CLAUSES = ("relcl", "acl:relcl", "advcl", "ccomp", "agent")


def _phrase_words(phrase: Token) -> list[Token]:
    out, stack = [], [phrase]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack += [c for c in tok.children if c.dep_ not in _CLAUSES]
    return out


def nationality_before_name(mentions: list[_M]) -> list[_M]:
    """A country named right before a person («l'Iranien Hossein Amir-Abdollahian», "the Saudi
    Faisal") is that person's nationality: marked as an adjective is, it fills no role of its own
    (GUIDELINES.md: a person's country is not added to a role)."""
    persons = {m.start for m in mentions if m.label == "PERSON"}
    return [_M(m.start, m.end, m.label, m.ref, "adj") if m.label == "COUNTRY" and m.end in persons else m
            for m in mentions]  # fmt: skip


def capitals_as_countries(doc: Doc, mentions: list[_M], acts: Callable[[Token], bool]) -> list[_M]:
    """Capitals that act (``acts`` of the mention's head word, read on the first conjunct: "between
    Washington and Tehran" has its preposition on Washington) become their countries."""
    kb = load_kb()
    out = []
    for m in mentions:
        country = kb.capital_of(m.ref) if m.label == "PLACE" else None
        tok = doc[m.start : m.end].root
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        out.append(_M(m.start, m.end, "COUNTRY", country, m.payload) if country and acts(tok) else m)
    return out


def capitals_as_countries_en(doc: Doc, mentions: list[_M]) -> list[_M]:
    """A capital that acts names its country's government ("Athens expelled the ambassador",
    "talks between Washington and Tehran"): see :func:`~newsgraph.extract.events.links.capital_acts_en`."""
    return capitals_as_countries(doc, mentions, capital_acts_en)


def country_modifier(r: _Reader, m: _M) -> bool:
    """A country mention that modifies a noun which is neither a place nor a place noun."""
    if m.label != "COUNTRY":
        return False
    root = r.doc[m.start : m.end].root
    head = root.head
    mods = ("compound", "amod") if r.lang == "fr" else ("compound", "amod", "nmod")  # UD nmod: «de la Syrie»
    if root.dep_ not in mods or head.i == root.i:
        return False
    named = r.mention_at.get(head.i)
    place = named is not None and named.label in ("PLACE", "COUNTRY")
    return "place_noun" not in r.cues[head.i] and not place


def best_place(found: list[_M]) -> _M | None:
    """The event's location among the places found: no nationality adjective, a place before a country."""
    names = [m for m in found if m.payload != "adj"]
    names.sort(key=lambda m: m.label != "PLACE")
    return names[0] if names else None
