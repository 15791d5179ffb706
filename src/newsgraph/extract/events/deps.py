"""Roles of one trigger read from a dependency parse (English; French in :mod:`.deps_fr`).

:func:`dep_roles` fills a trigger's roles from the syntax around it, with
the frame table's roles per type (``data/events_types.tsv``):

* **Verb.** Subject (``nsubj``) → the type's subject role; passive subject
  (``nsubjpass``) and object (``dobj``) → its object role; "by" → subject;
  "with"/"between" → participants of a meeting-like type; "on"/"against"
  → object (a meeting's topic or occasion: no party, :mod:`.topics_en`; an unnamed actor "suspected to
  be X" is X, :mod:`.suspects_en`), and "from"/"to" the object of an appeal ("demanded an
  explanation from Russia", "appealed to China"). A verb without a subject
  of its own takes the subject of the verb it is joined to ("police
  arrested X and charged him", "decided to attack").
* **Noun.** Possessor and compound actor ("Iran's attack", "Houthi
  attack") → subject, but the possessor of a ``victim`` noun is its object ("the reporter's
  murder"; not with an "of" victim: "the regime's killing of protesters"), and the possessor of a noun of
  what is done to someone whose "of"/"into" names who ("the NCA's investigation of X") its doer; "by" →
  subject; "of" →
  the type's genitive role ("the arrest of X", "the visit of the minister"); "of"/"from" on a
  speech act's noun → who asks or speaks ("at the request of X", "a
  request from X"); "on"/"against" → object. A noun that is the object of a light verb (``light_verb``
  cues: "carried out the attack", "held talks", "signed an agreement")
  takes that verb's roles too, as does a noun after "responsibility for".
  A participle after the noun names the doer: "by" ("the attack, conducted
  by the Taliban") or, after an ``attribution`` cue, "to"/"on" ("an attack
  ascribed to the Taliban", "a bombing blamed on ISIS").
* **Place.** "in"/"at"/"near" on the trigger (or its light verb) with a
  place or country → location, a place before a country; "to" for a
  visit, and a visit's object that is a place ("visited Baghdad"), or its name before a visit noun
  ("the Iraq trip": where, not who); a place in what an attack hit ("struck the plant at
  Abqaiq"; attacks only, not "elected X, mayor of London"). A noun
  trigger is also placed by a participle after it ("a conference held in
  Riyadh") and by the verb of occurrence it is the subject of ("the bombings
  took place in Tunis", "the summit was held in Cairo"); failing those, by the clause around it
  (:mod:`.settings_en`: "arrived in Cairo, where he met X", "police in Tunis made arrests").
  What a phrase names as a place, and which country only modifies a noun, is read in
  :mod:`.deps_places`.

Beyond the trigger's phrase (:mod:`.links`): a passive verb of saying raises its subject to the
reported act ("X was reported to have visited"); a bare participle joined to a passive verb is
passive too ("was arrested and banned"); the object of an ``accusation`` verb did the act after
"of"/"for" ("accused Israel of the attack"); the side of the ``operation`` a verb's act was part of
did it ("killed in a US operation"); a verb of ``motion`` lends its subject to the event noun after
"for"/"on" ("arrived for a visit"); a possessor of a noun aimed at someone is its doer ("the EU's
sanctions against Belarus"); shared objects, owners of plans, described nouns, "-led" (see :mod:`.links`).
A word tagged a noun that has an object or an auxiliary is read as a verb ("to sanction X").

A phrase stands for the mentions of its heads: the mention covering the
head word, else one joined to it as apposition, compound, possessor or "of"
complement, in that order ("the mayor, Paweł Adamowicz"; "her husband, Tom Ray"; "the
government of Iraq"), conjuncts included ("Iran and Iraq"), every name an apposition lists
("his counterparts, A and B") and every name after "including" ("36 people, including X"); a
relative pronoun stands for its noun. A nationality adjective
("Turkish police") stands for its phrase only when nothing else does, and never for private persons or
non-state groups ("Iranian protesters", "Iraqi militias": ``private`` cues).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.conjuncts_en import passive_conjunct_subject, shared_passive
from newsgraph.extract.events.deps_places import (
    _PLACE_PREPS,
    _destination,
    _occasion_heads,
    _placed_by,
    after_apposition,
    best_place,
    capitals_as_countries,
    capitals_as_countries_en,
    country_modifier,
    nationality_before_name,
    phrase_places,
)
from newsgraph.extract.events.frames import _M, _Raw, addressee_preps
from newsgraph.extract.events.frames import ACTORS as _ACTORS
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch
from newsgraph.extract.events.links import (
    _accused,
    _aimed_at,
    _aimed_by_participle,
    _antecedent,
    _conjuncts,
    _demanded,
    _described,
    _gerund_subject,
    _holder_of,
    _infinitive_owner,
    _its_doer,
    _led_by,
    _light_verb,
    _listed,
    _naming_first,
    _operations,
    _participles,
    _shared_objects,
)
from newsgraph.extract.events.owners_en import owned_only
from newsgraph.extract.events.settings_en import setting_places
from newsgraph.extract.events.suspects_en import supposed_identity, supposed_subject
from newsgraph.extract.events.topics_en import PARTY_PREPS, TOPIC_PREPS, parties_in_topic

__all__ = ["dep_roles", "dep_location", "is_passive", "country_modifier"]
# importable from here as before the split (the code lives in .deps_places)
__all__ += ["best_place", "capitals_as_countries", "capitals_as_countries_en", "nationality_before_name",
            "phrase_places"]

_SUBJ = ("nsubj", "csubj")
_OBJ = ("dobj", "nsubjpass", "obj", "attr")
_NEAR = ("appos", "poss", "compound", "nmod", "amod")
#: prepositions and the frame role their object takes (None: the type's subject/object/genitive); a
#: meeting's participants come after topics_en.PARTY_PREPS
_OBJECT_PREPS = ("on", "against", "targeting")


def is_passive(r: _Reader, verb: Token) -> bool:
    """A passive verb ("was stabbed"): its doer, when named at all, comes after "by". A headline
    drops the auxiliary ("Mayor of Gdańsk stabbed on stage"): a bare past form there is passive too, as is
    a participle describing a noun ("the men arrested on Monday")."""
    if r.lang == "fr":
        from newsgraph.extract.events.deps_fr import is_passive_fr

        return is_passive_fr(verb)
    return (any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or _headline_passive(r, verb)
            or (verb.dep_ == "acl" and verb.tag_ == "VBN"))  # "those arrested by police"


def _headline_passive(r: _Reader, verb: Token) -> bool:
    """Headlines tell what someone did in the present ("Turkey bombs …") and what was done to
    someone with a bare participle ("Navalny poisoned", "journalist shot dead in Aden"); a past form with an
    object is active ("Boko Haram kidnapped village head")."""
    return (r.headline and r.sent_of[verb.i] == 0 and verb.tag_ in ("VBD", "VBN")
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children))  # fmt: skip


def phrase_mentions(r: _Reader, tok: Token, labels: tuple[str, ...] = _ACTORS) -> list[_M]:
    """The mentions a noun phrase headed by ``tok`` stands for (see the module docstring)."""
    out: list[_M] = []
    for head in _conjuncts(tok):
        m = r.mention_at.get(head.i)
        included = [x for c in head.children if c.dep_ == "prep" and c.lower_ == "including"
                    for p in c.children if p.dep_ == "pobj" for x in phrase_mentions(r, p, labels)]
        if included and (m is None or m.label not in labels or m.payload == "adj"):
            m = None  # "Tunisia's neighbours, including Algeria": the ones listed, not whose they are
        elif m is None or m.label not in labels or m.payload == "adj":
            near = [
                x
                for c in sorted(head.children, key=_naming_first)
                if (c.dep_ in _NEAR or (c.dep_ == "prep" and c.lower_ == "of")) and not _holder_of(r, head, c)
                and not owned_only(head, c)  # "killed by his dogs": the dogs did it, not he
                for x in (
                    [r.mention_at.get(c.i)]
                    if c.dep_ != "prep"
                    else [r.mention_at.get(p.i) for p in c.children if p.dep_ == "pobj"]
                )
                if x is not None and x.label in labels
            ]
            # "Iraqi militias", "33 Russian individuals", "Hong Kong protesters": where private persons
            # come from, no side (a country named before them as well as its adjective)
            # "his Greek counterparts": someone's own people, their adjective says no side either
            private = "private" in r.cues[head.i] or any(owned_only(head, c) for c in head.children)
            names = [x for x in near
                     if x.payload != "adj" and not (private and x.label == "COUNTRY" and x.start < head.i)]
            adjs = [x for x in near if x.payload == "adj"]
            if m is not None and m.label in labels:
                adjs.append(m)
            listed = _listed(r, head, labels)
            pick = listed or names[:1] or ([] if private else adjs[:1])
            if pick and not listed:  # "Indian and Chinese troops", "US and British forces": both
                pick += [x for c in _conjuncts(r.doc[pick[0].start : pick[0].end].root)
                         if (x := r.mention_at.get(c.i)) is not None and x.label in labels and x not in pick]
            for x in pick[1:]:
                if x not in out:
                    out.append(x)
            m = pick[0] if pick else None
        if m is None and (who := supposed_identity(head)) is not None:  # "gunmen suspected to be X"
            out += [x for x in phrase_mentions(r, who, labels) if x not in out]
        if m is not None and m not in out:
            out.append(m)
        out += [x for x in dict.fromkeys(included) if x not in out]  # "36 people, including Trump": Trump too
    return out


def _of_role(info: EventTypeInfo) -> str | None:
    """The role of an "of" complement: what is done to it ("the killing of X", "the arrest of X"),
    else the noun's genitive role ("the visit of the minister"); a speech act's is who speaks or asks
    ("at the request of X": X asks; speech acts are the types that are no article's story)."""
    return info.object if info.object == "target" and info.story else info.genitive


def inherited_subject(tok: Token, relcl: str = "relcl") -> Token | None:
    """The subject a verb shares with the verb it is joined to (conjunct, xcomp), or the noun a
    relative clause describes; ``relcl`` is the parser's relative-clause label (UD: "acl:relcl")."""
    seen = 0
    while tok.dep_ in ("conj", "xcomp", "advcl", relcl, "acl") and seen < 3:
        head = tok.head
        if tok.dep_ in (relcl, "acl"):
            return head if tok.dep_ == relcl else None
        # a passive verb of saying or thinking raises its complement's subject: "X was reported to have
        # visited", "X is believed to have fled" (X visited, X fled)
        subjects = _SUBJ + (("nsubjpass",) if tok.dep_ == "xcomp" else ())
        subj = next((c for c in head.children if c.dep_ in subjects), None)
        if subj is not None:
            return subj
        tok, seen = head, seen + 1
    return None


def dep_roles(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Fill ``raw``'s roles from the parse around trigger ``t`` (see the module docstring)."""
    if r.lang == "fr":  # Universal Dependencies labels: newsgraph.extract.events.deps_fr
        from newsgraph.extract.events.deps_fr import dep_roles_fr

        return dep_roles_fr(r, t, info, raw)
    head = r.doc[t.start : t.end].root
    meets = "participant" in (info.subject, info.object)
    # a word tagged a noun that the parse gives an object or an auxiliary is a verb ("to sanction X")
    verbal = head.pos_ in ("VERB", "AUX") or any(c.dep_ in ("dobj", "aux", "auxpass") for c in head.children)
    # whom the act is addressed to ("demanded an explanation from Russia", "appealed to China", "pledged aid
    # to Yemen", "cut ties with Qatar", "an investigation into X"): data/events_addressees.tsv
    addressed = addressee_preps("en").get(info.type, frozenset())

    def fill(tok: Token, role: str | None, score: float) -> None:
        if not role:
            return
        for m in phrase_mentions(r, _antecedent(tok)):
            if not (t.start <= m.start < t.end):
                raw.add(role, m.ref, score)

    def preps(tok: Token, score: float, own_noun: bool) -> None:
        for child in tok.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
                for p in child.children:
                    if p.dep_ == "pobj":
                        fill(p, info.subject, score)
            elif child.dep_ == "dative" and child.pos_ != "ADP" and addressed:
                fill(child, info.object, score - 0.5)  # "gave Syria aid"
            elif child.dep_ in ("prep", "dative"):  # "gave aid to Syria": "to" read as a dative
                word = child.lower_
                role = (
                    "participant" if meets and word in PARTY_PREPS
                    else info.genitive if own_noun and word == "from" and not info.story  # "a request from X"
                    else None if word in TOPIC_PREPS and info.object == "participant"  # topics_en
                    else info.object if word in _OBJECT_PREPS or word in addressed
                    else _of_role(info) if own_noun and word == "of"
                    else None
                )  # fmt: skip
                for p in child.children:
                    if p.dep_ == "pobj":
                        fill(p, role, score - 0.5)
                if meets and word in TOPIC_PREPS:
                    for p in parties_in_topic(child):
                        fill(p, "participant", score - 0.5)  # "talks on terrorism with X"

    def subject(verb: Token) -> None:  # its own, else (not passive) the verb it is joined to's
        own = [c for c in verb.children if c.dep_ in _SUBJ]
        for c in own:  # a headline's "X stabbed" is "X was stabbed"
            fill(c, info.object if _headline_passive(r, verb) else info.subject, 4.0)
        shared = shared_passive(verb, lambda v: is_passive(r, v)) if r.lang == "en" else None
        passive = is_passive(r, verb) or shared is not None
        inh = None if own or passive else (inherited_subject(verb) or _infinitive_owner(r, verb)
                                           or _gerund_subject(verb) or supposed_subject(verb))
        if inh is not None:  # "decided to attack", "Iran's decision to expel X"
            fill(inh, info.subject, 3.5)
        for c in _described(verb):
            fill(c, info.object, 3.5)  # "fighters arrested last year"
        for c in shared.children if shared is not None else ():
            if c.dep_ == "nsubjpass":  # "X was arrested and banned": X was banned too
                fill(c, info.object, 3.5)
        undergoer = None if own or shared is not None else passive_conjunct_subject(verb)
        if undergoer is not None:  # "X co-founded the union but was arrested": X was arrested
            fill(undergoer, info.object, 3.5)

    if verbal:
        subject(head)
        for accused in _accused(r, head):
            fill(accused, info.subject, 3.5)  # "blamed the Houthis for attacking the tanker"
        for o in _operations(r, head):
            for c in o.children:  # "killed in a US counter-terrorism operation": the US did it
                if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < o.i:
                    fill(c, info.subject, 3.0)
        for c in head.children:
            if c.dep_ in _OBJ:
                fill(c, info.object, 4.0)
                if addressed and c.dep_ == "dobj":
                    preps(c, 4.0, own_noun=False)  # "demanded an explanation from Russia"
        for c in _shared_objects(head):
            fill(c, info.object, 3.5)  # "arrested and charged X"
        preps(head, 4.0, own_noun=False)
        for noun in (r.doc[i] for i in range(t.start, t.end) if r.doc[i].head.i == head.i != i):
            preps(noun, 3.5, own_noun=False)  # "launched air strikes against X", "gave aid to Syria"
            for o in _aimed_by_participle(r, noun):
                fill(o, info.object, 3.5)  # "launched missiles targeting US troops"
        for c in _demanded(head, info.type):
            fill(c, info.object, 3.0)  # "demanded that Israel withdraw", "threatened to strike Iran"
        return
    # with its object named after "on"/"against", a possessor is the doer: "the EU's sanctions on Iran"
    # and so it is when an "of"/"into" phrase names what is done to ("the NCA's investigation of X", "Russia's
    # arrest of X"): the owner of a noun of what is done to someone is its doer, its object stands apart
    # ("his arrest on Friday": a day, not an object)
    aimed = any(c.dep_ == "prep" and (c.lower_ in _OBJECT_PREPS or (
        info.genitive == info.object and (c.lower_ == "of" or c.lower_ in addressed)))
        and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children if p.dep_ == "pobj")
        for c in head.children)
    # "the reporter's murder", "his killing": a victim noun's possessor was hit, unless "of" names who was
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    victim = "victim" in r.cues[head.i] and not of
    for c in head.children:
        if _destination(r, info, c):
            continue  # "the Iraq trip", "his Moscow visit": where the visitor went, not who went
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.i < head.i):
            own = info.object if victim and c.dep_ == "poss" else info.genitive
            fill(c, own if c.dep_ == "poss" and not aimed else info.subject, 3.5)
    for c in [*_led_by(head), *filter(None, [_its_doer(r, head)])]:
        fill(c, info.subject, 3.5)  # "Saudi-led airstrikes", "vowed to continue its attacks"
    preps(head, 3.5, own_noun=True)
    for part in _participles(head):
        if "attribution" not in r.cues[part.i]:
            preps(part, 3.0, own_noun=False)  # "the attack conducted by X"
            continue
        for p in (c for c in part.children if c.dep_ in ("prep", "agent") and c.lower_ in ("to", "on", "by")):
            for o in (x for x in p.children if x.dep_ == "pobj"):
                fill(o, info.subject, 3.0)  # "a bombing blamed on X"
    light = _light_verb(r, head)
    if light is not None:
        subject(light)
        preps(light, 3.5, own_noun=False)
    elif head.dep_ == "dobj":  # "opened an investigation into X": the parser hangs "into" on the verb
        for p in (c for c in head.head.children if c.dep_ == "prep" and c.lower_ in addressed):
            for o in (x for x in p.children if x.dep_ == "pobj"):
                fill(o, info.object, 3.0)
    with_aims = head.head.lower_ == "with" and "aims" in r.cues[head.head.head.i]  # "hit with sanctions"
    passive_by = (head.dep_ == "pobj" and (head.head.dep_ == "agent" or with_aims)
                  and is_passive(r, head.head.head))  # "was hit by drone strikes"
    for c in _aimed_at(r, head, passive_by) + _aimed_by_participle(r, head):  # "hit by drone strikes"
        fill(c, info.object, 3.5)
    for accused in _accused(r, head):
        fill(accused, info.subject, 3.5)  # "Iran accused Israel of the attack": Israel did it


