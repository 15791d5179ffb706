"""The actor nearest a trigger, for an event whose clause named nobody; and the parse's tests of
whether a mention is an event's actor at all.

:func:`_fallback_actor` gives an event that :func:`~newsgraph.extract.events.roles._read` found no
agent or participant for the actor nearest its trigger in its clause. The other functions read an
English or French parse: a mention whose preposition hangs on another verb
(:func:`_governed_elsewhere`), whom a backing noun is for (:func:`_backed`), an event noun after a
preposition of time (:func:`_reacted_to`), the possessor of another noun (:func:`_owner_of_other`).
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.complements_ar import title_org
from newsgraph.extract.events.deps import _light_verb, inherited_subject, is_passive
from newsgraph.extract.events.deps_fr import of_a_title_fr
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.frames import ACTORS as _ACTORS
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch
from newsgraph.extract.events.outlets_ar import told_by
from newsgraph.extract.events.owners_fr import owned_noun_fr
from newsgraph.extract.events.participants_fr import object_of_other_fr, owns_other_fr
from newsgraph.text import spelling

__all__: list[str] = []


def _governed_elsewhere(r: _Reader, m: _M, t: TriggerMatch) -> bool:
    """Whether the preposition before mention ``m`` hangs, in the parse, on a verb other than
    trigger ``t``'s head (English: or on another noun)."""
    head = r.doc[t.start : t.end].root
    if r.lang == "fr":  # UD: the preposition is a ``case`` child; the phrase hangs on a noun or verb
        from newsgraph.extract.events.deps_fr import governed_by_topic_fr

        return governed_by_topic_fr(r, m, t)
    prep = r.doc[m.start : m.end].root.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:  # "attacks on X and Y": Y's preposition is X's
        prep = prep.head
    if prep.dep_ not in ("prep", "agent"):
        return False
    gov = prep.head
    if gov.i == head.i or t.start <= gov.i < t.end:
        return False
    # English: also another noun ("posted a message on Twitter blaming Iran for the attacks": "on" is the
    # message's, "an unwarranted aggression on Yemen"), though the parse shows the trigger's own
    return gov.pos_ == "VERB" or (r.lang == "en" and gov.pos_ in ("NOUN", "PROPN"))


