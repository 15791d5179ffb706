"""Which trigger words report a happening: the filters :func:`~newsgraph.extract.events.find_events`
applies before reading roles.

With a parse (English, French): a one-word trigger that only modifies a noun
("a banned group"), a verb under a modal, negated or in a condition (or joined to one: "shall
found or run"), (English) a noun that is only possible or denied ("a possible sentence", "no
agreement", "could not reach an agreement"), a host's or asker's verb whose object names
nobody, one party's consent ("agreed to suspend"), a pledge of an act ("pledged converting X"),
and (French) a noun trigger the parser reads as a verb, a verb that founds or pledges something of
the wrong kind and a Vote verb with no legislature voting; a French verb trigger it reads as a noun
is read as one. Without one (Arabic): an event word shortly after a possibility or intention word
(«بإمكانية», «يعتزم»), or later in the clause of a verb of striving («يسعى إلى»).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cache

from spacy.tokens import Doc, Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _Raw
from newsgraph.extract.events.lexicons import TriggerMatch
from newsgraph.extract.lexicon import title_plurals_ar, title_vocabulary
from newsgraph.text import normalize_token

__all__: list[str] = []


def _modifier(doc: Doc, t: TriggerMatch) -> bool:
    """A one-word trigger the parse shows modifying a noun: "a banned organization", "the main
    fighting force", "an election committee", "the detained suspect" name no happening."""
    if t.end - t.start != 1:
        return False
    tok = doc[t.start]
    return tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i


def _verb_as_noun(doc: Doc, t: TriggerMatch) -> bool:
    """A one-word noun trigger the French parse reads as a verb: «les frappes» is an attack, «il frappe» not.
    (The English parser tags too many headline nouns as verbs for this to help there.)"""
    return t.kind == "N" and t.end - t.start == 1 and doc[t.start].pos_ == "VERB"


def _described_fr(doc: Doc, t: TriggerMatch) -> bool:
    """A French speech verb or threat that names no saying or threatening: a noun the parse reads with its
    determiner («la note financière de l'Italie»: the lemma is the speech verb «noter»), or a past participle
    with no auxiliary describing the noun before it («les emplois menacés», «les chiffres avancés»). One with
    its doer «par X» tells an act («la ville menacée par les rebelles», «l'attentat revendiqué par X»)."""
    tok = doc[t.start]
    if t.end - t.start != 1 or not (t.kind == "S" or t.type == "Threat" and t.kind == "V"):
        return False
    if t.kind == "S" and tok.pos_ == "NOUN" and any(c.dep_ == "det" for c in tok.children):
        return True
    if tok.dep_ not in ("acl", "amod") or tok.head.pos_ not in ("NOUN", "PROPN") or tok.head.i > tok.i:
        return False
    if "Past" not in tok.morph.get("Tense", []) or any(c.dep_.startswith("aux") for c in tok.children):
        return False  # «, estimant que», «a ajouté»: a verb of its own
    agree = [(tok.morph.get(f, []), tok.head.morph.get(f, [])) for f in ("Gender", "Number")]
    if any(mine and its and mine != its for mine, its in agree):
        return False  # «a pour sa part ajouté»: a participle that does not agree describes no noun
    return not any(c.dep_ == "obl:agent" or c.lower_ == "par" for x in tok.children for c in (x, *x.children))


def _as_noun(doc: Doc, t: TriggerMatch, cues: Mapping[str, frozenset[str]]) -> TriggerMatch:
    """A one-word verb trigger the French parse reads as a noun («Daesh a revendiqué l'attaque»):
    a noun, definite after a definite determiner, which may refer back to an event."""
    tok = doc[t.start]
    if t.kind != "V" or t.end - t.start != 1 or tok.pos_ != "NOUN":
        return t
    definite = any(c.dep_ == "det" and c.lower_ in cues.get("definite", ()) for c in tok.children)
    return dataclasses.replace(t, kind="N", definite=definite)


def _attribution(doc: Doc, t: TriggerMatch, cues: Mapping[str, frozenset[str]]) -> bool:
    """A statement noun after «selon» or «d'après» («selon le communiqué»), or a participle that describes
    the noun after them («selon les résultats annoncés mercredi»): a bare attribution of what the sentence
    says, no Statement of its own (GUIDELINES.md, "French")."""
    root = doc[t.start : t.end].root
    if t.type != "Statement" or (t.kind != "N" and not _describing(root)):
        return False
    root = root if t.kind == "N" else root.head
    cases = [c for c in root.children if c.dep_ == "case"]
    # «d'après»: "d'" with its fixed "après", written as one word
    words = ["".join([c.lower_, *(g.lower_ for g in c.children if g.dep_ == "fixed")]) for c in cases]
    return any(normalize_token(w) in cues.get("attribution", ()) for w in words)


