"""Whom an Arabic event is aimed at, read from the words right after its trigger (no parser): the
sides of sanction nouns, and whom an appeal or a threat by an unnamed official addresses.

* **Whose sanctions.** «العقوبات الأميركية», «عقوبات أوروبية جديدة»: a nationality adjective after a
  sanction noun (past up to :data:`_ADJ_SKIP` other adjectives: «العقوبات الاقتصادية الأميركية») says who
  imposes them, the agent, not whom they hit (the noun's genitive, «عقوبات إيران», is its target).
* **Aimed by a relative clause.** «العقوبات التي تستهدف إيران», «عقوبات تستهدف قطاع النفط»: a ``target``
  verb opening the clause right after a sanction noun (past its adjectives and a relative pronoun)
  names what the sanctions hit: the actor right after it.
* **Asked past an unnamed title.** «دعا الأمين العام إسرائيل إلى وقف ...», «وطالب وزير الخارجية
  الإيراني الولايات المتحدة برفع العقوبات», «وحث الرئيس حركة حماس على»: when an appeal or threat verb
  opens its clause and only a title stands before the first name after it (title words, the
  nationality adjectives and bodies of the title: :func:`~.appositions_ar.title_chain`), that name, not
  a person, followed by the «إلى»/«على»/«ب»/«ل» of what is asked, is who is called upon (the target),
  not the speaker: the title is the subject. A body after «ل» is whose title it is («دعا الأمين العام
  للأمم المتحدة إلى»): it asks, it is not asked; the person named right after it is who asks.
* **Soldiers' army.** «مقتل جندي تركي», «قتل ثلاثة جنود مصريين»: a country a reading made an attack's target
  by the nationality adjective of soldiers (``force_unit`` words, not police) is its army when the article
  names that army («الجيش التركي»): the soldiers' force was hit (GUIDELINES.md: the attacked group).
* **Tied to.** «على صلة بتنظيم X»: a tie noun right after «على» (``data/ties_ar.txt``, :func:`tie_word`) says
  whom the arrested are held to belong to, like a ``belong`` word (read in targets_ar, belonging).
"""

from __future__ import annotations

from functools import cache

from newsgraph.extract.events.appositions_ar import title_chain
from newsgraph.extract.events.clauses import _Reader, opens_clause
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.frames import ACTORS as _ACTORS
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch
from newsgraph.extract.institutions import institution_forms
from newsgraph.extract.lexicon import words
from newsgraph.kb import load_kb
from newsgraph.text import mint_entity_id, normalize_token

__all__ = ["objects_ar", "soldiers_army", "tie_word"]

#: Adjectives that may stand between a sanction noun and the nationality adjective or relative clause
#: after it («العقوبات الاقتصادية الأميركية», «عقوبات جديدة تستهدف»).
_ADJ_SKIP = 2


def _past_adjectives(r: _Reader, i: int, si: int) -> int:
    """The first token from ``i`` on that is no plain adjective of the noun before (a word that no
    mention covers, no cue word, in sentence ``si``), past at most :data:`_ADJ_SKIP` of them."""
    for _ in range(_ADJ_SKIP):
        if i >= len(r.doc) or r.sent_of[i] != si or i in r.mention_at or r.cues[i] or not r.doc[i].is_alpha:
            return i
        i += 1
    return i


def _nationality_after(r: _Reader, t: TriggerMatch) -> _M | None:
    """The nationality adjective right after noun trigger ``t`` (past its other adjectives): whose act."""
    si = r.sent_of[t.start]
    j = t.end
    for _ in range(_ADJ_SKIP + 1):
        m = r.mention_at.get(j)
        if m is not None:
            return m if m.start == j and m.label == "COUNTRY" and m.payload == "adj" else None
        nxt = _past_adjectives(r, j, si)
        if nxt == j:
            return None
        j = nxt
    return None


def _aimed_by_relative(r: _Reader, t: TriggerMatch) -> _M | None:
    """The actor a ``target`` verb right after sanction noun ``t`` (past its adjectives, a nationality
    adjective and a relative pronoun) names: «العقوبات الأميركية التي تستهدف إيران»."""
    si = r.sent_of[t.start]
    j = _past_adjectives(r, t.end, si)
    m = r.mention_at.get(j)
    if m is not None and m.start == j and m.payload == "adj":
        j = _past_adjectives(r, m.end, si)
    if j < len(r.doc) and "relative" in r.cues[j]:
        j += 1
    if j + 1 >= len(r.doc) or r.sent_of[j] != si or "target" not in r.cues[j]:
        return None
    if r.doc[j].norm_ in _PREPOSITIONS:  # a preposition: sanctions_ar reads «العقوبات على X»
        return None
    hit = r.mention_at.get(j + 1)
    if hit is None or hit.start != j + 1 or hit.label not in _ACTORS or hit.payload == "adj":
        return None
    return hit


#: Prepositions of the ``target`` cue class (sanctions_ar reads them).
_PREPOSITIONS = frozenset(normalize_token(w) for w in ("على", "ضد"))
#: Event types whose verb, after an unnamed title, names whom it asks or warns (module doc).
_ASKING = frozenset({"Appeal", "Threat"})
#: Words that open what an appeal asks for, right after whom it asks («إلى وقف», «على الإفراج», «بوقف»).
_ASKED_FOR = frozenset(normalize_token(w) for w in ("إلى", "على", "ب", "ل"))


