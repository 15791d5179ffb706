"""English parse links beyond a trigger's own phrase (used by :mod:`.deps`).

Who a phrase stands for when the parse spreads it over several words: the conjuncts of a
head, the names an apposition lists ("his counterparts, A and B"), the noun a relative
pronoun stands for ("Tom Ray, who was arrested"); and who did an act named elsewhere in
the clause: a participle after an event noun ("the attack, conducted by X"), the object of
an accusation ("accused X of the attack"), the side of an operation ("killed in a US
operation"); the side a spokesperson subject speaks for ("a spokesman for the Pentagon"); whom
the clause an appeal demands or a threat announces is aimed at ("demanded that Israel withdraw",
"threatened to retaliate against X"); what an event noun hit as the subject of a verb of aiming
("the bombing targeted a convoy") or after "by" ("facilities were hit by drone strikes"), or the object of
an ``aims`` participle after it ("missiles targeting US troops"); the object a verb shares with the verbs
joined after it ("arrested and charged X"); the owner of an ``own_act`` noun an infinitive describes
("Iran's decision to expel X": Iran expels); the noun a past participle describes, which underwent the act
("fighters arrested last year"); who leads what a noun names ("Saudi-led airstrikes"); whom "its" on an event
noun that is a verb's object stands for ("vowed to continue its attacks"); the subject a gerund after "by"
shares ("retaliated by striking X"); the light verb an event noun is the object of ("carried out the attack").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Token

from newsgraph.extract.dates_patterns import tables
from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M, MentionLike
from newsgraph.extract.events.lexicons import load_cues
from newsgraph.extract.tokens import mention_at

__all__ = ["capital_acts_en", "titled_name", "wire_credit"]


class _Labelled(Protocol):
    """A mention of either kind here (:class:`MentionLike`, ``_M``): only its label is read."""

    @property
    def label(self) -> str: ...


_ML = TypeVar("_ML", bound=_Labelled)


def _conjuncts(tok: Token) -> Iterator[Token]:
    yield tok
    for child in tok.children:
        if child.dep_ == "conj":
            yield from _conjuncts(child)


def _naming_first(child: Token) -> int:
    """Children that name the phrase's head itself (apposition, then compound) before those that name
    its owner or kind: "her husband, Tom Ray" is Tom Ray; "Iran's foreign minister, Javad Zarif" Zarif;
    "the Kremlin critic Alexei Navalny" Navalny (the apposed name before the compound's)."""
    return 0 if child.dep_ == "appos" else 1 if child.dep_ == "compound" else 2


def _listed(r: _Reader, head: Token, labels: tuple[str, ...]) -> list[_M]:
    """The names an apposition lists for a noun that names nobody itself, with their conjuncts:
    "his counterparts, Ann Lee and Bo Chen" stands for both; likewise an "of" phrase's list ("the
    delegations of Ruritania, Valdoria and Freedonia"), unless the noun is an office or a tie held to them
    (parties only: where an event happened is read in :mod:`.deps_places`)."""
    out: list[_M] = []
    listing = [c for c in head.children if c.dep_ == "appos"]
    if "PLACE" not in labels:
        listing += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                    and not _holder_of(r, head, c) for p in c.children if p.dep_ == "pobj"]
    for appos in listing:
        for tok in _conjuncts(appos):
            x = r.mention_at.get(tok.i)
            if x is not None and x.label in labels and x.payload != "adj" and x not in out:
                out.append(x)
    return out if len(out) > 1 else []


def _holder_of(r: _Reader, head: Token, child: Token) -> bool:
    """Whether ``child`` (a possessor or an "of" phrase) names whom the person noun ``head`` is related
    to, not that person: an office ("Poland's president", "the mayor of Gdansk, Poland") or kin ("bin
    Laden's son"), ``office`` and ``relation`` cues. GUIDELINES.md: a person's country or organization
    is not added to a role (the parse still finds a name the noun stands for: "his son, Hamza")."""
    whose = child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of")
    if whose and child.dep_ == "prep" and titled_name(child, lambda tok: r.mention_at.get(tok.i)) is not None:
        return False  # "Mayor of London Sadiq Khan": the parser put the mayor's name in the "of" phrase
    return whose and not {"office", "relation"}.isdisjoint(r.cues[head.i])