def _fallback_actor(r: _Reader, f: _Raw, info: EventTypeInfo) -> None:
    """An event nobody's role was read for takes the actor nearest its trigger in the clause.

    Only when the clause structure gave no agent and no participant; the actor
    must hold no other role (target, spokesperson) and not be the location. With
    none in the clause, the sentence's nearest actor is taken (without a parse only; in Arabic, but for a
    statement, only one told before the trigger). An attack (``speaker_acts``
    "no": its doer is mostly named apart) takes none, with a parse or without: the actor
    nearest it is as often its victim or its place's country. With a
    dependency parse, only the clause's actors count (a nationality adjective
    not, nor the possessor of another noun), and a passive verb takes none: the parse shows its doer
    is not named; nor does a verb with a subject of its own or shared with the verb it is joined to
    ("senators broke with X and urged"), or an event noun whose light verb has one ("some militias had
    made threats"), when that subject names nobody. Nor does an English noun of
    what is done to someone (its genitive is its object: an arrest, a sentence, an investigation): the
    actor nearest it is mostly who it was done to ("X faces a life sentence", "placed X under arrest"; in
    Arabic any such noun, «تخفيف العقوبات على طهران»); nor
    a noun of votes (``tally`` cues), whose nearest actor mostly won them ("X won 3 percent of the vote").
    """
    if f.roles.get("agent") or f.roles.get("participant") or f.unnamed:
        return
    parsed = r.parsed
    if not info.speaker_acts or not info.subject:
        # «مقتل شاب ... في وسط الولايات المتحدة»: the actor nearest an attack is as often its victim; an
        # election has no doer ("Johnson entered politics when elected": he is who was elected)
        return
    root = r.doc[f.trig.start : f.trig.end].root
    if parsed and r.lang == "fr" and not owned_noun_fr(root):
        return  # «un communiqué publié sur Facebook»: only «sa conférence», «leur demande» (owners_fr.py)
    if parsed and root.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in root.children):
        return  # "They called on Turkey", «La police a arrêté X»: the parse shows the subject, unnamed
    if parsed and r.lang == "en" and root.pos_ == "VERB" and root.dep_ == "conj" and inherited_subject(root):
        return  # "Other Republicans broke with X and urged him to": the shared subject, unnamed
    light = _light_verb(r, root) if parsed and r.lang == "en" and root.pos_ == "NOUN" else None
    if light is not None and any(c.dep_ == "nsubj" for c in light.children):
        return  # "some militias had made threats": the light verb's subject did it, unnamed
    if parsed and is_passive(r, r.doc[f.trig.start]):
        return  # "was attacked": the parse says the doer is not named
    if parsed and r.lang == "en" and root.pos_ in ("NOUN", "PROPN") and info.genitive == info.object:
        return  # "McArthur faces a life sentence", "Mugabe under house arrest": who it is done to
    if r.lang == "ar" and f.trig.kind == "N" and info.genitive == info.object == "target":
        return  # «رفع العقوبات ... في إيران», «القبض على ...»: the actor nearest is mostly who it is done to
    if parsed and root.pos_ in ("NOUN", "PROPN") and "tally" in r.cues[root.i]:
        return  # "X received 3 percent of the vote": who won the votes, not who cast them
    if parsed and _reacted_to(r, f.trig):
        return  # "After the vote, the embassy said": what the clause's actors reacted to, not their act
    if parsed and _judged(r, f.trig):
        return  # "the government condemned the attack", "X blamed the militants for the attack"
    taken = {ref for slot in f.roles.values() for ref in slot} | ({f.location[0]} if f.location else set())
    own = r.clause_of[f.trig.start]
    free = [
        m
        for m in r.in_sent(r.sent_of[f.trig.start])
        if m.label in _ACTORS
        and m.ref not in taken
        and r.context(m) in ("", "agent", "participant")
        and not (parsed and m.payload == "adj")
        and not _accusative_adj(r, m)  # «اعتقلت السلطات ناشطا إيرانيا»: the arrested man's country
        # «بحسب «رويترز»», «وفقا للمرصد»: who tells is no party (but a Statement's own source)
        and not (r.lang == "ar" and info.type != "Statement" and told_by(r, m))
        and not (r.lang == "ar" and title_org(r, m, info.type))  # «لرئيس مجلس الوزراء»: no party
        # «CCTV a salué la rencontre»: CCTV is the subject of its own verb
        and not (parsed and r.lang == "fr" and (_governed_elsewhere(r, m, f.trig) or of_a_title_fr(r, m)
                                                or owns_other_fr(r, m, f.trig)  # «la position du parti X»
                                                or object_of_other_fr(r, m, f.trig)))
        and not (parsed and _owner_of_other(r, m, f.trig))
    ]
    if r.lang == "ar" and info.type != "Statement":
        # past the clause only an actor told before the trigger (a dropped subject goes on with the one
        # named before: «رسالة الرئيس X، الذي طالب فيها»), not one a later clause names («انتهى الاجتماع،
        # ثم غادر الوزير X»)
        free = [m for m in free if r.clause_of[m.start] == own or m.end <= f.trig.start]
    cands = [m for m in free if r.clause_of[m.start] == own] or ([] if parsed else free)
    if cands:
        best = min(cands, key=lambda m: (m.payload == "adj", abs(m.start - f.trig.start)))
        f.add(info.subject, best.ref, 0.5)


