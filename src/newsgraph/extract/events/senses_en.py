"""English trigger verbs read in their other sense, told apart by what they govern in the parse.

* "suspend" is a Sanction for "Germany suspended Mahan's permit" or "the league suspended Russia"; but work,
  searches, bills and parliaments are suspended too ("the search was suspended", "the Queen suspended
  parliament"), and those hit no one. What the verb suspends (its object, or its subject when passive) must be
  a ``sanction_object`` cue word (``data/events_cues_en.tsv``: ties, aid, a permit) or a named actor that is
  no ``assembly``.
* "demonstrate" is a Protest when people demonstrate ("thousands demonstrated against the law"); with an
  object or a clause it means to show ("the study demonstrates that...", "demonstrated a shocking ignorance").
* "establish" is a Founding when what is established is an organization ("established a company", "the
  party was established"); with anything else it means to settle or to set up a rule ("to establish the
  plane's configuration", "establish that...", "establishing a limit"). What it establishes (for a participle,
  the noun it describes or its clause's subject) must be a named organization or a ``founded`` cue word.
* "appeal" is an Appeal when someone appeals to others or for something ("appealed for calm", "an appeal to
  the UN to act", "appeals by the president for help": "for" anywhere in its phrase, as the parser may hang it
  on the appealer); without "to" or "for" it is a court appeal ("would appeal", "appealed the decision", "the
  appeal of the ruling"), which asks no one to act; so is one "to" a ``court`` cue word ("will appeal to
  the Supreme Court").
* "warn" is a Threat when the warner says what it will do ("we warn them that our forces will strike", "Iran
  warned it would retaliate"); warning that someone else or something may act ("warned that Biden could
  destroy the growth") or warning people about a danger ("warned people about the outbreak") is no threat.
  The clause's subject must be a pronoun, or own a possessive pronoun ("our targets").
* "attack" with a reason or a label ("attacked Trump for the tweet", "attacked X as an opponent", "attacked
  him over his taxes") is criticism (CAMEO 11, disapprove), no assault; "for" with a ``duration`` cue
  ("for the second time") gives how often, no reason.
* "warn" of a hazard ("warned of potential flash floods", "warning of a possibility of coastal flooding": an
  ``accident`` cue word in its "of" phrase) is a forecast, no threat.
* "meet" in the passive with "with" is a reception of news ("the holiday was met with protests"), no meeting.
* "agree" with a clause that holds no ``binding`` cue modal ("all agreed that time off was rare") shares a
  view; parties agreeing that something will or would be done make an accord.
* "probe" with "about" asks questions ("fans probed the stars about their careers"), no investigation.
* "fly"/"travel" to a place is a Visit only when someone goes: not in the passive ("the boy was flown to
  Moscow for treatment") nor with a ``vehicle`` cue word as subject ("the plane was flying to the airport").
* the noun "threat" with no owner, "to" something ("the main threats to the food sources", "a new threat to
  his rule") or "of" no named actor ("the threat of the building collapsing", "a threat of ten years in
  jail"), is a danger, no act of threatening ("threats of the army", "his threats to the press" stay); so is
  one with no owner and no phrase after it ("the persisting terrorist threat"), unless a ``threat_act`` cue
  verb makes or issues it ("issued a threat").
* "threaten" with a hazard or a state of affairs as its subject ("the escalation has threatened a relative
  calm", "floods threaten the town": an ``accident`` or ``menace`` cue word) is a danger, no one's threat.
* "gather" with an object collects it ("the video gathered eight million views"), no meeting.
* a "trip" with no owner and no "to" a place is a kind of outing ("after a foraging trip", "a company that
  runs shark viewing trips"), no visit; "his trip", "the Poland trip", "a trip to Paris" are visits.
* "gather" by people the text does not name ("some 250 people gathered", "mourners gathered", "they had
  gathered for the funeral") is a crowd, no meeting of parties (GUIDELINES.md: a meeting's participants are
  named): its subject, or the noun its participle describes, must be or hold a proper noun.
* "grant" and "donate" give aid only when what is given is money or an ``aid_object`` cue word ("granted $5
  million", "donated funds"); "the appeal was granted", "granted him asylum", "residents donated blood" give
  no aid.
* a "strike" by workers is a Protest, no attack (:func:`labour_strike`): "went on strike", "a general strike",
  "a strike by teachers" (a ``labour_strike`` cue word among its modifiers or in its "by" phrase).
* the noun "vote" counted ("the total votes cast", "51 per cent of the votes", "won the most votes", "3
  million votes") is a tally of ballots, no body voting: a ``counted_vote`` cue word on it (cast, valid,
  popular...), a number, an "of" it completes, or a ``vote_won`` cue verb (win, poll...) whose object it is.
* a "crackdown on" a thing ("a crackdown on corruption", "on freedom of expression") arrests no one: what
  it is on must be an actor (a named one, a ``private`` or ``crackdown_target`` cue word: protesters).
* "strike" a deal ("Iran struck the original deal") is an accord, no attack: an ``accord`` cue word object.
* "vote" by voters ("millions of voters turned up to vote", "citizens voted in the referendum": a ``voter``
  cue word as its subject, or as the subject of the verb it completes) is a ballot of an election, no body
  voting.
* "bomb" is a weapon, no bombing, when it is the object (or joined to the object) of a verb that is no
  ``bomb_use`` cue ("officers sought a bomb", "must not send jets, bombs and arms"; "planted a bomb" is one).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from newsgraph.extract.events.lexicons import is_cue, load_cues, load_event_types
from newsgraph.types import Event

__all__ = ["labour_strike", "other_sense"]

#: Named-entity labels of an actor a suspension can hit.
_ACTORS = frozenset({"GPE", "NORP", "ORG", "PERSON"})

#: Dependencies of what a verb acts on: its object, or its subject when passive.
_OBJECT = ("dobj", "nsubjpass")

#: Dependencies that give "demonstrate" something shown: an object, a clause, a complement.
_SHOWN = frozenset({"dobj", "ccomp", "xcomp", "acomp", "oprd", "attr", "nsubjpass"})


#: Event types whose trigger verbs are read here.
_READ = frozenset(
    {
        "Sanction",
        "Protest",
        "Founding",
        "Appeal",
        "Attack",
        "Threat",
        "Meeting",
        "Agreement",
        "Investigation",
        "Bombing",
        "Visit",
        "AidPledge",
        "Vote",
        "Arrest",
    }
)


def _reason(prep: Token) -> bool:
    """Whether ``prep`` gives a reason or a label for an attack ("for the tweet", "as an opponent")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "as", "over"):
        return False
    return not any(is_cue(o, "duration") for o in prep.children if o.dep_ == "pobj")