def titled_name(of: Token, mention: Callable[[Token], _ML | None]) -> _ML | None:
    """The person an "of" phrase after a title names when the parser ran the office's place and the
    holder's name together ("Governor of Washington Chris Gregoire": pobj "Gregoire", with
    "Washington" a compound of it): a person mention on the object, led by a place, country or
    organization of its own; or a person in apposition to the office's place ("the mayor of Paris,
    Ann Lee"). ``mention`` gives the mention covering a token."""
    for obj in (c for c in of.children if c.dep_ == "pobj"):
        who = mention(obj)
        if who is not None and who.label in ("PLACE", "COUNTRY", "ORGANIZATION"):
            # "the mayor of Paris, Ann Lee, said": the parser hangs the holder's name on the place
            named = (mention(c) for c in obj.children if c.dep_ == "appos")
            held = next((m for m in named if m is not None and m.label == "PERSON"), None)
            if held is not None:
                return held
        if who is None or who.label != "PERSON":
            continue
        for c in obj.children:
            owner = mention(c) if c.dep_ == "compound" and c.i < obj.i else None
            if owner is not None and owner is not who and owner.label in ("PLACE", "COUNTRY", "ORGANIZATION"):
                return who
    return None


def _antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("Tom Ray, who was arrested": Tom Ray), else ``tok``."""
    if tok.tag_ not in ("WP", "WDT"):
        return tok
    verb = tok.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" else tok


def _participles(noun: Token) -> list[Token]:
    """Participles that describe a noun: its own ("the attack conducted by X"), or one right after
    the noun and a comma that the parser hung on the clause's verb ("died in the attack, reportedly
    conducted by the Taliban"): a participle with no subject or auxiliary of its own."""
    out = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    doc, i = noun.doc, noun.right_edge.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
        while i < len(doc) and doc[i].pos_ == "ADV":
            i += 1
        if (
            i < len(doc)
            and doc[i].tag_ == "VBN"
            and doc[i].dep_ in ("advcl", "conj")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in doc[i].children)
        ):
            out.append(doc[i])
    return out