def dep_location(r: _Reader, t: TriggerMatch, info: EventTypeInfo) -> _M | None:
    """The place the parse gives trigger ``t`` (or its light verb): "in Kabul", "visited Baghdad"."""
    if r.lang == "fr":
        from newsgraph.extract.events.deps_fr import dep_location_fr

        return dep_location_fr(r, t, info)
    head = r.doc[t.start : t.end].root
    heads = [head]
    light = None if head.pos_ in ("VERB", "AUX") else _light_verb(r, head)
    if light is not None:
        heads.append(light)
    if head.pos_ not in ("VERB", "AUX"):
        heads += _occasion_heads(r, head)
    words = _PLACE_PREPS + (("to",) if info.type == "Visit" else ())
    found: list[_M] = []
    for h in heads:
        for child in h.children:
            objs: list[Token] = []
            if child.dep_ == "prep" and child.lower_ in words:
                objs = [p for p in child.children if p.dep_ == "pobj"]
            elif info.type == "Visit" and child.dep_ in ("dobj", "obj"):
                objs = [child]
            elif h is head and _destination(r, info, child):  # "the Iraq trip": a name, though a modifier
                m = r.mention_at[child.i]
                found.append(_M(m.start, m.end, m.label, m.ref, None))
            found += [m for o in objs for m in phrase_places(r, o, phrase_mentions) if m not in found]
    if not found:  # "met with X, a US envoy, in Qatar": the parse hangs the place on the apposed name
        found = [m for o in after_apposition(r, head) for m in phrase_places(r, o, phrase_mentions)]
    if not found:  # "arrived in Cairo, where he met X", "police in Tunis made arrests": settings_en
        found = setting_places(r, heads[:2], phrase_mentions)
    if not found and info.family == "Attack" and head.pos_ in ("VERB", "AUX"):
        # what an attack hit lies where it happened: "struck the plant at Abqaiq", "shelled Aleppo"
        # and a country only by a place word of its own ("bombed positions in northern Iraq"), not the
        # hit country itself ("attacked Iraq"); whom an election or a court names is not placed so
        # ("elected X, mayor of London", attacks only)
        hit = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        found = [m for o in hit for m in phrase_places(r, o, phrase_mentions)
                 if m.label == "PLACE" or _placed_by(r, m)]
    return best_place(found)