def _describing(verb: Token) -> bool:
    """Whether a verb trigger is a participle describing the noun it hangs on («les résultats annoncés»)."""
    return verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm", []) and verb.head.pos_ == "NOUN"


def _unreal_noun(doc: Doc, t: TriggerMatch, cues: Mapping[str, frozenset[str]]) -> bool:
    """A noun trigger the parse shows as no reported happening: a possibility ("a possible life
    sentence", "a proposed ban"; ``unreal`` cue adjectives), denied ("no agreement was reached",
    "ended without a deal") or a charge ("a charge of murder", "charged with murder").

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["a", "possible", "ban"], heads=[2, 2, 2],
        ...           deps=["det", "amod", "ROOT"], pos=["DET", "ADJ", "NOUN"])
        >>> _unreal_noun(doc, TriggerMatch(2, 3, "Sanction", "N"), {"unreal": frozenset({"possible"})})
        True
    """
    root = doc[t.start : t.end].root
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in root.children:
        if child.dep_ == "amod" and child.lower_ in cues.get("unreal", ()):
            return True
        if child.dep_ == "det" and child.lower_ == "no":
            return True
    if _not_realized(root, cues):
        return True
    if root.dep_ != "pobj":
        return False
    if root.head.lower_ in ("of", "with") and root.head.head.lemma_.lower() == "charge":
        return True  # "a charge of murder", "charged with murder": what one is accused of, told elsewhere
    return root.head.lower_ == "without"


def _not_realized(noun: Token, cues: Mapping[str, frozenset[str]]) -> bool:
    """An event noun whose ``realize`` verb the parse shows negated or under a modal: its object ("could not
    reach an agreement", "will not develop a bomb") or its passive subject ("protests were not reported"):
    the verb that would make it happen did not."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() not in cues.get("realize", ()):
        return False
    modal = cues.get("irrealis", frozenset())
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in modal) for c in verb.children)


def _no_object(
    doc: Doc, t: TriggerMatch, cues: Mapping[str, frozenset[str]], named: Mapping[int, str]
) -> bool:
    """A one-word trigger of a host's verb ("received", "hosted"; ``needs_guest`` cues) whose object
    names no person, or of an asker's verb ("asked"; ``needs_addressee``) whose object names no actor
    asked to do something ("asked X to ...", "asked X for ..."). ``named``: the label of each token
    of an actor's name. "received aid", "hosted the secretariat", "asked Trump about it" are no
    meeting or appeal; "received the envoy, Tom Ray", "asked Egypt to delay" are."""
    verb = doc[t.start]
    guest, asked = verb.lower_ in cues.get("needs_guest", ()), verb.lower_ in cues.get("needs_addressee", ())
    if t.end - t.start != 1 or not (guest or asked):
        return False
    objects = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
    labels = {named[w.i] for o in objects for w in o.subtree if w.i in named}
    if guest:
        return "PERSON" not in labels
    asks = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or (c.dep_, c.lower_) == ("prep", "for")]
    return not (labels and asks)


#: The cue class of a verb (``founds``, ``pledges``) and the class of words what it takes must have.
_WANTS_FR = {"founds": "organization_noun", "pledges": "aid_noun"}


def _wrong_object_fr(
    doc: Doc, t: TriggerMatch, cues: Mapping[str, frozenset[str]], named: Mapping[int, str]
) -> bool:
    """A French verb trigger that founds or pledges only things of a kind (``founds``: «créer»,
    «fonder»; ``pledges``: «promettre»; events_cues_fr.tsv) whose object is of no such kind: «a créé
    une route», «Ma réputation a été créée», «a promis le changement», «a promis de travailler» are
    no Founding or AidPledge; «a fondé un parti», «le Hamas, fondé en 1987», «a promis une aide», «a promis 10
    millions de dollars» are. The object: the verb's ``obj`` or passive subject, an ``xcomp``'s object, or
    the noun a participle describes; an organization's name (``named``) counts for founding."""
    verb = doc[t.start]
    lemma = normalize_token(verb.lemma_)
    wants = next((w for c, w in _WANTS_FR.items() if lemma in cues.get(c, ())), None)
    if t.end - t.start != 1 or t.kind != "V" or wants is None:
        return False
    heads = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")]
    heads += [o for x in verb.children if x.dep_ == "xcomp" for o in x.children if o.dep_ == "obj"]
    if verb.dep_ == "acl" or (verb.pos_ == "ADJ" and any(c.dep_ == "cop" for c in verb.children)):
        heads += [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubj"]
    words = [w for h in heads for w in (h.subtree if h.i != verb.head.i else (h,))]
    if wants == "organization_noun" and any(named.get(w.i) == "ORGANIZATION" for w in words):
        return False
    return not any(normalize_token(w.lemma_) in cues.get(wants, ()) for w in words)


def _no_voting_body_fr(doc: Doc, t: TriggerMatch, cues: Mapping[str, frozenset[str]]) -> bool:
    """A French one-word Vote verb («a adopté», «rejeté») whose subject or «par» agent is no
    legislature (``voting_body`` cues: «le Sénat», «les députés», «le Parlement européen»): «le
    ministre a rejeté les accusations» is no vote. A verb without a subject of its own reads the
    subject of the verb it is joined to; a noun («le vote») is not judged."""
    verb = doc[t.start]
    if t.type != "Vote" or t.kind != "V" or t.end - t.start != 1 or verb.pos_ in ("NOUN", "PROPN"):
        return False
    by = [c for c in verb.children if c.dep_.startswith("obl") and any(w.lower_ == "par" for w in c.children)]
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "obl:agent")] + by
    if not any(c.dep_ == "nsubj" for c in doers) and verb.dep_ in ("conj", "xcomp"):
        doers += [c for c in verb.head.children if c.dep_ == "nsubj"]
    bodies = cues.get("voting_body", frozenset())
    return not any(normalize_token(w.lemma_) in bodies for d in doers for w in d.subtree)


