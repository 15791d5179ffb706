"""Where an Arabic event happened, read from the words around a place name (no parser).

* **Construct site.** «القبض على شاب في كورنيش جدة», «انفجار في سوق بغداد»: «في»/«قرب» (a ``location``
  cue), then one bare noun in construct with a place name (a site of the place: its seafront, market,
  port), place the event at that place. Only one indefinite word, no cue word of its own (not «في
  مواجهة X», not a definite noun: «في الحرب السورية»), in the clause of the cue.
* **Retaken place.** «معارك لتطهير حي التواهي», «عملية لاستعادة مدينة تكريت»: the place a freeing or taking
  back word (``retake``) names, right after it or past one place noun, is where the fighting is (the
  sentence's «في عدن» after it only says where that place lies); the word is the trigger's or follows it
  within two words (not «القصف ... بعد نجاح المقاومة في تحرير عدن»: another happening).
* **Fronted place.** «وفي صوفيا قال الاتحاد», «وفي تل أبيب حث الوزير»: a sentence that opens with «في»
  and a place, then at once a verb trigger, says where that act happened (the place leads the sentence
  as its setting; not «قال X في ...», where the place may belong to what is said).
* **Where.** «وصل إلى القاهرة حيث سيشارك في اجتماع», «زار دمشق، حيث التقى الرئيس»: a clause opened by «حيث»
  right after a place name tells what happened there (:func:`where_place`); not for a statement, after which
  «حيث» mostly joins a remark («..، حيث أعلنت الوزارة», «حيث يشير الكثير منهم»).
* **Trailing place.** «استقبل الوزير نظيره الأمريكي، بمقر الوزارة بمدينة العلمين»: a clause of place that
  follows the trigger's clause after a comma («في»/«ب», a place it governs, no other event, up to the
  sentence's end or the next comma) says where the event of that clause happened (:func:`trailing_place`).
* **Hit near.** «شن 17 ضربة جوية على الأقل على مدينة الحديدة»: among the places of an attack's clause, the
  one its «على» hits within a few words after the trigger comes first (:func:`hit_near`).
* **Met where visited.** «زار دي ميستورا طهران، والتقى بمسؤولين»: a meeting its sentence tells after a visit,
  with no place of its own, took place where the visit went (the same sentence, no «فيما»/«بينما»/«كما»
  clause of another happening between them); so does a meeting whose guest a relative clause right after
  it says is visiting, in the present tense («استقبل الوزير نظيره الذي يزور القاهرة حاليا»).
* **Held place.** «مدينة الرقة التي يسيطر عليها التنظيم», «البلدة التي قتل فيها»: the place a relative
  clause of control, or of where the event happened, describes (:func:`held_place`).
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.lexicons import TriggerMatch
from newsgraph.extract.lexicon import words

__all__ = [
    "construct_site", "fronted_place", "held_place", "hit_near", "met_where_visited", "placed_by_setting",
    "placed_here", "retaken_place", "seat_of",
]

#: Words between a trigger and the retake word of its purpose («معارك شرسة لتطهير حي X»).
_RETAKE_GAP = 2
#: Event types held where a visit before them in their sentence went.
_MET = frozenset({"Meeting", "Negotiation"})


def construct_site(r: _Reader, m: _M) -> bool:
    """Whether place mention ``m`` follows a ``location`` cue and one bare noun in construct with it
    («في كورنيش جدة»): where its clause's event happened (module doc)."""
    noun, cue = m.start - 1, m.start - 2
    if r.lang != "ar" or m.label != "PLACE" or cue < 0 or noun in r.mention_at or cue in r.mention_at:
        return False
    tok = r.doc[noun]
    if r.glued.get(m.start) or not tok.is_alpha or tok.norm_.startswith("ال") or r.cues[noun] \
            or r.clause_of[cue] != r.clause_of[m.start] or noun in r.times:
        return False
    return "location" in r.cues[cue] and r.doc[cue].norm_ not in ("ب",)


def retaken_place(r: _Reader, m: _M, t: TriggerMatch) -> bool:
    """Whether place mention ``m`` is what a ``retake`` word right before it (past one place noun, in its
    clause) frees or takes back, that word being trigger ``t``'s or right after it (module doc)."""
    if r.lang != "ar" or m.label != "PLACE" or m.start < 1:
        return False
    i = m.start - 1
    if "place_noun" in r.cues[i] and i not in r.mention_at:
        i -= 1
    return i >= 0 and "retake" in r.cues[i] and r.clause_of[i] == r.clause_of[m.start] \
        and t.start <= i <= t.end + _RETAKE_GAP


#: Tokens after an attack trigger within which the place its «على» hits is where it happened.
_HIT_REACH = 6