def _court(prep: Token) -> bool:
    """Whether a "to" phrase names a court ("appeal to the Supreme Court"): a ``court`` cue word ends it."""
    return prep.lower_ == "to" and any(is_cue(o, "court") for o in prep.children if o.dep_ == "pobj")


def _warned_of_others(verb: Token) -> bool:
    """Whether "warn" warns about a danger or another's act, not its own (module doc)."""
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children):
        return True
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        return not any(
            w.pos_ == "PRON" or any(g.dep_ == "poss" and g.pos_ == "PRON" for g in w.children) for w in subj
        )
    return False


def _hazard(verb: Token) -> bool:
    """Whether "warn" warns "of" a hazard: an ``accident`` cue word in its "of" phrase (module doc)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(is_cue(w, "accident") for w in c.subtree)
        for c in verb.children
    )


def _shared_view(verb: Token) -> bool:
    """Whether "agree" takes a clause with no ``binding`` modal: a view shared, no accord (module doc)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    binding = load_cues("en").get("binding", frozenset())
    return bool(clauses) and not any(
        a.dep_ == "aux" and a.lower_ in binding for c in clauses for a in c.children
    )


def _danger(noun: Token) -> bool:
    """Whether the noun "threat" is a danger, not an act of threatening (module doc)."""
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    if not any(c.dep_ == "prep" for c in noun.children):  # "the persisting terrorist threat"
        return not (noun.dep_ == "dobj" and is_cue(noun.head, "threat_act"))
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        objs = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
        if prep.lower_ == "to" and objs:
            return True
        if prep.lower_ == "of" and objs and not any(o.ent_type_ for o in objs):
            return True
    return False