def _consent(doc: Doc, t: TriggerMatch, cues: Mapping[str, frozenset[str]]) -> bool:
    """An agreement verb (``consent`` cues) of one party to do something: "the Queen agreed to
    suspend Parliament" is consent, no accord between parties (unlike "Iran and the US agreed to
    exchange prisoners", "the ministers agreed to meet")."""
    verb = doc[t.start]
    if t.type != "Agreement" or t.end - t.start != 1 or verb.lower_ not in cues.get("consent", ()):
        return False
    if not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) == 1 and subjects[0].tag_ in ("NNP", "NN", "PRP") and not any(
        c.dep_ == "conj" for c in subjects[0].children
    )


def _promise(doc: Doc, t: TriggerMatch, cues: Mapping[str, frozenset[str]]) -> bool:
    """A pledge verb (``promise`` cues) whose complement is an act, with no object: "pledged converting
    the museum to a mosque", "I pledge that this Congress will be transparent" promise to do something,
    no aid (unlike "pledged $10 million", "pledged support"; "pledged to send aid" is told by "send aid")."""
    verb = doc[t.start]
    if t.type != "AidPledge" or t.end - t.start != 1 or verb.lemma_.lower() not in cues.get("promise", ()):
        return False
    kids = [c.dep_ for c in verb.children]
    return ("xcomp" in kids or "ccomp" in kids) and "dobj" not in kids


def _irrealis(doc: Doc, t: TriggerMatch, cues: Mapping[str, frozenset[str]]) -> bool:
    """A verb trigger the parse shows as no reported happening: under a modal ("senators must vote
    to convict"), negated ("do not elect"), in a condition ("if two-thirds vote") or the complement
    of an intention verb ("plans to meet", «prévoit de rencontrer»), or done by no one ("no one has called to
    ask for ransom": :func:`_done_by_no_one`); so is a verb joined to such a
    verb with no subject or auxiliary of its own ("no party shall found, establish or run X"). A word
    tagged a noun with an auxiliary is a verb ("did not persuade leaders to sanction X"). An English
    present passive after the first sentence tells what is done as a rule, not what happened
    ("members are elected for two-year terms"; a headline's "X is elected" is news)."""
    tok = doc[t.start]
    if tok.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "aux" for c in tok.children):
        return False
    if tok.sent.start > 0 and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in cues.get("intention", ()):
        return True
    if _possible_verb(tok, cues) or _done_by_no_one(tok, cues):
        return True
    heads = [tok, tok.head] if tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" else [tok]
    joined = tok
    while _shares_verb_group(joined):  # "shall build, install or operate", "did not arrest or charge him"
        joined = joined.head
        heads.append(joined)
    for head in heads:
        for child in head.children:
            word = child.lower_
            if child.dep_ == "neg" or (child.dep_ == "aux" and word in cues.get("irrealis", ())):
                return True
            if child.dep_ == "advmod" and word in cues.get("negation", ()):  # French "n'a pas signé"
                return True
            if child.dep_ == "mark" and word in cues.get("conditional", ()):
                return True
    return False