def hit_near(r: _Reader, m: _M, t: TriggerMatch, context: str) -> bool:
    """Whether place mention ``m`` is what attack trigger ``t`` hits right after it (``context`` "target",
    within :data:`_HIT_REACH` tokens): «شن 17 ضربة جوية على الأقل على مدينة الحديدة» happened in Hodeidah,
    not in the Red Sea of a relative clause before it («التحالف الذي يدافع عن السفن في البحر الأحمر»); not
    the sea a far place lies on («... الحديدة الواقعة غربي البلاد على البحر الأحمر»)."""
    return r.lang == "ar" and context == "target" and 0 <= m.start - t.end <= _HIT_REACH


def seat_of(r: _Reader, m: _M) -> bool:
    """Whether body mention ``m`` owns the building an event is held in: «استقبل X بمقر المجلس الرئاسي»,
    «في مقر وزارة الخارجية» — the venue (``data/venues_ar.txt``) after «ب»/«في», so where they met, not
    a party."""
    if r.lang != "ar" or m.start < 2 or m.label == "PERSON":
        return False
    return r.doc[m.start - 1].norm_ in words("venues_ar.txt") and r.doc[m.start - 2].norm_ in ("ب", "في")


def placed_here(r: _Reader, m: _M, t: TriggerMatch) -> bool:
    """Whether place mention ``m`` is where trigger ``t``'s event happens by the words right before it: a
    construct site or a place it retakes (module doc)."""
    return construct_site(r, m) or retaken_place(r, m, t)


def fronted_place(r: _Reader, t: TriggerMatch) -> tuple[str, str] | None:
    """The place a sentence opens with, «(و)في» and a place name (after a place noun: «في محافظة X»), when
    verb trigger ``t`` comes right after it (a comma between): where the sentence's act happened (module
    doc)."""
    if r.lang != "ar" or t.kind not in ("V", "A", "S"):  # a verb: an act, an announcement, a speech
        return None
    sent = r.sents[r.sent_of[t.start]]
    i = next((k for k in range(sent.start, t.start) if not r.doc[k].is_punct), t.start)
    if i >= t.start or "location" not in r.cues[i] or r.doc[i].norm_ in ("ب",):
        return None
    m = r.mention_at.get(i + 1)
    if m is None and i + 2 < t.start and "place_noun" in r.cues[i + 1]:
        m = r.mention_at.get(i + 2)
    if m is None or m.label not in ("PLACE", "COUNTRY") or m.payload == "adj":
        return None
    if m.start not in (i + 1, i + 2):
        return None
    if any(not r.doc[k].is_punct for k in range(m.end, t.start)):
        return None  # «وفي عدن قوات ... أعلنت»: more than the setting stands before the verb
    return (m.ref, m.label)


#: Tokens a trailing clause of place may have («، بمقر وزارة الخارجية بمدينة العلمين الجديدة»).
_TRAIL_MAX = 10


def trailing_place(r: _Reader, t: TriggerMatch, others: set[int]) -> tuple[str, str] | None:
    """The place a clause of place right after trigger ``t``'s clause names: a comma, then «في»/«ب» and
    words up to the sentence's end or the next comma, none of them a trigger (token ``others``), with a
    place the «في»/«ب» governs («استقبل الوزير نظيره، بمقر الوزارة في القاهرة»): where it happened."""
    if r.lang != "ar" or t.type == "Statement":  # a speech is placed by its occasion (clauses._said_at)
        return None
    own, si = r.clause_of[t.start], r.sent_of[t.start]
    sent = r.sents[si]
    end = 1 + max(k for k in range(t.start, sent.end) if r.clause_of[k] == own)  # past a joined incise
    if end + 1 >= len(r.doc) or r.sent_of[end + 1] != si or r.doc[end].norm_ not in ("،", ","):
        return None
    if "location" not in r.cues[end + 1] or r.clause_kind.get(r.clause_of[end + 1]) != "":
        return None
    stop = end + 1
    while stop < len(r.doc) and r.sent_of[stop] == si and r.doc[stop].norm_ not in ("،", ",") \
            and not r.doc[stop].is_punct:
        stop += 1
    if stop - end > _TRAIL_MAX or any(k in others for k in range(end + 1, stop)):
        return None
    k, venues = end + 1, words("venues_ar.txt")
    while k < stop and (k in r.mention_at and r.mention_at[k].label == "ORGANIZATION"
                        or r.doc[k].norm_ in venues or not r.cues[k].isdisjoint(("location", "place_noun"))):
        # «بمقر مجلس الوزراء بمدينة», «في قصر الرئاسة بجدة»: the venue and whose seat it is
        nxt = k + 1
        bare_seat = r.doc[k].norm_ in venues and nxt < stop and nxt not in r.mention_at and not r.cues[nxt]
        k += 2 if bare_seat else 1
    place = r.mention_at.get(k) if k < stop else None  # not past the clause's comma or the sentence's end
    if place is None or place.start != k or place.label not in ("PLACE", "COUNTRY") or place.payload == "adj":
        return None
    return (place.ref, place.label) if r.context(place) == "location" else None