def _accused(r: _Reader, tok: Token) -> list[Token]:
    """Whom an ``accusation`` verb holds to have done the act after "of"/"for" ("accused Israel of the
    attack", "blamed the Houthis for attacking the tanker"): the verb's object, or its passive subject
    ("Israel was accused of attacking the ship")."""
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("of", "for"):
        return []
    if prep.head.dep_ == "dobj" and "accusation" in r.cues[prep.head.head.i]:
        return [prep.head]  # the parser hangs "of the attack" on the accused ("accused X of the attack")
    if "accusation" not in r.cues[prep.head.i]:
        return []
    return [c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")]  # "X was accused of attacking"


#: prepositions whose object a threatened act is aimed at ("threatened to retaliate against X")
_AIMED = ("against", "on", "at")


def _demanded(verb: Token, event_type: str) -> list[Token]:
    """Whom a complement clause aims an appeal or a threat at: the subject of the clause an appeal
    demands ("demanded that Israel withdraw", "called for Israel to withdraw"), the object of the act
    a threat announces ("threatened to strike Iran", "threatened to retaliate against X")."""
    out: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "advcl", "xcomp")):
        if event_type == "Appeal":
            marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
            if clause.dep_ == "ccomp" or "for" in marks:
                out += [c for c in clause.children if c.dep_ in ("nsubj", "csubj")]
        elif event_type == "Threat" and clause.dep_ == "xcomp":
            out += [c for c in clause.children if c.dep_ == "dobj"]
            out += [p for c in clause.children if c.dep_ == "prep" and c.lower_ in _AIMED
                    for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    return out


def _aimed_at(r: _Reader, noun: Token, passive_by: bool) -> list[Token]:
    """What an event noun hit: the passive subject of the verb it is the "by" phrase of (``passive_by``:
    "facilities were hit by drone strikes"), the object of an ``aims`` verb it is the subject of ("the
    bombing targeted a NATO convoy"), the subject of a copula whose ``aimed_noun`` it is the "of" of ("Abqaiq
    was the target of an attack")."""
    if passive_by:
        return [c for c in noun.head.head.children if c.dep_ == "nsubjpass"]
    aimed = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and aimed.dep_ == "attr" \
            and "aimed_noun" in r.cues[aimed.i]:
        return [c for c in aimed.head.children if c.dep_ == "nsubj"]
    if noun.dep_ == "nsubj" and "aims" in r.cues[noun.head.i]:
        return [c for c in noun.head.children if c.dep_ == "dobj"]
    return []


def _operations(r: _Reader, verb: Token) -> list[Token]:
    """Nouns of an operation the verb's act was part of ("killed in an operation", "during a raid"):
    ``operation`` cue words after "in"/"during"."""
    return [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
        for o in p.children if o.dep_ == "pobj" and "operation" in r.cues[o.i]
    ]  # fmt: skip


def _spokesperson_side(ms: Sequence[MentionLike], subj: Token) -> str | None:
    """The organization or country a spokesperson subject speaks for, as the parse shows it: "a
    spokesman for the Pentagon, John Kirby", "Foreign Ministry spokeswoman Maria Zakharova"."""
    words = load_cues("en").get("spokesperson", frozenset())
    near = [subj, subj.head if subj.dep_ == "appos" else subj]
    near += [c for c in subj.children if c.dep_ in ("appos", "compound")]
    for tok in (t for t in near if t.lower_ in words):
        for c in tok.children:
            if c.dep_ not in ("prep", "compound", "poss", "amod"):
                continue
            objs = [c]
            if c.dep_ == "prep":  # "a spokesman for the Pentagon"
                objs = [o for o in c.children if o.dep_ == "pobj" and c.lower_ == "for"]
            for m in (mention_at(ms, o) for o in objs):
                if m is not None and m.label in ("ORGANIZATION", "COUNTRY") and m.entity_id:
                    return str(m.entity_id)
    return None


def _shared_objects(verb: Token) -> list[Token]:
    """The object a verb with none of its own shares with the verbs joined after it ("arrested and
    charged X", "detained, questioned and charged X": X was arrested): the object of the first later
    conjunct that has one, when no conjunct between has a subject or object of its own."""
    if any(c.dep_ in ("dobj", "obj", "nsubjpass", "ccomp", "xcomp", "prt") for c in verb.children):
        return []
    for c in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i):
        if any(x.dep_ in ("nsubj", "nsubjpass", "csubj") for x in c.children):
            return []
        objs = [x for x in c.children if x.dep_ in ("dobj", "obj")]
        return objs or _shared_objects(c)
    return []


def _infinitive_owner(r: _Reader, verb: Token) -> Token | None:
    """The noun an infinitive describes, whose owner does the act ("Iran's decision to expel X", "the US
    plan to sanction X"; ``own_act`` cues, not "the request of X to suspend"): the noun, read for the
    mention of its possessor, compound or adjective."""
    if verb.dep_ != "acl" or "own_act" not in r.cues[verb.head.i]:
        return None
    return verb.head if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) else None


def _led_by(noun: Token) -> list[Token]:
    """Who leads what a noun names, by a "-led" modifier ("Saudi-led airstrikes", "a US-led raid")."""
    return [
        x for c in noun.children if c.dep_ == "amod" and c.lower_ == "led" and c.i < noun.i
        for x in c.children if x.dep_ in ("npadvmod", "compound", "nmod", "amod") and x.i < c.i
    ]  # fmt: skip


_SUBJECTS = ("nsubj", "nsubjpass")


