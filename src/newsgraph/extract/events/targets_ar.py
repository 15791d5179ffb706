"""Who hit whom, read from the clause shapes of news Arabic (no parser): the roles of attacks and arrests
that the verb-subject-object reading of :func:`.roles._read` leaves out.

The cue words are classes of ``data/events_cues_ar.tsv``.

* **Claim.** «أعلن تنظيم X مسؤوليته عن الهجوم», «تبنى X الهجوم»: who claims an attack did it
  (``claim`` before the trigger, ``claim_verb`` right before its subject).
* **Claimed after.** «هجمات تبنى بعضها تنظيم X», «الهجومين اللذين تبناهما X»: a claim verb after an attack
  noun, in its clause or a relative clause right after it, names who did it (``claim_verb``, past one
  ``claim_part`` word).
* **Ascribed.** «تفجير انتحاري ... نسب إلى X»: the actor an attack is ascribed to did it
  (``ascribed``, in the trigger's clause or the one right after it).
* **Out of whose hands.** «عملية لاستعادة المدينة من سيطرة X»: X is fought (``control``).
* **Retaken from.** «تحرير المدينة من الحوثيين», «استعادة تكريت من تنظيم داعش»: who a place is freed or
  retaken from (``retake`` in the trigger, then «من X» in its clause) is fought, never the doer.
* **Opponent.** «اشتباكات مع X» right after a fighting word: the other side is fought (``opponent``);
  not for arrests («اعتقال X مع Y» arrests both).
* **Casualties.** «لقي 13 عنصرا من X مصرعهم في اشتباكات», «أن 5 من X قتلوا في هجوم»: the side whose
  men died (a count or a ``casualty_unit`` before «من X», and a ``casualty`` word in the clause) was hit;
  so is the country of soldiers or policemen («قتل شرطيان تركيان في هجوم»: ``force_unit``, adjective).
* **Members.** «اعتقال خمسة من عناصر X», «القبض على أعضاء في X»: the arrested belong to X
  (``casualty_unit`` before «من»/«في»/«إلى» X, after the trigger).
* **Belonging.** «أوقفت الشرطة عشرات للاشتباه في انتمائهم إلى تنظيم داعش», «بتهمة الانتماء لجماعة X», «على
  صلة بتنظيم X»: the group the arrested are held to belong to (a ``belong`` word, then «إلى»/«ل»/«ب» X, after
  the trigger in its clause).
* **Passive.** «قتل X برصاص Y», «قتل جنديان بنيران X»: the verb with an instrument after it
  (``passive_by``) is passive; who the clause names as its subject was hit, and the instrument's genitive
  (past its shooters: «برصاص جنود Y», «من Y» after them) did it.
* **Held.** «غارة على معسكر يسيطر عليه X», «القصف استهدف قرية يسيطر عليها X»: who holds the place hit is
  hit, not the attacker (``hold`` then a resumptive pronoun, after the trigger).
* **No country arrested.** «اعتقلت الشرطة مغربيا»: the country of a nationality adjective is never an
  arrest's target (who is arrested is a person or a group).
* **Men hit.** «طلعات تستهدف عناصر تنظيم «القاعدة»», «هجوم على مسلحين من X»: the group whose men
  (``casualty_unit``, past a group's head noun, quotes and «من») a ``target`` word hits is hit.
* **Joined.** «تستهدف قوات النظام وحزب الله»: an actor joined by «و» to a target after the trigger is hit.
* **Owner.** «غارات على تعزيزات عسكرية لجماعة X», «هجوم على مقر للسفارة X»: the owner, after «ل», of
  what an attack is «على»/«ضد» is hit (a few words after the ``target`` word, none a cue word).
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.frames import ACTORS as _ACTORS
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch
from newsgraph.extract.events.objects_ar import objects_ar, soldiers_army, tie_word
from newsgraph.extract.lexicon import words

__all__ = ["attack_roles_ar", "casualty_side"]

#: Tokens before a noun trigger within which a claim («مسؤوليته عن») may stand.
_CLAIM_GAP = 3
#: Tokens before a claim word within which its claimer is looked for («أعلن تنظيم داعش مسؤوليته»).
_CLAIMER_REACH = 6
#: Tokens after a trigger within which «نسب إلى X», «من سيطرة X», «مع X» are read.
_AFTER_REACH = 8
#: Tokens after a fighting word within which «مع X» names the other side («اشتباكات عنيفة مع X»).
_OPPONENT_REACH = 3
#: Words between a ``target`` word and the owner of what is hit («على تعزيزات عسكرية لجماعة X»).
_OWNER_GAP = 3
#: Cue classes of nouns that may name what an attack hits before its owner («على مركز للجيش», «مواقع لـX»).
_HIT_NOUNS = frozenset({"body_head", "target_head", "place_noun"})
#: Cue classes of other words an owned thing hit may be: guns, men, «تابعة» («على عناصر تابعة لقوات X»)
_OWNED_NOUNS = frozenset({"force_head", "owned", "casualty_unit", "gunmen", "troops"})
#: Words «من» may pass to the name of the side whose men a count names («من عناصر تنظيم X»).
_PARTITIVE_SKIP = 2


def _actor_at(r: _Reader, i: int, skip: int = 0) -> _M | None:
    """The actor starting at token ``i`` or after up to ``skip`` definite words («من المتمردين
    الحوثيين»: the Houthis); None for a nationality adjective."""
    for j in range(i, min(i + skip + 1, len(r.doc))):
        m = r.mention_at.get(j)
        if m is not None:
            return m if m.start == j and m.label in _ACTORS and m.payload != "adj" else None
        if r.clause_of[j] != r.clause_of[i] or not r.doc[j].norm_.startswith("ال"):
            return None  # «من جماهير نادي X»: the fans, not the club
    return None


def _with_conjuncts(r: _Reader, m: _M) -> list[_M]:
    """``m`` and the actors joined to it by «و» after it, past quotes and one word for the men of a group
    (``troops``: «الحوثيين وعناصر تنظيم القاعدة»), ««داعش» و«X»»."""
    out = [m]
    while True:
        j = out[-1].end
        j += 1 if j < len(r.doc) and r.doc[j].is_quote else 0
        if j + 1 >= len(r.doc) or r.doc[j].norm_ != "و":
            return out
        k = j + 2 if r.doc[j + 1].is_quote else j + 1  # «و«جبهة النصرة»»
        man = k + 1 in r.mention_at and r.mention_at[k + 1].label == "PERSON"  # «وقوات صالح»: a force
        k += 1 if k not in r.mention_at and _has(r, k, "troops") and not man else 0  # «وعناصر داعش»
        nxt = r.mention_at.get(k)
        if nxt is None or nxt.start != k or nxt.label not in _ACTORS or nxt.payload == "adj":
            return out
        out.append(nxt)


def _has(r: _Reader, i: int, cls: str) -> bool:
    return 0 <= i < len(r.doc) and cls in r.cues[i]


def _claimer(r: _Reader, t: TriggerMatch) -> _M | None:
    """«أعلن X مسؤوليته عن الهجوم», «تبنى X قتل شرطيين»: the actor who claims trigger ``t`` (a verbal noun
    after «عن» or a claim verb, even where its form is a verb's)."""
    own = r.clause_of[t.start]
    for k in range(t.start - 1, max(t.start - _CLAIM_GAP - 1, -1), -1):
        if r.clause_of[k] != own:
            return None
        if _has(r, k, "claim"):
            before = [m for m in r.in_sent(r.sent_of[k]) if m.end <= k and k - m.end <= _CLAIMER_REACH
                      and r.clause_of[m.start] == own and m.label in _ACTORS and m.payload != "adj"]
            return before[-1] if before else None
        m = r.mention_at.get(k)
        if m is not None and _has(r, m.start - 1, "claim_verb"):
            return m if m.label in _ACTORS and m.payload != "adj" else None
    return None


#: Tokens of quotes and a group's head noun that may stand before its name («تنظيم "داعش"»).
_NAME_LEAD = 2


def _named_at(r: _Reader, j: int) -> _M | None:
    """The actor at token ``j``, past quotes and a group's head noun outside the name («تنظيم «داعش»»)."""
    stop = min(j + _NAME_LEAD, len(r.doc) - 1)
    while j < stop and j not in r.mention_at and (r.doc[j].is_quote or _has(r, j, "org_head")):
        j += 1
    return _actor_at(r, j, skip=1) if j < len(r.doc) else None


def _claimed_after(r: _Reader, t: TriggerMatch) -> _M | None:
    """«هجمات تبنى بعضها تنظيم X», «التفجيرين اللذين تبناهما X»: who claims the attack after its noun."""
    own, si = r.clause_of[t.start], r.sent_of[t.start]
    nxt = r.clause_of[t.end] if t.end < len(r.doc) else own
    rel = nxt if r.clause_kind.get(nxt) == "relative" else own  # «الهجومين اللذين تبناهما X»
    for k in range(t.end, min(t.end + _AFTER_REACH, len(r.doc) - 1)):
        if r.sent_of[k] != si or r.clause_of[k] not in (own, rel):
            return None
        if _has(r, k, "claim_verb"):
            j = k + 2 if _has(r, k + 1, "claim_part") else k + 1
            return _named_at(r, j)
    return None


def _ascribed(r: _Reader, t: TriggerMatch) -> _M | None:
    """«تفجير ... ، نسب إلى X»: the actor the event is ascribed to, in its clause or the next one."""
    own, si = r.clause_of[t.start], r.sent_of[t.start]
    for k in range(t.end, min(t.end + _AFTER_REACH + 4, len(r.doc))):
        if r.sent_of[k] != si or r.clause_of[k] not in (own, own + 1) or r.sequel[k] > r.sequel[t.start]:
            return None  # «ويأتي الهجوم ردا على هجوم ... نسب إلى X»: X did the earlier one
        if _has(r, k, "ascribed") and _has(r, k + 1, "destination"):
            return _actor_at(r, k + 2)
        if _has(r, k, "ascribed") and k + 1 < len(r.doc) and r.glued.get(k + 1) == "ل":
            return _actor_at(r, k + 1)
    return None


def _after(r: _Reader, t: TriggerMatch, cls: str, skip: int = 1, reach: int = _AFTER_REACH) -> list[_M]:
    """The actor after a ``cls`` word after trigger ``t`` in its clause («من سيطرة X», «مع X»)."""
    own = r.clause_of[t.start]
    for k in range(t.end, min(t.end + reach, len(r.doc))):
        if r.clause_of[k] != own:
            return []
        if _has(r, k, cls):
            m = _actor_at(r, k + 1, skip=skip)
            return _with_conjuncts(r, m) if m is not None else []
    return []


def _retaken_from(r: _Reader, t: TriggerMatch) -> list[_M]:
    """«تحرير المدينة من مليشيا الحوثي وصالح»: the side a place is taken back from (module doc)."""
    if not any(_has(r, i, "retake") for i in range(t.start, t.end)):
        return []
    own = r.clause_of[t.start]
    for k in range(t.end, min(t.end + _AFTER_REACH, len(r.doc) - 1)):
        if r.clause_of[k] != own:
            return []
        if _has(r, k, "origin"):  # not «من قبل X» (by X): «قبل» is no name
            m = _named_at(r, k + 1)
            return _with_conjuncts(r, m) if m is not None else []
    return []


def casualty_side(r: _Reader, k: int) -> list[_M]:
    """At «من»/«في» token ``k`` after a count or a unit noun («13 عنصرا من X», «5 من X»), the side X."""
    prev = r.doc[k - 1] if k > 0 else None
    if prev is None or not (prev.like_num or "casualty_unit" in r.cues[k - 1]):
        return []
    j = k + 1
    while j < min(k + 1 + _PARTITIVE_SKIP, len(r.doc)) and j not in r.mention_at \
            and "casualty_unit" in r.cues[j]:
        j += 1  # «من عناصر X»
    m = _actor_at(r, j, skip=1 if j == k + 1 else 0)  # «من المتمردين الحوثيين»
    return _with_conjuncts(r, m) if m is not None else []


def _casualties(r: _Reader, t: TriggerMatch) -> list[_M]:
    """«لقي 13 عنصرا من X مصرعهم في اشتباكات»: the side whose men died, before the trigger in its
    clause, which has a ``casualty`` word."""
    own = r.clause_of[t.start]
    span = [k for k in range(t.start - 1, -1, -1) if r.clause_of[k] == own]
    if not any("casualty" in r.cues[k] for k in span):
        return []
    for k in sorted(span):
        if "origin" in r.cues[k]:
            side = casualty_side(r, k)
            if side:
                return side
        m = r.mention_at.get(k + 1)
        if "force_unit" in r.cues[k] and m is not None and m.start == k + 1 and m.label == "COUNTRY" \
                and m.end - m.start == 1 and k + 1 < t.start:
            return [m]  # «قتل شرطيان تركيان في هجوم»: Turkey's policemen
    return []


def _members(r: _Reader, t: TriggerMatch) -> list[_M]:
    """«اعتقال خمسة من عناصر X», «القبض على أعضاء في X»: whose members were arrested."""
    own = r.clause_of[t.start]
    for k in range(t.end, min(t.end + _AFTER_REACH, len(r.doc))):
        if r.clause_of[k] != own:
            return []
        if "casualty_unit" in r.cues[k] and k + 1 < len(r.doc) and r.doc[k + 1].norm_ in ("من", "في", "الى"):
            m = _actor_at(r, k + 2, skip=1)
            if m is not None:
                return _with_conjuncts(r, m)
        if "origin" in r.cues[k]:
            side = casualty_side(r, k)
            if side:
                return side
    return []


#: Tokens after an arrest word within which a ``belong`` word names the group of the arrested.
_BELONG_REACH = 12


def _belonging(r: _Reader, t: TriggerMatch) -> list[_M]:
    """«للاشتباه في انتمائهم إلى تنظيم داعش»: the group the arrested belong to (module doc)."""
    own = r.clause_of[t.start]
    for k in range(t.end, min(t.end + _BELONG_REACH, len(r.doc) - 1)):
        if r.clause_of[k] != own:
            return []
        if _has(r, k, "belong") or tie_word(r, k):  # «على صلة بتنظيم X»
            j = k + 2 if _has(r, k + 1, "destination") or r.doc[k + 1].norm_ in ("ل", "ب") else k + 1
            m = _named_at(r, j) if j < len(r.doc) else None
            return _with_conjuncts(r, m) if m is not None else []
    return []


def _held_by(r: _Reader, t: TriggerMatch) -> list[_M]:
    """«غارة على معسكر يسيطر عليه X», «استهدف قرية يسيطر عليها X»: who holds the place an attack hits,
    in the trigger's clause or a relative clause right after (module doc)."""
    own, si = r.clause_of[t.start], r.sent_of[t.start]
    for k in range(t.end, min(t.end + _AFTER_REACH, len(r.doc) - 2)):
        if r.sent_of[k] != si or (r.clause_of[k] != own and r.clause_kind.get(r.clause_of[k]) != "relative"):
            return []
        if _has(r, k, "hold") and _has(r, k + 1, "resumptive"):  # «يسيطر عليها X»
            m = _named_at(r, k + 2)
            return _with_conjuncts(r, m) if m is not None else []
    return []


def _owner(r: _Reader, t: TriggerMatch, subject: set[str]) -> list[_M]:
    """«غارات على تعزيزات عسكرية لجماعة X»: the owner, glued to «ل», of what an attack hits (module
    doc); not past a name («هجوم على X لصالح Y»), a cue word or the clause's end. The verb's own subject
    (``subject``: «استهدف طيران التحالف تعزيزات لجماعة X») is read past, from its end on."""
    own = r.clause_of[t.start]
    for k in range(t.end - 1, min(t.end + _AFTER_REACH, len(r.doc))):
        if r.clause_of[k] != own:
            return []
        if _has(r, k, "target") or _has(r, k, "target_head"):
            j, stop = k + 1, k + 3 + _OWNER_GAP
            while j < min(stop, len(r.doc)):
                m = r.mention_at.get(j)
                if m is not None and m.start == j and m.ref in subject and t.kind == "V":
                    k, j, stop = m.end - 1, m.end, m.end + 2 + _OWNER_GAP  # past the verb's subject
                    continue
                if r.clause_of[j] != own or (m is None and r.cues[j] - _HIT_NOUNS - _OWNED_NOUNS):
                    return []
                if m is not None:
                    lam = 1 if r.doc[j - 1].norm_ == "ل" else 0  # «ل» glued, or split off by the tokenizer
                    if m.start != j or m.label not in _ACTORS or m.payload == "adj" \
                            or not (lam or r.glued.get(j, "").endswith("ل")) \
                            or (j - lam == k + 1 and not _has(r, k, "target_head")):  # «مواقع لداعش»: owner
                        return []
                    return _with_conjuncts(r, m)
                j += 1
            return []
    return []


#: Words between a ``target`` word and the group its men belong to («على عناصر من تنظيم «داعش»»).
_MEN_GAP = 4


def _men_hit(r: _Reader, t: TriggerMatch) -> list[_M]:
    """«طلعات تستهدف عناصر تنظيم «القاعدة»», «هجوم على مسلحين من X»: the group whose men the trigger's
    ``target`` word (its last, or the one right after a noun) hits (module doc). A verb must follow a
    relative pronoun or its subject («التفجير استهدف عناصر من X»): one that opens its clause has its
    subject next («واستهدفت عناصر X نقاطا»)."""
    if t.kind == "V":
        i = t.start - 1
        after_subject = i >= 0 and r.clause_of[i] == r.clause_of[t.start] and r.doc[i].is_alpha \
            and r.doc[i].norm_ not in words("clause_openers_ar.txt")
        k = t.end - 1 if after_subject or (t.start > 0 and _has(r, t.start - 1, "relative")) else -1
    else:
        k = t.end if _has(r, t.end, "target") else -1
    if k < 0 or not _has(r, k, "target"):
        return []
    men = False
    for j in range(k + 1, min(k + 2 + _MEN_GAP, len(r.doc))):
        m = r.mention_at.get(j)
        if r.clause_of[j] != r.clause_of[k]:
            return []
        if m is not None:
            ok = men and m.start == j and m.label in _ACTORS and m.payload != "adj"
            return _with_conjuncts(r, m) if ok else []
        if _has(r, j, "casualty_unit"):
            men = True
        elif not (_has(r, j, "org_head") or _has(r, j, "origin") or r.doc[j].is_quote
                  or (men and (_has(r, j, "owned") or r.doc[j].norm_ in ("ل", "في")))):  # «تابعة لـX», «في X»
            return []
    return []


def _passive(r: _Reader, t: TriggerMatch, raw: _Raw) -> None:
    """«قتل X برصاص Y»: the subject read for a killing verb with an instrument is its target (module doc)."""
    k = next((i for i in range(t.start, t.end) if _has(r, i, "passive_by")), None)
    if k is None or t.kind != "V":
        return
    j = k + 1
    if j not in r.mention_at and (_has(r, j, "casualty_unit") or _has(r, j, "troops")):
        j += 2 if _has(r, j + 1, "origin") else 1  # «برصاص مسلحين من X», «برصاص جنود جيش X»
    doer = _named_at(r, j) if j < len(r.doc) else None
    for ref in [ref for ref in raw.roles.get("agent", {}) if doer is None or ref != doer.ref]:
        raw.add("target", ref, raw.roles["agent"].pop(ref))
    if doer is not None:  # read as the verb's object when the instrument ends the trigger («قتل برصاص X»)
        raw.roles.get("target", {}).pop(doer.ref, None)
        raw.add("agent", doer.ref, 2.5)


def _joined_targets(r: _Reader, t: TriggerMatch, raw: _Raw) -> None:
    """«تستهدف قوات النظام وحزب الله»: the actors joined by «و» to a target after the trigger, in its clause,
    are hit too, whatever slot a reading gave them."""
    own = r.clause_of[t.start]
    for m in [m for m in r.in_sent(r.sent_of[t.start]) if m.ref in raw.roles.get("target", {})
              and m.start >= t.end and r.clause_of[m.start] == own]:
        for joined in _with_conjuncts(r, m)[1:]:
            _hit(raw, joined.ref)


def _hit(raw: _Raw, ref: str) -> None:
    """``ref`` was hit, whatever slot a reading gave it: the target, neither doer nor participant."""
    raw.only_as("target", ref, 2.0)


def attack_roles_ar(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Add the doer and the target of an attack or an arrest that its clause shapes give (module doc)."""
    if info.object != "target":
        return
    objects_ar(r, t, info, raw)  # «العقوبات الأميركية التي تستهدف إيران»: whose sanctions, aimed at whom
    _attack_roles(r, t, info, raw)
    soldiers_army(r, t, raw)  # «مقتل جندي تركي»: the Turkish army, when the article names it


def _attack_roles(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    if info.type == "Arrest":  # «اعتقلت الشرطة مغربيا»: a person is arrested, not his country
        for ref in [ref for ref in raw.roles.get("target", {}) if ref.startswith("country/")]:
            raw.roles["target"].pop(ref)
        if not raw.roles.get("target", True):
            del raw.roles["target"]
    # «ردا على هجوم ... نسب إلى X»: an earlier happening has the words after it only
    prior = raw.prior is not None
    if info.type == "Attack":
        _passive(r, t, raw)
        for m in _retaken_from(r, t):  # «تحرير المدينة من X»: X, wherever the slots put it
            _hit(raw, m.ref)
    held = {ref for slot in raw.roles.values() for ref in slot}
    if info.subject == "agent" and not raw.roles.get("agent"):
        doer = (None if prior else _claimer(r, t)) or _claimed_after(r, t) or _ascribed(r, t)
        if doer is not None and doer.ref not in held:
            raw.add("agent", doer.ref, 2.5)
            held.add(doer.ref)
    if info.type != "Arrest":
        for m in _held_by(r, t):  # «يسيطر عليه X»: X holds what is hit, whatever the slots said
            _hit(raw, m.ref)
        for m in [] if raw.roles.get("target") else _men_hit(r, t):  # «تستهدف عناصر X»: X's men are hit
            _hit(raw, m.ref)
    if raw.roles.get("target"):
        _joined_targets(r, t, raw)
        return
    if info.type == "Arrest":
        hit = _members(r, t) or _belonging(r, t)
    else:
        hit = _after(r, t, "control") or _after(r, t, "opponent", skip=0, reach=_OPPONENT_REACH) \
            or _owner(r, t, set(raw.roles.get("agent", {}))) or ([] if prior else _casualties(r, t))
    for m in hit:
        if m.ref not in held:
            raw.add("target", m.ref, 2.0)
