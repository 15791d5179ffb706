"""Roles of one trigger, read from its clause.

:func:`_read` fills a trigger's roles from the parse (English:
:mod:`~newsgraph.extract.events.deps`) or the clause shapes (verb then
subject, genitives, light verbs, prepositions); the frame
table ``data/events_types.tsv`` says which role a subject, an object and a
genitive fill per type. Speech verbs and Statements are read in
:mod:`~newsgraph.extract.events.speakers`; the actor nearest a trigger, for an
event its clause named nobody for, in :mod:`~newsgraph.extract.events.fallback`; where it happened,
once its roles are read, in :mod:`~newsgraph.extract.events.locations`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from newsgraph.extract.events.agents_en import roles_en
from newsgraph.extract.events.appeals_ar import asked_ar
from newsgraph.extract.events.appositions_ar import title_holder, titles_person
from newsgraph.extract.events.clauses import _actor_after, _conjuncts, _next_item, _Reader, opens_clause
from newsgraph.extract.events.contexts_en import stray_context
from newsgraph.extract.events.deps import dep_roles
from newsgraph.extract.events.deps_fr import of_a_title_fr
from newsgraph.extract.events.fallback import _accusative_adj, _backed, _governed_elsewhere, _other_act
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.frames import ACTORS as _ACTORS
from newsgraph.extract.events.fronts_ar import front_roles_ar
from newsgraph.extract.events.guests_ar import guest_past_break, title_complement
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch
from newsgraph.extract.events.locations import place_of
from newsgraph.extract.events.men_ar import men_roles_ar
from newsgraph.extract.events.outlets_ar import told_by
from newsgraph.extract.events.owners_en import owner_of_named
from newsgraph.extract.events.participants_fr import listed_fr, owns_other_fr
from newsgraph.extract.events.passives_ar import genitive_role_ar, passive_roles_ar
from newsgraph.extract.events.places_ar import placed_here, seat_of
from newsgraph.extract.events.recipients_ar import recipients_ar
from newsgraph.extract.events.relatives_ar import relative_of, relative_roles
from newsgraph.extract.events.sanctions_ar import sanctioned_ar
from newsgraph.extract.events.targets_ar import attack_roles_ar
from newsgraph.extract.events.topics_en import occasion_of_other, topic_mention
from newsgraph.extract.verbs_ar import circumstantial, subject_suffix
from newsgraph.kb import load_kb
from newsgraph.types import Event

__all__: list[str] = []

#: Tokens after a speech verb within which a mention is taken as its speaker (past the title:
#: «قال وزير الخارجية القطري خالد العطية»), not as the subject of an event it reports.
_SPEAKER_REACH = 8


def _subject_lead(r: _Reader, i: int) -> bool:
    """Whether token ``i`` may stand between a verb and its subject's name: a word for its men, a group's
    head noun, a quote («استهدفت عناصر تنظيم «داعش»»), a word for its aircraft or guns («استهدفت الطائرات
    الإسرائيلية عناصر من X»: Israel's planes hit, Israel is no target)."""
    return not r.cues[i].isdisjoint(("casualty_unit", "org_head", "force_head")) or r.doc[i].is_quote


#: Tokens before a noun trigger within which a light verb's subject is its actor, past a long title
#: («قام صاحب السمو الملكي الأمير محمد بن سلمان ... ولي ولي العهد ... وزير الدفاع بزيارة»); the verb
#: must be in the trigger's clause.
_LIGHT_REACH = 25


def _enumerated(r: _Reader, raw: _Raw, si: int) -> None:
    """Actors listed after one that holds a role take the same role: «التقى الوزير X، والمهندس Y، وZ»,
    «ضم مستشاريه X، وY» (items after «، و» that end where the next «،» or «و» starts one more)."""
    for role in ("agent", "participant", "target"):
        slot = raw.roles.get(role, {})
        for m in [m for m in r.in_sent(si) if m.ref in slot]:
            score, cur = slot[m.ref], m
            while (nxt := _next_item(r, cur.end)) is not None and nxt.label in _ACTORS:
                if nxt.payload == "adj" or (nxt.label == "PERSON") != (m.label == "PERSON"):
                    break
                if not any(nxt.ref in other for other in raw.roles.values()):
                    raw.add(role, nxt.ref, score)
                cur = nxt


#: Tokens after a victim noun within which «من X» names whose men were hit («مقتل عنصرين من الشرطة»).
_PARTITIVE_REACH = 4


def _partitive(r: _Reader, t: TriggerMatch, free: list[_M]) -> list[_M]:
    """The actor after «من» right after a victim noun and its count: «مقتل عنصرين من الشرطة التركية»,
    «مقتل 13 عنصرا من الحوثيين» (the men killed were the police's, the Houthis')."""
    return [
        m for m in free
        # a «و» the tokenizer split off («وجندي من تشاد») is no word of its own
        if 0 < m.start - t.end - sum(r.doc[i].norm_ == "و" for i in range(t.end, m.start)) <= _PARTITIVE_REACH
        and "origin" in r.cues[m.start - 1]
        and not any("clause_break" in r.cues[i] for i in range(t.end, m.start))
    ][:1]


def _owned(r: _Reader, m: _M) -> bool:
    """Arabic: whether the tokenizer split a «ل» off right before mention ``m`` («دورية للجيش»: the army's
    patrol), which makes it whose the noun before is, not the subject of the verb before it."""
    return r.lang == "ar" and m.start > 0 and r.doc[m.start - 1].norm_ == "ل" \
        and r.clause_of[m.start - 1] == r.clause_of[m.start]


def _from(r: _Reader, m: _M, words: int = 2) -> bool:
    """Whether «من» stands up to ``words`` words before mention ``m`` in its clause («من سيطرة X», «من X»)."""
    own = r.clause_of[m.start]
    return any("origin" in r.cues[i] and r.clause_of[i] == own
               for i in range(max(m.start - words, 0), m.start))


#: Tokens after a trigger within which «ضد X» says what the event hits («غارات جوية ضد X»).
_AGAINST_REACH = 4


def _against(r: _Reader, t: TriggerMatch, m: _M, c: str) -> bool:
    """Without a parse, whether ``m`` is what the trigger is «ضد», right after it: «هجوما واسعا ضد
    القوات المتمردة», «المعركة ضد جماعة الشباب» (not «يدعو العراق لمواصلة العمليات ضد داعش»: the
    operations are against ISIS, the call is to Iraq)."""
    return c == "against" and not r.parsed and 0 <= m.start - t.end <= _AGAINST_REACH


#: Contexts whose English mention a parse may show belongs to another phrase than the trigger's
_JUDGED_EN = ("participant", "agent", "target")


def _read(r: _Reader, t: TriggerMatch, info: EventTypeInfo, scope: set[int], speech: list[int]) -> _Raw:
    if info.type == "Meeting" and "host" in r.cues[t.start]:
        info = dataclasses.replace(info, subject="agent")  # «استقبل الأمير الوزير»: the prince hosts
    si = r.sent_of[t.start]
    raw = _Raw(t, si, sents={si})
    rel = None  # the relative clause a verb trigger opens (read once, below)
    own = r.clause_of[t.start]
    near = [m for m in r.in_sent(si) if r.clause_of[m.start] in scope and not (t.start <= m.start < t.end)]
    seq = r.sequel[t.start]
    if seq >= 0:  # «بعد إطلاق نار منها»: an earlier happening has the actors and places of its phrase only
        raw.prior = seq
        near = [m for m in near if m.start > seq and r.clause_of[m.start] == own]
    else:  # and the clause's event none of them
        near = [m for m in near if not r.sequel[m.start] > t.start]
        if occasion_of_other(r, t):  # "met on the sidelines of the G20 summit": the summit is its own
            raw.prior = t.start
    inside = [m for m in r.mentions if t.start <= m.start and m.end <= t.end]
    ctx = {m: r.context(m) for m in near}
    if t.kind == "V" and r.lang == "ar" and opens_clause(r, t):
        # «استهدف الجيش التركي مواقع ...», «واستهدفت عناصر X نقاطا»: the verb's own cue word does not make
        # its subject (past words for its men) a target
        ctx.update({m: "" for m in near if "target" in r.cues[t.end - 1] and m.start >= t.end
                    and all(_subject_lead(r, i) for i in range(t.end, m.start))})
    if r.lang == "ar" and t.kind == "N" and t.start > 0 and "target" in r.cues[t.start - 1] \
            and not any("target" in r.cues[i] for i in range(t.start, t.end)):
        # «ردوا على هجمات المقاومة», «على العدوان الإسرائيلي»: «على» governs the event noun; the name
        # right after it is the noun's genitive (its doer), not what is hit
        ctx.update({m: "" for m in near if m.start == t.end and ctx[m] == "target"})
    if r.lang == "ar" and info.object == "target":  # «وفقا لمصادر الجزيرة اعتقلت»: who tells, no party
        ctx.update({m: "attribution" for m in near if told_by(r, m)})
    if r.lang == "ar":  # «القبض على شاب في كورنيش جدة», «لتطهير حي التواهي»: where it happens
        ctx.update({m: "location" for m in near if ctx[m] == "" and placed_here(r, m, t)})
    if r.lang == "ar" and t.kind == "V" and info.object != "target":  # «استقبل X بمقر المجلس»: where, not who
        ctx.update({m: "venue" for m in near if seat_of(r, m)})
    if info.type == "Visit" and r.lang == "ar":  # «زيارة شكري للسعودية» (ل split off): where he went
        ctx.update({m: "destination" for m in near
                    if m.label in ("PLACE", "COUNTRY") and r.doc[m.start - 1].norm_ == "ل"})  # fmt: skip
    free = [m for m in near if m.label in _ACTORS and ctx[m] == "" and r.clause_of[m.start] == own]
    parsed = r.parsed
    if parsed:
        dep_roles(r, t, info, raw)
        if r.lang == "en":
            roles_en(r, t, info, raw)  # "was arrested at his home by police"; no dateline as a party
    elif t.kind in ("V", "A"):
        before = [m for m in free if m.end <= t.start and t.start - m.end <= 2]
        # «فتحوا النار من سوريا»: where from, no subject («من قبل X» reads as "by X" in the context)
        after = _actor_after(r, t.end, [m for m in free if not (r.lang == "ar" and _from(r, m, 1))], reach=3)
        # «عقد الرئيس X اجتماعا ضم Y», «شن الحوثيون هجمات»: a verb pattern that spans its subject
        spans = r.lang == "ar" and not r.cues[t.start].isdisjoint(("light_verb", "host"))
        within = [m for m in inside if m.label in _ACTORS and m.payload != "adj"] if spans else []
        rel = relative_of(r, t)
        if rel is not None and relative_roles(r, t, info, raw, rel, free):
            pass  # «الذي شن غارات», «الذي اغتاله X»: the antecedent is a party
        elif within:
            for m in within:
                raw.add(info.subject, m.ref, 3.0)
            for m in after[:1]:
                raw.add(info.object, m.ref, 2.0)
        elif before:
            for m in _conjuncts(r, before[-1], free, -1):  # «الحوثيون وقوات صالح قصفوا»: both
                raw.add(info.subject, m.ref, 3.0)
            for m in after[:1]:
                raw.add(info.object, m.ref, 2.0)
        elif after and info.object == "target" and (_owned(r, after[0]) or _accusative_adj(r, after[0])):
            # «استهدف مسلحون دورية للجيش»: whose patrol was hit; «قتلت القوات جنديا تركيا»: the object's
            # country, not the subject («اعتقلت السلطات ناشطا إيرانيا»: none arrested, see targets_ar)
            raw.add("target", after[0].ref, 2.0)
        elif after and r.lang == "ar" and info.object and subject_suffix(r.doc[t.start].text):
            # «طالبوا الوزارة»: the verb carries its subject (a pronoun, no name), X is its object
            raw.add(info.object, after[0].ref, 2.0)
            raw.unnamed = True
        elif after and r.lang == "ar" and info.object and circumstantial(r.doc[t.start].text):
            raw.add(info.object, after[0].ref, 2.0)  # «داعياً إسرائيل إلى»: the sentence's subject calls
        elif after:
            subjects = _conjuncts(r, after[0], free, 1) if r.lang == "ar" else after[:1]
            for m in subjects:  # «شن الحوثيون وقوات صالح هجمات»: both
                raw.add(info.subject if r.lang == "ar" else info.object, m.ref, 3.0)
            # VSO: the object follows the subject, past its title («استقبل الأمير X الوزير Y»)
            rest = [m for m in free if m.start >= subjects[-1].end]
            objects = (_actor_after(r, after[0].end, rest, reach=3) if r.lang == "ar" else after[1:])[:1]
            if r.lang == "ar" and "host" in r.cues[t.start]:  # «X أمير دولة الكويت»: X's title, no guest
                objects = [m for m in objects if not title_complement(r, subjects[-1], m)]
            if not objects and r.lang == "ar" and "host" in r.cues[t.start]:
                # «استقبل الأمير X في قصره بجدة أمس وزير الخارجية المصري Y»: the guest, past place and time
                objects = [m for m in rest if m.label == "PERSON"][:1]
                # «... في قصره بجدة، مساء أمس، معالي الوزير Y»: past the comma that ends the host's clause
                objects = objects or [m for m in [guest_past_break(r, subjects[-1])] if m is not None]
            for m in objects:
                raw.add(info.object, m.ref, 2.0)
    else:
        gen = _actor_after(r, t.end, free)
        # «مقتل جندي تركي», «اغتيال X»: the genitive of a victim noun is who was hit, not who hit
        victim = info.object == "target" and "victim" in r.cues[t.start]
        role = genitive_role_ar(r, t, info, "target" if victim else info.genitive)  # «تم اختطاف X»: X was hit
        for m in gen[:1] or (_partitive(r, t, free) if victim else []):
            raw.add(role, m.ref, 2.5)
        light = [i for i in range(max(t.start - _LIGHT_REACH, 0), t.start) if "light_verb" in r.cues[i]]
        if light and r.clause_of[light[-1]] == own:
            between = [m for m in free if light[-1] < m.start and m.end <= t.start]
            between.sort(key=lambda m: m.payload == "adj")  # «الوزير القطري خالد»: the person
            # «تركيا تنفذ أولى غاراتها»: a headline's subject stands before its light verb
            between = between or [m for m in free if m.end == light[-1] and m.payload != "adj"]
            # «عقد الرئيس X اليوم اجتماعا»: who holds the meeting hosts it
            host = info.type == "Meeting" and "host" in r.cues[light[-1]]
            for m in between[:1]:
                raw.add("agent" if host else info.subject, m.ref, 3.0)
        if r.lang != "ar":
            for m in free:
                if m.end == t.start:
                    raw.add(info.subject, m.ref, 2.5)
    for m in inside:
        if m.label in _ACTORS:
            # «a condamné Mohamed Morsi à mort»: a pattern that spans its verb's object names what is done to
            raw.add(info.object if parsed and _spanned_object(r, m, t) else info.subject, m.ref, 2.5)
    if (
        not parsed  # with a parse, the subject is what the parse shows
        and t.kind == "V"
        and info.subject
        and not raw.roles.get(info.subject)
        and r.clause_kind[own] != "complement"
        and raw.prior is None
        and not raw.unnamed
        and rel is None  # «الاعتداء الذي استهدف مسجدا»: the subject is the antecedent
    ):
        first = [
            m
            for m in r.in_sent(si)
            if m.label in _ACTORS
            and m.end <= t.start
            and r.context(m) == ""
            and not (r.lang == "ar" and info.object == "target" and told_by(r, m))  # «بحسب X»: the teller
            and not any(m.end <= s < t.start for s in speech)
            # «واعلن حاكم الولاية X "فجر انتحاري ..."»: who speaks right after a speech verb is its speaker
            and not any(s < m.start <= s + _SPEAKER_REACH for s in speech)
        ]
        if first:  # «أكد الأمين العام للأمم المتحدة فلان»: the titled person, not the body of his title
            raw.add(info.subject, (title_holder(r, first[0], r.in_sent(si)) or first[0]).ref, 1.0)
    for m in near:
        c = ctx[m]
        judged = ("target", "agent", "participant", "") if r.lang == "fr" else ("target", "agent")
        if parsed and c in judged and (_governed_elsewhere(r, m, t) or stray_context(r, m)):
            continue  # "a bombing blamed on X killed ten": "on X" belongs to "blamed", not "killed"
        if parsed and r.lang == "en" and (m.payload == "adj" or owner_of_named(r, m)) and c in _JUDGED_EN:
            continue  # "met with Russian President Putin", "with Russia's Putin": the parse reads the phrase
        if (
            m.label in _ACTORS and c == "participant" and "participant" in (info.subject, info.object)
            and not (m.payload == "adj" and (parsed and r.lang == "fr" or titles_person(r, m)))  # «نظيره X»
            and not (parsed and r.lang == "fr" and of_a_title_fr(r, m))  # «son homologue zimbabwéen»: whose
        ):
            raw.add("participant", m.ref, 2.0)
        elif m.label in _ACTORS and (c == "target" or _against(r, t, m, c)) and info.object == "target":
            raw.add("target", m.ref, 2.0)
        elif m.label in _ACTORS and c == "agent":
            raw.add(info.subject, m.ref, 3.0)
        elif (
            info.subject == "participant" and m.label in _ACTORS and c == "" and r.clause_of[m.start] == own
            # «le ministre saoudien X», «الرئيس اليمني X»: X, not the country
            and not ((parsed or r.lang == "ar") and m.payload == "adj")
            and not (parsed and r.lang == "fr" and of_a_title_fr(r, m))  # «le prince héritier de X»: a person
            and not (parsed and r.lang == "fr" and owns_other_fr(r, m, t))  # «la position du parti X»: whose
            and not (r.lang == "ar" and _from(r, m))  # «بعد تحريرها من سيطرة الحوثيين»: out of whose hands
            and not (parsed and _backed(r, m))  # "rallied in support of X": whom they back, not who rallied
            and not (parsed and r.lang == "en" and _other_act(r, m, t))  # "met to discuss X's plan"
            and not (parsed and r.lang == "en" and topic_mention(r, m, t))  # "met on the sidelines of X"
            and not owner_of_named(r, m)  # "Pakistan's Prime Minister Imran Khan": whose official
        ):
            raw.add("participant", m.ref, 1.0)
    if r.lang == "ar":
        attack_roles_ar(r, t, info, raw)  # claims, «نسب إلى X», «من سيطرة X», «مع X», casualties, members
        men_roles_ar(r, t, info, raw)  # «أسفر عن مقتل 6 من عناصر X», «هجوم شنه مسلحون من X»
        front_roles_ar(r, t, info, raw)  # «اشتباكات بين X وY»
        passive_roles_ar(r, t, info, raw)  # «خُطف X», «قتل على يد X»
        sanctioned_ar(r, t, info, raw)  # «رفع العقوبات عن طهران»
        asked_ar(r, t, info, raw)  # «طلب من X»: X is asked
        recipients_ar(r, t, info, raw)  # «مساعدات إلى اليمن»
        _enumerated(r, raw, si)
    elif parsed and r.lang == "fr":
        listed_fr(r, raw)  # «ainsi que les États-Unis, le Japon et le Canada»: the list the parse broke
    place_of(r, t, info, raw, near, ctx)
    return raw


def _spanned_object(r: _Reader, m: _M, t: TriggerMatch) -> bool:
    """Whether mention ``m``, inside trigger ``t``'s words, is the parsed object of one of them."""
    root = r.doc[m.start : m.end].root
    while root.dep_ == "appos" and t.start <= root.head.i < t.end:  # «l'ancien président X»: the title's
        root = root.head
    if not t.start <= root.head.i < t.end:
        return False
    if root.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass"):
        return True
    if r.lang == "fr" and root.head.pos_ == "VERB":  # «a appelé Israël à cesser» with «Israël» as xcomp
        from newsgraph.extract.events.targets_fr import stray_objects_fr

        return root in stray_objects_fr(r, root.head)
    return False


def _visit_sides(ev: Event, country_of: Mapping[str, str]) -> Event:
    """A visit is between the visitor's side and the host's: the country the visiting official serves
    and the country visited (the destination, or the country it lies in) take part («زار وزير الخارجية
    القطري بغداد»: Qatar and Iraq)."""
    sides = [country_of[a] for a in ev.roles.get("agent", ()) if a in country_of]
    if ev.location and not ev.location_inferred:
        host = [ev.location] if ev.location.startswith("country/") else sorted(
            c for c in load_kb().containers(ev.location) if c.startswith("country/"))
        sides += host[:1]
    joined = tuple(dict.fromkeys([*ev.roles.get("participant", ()), *sides]))
    if joined == ev.roles.get("participant", ()):
        return ev
    return dataclasses.replace(ev, roles={**ev.roles, "participant": joined})
