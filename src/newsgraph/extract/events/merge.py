"""One happening, one event: when two trigger readings are mentions of one event.

Readings of one type family in one sentence join unless each names its own
place, agent or target; a later reading joins an earlier one when it is
anaphoric («الهجوم», "the attack"), shares a place, date or amount, or follows
within :data:`_CHAIN` sentences without a conflict (of one type; of one family
from the headline to the lead), and not across a topic shift («من جهة أخرى»).
Unless anaphoric, it does not join when each names a person the other lacks
(the minister met one president, "later" another), nor, even when anaphoric, two event nouns that
each name a person they target the other does not. Two places conflict unless
one lies inside the other. A Statement joins the latest statement of the same speaker.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from newsgraph.extract.events.clauses import _describes, _Reader
from newsgraph.extract.events.frames import _Raw, same_time
from newsgraph.extract.events.lexicons import EventTypeInfo, load_cues, load_event_types
from newsgraph.extract.events.passives_ar import stated_apart
from newsgraph.kb import load_kb

__all__ = ["headline_sentences"]


def _compatible(a: _Raw, b: _Raw) -> bool:
    if a.date and b.date and not same_time(a.date.value, b.date.value):
        return False
    # two places of one kind conflict unless one lies inside the other (Kabul airport, Kabul)
    return not (a.location and b.location and a.location[1] == b.location[1] and a.location != b.location
                and not _nested(a.location[0], b.location[0]))


def _elsewhen(value: str, published: date | None) -> bool:
    """Whether a date of month or year precision names another month or year than publication's
    («en juin dernier», «en 2006»). A day is left alone: a report may come out days or weeks after
    the day it tells of, and its headline is then undated.

    Examples:
        >>> pub = date(2012, 7, 5)
        >>> _elsewhen("2012-06", pub), _elsewhen("2006", pub)
        (True, True)
        >>> _elsewhen("2012-06-03", pub), _elsewhen("2012", pub), _elsewhen("2012-07", pub)
        (False, False, False)
    """
    if published is None or len(value) > 7:
        return False
    return not same_time(value, f"{published:%Y-%m}")


def _shares(a: _Raw, b: _Raw) -> bool:
    money = {(x.value, x.currency) for x in a.amounts} & {(x.value, x.currency) for x in b.amounts}
    return (
        bool(money)
        or (a.location is not None and a.location == b.location)
        or (a.date is not None and a.date == b.date)
    )


#: Event types read as one family when merging mentions of one happening.
_FAMILIES = {"Bombing": "Attack"}


def _family(raw: _Raw) -> str:
    return _FAMILIES.get(raw.trig.type, raw.trig.type)


def _agents(raw: _Raw) -> set[str]:
    return set(raw.roles.get("agent", {}))


def _same_speaker(a: _Raw, b: _Raw) -> bool:
    """Statements are one when their speakers meet (or one has none yet); other types always."""
    if a.trig.type != "Statement" or b.trig.type != "Statement":
        return True
    return not _agents(a) or not _agents(b) or bool(_agents(a) & _agents(b))


def _merge_target(
    final: list[_Raw],
    head: _Raw,
    anaphoric: bool,
    own_antecedent: bool = False,
    parsed: bool = False,
    published: date | None = None,
    several: bool = False,
    headline: int = 0,
) -> int | None:
    """The earlier event ``head`` is another mention of, if any.

    A Statement joins the latest earlier Statement of the same speaker. Other
    events join the latest earlier event of their type family when nothing
    conflicts and the later mention is anaphoric («الهجوم», "the attack": of its own type first) or
    shares a place, date or amount with it; not when each names a person the
    other lacks, unless the later sentence's first mention is itself the anaphor
    (``own_antecedent``: its definite noun follows a verb of its own sentence). With a parse
    (``parsed``), two readings of one sentence with their own agents, targets or places stay apart.
    A mention its sentence dates to another time than the article's (``published``: «en juin
    dernier», «en 2006») does not join an undated one, which happened at the article's time.
    A mention of ``several`` happenings (:func:`_several`) joins only as an anaphor or by what it shares.
    With a ``headline`` (its number of sentences: :func:`headline_sentences`), a happening (a ``story`` type)
    told only there joins the first later mention of its family however far the lead comes (captions, a
    section name or a byline may stand between them): the headline tells the story the lead opens.
    Unless anaphoric, a mention in a ``parallel`` clause (:func:`mark_parallel`) does not join an event
    told in its own sentence, nor (without a parse) a mention outside a phrase of an earlier happening
    («بعد هجوم») one told only in such a phrase of one sentence. A later sentence's mention passes over
    an event told only in one parallel clause (a background happening).
    """
    # the first earlier event of the head's own type: an anaphor skips other types told after it
    first_own = next((k for k, f in enumerate(final) if f.trig.type == head.trig.type), len(final))
    for k in range(len(final) - 1, -1, -1):
        prev = final[k]
        if _family(prev) != _family(head):
            continue
        if anaphoric and prev.trig.type != head.trig.type and first_own < k:
            continue  # "the suicide attack" after another shooting: the bombing told before that one
        if head.prior is not None and prev.prior is None and not anaphoric:
            continue  # «... بعد هجوم على»: an earlier happening, not the one told before
        # «بعد قصف X ... سيطرت عليه المقاومة»: an earlier happening told in one phrase, not the next one
        earlier = not parsed and prev.prior is not None and head.prior is None and len(prev.sents) == 1
        if not anaphoric and (earlier or (head.parallel and head.sent in prev.sents)):
            continue  # «قصفت X، فيما اندلعت اشتباكات»: another happening than its sentence's
        if prev.parallel and prev.sents == {prev.sent} and head.sent != prev.sent:
            continue  # «فجر انتحاري نفسه، فيما يكثف المتمردون هجومهم ... ويسلط الهجوم»: the story's attack
        if head.topic != prev.topic and (not anaphoric or own_antecedent) and head.trig.type != "Statement":
            # «من جهة أخرى، بدأت القوات عملية»: the report turned to other happenings («وفي وقت لاحق،
            # اجتمع ... وجرى خلال الاجتماع»: an anaphor of its own sentence's verb refers not past the turn)
            return None
        if prev.date is None and head.date is not None and _elsewhen(head.date.value, published):
            return None  # an undated story event and one told of another time: two happenings
        if head.trig.type == "Statement":
            if _agents(head) and _agents(head) & _agents(prev) and _compatible(prev, head):
                return k
            continue
        # the lead tells the headline's story: one family is enough there (a Bombing headline, an Attack lead)
        # a happening's headline (no speech act: an article reports many), the lead past captions and bylines
        told = max(prev.sents) < headline and load_event_types()[head.trig.type].story
        lead = (max(prev.sents) == 0 and min(head.sents) == 1) or told
        near = min(head.sents) - max(prev.sents) <= _CHAIN or told
        near = near and (prev.trig.type == head.trig.type or lead)
        near = near and not several  # "a rise in attacks on the police": other happenings than the story's
        # each names a person the other lacks («اجتمع X مع Y» ... «وفي وقت لاحق، اجتمع X مع Z»): two
        others = _people(prev) - _people(head) and _people(head) - _people(prev)
        # an anaphor whose antecedent is in its own sentence refers back only as far as its people allow
        linked = (anaphoric and not (own_antecedent and others)) or (
            not others and (_shares(prev, head) or (near and not _distinct(prev, head))))
        if parsed and head.sent in prev.sents and _distinct(prev, head):
            linked = False  # the parse told one sentence's two readings apart (own agents, targets, places)
        if _rival_nouns(prev, head):
            linked = False  # «l'assassinat de X» ... «l'assassinat de Y»: a definite noun of its own victim
        if _compatible(prev, head) and linked:
            return k
        return None
    return None


def headline_sentences(r: _Reader) -> int:
    """How many sentences the headline takes: 0 without one, 2 when the page repeats it as the next line
    (after a date or a dateline: "Title ... / 12 May 2020 Title ..."), else 1."""
    if not r.headline or len(r.sents) < 2:
        return int(r.headline)
    first, second = (" ".join(r.doc[s.start : s.end].text.split()).lower() for s in r.sents[:2])
    return 2 if first and second.endswith(first) else 1


#: Prepositions that open a topic shift before its head word («من جهة أخرى», «في سياق آخر», «على صعيد آخر»).
_SHIFT_PREPS = frozenset({"من", "في", "علي"})


def number_topics(r: _Reader, raws: list[_Raw]) -> None:
    """Give each reading the number of topic shifts before its trigger: «من جهة أخرى»، «من ناحية ثانية»،
    «في غضون ذلك»، «على صعيد آخر» (``shift_head`` then ``shift_tail`` cue words, after «من»/«في»/«على»)
    turn a report to other happenings, even within one run-on sentence."""
    doc, shifts = r.doc, []
    for i in range(1, len(doc) - 1):
        if "shift_head" in r.cues[i] and "shift_tail" in r.cues[i + 1] \
                and doc[i - 1].norm_.removeprefix("و") in _SHIFT_PREPS:
            shifts.append(i)
    for raw in raws:
        raw.topic = sum(1 for i in shifts if i < raw.trig.start)


def _several(r: _Reader, raw: _Raw) -> bool:
    """An indefinite plural event noun the parse tags («des attaques contre la police»): several
    happenings, not one more mention of the story event. French only: on the English dev half
    ("attacks" after "attack") it split one happening more often than it kept two apart."""
    t = raw.trig
    if not (r.parsed and r.lang == "fr" and t.kind == "N" and not t.definite and t.end - t.start == 1):
        return False
    return "Plur" in r.doc[t.start].morph.get("Number", [])


def mark_parallel(r: _Reader, raws: list[_Raw], types: Mapping[str, EventTypeInfo]) -> None:
    """Mark the indefinite readings in a clause that «فيما», «بينما» or «كما» opens inside a sentence
    (``parallel`` cue words): news tells another happening there («قصفت الطائرات مواقع، فيما اندلعت
    اشتباكات في المدينة»), not one more mention of the clause before. Happenings only (``story`` types;
    a speech act's clause is read by its speaker); Arabic only (no parse)."""
    for raw in raws:
        t = raw.trig
        if r.parsed or (t.kind == "N" and t.definite) or not types[t.type].story:
            continue
        i, own = t.start, r.clause_of[t.start]
        while i > 0 and r.clause_of[i - 1] == own:
            i -= 1
        opens_sentence = i == r.sents[r.sent_of[i]].start  # «كما شنت الطائرات»: also, one more report
        raw.parallel = i < t.start and "parallel" in r.cues[i] and not opens_sentence


def _people(raw: _Raw) -> set[str]:
    """The persons a mention names as participants, by a name of two words or more (a one-word
    "person" is as often a misread noun, «بمستشاريه»)."""
    return {ref for ref in raw.roles.get("participant", {}) if ref.startswith("person/") and "-" in ref}


def _rival_nouns(a: _Raw, b: _Raw) -> bool:
    """Whether two event nouns each name a person they target that the other does not («l'assassinat de X»
    ... «l'assassinat de Y»): two happenings, however definite the later one. Not a verb's victims: one
    strike may be told to kill one man, then another ("carried out the airstrike ... the killing of X")."""
    victims = [{ref for ref in x.roles.get("target", {}) if ref.startswith("person/")} for x in (a, b)]
    return a.trig.kind == b.trig.kind == "N" and all(victims) and not victims[0] & victims[1]


#: A bare mention joins an event of its type mentioned at most this many sentences before.
_CHAIN = 2


def _nested(a: str, b: str) -> bool:
    """Whether one place lies inside the other (Baghdad and Iraq): they may name one event's place.

    Examples:
        >>> _nested("place/gn-98182", "country/IQ"), _nested("country/IQ", "place/iq-baghdad-airport")
        (True, True)
        >>> _nested("place/gn-98182", "country/FR")
        False
    """
    kb = load_kb()
    return a in kb.containers(b) or b in kb.containers(a) or _unit_of(a, b) or _unit_of(b, a)


def _unit_of(a: str, b: str) -> bool:
    """Whether place id ``b`` is ``a`` with a unit word after it ("place/borno-state", "place/borno"): two
    places the knowledge base does not know, named with and without what kind of unit they are (a
    ``place_unit`` cue word).

    Examples:
        >>> _unit_of("place/borno", "place/borno-state"), _unit_of("place/borno", "place/bornu")
        (True, False)
    """
    units = load_cues("en").get("place_unit", frozenset())  # ids are slugs of English names
    return a.startswith("place/") and any(b == f"{a}-{w}" for w in units)


def _distinct(a: _Raw, b: _Raw) -> bool:
    """Whether two mentions of one type family name different happenings: each has its own
    place (and neither lies inside the other), or each its own agents or targets, and they
    share none of them. A role filled by a place of either mention is no actor of its own:
    in a visit to Iraq, "Iraq" read as an agent is the host. One whose doer a by-phrase names and one
    naming other people are two (:func:`~newsgraph.extract.events.passives_ar.stated_apart`)."""
    if a.location and b.location and a.location != b.location and not _nested(a.location[0], b.location[0]):
        return True
    if a.places and b.places and not a.places & b.places:
        if not any(_unit_of(x, y) or _unit_of(y, x) for x in a.places for y in b.places):
            return True
    hosts = a.places | b.places | {x.location[0] for x in (a, b) if x.location}
    for role in ("agent", "target"):
        mine, theirs = set(a.roles.get(role, {})) - hosts, set(b.roles.get(role, {})) - hosts
        if mine and theirs and not mine & theirs:
            return True
    return stated_apart(a, b)  # «تم استقبال X من قبل Y، ... سيلتقي Z»: Y's reception, Z's meeting


def _absorb(a: _Raw, b: _Raw, pin: bool = True) -> None:
    """Add mention ``b`` to event ``a``. With ``pin`` False (``b`` joined only by being near, not by
    anaphora or a shared place, date or amount) a place of ``b`` inside ``a``'s country does not
    pin the event there: "the visit to Iraq ... he will visit Mosul" is a tour of Iraq."""
    for role, slot in b.roles.items():
        for ref, score in slot.items():
            a.add(role, ref, score)
    refine = pin and a.location is not None and a.location[1] == "COUNTRY"
    if b.location and (a.location is None or (refine and b.location[1] == "PLACE")):
        a.location = b.location
    if b.date_parsed and not a.date_parsed:  # «approuvé lundi l'accord signé le 14 juillet»: the parse's
        a.date, a.date_parsed = b.date, True
    a.date = a.date or b.date
    a.date_from = a.date_from or b.date_from
    for mine, theirs in ((a.amounts, b.amounts), (a.quantities, b.quantities)):
        seen = {(x.value, x.currency, x.unit) for x in mine}
        mine += [x for x in theirs if (x.value, x.currency, x.unit) not in seen]
    a.reports += b.reports
    a.sents |= b.sents
    a.places |= b.places
    # the stronger trigger; of two as strong, the narrower type («مقتل ... في تفجير»: a Bombing)
    narrower = b.trig.type in _FAMILIES and a.trig.type not in _FAMILIES
    if b.trig.strength > a.trig.strength or (b.trig.strength == a.trig.strength and narrower):
        a.trig = b.trig


def _aside(r: _Reader, raw: _Raw) -> bool:
    """Whether a definite event noun only sets the scene of its sentence, after a preposition of
    circumstance («في الاجتماع», «خلال اللقاء», «عقب الهجوم»): the actors and places of that sentence
    are what was said or done there, not parties to the event it refers back to."""
    t = raw.trig
    if not (t.kind == "N" and t.definite and t.start > 0 and "circumstance" in r.cues[t.start - 1]):
        return False
    # «خلال المباحثات التي عقدت في القاهرة»: a relative clause that describes it tells its own place
    after = range(t.end, min(t.end + 3, len(r.clause_of)))
    return not any(_describes(r, t, r.clause_of[i]) for i in after)