def _described(verb: Token) -> list[Token]:
    """The noun a past participle describes, which underwent the act ("fighters arrested last year",
    "officials sanctioned by the EU"): a participle with no subject of its own."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return []
    return [verb.head] if verb.head.pos_ in ("NOUN", "PROPN") else []


def _aimed_by_participle(r: _Reader, noun: Token) -> list[Token]:
    """What an event noun is aimed at by an ``aims`` participle after it ("missiles targeting US troops",
    "strikes hitting rebel positions"): the participle's object."""
    return [
        o for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and "aims" in r.cues[c.i]
        for o in c.children if o.dep_ in ("dobj", "obj")
    ]  # fmt: skip


def _its_doer(r: _Reader, noun: Token) -> Token | None:
    """Whom "its" on an event noun refers to when the noun is a verb's object: that verb's subject, or for
    an infinitive the object of the verb it completes, else that verb's subject ("Hamas vowed to continue
    its attacks", "urged the army to halt its strikes"). Not after a verb that judges an act ("condemned
    its attacks": someone else's)."""
    if noun.dep_ != "dobj" or not any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
        return None
    verb = noun.head
    if "evaluative" in r.cues[verb.i]:
        return None
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own:
        return own[0]
    if verb.dep_ != "xcomp":
        return None
    objs = [c for c in verb.head.children if c.dep_ == "dobj"]
    subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    found = objs or subj
    return found[0] if found else None


#: prepositions whose gerund shares the subject of the verb they follow ("retaliated by striking X")
_GERUND_PREPS = ("by", "after", "before", "while", "without")


def _gerund_subject(verb: Token) -> Token | None:
    """The subject of the verb a gerund after "by"/"after"/... completes ("Iran retaliated by striking US
    bases": Iran struck), or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in _GERUND_PREPS:
        return None
    return next((c for c in prep.head.children if c.dep_ == "nsubj"), None)


def capital_acts_en(tok: Token) -> bool:
    """Whether a capital's head word ``tok`` acts for its country: a subject, or after "between",
    "with", "by", "against"; after "in", "to", "from"... it stays a place, and so does an object (where
    one goes: "visited Baghdad") and a dateline's name ("NAIROBI, March 3 (AFP) - Police said": the
    parser may make it the subject)."""
    if tok.dep_ == "pobj":
        return tok.head.lower_ in ("between", "with", "by", "against")
    marked = tok.i + 1 < len(tok.doc) and tok.nbor(1).text in ("—", "–", "-", "--", ":", "(")  # "AMMAN --"
    dated = tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "," and tok.nbor(2).ent_type_ == "DATE"
    dateline = (marked or dated) and not any(w.is_alpha for w in tok.doc[tok.sent.start : tok.i])
    return tok.dep_ in ("nsubj", "nsubjpass") and not dateline


def wire_credit(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are the news agency a dateline credits, in brackets after its place
    and date ("RABAT, May 11 (Reuters) - Morocco signed", "BEIRUT (AP) —", "Oct 11 (Reuters) –"): no
    party to the news."""
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    before = doc[doc[start].sent.start : start - 1]
    months = tables("en").months  # "Oct 11 (Reuters) –": the parser may tag no date
    return 0 < len(before) <= 8 and all(
        t.is_punct or t.like_num or t.ent_type_ in ("GPE", "LOC", "DATE") or t.is_upper
        or t.lower_.rstrip(".") in months for t in before
    )


def _light_verb(r: _Reader, noun: Token) -> Token | None:
    """The verb a noun trigger is the object of, when it is a light verb ("carried out the attack"), or
    the verb of motion it is the purpose of ("arrived in Tehran for a visit")."""
    head = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_ == "responsibility":
        head = noun.head.head  # "claimed responsibility for the attack"
    if head.dep_ in ("dobj", "nsubjpass", "obj") and "light_verb" in r.cues[head.head.i]:
        return head.head
    if head.dep_ == "pobj" and head.head.lower_ in ("for", "on") and "motion" in r.cues[head.head.head.i]:
        return head.head.head  # "arrived in Tehran for a visit", "is travelling to Cairo for talks"
    if head.dep_ in ("dobj", "obj") and head.head.lemma_ == "claim":
        return head.head
    return None