def _title_body(r: _Reader, t: TriggerMatch, raw: _Raw) -> _M | None:
    """The body a title right after appeal verb ``t`` is of, after «ل» («دعا الأمين العام للأمم المتحدة»),
    if a reading made it the target."""
    for ref in raw.roles.get("target", {}):
        m = next((m for m in r.mentions if m.ref == ref and m.start > t.end), None)
        if m is None or r.clause_of[m.start] != r.clause_of[t.start]:
            continue
        if _of_title(r, t, m):
            return m
    return None


def _of_title(r: _Reader, t: TriggerMatch, m: _M) -> bool:
    """Whether mention ``m`` follows a «ل» (split off or glued) after only a title right after verb ``t``:
    the body whose title it is («دعا الأمين العام للأمم المتحدة»)."""
    lam = m.start - 1 if r.doc[m.start - 1].norm_ == "ل" else m.start
    return (lam < m.start or r.glued.get(m.start, "").endswith("ل")) and title_chain(r, t.end, lam)


#: Mentions after an appeal verb read for whom it asks: the title's body, its holder, then the one asked.
_ASK_REACH = 4


def _asked_past_title(r: _Reader, t: TriggerMatch) -> _M | None:
    """Who an appeal verb asks when only a title stands between it and that name (module doc)."""
    own, body_end = r.clause_of[t.start], -1
    after = [m for m in r.mentions if m.start >= t.end and r.clause_of[m.start] == own]
    for m in after[:_ASK_REACH]:
        if m.label == "PERSON" and m.start == body_end:
            body_end = m.end  # «الأمين العام للأمم المتحدة أنطونيو غوتيريش»: the titled person
            continue
        if m.label == "PERSON":
            return None  # «دعا الرئيس X»: the titled person speaks
        if m.label not in _ACTORS or m.payload == "adj":
            continue
        if _of_title(r, t, m):
            body_end = m.end  # «الأمين العام للأمم المتحدة»: whose title
            continue
        if m.start != body_end and not title_chain(r, t.end, m.start):
            continue
        nxt = r.doc[m.end].norm_ if m.end < len(r.doc) else ""
        if nxt in _ASKED_FOR or (len(nxt) > 2 and nxt[0] in "بل" and not r.cues[m.end]):
            return m
    return None


def objects_ar(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Set the sides of an Arabic sanction noun, and whom an appeal after a title asks (module doc)."""
    if r.lang != "ar":
        return
    if info.type in _ASKING and t.kind == "V" and opens_clause(r, t):
        if (body := _title_body(r, t, raw)) is not None:  # «دعا الأمين العام للأمم المتحدة»: not asked
            raw.roles["target"].pop(body.ref)
            titled = r.mention_at.get(body.end)
            if titled is not None and titled.start == body.end and titled.label == "PERSON":
                raw.done_by(titled.ref, 3.0)  # «للأمم المتحدة أنطونيو غوتيريش»: the secretary-general asks
        if (asked := _asked_past_title(r, t)) is not None:
            raw.only_as("target", asked.ref, 2.5)
        raw.prune()
    if info.type != "Sanction" or t.kind != "N":
        return
    whose = _nationality_after(r, t)
    if whose is not None and not raw.roles.get("agent"):
        raw.done_by(whose.ref, 2.5)  # «العقوبات الأميركية»: the US imposes them
    hit = _aimed_by_relative(r, t)
    if hit is not None and (whose is None or hit.ref != whose.ref):
        raw.only_as("target", hit.ref, 2.0)
    raw.prune()


@cache
def _army_name() -> str | None:
    """The name template of a country's army: the ``army`` row of ``data/institutions.tsv``
    ("Army of {country}")."""
    return next((f.template for f in institution_forms("ar") if f.kind == "army"), None)


def _army_of(country: str) -> str | None:
    """The id :func:`~newsgraph.extract.article_entities.add_institutions` mints for a country's army, from
    the country's English name («الجيش التركي», country/TR: org/army-of-turkey; country/CI:
    org/army-of-cote-d-ivoire)."""
    entity = load_kb().get(country)
    name = entity.labels.get("en") if entity is not None else None
    template = _army_name()
    return mint_entity_id("ORGANIZATION", template.format(country=name)) if name and template else None


def soldiers_army(r: _Reader, t: TriggerMatch, raw: _Raw) -> None:
    """Make a country hit through its soldiers' adjective its army, when the article names it (module doc)."""
    hit = raw.roles.get("target", {})
    if r.lang != "ar" or not hit:
        return
    armies = {m.ref for m in r.mentions if m.label == "ORGANIZATION"}
    si = r.sent_of[t.start]
    for m in [m for m in r.in_sent(si) if m.ref in hit and m.label == "COUNTRY"]:  # «جنود مصريين»: bare too
        unit = m.start - 1
        if unit < 0 or "force_unit" not in r.cues[unit] or "police_unit" in r.cues[unit]:
            continue  # not after a soldier's word («جندي», «ضابط»; police are not the army)
        if (army := _army_of(m.ref)) in armies and army is not None:
            raw.only_as("target", army, hit.pop(m.ref))


def tie_word(r: _Reader, k: int) -> bool:
    """Whether token ``k`` is a noun of a tie right after «على» («على صلة بتنظيم X»: ``data/ties_ar.txt``),
    written as it stands (not «وصلة», a musical set)."""
    return 0 < k < len(r.doc) and r.doc[k].norm_ in words("ties_ar.txt") and r.doc[k - 1].norm_ in _ON


#: «على» as the tokens' norm gives it.
_ON = frozenset({normalize_token("على")})