def _done_by_no_one(tok: Token, cues: Mapping[str, frozenset[str]]) -> bool:
    """(English) A verb whose subject, or the subject of the verb it completes ("no one has called to ask for
    ransom"), is nobody: a ``nobody`` cue word ("nobody", "none"), or a noun under a ``no_one`` determiner
    ("no one", "no group has claimed"). A clause with a subject of its own is not the one it hangs on: in
    "no one was hurt when gunmen attacked", the gunmen attacked."""
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    completes = tok.dep_ in ("xcomp", "advcl") and tok.head.pos_ in ("VERB", "AUX") and not own
    verbs = [tok, tok.head] if completes else [tok]
    for verb in verbs:
        for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.lower_ in cues.get("nobody", ()):
                return True
            if any(d.dep_ == "det" and d.lower_ in cues.get("no_one", ()) for d in subj.children):
                return True
    return False


def _shares_verb_group(tok: Token) -> bool:
    """Whether verb ``tok`` is a conjunct with no subject or auxiliary of its own, so the modal or the
    negation of the verb it is joined to is its own too; not after "but" ("did not arrest him but
    released him")."""
    if tok.dep_ != "conj" or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    return not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in tok.head.children)


def _possible_verb(tok: Token, cues: Mapping[str, frozenset[str]]) -> bool:
    """(French) The bare infinitive under a verb of possibility that is itself no compound past
    («pourrait signer», «peuvent frapper»; not «a pu rencontrer»): possible, not reported. A future
    or a scheduled event («signera», «doit se rendre») stays, as a future verb does in Arabic; so
    does the conditional of a past happening («aurait été tué»: French news reports alleged facts
    so). The ``modal`` cue class (events_cues_<lang>.tsv) says which verbs."""
    head = tok.head
    return (
        tok.dep_ == "xcomp" and "Inf" in tok.morph.get("VerbForm", []) and head.i != tok.i
        and head.lemma_.lower() in cues.get("modal", ())
        and not any(c.dep_.startswith("aux") for c in head.children)
    )  # fmt: skip


def _possible_only(r: _Reader, t: TriggerMatch, reach: int = 3, aim_reach: int = 10) -> bool:
    """A trigger an ``irrealis`` cue word shortly before, in its clause, makes a possibility, an
    intention («إمكانية», «يعتزم», «من المقرر», «يمكنك»), not a reported happening ("every distinct
    real event", the gold guidelines say); so does an ``intention`` verb further before it in its
    clause («يسعى ... إلى تأسيس», «تريد ... إنشاء»), also across the «أن» it takes
    («احتمالات أن تشن»); and a ``denial`` word right before it («لم يزر», «إذا قبض», «أي اعتداء»). A
    future verb («سيزور») stays: a scheduled visit is reported."""
    own = r.clause_of[t.start]
    for i in range(t.start - 1, max(-1, t.start - 1 - aim_reach), -1):
        gap = t.start - i
        near = "intention" in r.cues[i] or ("irrealis" in r.cues[i] and gap <= reach) or (
            "denial" in r.cues[i] and gap == 1
        )
        if r.clause_of[i] != own:  # «احتمال أن تشن», «يمكن أن يعقد»: the cue right before the «أن» opening it
            return near and "complement" in r.cues[i + 1]
        if near:
            return True
    return False


#: Kinds of happening that are only reported with someone taking part: a meeting, a visit, an appeal, a
#: founding, a sanction, a negotiation.
_NEEDS_PARTY = frozenset({"Meeting", "Visit", "Appeal", "Founding", "Sanction", "Negotiation"})


def _nobody(r: _Reader, x: _Raw) -> bool:
    """(Arabic) A reading of a kind that needs a party (``_NEEDS_PARTY``) with no role, no place, no doer
    known by title, in a sentence that names nobody and nowhere and has no title word («الوزير», «السفراء»):
    «يجتمع الناس للاحتفال», «طرد الملل بين الحضور» tell a custom or a figure of speech, not a reported
    happening. A definite noun («الاجتماع») refers back to one told before and stays."""
    if x.trig.type not in _NEEDS_PARTY or x.unnamed or x.location is not None or x.places:
        return False
    if (x.trig.kind == "N" and x.trig.definite) or any(x.roles.values()):
        return False
    si = r.sent_of[x.trig.start]
    if r.in_sent(si):
        return False
    sent = r.sents[si]  # the pipeline splits «و»/«ب» off and the lexicon has «الوزير» as well as «وزير»
    return _title_heads_ar().isdisjoint(r.table.norm[sent.start : sent.end])


def no_doer(x: _Raw) -> bool:
    """A guarded reading (a trigger its pattern's context let through: «وصل ... إلى بغداد») that names
    no person or organization as its doer: reinforcements, a plane or a shipment arrive, nobody visits."""
    return x.trig.guarded and not any(ref.startswith(("person/", "org/")) for ref in x.roles.get("agent", {}))


@cache
def _title_heads_ar() -> frozenset[str]:
    """Arabic title heads, singular and plural («وزير», «الوزراء»)."""
    return title_vocabulary("ar").get("head", frozenset()) | frozenset(title_plurals_ar())
