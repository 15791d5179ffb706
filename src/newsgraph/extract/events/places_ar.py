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
* **Met where visited.** «زار دي ميستورا طهران، والتقى بمسؤولين»: a meeting its sentence tells after a visit,
  with no place of its own, took place where the visit went (the same sentence, no «فيما»/«بينما»/«كما»
  clause of another happening between them).
* **Held place.** «مدينة الرقة التي يسيطر عليها التنظيم», «البلدة التي قتل فيها»: the place a relative
  clause of control, or of where the event happened, describes (:func:`held_place`).
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.lexicons import TriggerMatch

__all__ = [
    "construct_site", "fronted_place", "held_place", "met_where_visited", "placed_by_setting", "placed_here",
    "retaken_place",
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


def placed_by_setting(r: _Reader, final: list[_Raw]) -> None:
    """Give an unplaced event whose verb follows a sentence's fronted place that place (module doc)."""
    for f in final:
        if f.location is None and (place := fronted_place(r, f.trig)) is not None:
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
                  and g.trig.end <= f.trig.start]
        if not visits:
            continue
        g = visits[-1]
        if any("parallel" in r.cues[i] for i in range(g.trig.end, f.trig.start)):
            continue  # «زار X بغداد، فيما التقى Y»: another happening
        f.location = g.location


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