def _weapon(noun: Token) -> bool:
    """Whether the noun "bomb" is the object of a verb that sets no bomb off (module doc)."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "dobj" and first.head.pos_ == "VERB" and not is_cue(first.head, "bomb_use")


def _idle_suspension(verb: Token) -> bool:
    for obj in (c for c in verb.children if c.dep_ in _OBJECT):
        if is_cue(obj, "sanction_object") or (obj.ent_type_ in _ACTORS and not is_cue(obj, "assembly")):
            return False
    return True


def _founded(verb: Token) -> list[Token]:
    """What "establish" establishes: its object or passive subject; for a participle, the noun it describes
    ("the Trust established in 1939") or the subject of the clause it hangs on ("the party, having been
    established in 1869")."""
    objs = [c for c in verb.children if c.dep_ in _OBJECT]
    if not objs and verb.dep_ == "acl":
        objs.append(verb.head)
    elif not objs and verb.dep_ in ("advcl", "conj"):
        objs += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return objs


def _no_founding(verb: Token) -> bool:
    objs = _founded(verb)
    return not any(o.ent_type_ == "ORG" or is_cue(o, "founded") for o in objs)


def _crowd(verb: Token) -> bool:
    """Whether "gather" is done by people the text does not name (module doc)."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ in ("acl", "relcl"):
        subj = [verb.head]  # "30 people gathered to mourn", "mourners who gathered"
    if any(s.tag_ in ("WDT", "WP") for s in subj) and verb.dep_ == "relcl":
        subj = [verb.head]
    return not any(w.pos_ == "PROPN" for s in subj for w in s.subtree)


def _no_aid(verb: Token) -> bool:
    """Whether "grant"/"donate" gives no money nor an ``aid_object`` (module doc)."""
    given = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    given += [g for c in verb.children if c.dep_ == "dative" for g in c.children if c.dep_ == "pobj"]
    words = [w for g in given for w in g.subtree]
    return bool(given) and not any(w.ent_type_ == "MONEY" or is_cue(w, "aid_object") for w in words)


def _tally(noun: Token) -> bool:
    """Whether the noun "vote" is a count of ballots (module doc)."""
    if any(c.dep_ == "nummod" or is_cue(c, "counted_vote") for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return True  # "51 per cent of the votes", "a third of the vote"
    return noun.dep_ == "dobj" and is_cue(noun.head, "vote_won")


def _no_one_cracked_down(noun: Token) -> bool:
    """Whether a "crackdown on" is on no actor (module doc)."""
    objs = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children]
    objs += [cj for o in list(objs) for cj in o.conjuncts]
    return bool(objs) and not any(
        o.ent_type_ in _ACTORS or is_cue(o, "private") or is_cue(o, "crackdown_target") for o in objs
    )


def other_sense(doc: Doc, event: Event) -> bool:
    """Whether ``event``'s trigger verb is used in a sense that is no event of its type (module doc)."""
    if event.type not in _READ or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    verb, lemma = span.root, span.root.lemma_.lower()
    if event.type == "Appeal" and lemma == "appeal" and len(span) == 1:
        asked = [c for c in verb.subtree if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")]
        return not asked or all(_court(p) for p in asked)
    if event.type == "Bombing" and len(span) == 1 and lemma == "bomb" and verb.pos_ == "NOUN":
        return _weapon(verb)
    if event.type == "Visit" and len(span) == 1 and lemma == "trip" and verb.pos_ == "NOUN":
        owned = any(c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in verb.children)
        return not owned and not any(c.dep_ == "prep" and c.lower_ in ("to", "abroad") for c in verb.children)
    if event.type == "Threat" and len(span) == 1 and lemma == "threat" and verb.pos_ == "NOUN":
        return _danger(verb)
    if event.type == "Vote" and len(span) == 1 and lemma == "vote" and verb.pos_ == "NOUN":
        return _tally(verb)
    if event.type == "Arrest" and span[0].lemma_.lower() == "crackdown":
        return _no_one_cracked_down(span[0])
    if event.type == "Attack" and lemma == "strike" and verb.pos_ == "VERB":
        return any(c.dep_ == "dobj" and is_cue(c, "accord") for c in verb.children)
    if verb.pos_ != "VERB":
        return False
    if event.type == "Sanction" and lemma == "suspend":
        return _idle_suspension(verb)
    if event.type == "Protest" and lemma == "demonstrate":
        return any(c.dep_ in _SHOWN for c in verb.children)
    if event.type == "Attack" and lemma == "attack":
        return any(_reason(c) for c in verb.children)
    if event.type == "Threat" and lemma == "warn":
        return _warned_of_others(verb) or _hazard(verb)
    if event.type == "Threat" and lemma == "threaten":
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        return any(is_cue(w, "accident") or is_cue(w, "menace") for w in subj)
    if event.type == "Visit" and lemma in ("fly", "travel"):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # a participle without "have" is passive, also when joined to one ("rescued and flown to X")
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        passive = verb.tag_ == "VBN" and not perfect
        return passive or any(is_cue(w, "vehicle") for w in subj)
    if event.type == "Meeting" and lemma == "gather":
        return any(c.dep_ == "dobj" for c in verb.children) or _crowd(verb)
    if event.type == "AidPledge" and lemma in ("grant", "donate"):
        return _no_aid(verb)
    if event.type == "Meeting" and lemma == "meet":
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        return passive and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    if event.type == "Agreement" and lemma == "agree":
        return _shared_view(verb)
    if event.type == "Investigation" and lemma == "probe":
        asked = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "probed the stars about": either
        return any(c.dep_ == "prep" and c.lower_ == "about" for w in asked for c in w.children)
    if event.type == "Founding" and lemma == "establish":
        return _no_founding(verb)
    if event.type == "Vote" and lemma == "vote":
        return _ballot(verb)
    return False


def _ballot(verb: Token) -> bool:
    """Whether "vote" is cast by voters (module doc)."""
    doers = [verb, verb.head] if verb.dep_ in ("xcomp", "advcl") else [verb]
    subj = [c for w in doers for c in w.children if c.dep_ == "nsubj"]
    return any(is_cue(w, "voter") for w in subj)


def _stoppage(noun: Token) -> bool:
    """Whether the noun "strike" is a stoppage of work (module doc)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and not any(c.dep_ == "det" for c in noun.children):
        return True  # "went on strike", "are on strike" (not "the strikes on the base")
    near = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    near += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children]
    return any(is_cue(w, "labour_strike") for n in near for w in n.subtree)


def labour_strike(doc: Doc, event: Event) -> Event:
    """``event`` as a Protest when its trigger is a "strike" of workers (module doc); else as it is.
    Its doers take part in the protest."""
    if event.type != "Attack" or not doc.has_annotation("DEP"):
        return event
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() != "strike" or span.root.pos_ != "NOUN":
        return event
    if not _stoppage(span.root):
        return event
    roles = {k: v for k, v in event.roles.items() if k != "agent"}
    if event.roles.get("agent"):
        roles["participant"] = tuple(dict.fromkeys([*roles.get("participant", ()), *event.roles["agent"]]))
    protest = load_event_types()["Protest"]
    return dataclasses.replace(event, type=protest.type, cameo=protest.cameo, roles=roles)
