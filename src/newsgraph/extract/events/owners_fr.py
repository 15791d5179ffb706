"""Actors of a French event that its own phrase does not name, read from the clause around it.

* **Possessive.** An event noun with a possessive determiner in a phrase of time or circumstance of a
  verb («Lors de sa visite à Alger, X a rencontré Y», «à l'issue de leur rencontre, X et Y ont publié»,
  «après son arrestation, X a déclaré»): the possessor is the verb's subject, who fills the role the
  noun's «de» phrase would (:func:`owner_verb_fr`). A noun of meeting needs no possessive, only no definite
  article («à l'issue de pourparlers, X et Y ont annoncé»).
* **First of two subjects left a root.** «Le Maroc et l'Algérie ont rompu», «Pékin et Moscou ont signé»:
  ``fr_core_news_md`` often reads the first name as a root of its own (:mod:`.detached_fr`) and the
  second as the verb's only subject; the first shares the second's role (:func:`detached_partner_fr`).
* **Relative clause of a light verb.** «la visite qu'effectue en Algérie le président X», «l'attaque qu'ont
  menée les talibans»: the subject of a light verb whose relative «que» stands for the event noun does the
  event, whether the parser read it as the subject or, inverted after the verb, as an object
  (:func:`relative_doers_fr`).
* **Party verbs.** «Les Houthis ont accepté la trêve», «ont violé le cessez-le-feu», «se sont engagés à
  respecter l'accord»: the subject of a ``party`` cue verb whose object is an agreement or a ceasefire is
  one of its parties; the verb stands as its light verb (:func:`party_verb_fr`).
* **Winner.** «X a remporté la présidentielle», «X a remporté une victoire écrasante dès le premier tour
  de l'élection», «X a été déclaré vainqueur de la présidentielle»: who wins an election is whom it
  elects, its target (:func:`winners_fr`).
* **Called by.** «Des milliers de personnes ont manifesté à l'appel des syndicats», «une grève à
  l'appel de la CGT»: who called a protest takes part in it (:func:`called_by_fr`).

Examples:
    >>> sorted(load_cues("fr")["circumstance"])[:3]
    ['après', 'avant', 'cours']
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps import inherited_subject
from newsgraph.extract.events.detached_fr import detached_first_fr
from newsgraph.extract.events.frames import _M
from newsgraph.extract.events.lexicons import load_cues
from newsgraph.extract.events.phrases_fr import _CASES, _case, phrase_mentions_fr

__all__ = ["owner_verb_fr", "owner_subjects_fr", "detached_partner_fr", "relative_doers_fr", "party_verb_fr",
           "winners_fr", "called_by_fr", "owned_noun_fr"]

#: The dependencies that hang a noun (or the word that opens its phrase) on a verb or on that word.
_HUNG = ("obl", "obl:mod", "obl:arg", "nmod", "advmod")


def _possessive(noun: Token) -> bool:
    return any(c.dep_ == "det" and "Yes" in c.morph.get("Poss", []) for c in noun.children)


def owned_noun_fr(noun: Token) -> bool:
    """Whether a French event noun has a possessive («sa conférence de presse», «sa demande d'aide»): the only
    trigger the nearest actor of its clause is given to when its parse names no doer. Otherwise that actor
    was, on other-outlet news, a medium («un communiqué publié sur Facebook»), an agency credit or the group
    a cell was tied to («une cellule affiliée à l'État islamique démantelée») in 5 cases of 6."""
    return noun.pos_ in ("NOUN", "PROPN") and _possessive(noun)


def owner_verb_fr(noun: Token, meets: bool = False) -> Token | None:
    """The verb whose subject owns event noun ``noun`` («sa visite», «leur rencontre») in a phrase of time or
    circumstance of that verb (see the module docstring); None when the noun is no such phrase's. A noun of
    meeting (``meets``) needs no possessive, only no definite article: «à l'issue de pourparlers, X et Y ont
    annoncé», «lors d'une réunion, X a plaidé» (X took part; «après la réunion du Conseil, X a dit»: unsaid).
    """
    cues = load_cues("fr")  # ``circumstance``: the words that open a phrase of time or circumstance
    definite = any(c.dep_ == "det" and c.lower_ in cues["definite"] for c in noun.children)
    if not (_possessive(noun) or (meets and not definite)) or noun.dep_ not in _HUNG:
        return None
    words = {noun.lower_} | {c.lower_ for c in noun.children if c.dep_ == "case"}
    tok = noun.head
    if tok.pos_ not in ("VERB", "AUX"):  # «lors de sa visite»: «lors», «issue» between noun and verb
        words.add(tok.lower_)
        if tok.dep_ not in _HUNG:
            return None
        tok = tok.head
    if tok.pos_ != "VERB" or tok.i == noun.i or words.isdisjoint(cues["circumstance"]):
        return None
    return tok


def owner_subjects_fr(verb: Token) -> list[Token]:
    """The subjects of the verb an event noun's phrase of circumstance hangs on (:func:`owner_verb_fr`): its
    own, the first of two the parser left a root of its own («l'Iran et les États-Unis ont annoncé»), else
    the subject it shares with the verb it is joined to («X et Y avaient surpris le monde en annonçant»)."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "nsubj:pass")]
    own += [first for c in own if (first := detached_partner_fr(c)) is not None]
    shared = inherited_subject(verb, relcl="acl:relcl") if not own else None
    return own or ([shared] if shared is not None else [])


def detached_partner_fr(subject: Token) -> Token | None:
    """The name a verb's subject ``subject`` is joined to by «et» when the parser left that first name a root
    of its own («Le Maroc et l'Algérie ont rompu»: «Maroc», for subject «Algérie»)."""
    before = subject.left_edge.i - 1
    if before < 1 or subject.doc[before].lower_ != "et":
        return None
    first = next((t for t in subject.sent if t.dep_ == "ROOT" and t.i < before), None)
    if first is None or first == subject or not detached_first_fr(first):
        return None
    end = max([first.i, *(c.i for c in first.children if c.dep_ == "flat:name")])
    return first if end + 1 == before else None


def relative_doers_fr(r: _Reader, noun: Token) -> list[Token]:
    """The subjects of the light verbs (``light_verb`` cues) of the relative clauses whose «que» stands for
    event noun ``noun``: «la visite qu'effectue le président X» (see the module docstring)."""
    out: list[Token] = []
    for verb in (c for c in noun.children if c.dep_ == "acl:relcl" and "light_verb" in r.cues[c.i]):
        if not any(c.dep_ == "obj" and "complement" in r.cues[c.i] for c in verb.children):  # «que»
            continue
        out += [c for c in verb.children if c.dep_ == "nsubj" or (c.dep_ == "obj" and c.i > verb.i)]
    return out


#: The kinds of event whose parties a ``party`` cue verb's subject is.
_PARTIES = frozenset({"Agreement", "Ceasefire"})


def party_verb_fr(r: _Reader, noun: Token, kind: str) -> Token | None:
    """The ``party`` cue verb event noun ``noun`` (an agreement or a ceasefire: ``kind``) is the object of
    («ont accepté la trêve»), whose subject is a party to it; None for another verb or kind."""
    verb = noun.head
    if kind not in _PARTIES or noun.dep_ not in ("obj", "nsubj:pass") or verb.pos_ != "VERB":
        return None
    return verb if "party" in r.cues[verb.i] else None


def winners_fr(r: _Reader, noun: Token, kind: str) -> list[_M]:
    """Who wins election noun ``noun`` (``kind`` "Election"; see the module docstring): the names of the
    subject of a ``wins`` cue verb it is the object of, or of the verb its «victoire»/«vainqueur» phrase hangs
    on (the passive subject, else the object, of «déclarer X vainqueur»); a nationality adjective of the
    phrase is none («l'opposant sénégalais, X»: X)."""
    if kind != "Election":
        return []
    tok = noun
    won = load_cues("fr")["won_through"]
    while tok.dep_ == "nmod" and tok.head.lemma_ in won and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if verb.pos_ != "VERB" or verb.i == tok.i or (tok == noun and not (
            tok.dep_ == "obj" and "wins" in r.cues[verb.i])):
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    subjects = subjects or [c for c in verb.children if c.dep_ == "obj" and c != tok]
    return [m for c in subjects for m in phrase_mentions_fr(r, c) if m.payload != "adj"]


def called_by_fr(tok: Token) -> list[Token]:
    """The «de» phrases of an «à l'appel de» hung on protest trigger ``tok`` (or on its light verb): who
    called the protest («ont manifesté à l'appel des syndicats»)."""
    calls = [c for c in tok.children if c.lemma_ == "appel" and _case(c) in ("à", "a")]
    return [g for c in calls for g in c.children
            if g.dep_ == "nmod" and (_case(g).split() or [""])[0] in _CASES["genitive"]]