def _accusative_adj(r: _Reader, m: _M) -> bool:
    """Arabic: whether country mention ``m`` is a nationality adjective after an indefinite noun in the
    accusative («ناشطا إيرانيا», «جنديا تركيا»), or a nationality noun in the accusative after a count
    («20 فلسطينيا»): it describes a verb's object, not its subject («السلطات
    التركية»), and is no actor of its own."""
    if r.lang != "ar" or m.label != "COUNTRY" or m.end - m.start != 1 or m.start == 0 \
            or (m.start - 1) in r.mention_at:
        return False
    word, noun = spelling(r.doc[m.start].text), r.doc[m.start - 1]  # «ناشطاً», «جنديًّا»: without the marks
    if noun.like_num and word.endswith("يا"):
        return True  # «اعتقلت السلطات 20 فلسطينيا»: a count of people, the verb's object
    return (m.payload == "adj" or word.endswith("يا")) and noun.is_alpha and not r.cues[m.start - 1] \
        and spelling(noun.text).endswith("ا") and not noun.norm_.startswith("ال")


def _backed(r: _Reader, m: _M) -> bool:
    """Whether mention ``m`` is, in an English parse, whom a ``backing`` noun is for ("in support of X")."""
    root = r.doc[m.start : m.end].root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and "backing" in r.cues[root.head.head.i]


def _reacted_to(r: _Reader, t: TriggerMatch) -> bool:
    """Whether noun trigger ``t`` is, in the parse, the object of a preposition of time (``reacted_to``
    cues: "after", "following"): an event its clause's actors follow or react to, not one they do."""
    root = r.doc[t.start : t.end].root
    return root.dep_ == "pobj" and "reacted_to" in r.cues[root.head.i]


def _owner_of_other(r: _Reader, m: _M, t: TriggerMatch) -> bool:
    """Whether mention ``m`` is, in an English parse, the possessor of a noun other than trigger ``t``'s
    ("the decree breaches the Constitution's first article"): it says whose that thing is, not who acted."""
    root = r.doc[m.start : m.end].root
    return root.dep_ == "poss" and not (t.start <= root.head.i < t.end)


#: Dependencies inside a noun phrase, by which a name is part of the phrase its head word heads.
_IN_PHRASE = frozenset({"compound", "poss", "amod", "appos", "conj", "nmod", "cc", "punct"})


def _other_act(r: _Reader, m: _M, t: TriggerMatch) -> bool:
    """Whether mention ``m`` acts, in an English parse, in another act than trigger ``t``'s: the object of
    another verb (:func:`_object_of_other`), or any actor of a clause that only follows or reacts to the
    event noun ("X announced her resignation following protests": X did not protest), or that only judges it
    (``evaluative`` cues: "Mitsotakis denounced the Turkish-Libyan agreement": he is no party to it)."""
    return _reacted_to(r, t) or _judged(r, t) or _object_of_other(r, m, t)


def _judged(r: _Reader, t: TriggerMatch) -> bool:
    """Whether trigger ``t`` is, in the parse, what an ``evaluative`` verb judges ("condemned the attack",
    "blamed the militants for the attack")."""
    judge = r.doc[t.start : t.end].root.head
    if judge.dep_ == "prep":
        judge = judge.head
    return "evaluative" in r.cues[judge.i]


def _object_of_other(r: _Reader, m: _M, t: TriggerMatch) -> bool:
    """Whether mention ``m`` is, in an English parse, (in) the object of a verb other than trigger ``t``'s
    head: what another act is done to ("gathered to discuss Libya's relations", "signed the X agreement",
    "the deal also rattled Israel"), not who took part. Subjects of other verbs stay ("at a summit where
    presidents X and Y signed")."""
    head = r.doc[t.start : t.end].root
    tok = r.doc[m.start : m.end].root
    while tok.head.i != tok.i and not (t.start <= tok.i < t.end):
        verb = tok.head
        if tok.dep_ in ("dobj", "attr", "oprd") and verb.pos_ in ("VERB", "AUX"):
            return verb.i != head.i and not t.start <= verb.i < t.end
        of = tok.dep_ in ("pobj", "prep") and "of" in (tok.lower_, verb.lower_)  # "the leader of X"
        if tok.dep_ not in _IN_PHRASE and not of:
            return False
        tok = verb
    return False