def where_place(r: _Reader, t: TriggerMatch) -> tuple[str, str] | None:
    """The place right before the «حيث» (``where`` cue) that opens trigger ``t``'s clause, a comma
    between or not: «وصل إلى القاهرة حيث سيشارك في اجتماع», «زار دمشق، حيث التقى الرئيس»."""
    if r.lang != "ar" or t.type == "Statement":  # «..، حيث أعلنت الوزارة»: «حيث» as "and", "as"
        return None
    own, si = r.clause_of[t.start], r.sent_of[t.start]
    k = next((k for k in range(t.start - 1, r.sents[si].start - 1, -1) if r.clause_of[k] != own), None)
    opener = k + 1 if k is not None else r.sents[si].start
    if "where" not in r.cues[opener] or opener >= t.start:
        return None
    j = opener - 1
    j -= 1 if j >= 0 and r.doc[j].norm_ in ("،", ",") else 0
    m = r.mention_at.get(j)
    if m is None or m.end != j + 1 or r.sent_of[m.start] != si or m.label not in ("PLACE", "COUNTRY") \
            or m.payload == "adj":
        return None
    return (m.ref, m.label)


def placed_by_setting(r: _Reader, final: list[_Raw]) -> None:
    """Give an unplaced event whose verb follows a sentence's fronted place that place, or the place of a
    clause of place right after its own (module doc)."""
    triggers = {k for f in final for k in range(f.trig.start, f.trig.end)}
    for f in final:
        place = fronted_place(r, f.trig) or where_place(r, f.trig) or trailing_place(r, f.trig, triggers)
        if f.location is None and place is not None:
            f.location = place


def met_where_visited(r: _Reader, final: list[_Raw]) -> None:
    """Give a meeting with no place the destination of a visit told before it in its sentence (module doc)."""
    if r.lang != "ar":
        return
    for f in final:
        if f.trig.type not in _MET or f.location is not None:
            continue
        si = r.sent_of[f.trig.start]
        visits = [g for g in final if g.trig.type == "Visit" and g.location is not None
                  and not g.location_inferred and r.sent_of[g.trig.start] == si
                  and (g.trig.end <= f.trig.start or _guest_visits(r, f, g))]
        if not visits:
            continue
        before = [g for g in visits if g.trig.end <= f.trig.start]
        g = before[-1] if before else visits[0]  # the nearest visit told before it, else its guest's
        lo, hi = sorted((g.trig.end, f.trig.end))
        if any("parallel" in r.cues[i] for i in range(lo, hi)):
            continue  # «زار X بغداد، فيما التقى Y»: another happening
        f.location = g.location


def _guest_visits(r: _Reader, meet: _Raw, visit: _Raw) -> bool:
    """Whether ``visit`` is told in the present tense in the first relative clause after meeting ``meet``
    (its guest's: «استقبل الوزير نظيره المغربي الذي يزور القاهرة حاليا»)."""
    start = visit.trig.start
    if start < meet.trig.end or r.clause_kind.get(r.clause_of[start]) != "relative":
        return False
    if not r.doc[start].norm_.startswith(("ي", "ت")):
        return False  # «الذي زار بغداد الشهر الماضي»: a past visit, not where they meet now
    return not any(r.clause_kind.get(r.clause_of[i]) == "relative" and r.clause_of[i] != r.clause_of[start]
                   for i in range(meet.trig.end, start))


def held_place(r: _Reader, t: TriggerMatch) -> list[_M]:
    """Arabic: the place a relative clause of control describes, right before it («مدينة الرقة (شمال سوريا)
    التي يسيطر عليها التنظيم», «مناطق يسيطر عليها»): where the group holds sway; or the place a relative
    clause says the event happened in («السجن الذي تحتجز فيه السلطات», «البلدة التي قتل فيها»)."""
    # ``resumptive`` / ``resumptive_in`` cues: «يسيطر عليها» ends the trigger, «قتل فيه» follows it
    inside = t.end < len(r.doc) and "resumptive_in" in r.cues[t.end]
    if "resumptive" not in r.cues[t.end - 1] and not inside:
        return []
    i = t.start - 1
    if i >= 0 and "relative" in r.cues[i]:
        i -= 1
    if i >= 0 and r.doc[i].text == ")":
        while i >= 0 and r.doc[i].text != "(":
            i -= 1
        i -= 1
    ends = (i, i + 1)  # right before, or past one adjective («المدينة السورية التي»)
    return [m for m in r.in_sent(r.sent_of[t.start])
            if m.label in ("PLACE", "COUNTRY") and m.payload != "adj" and m.end in ends][:1]  # fmt: skip
