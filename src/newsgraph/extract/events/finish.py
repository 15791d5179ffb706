"""One happening, one event: merging an article's trigger readings and writing its Events.

:func:`_finish` groups the readings of one sentence, merges readings across sentences
(:mod:`~newsgraph.extract.events.merge`), gives events with no actor the nearest one
(:mod:`~newsgraph.extract.events.fallback`), places the main event
(:mod:`~newsgraph.extract.events.where`), makes speakers between a meeting's mentions its
participants and Statements made at a meeting ``partOf`` it, then builds the
:class:`~newsgraph.types.Event` objects with their dates and roles.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date

from newsgraph.extract.events.anchors import article_date
from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.deps_fr import place_fr
from newsgraph.extract.events.fallback import _fallback_actor
from newsgraph.extract.events.frames import ATTENDEE, PARTY_ROLES, _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo
from newsgraph.extract.events.merge import (
    _absorb,
    _aside,
    _distinct,
    _family,
    _merge_target,
    _same_speaker,
    _several,
    _shares,
    headline_sentences,
    mark_parallel,
    number_topics,
)
from newsgraph.extract.events.places_ar import met_where_visited, placed_by_setting
from newsgraph.extract.events.restated_en import restated
from newsgraph.extract.events.visitors_ar import visitor_meets
from newsgraph.extract.events.where import place_main_event
from newsgraph.types import DateValue, Event, Span

_MEETINGS = ("Meeting", "Negotiation")

#: Languages whose events told of another month or year stay apart from an undated story event.
_ELSEWHEN_LANGS = frozenset({"fr"})


def _finish(
    r: _Reader,
    raws: list[_Raw],
    speakers: list[tuple[int, str]],
    types: Mapping[str, EventTypeInfo],
    published: date | None,
    anchor: DateValue | None = None,
    days_back: Mapping[int, DateValue] | None = None,
) -> list[Event]:
    number_topics(r, raws)  # «من جهة أخرى»: readings after a topic shift tell other happenings
    mark_parallel(r, raws, types)  # «، فيما اندلعت اشتباكات»: a clause of another happening
    final: list[_Raw] = []
    owner: dict[int, int] = {}
    groups: list[tuple[_Raw, list[_Raw], bool]] = []  # same type, same sentence first
    for raw in sorted(raws, key=lambda x: x.trig.start):
        # "he said the attackers killed 15": the story's attack told again by a source (events/restated_en.py)
        anaphoric = (raw.trig.definite and raw.trig.kind == "N") or restated(r, raw)
        g = next(  # the nearest earlier reading ("Iran fired missiles after the US strike that killed X")
            (
                g
                for g in reversed(groups)
                if _family(g[0]) == _family(raw)
                and g[0].sent == raw.sent
                and g[0].prior == raw.prior  # «قصف ... بعد إطلاق نار»: two happenings
                and g[0].topic == raw.topic
                and _same_speaker(g[0], raw)
                and not _distinct(g[0], raw)
                and (r.clause_of[g[0].trig.start] == r.clause_of[raw.trig.start] or not raw.parallel)
            ),
            None,
        )
        if g is None:
            groups.append((raw, [raw], anaphoric))
        else:
            _absorb(g[0], raw)
            g[1].append(raw)
            groups[groups.index(g)] = (g[0], g[1], g[2] or anaphoric)
    # a mention dated to another month or year does not join an undated one (merge._elsewhen); French
    # only for now: on the English and Arabic dev halves it cost detection and dates
    elsewhen = published if r.lang in _ELSEWHEN_LANGS else None
    headlined = headline_sentences(r)
    for head, members, anaphoric in groups:
        # «اجتمع X مع Z، وجرى خلال الاجتماع»: a definite noun after its own sentence's mention refers to that
        own = anaphoric and not (members[0].trig.definite and members[0].trig.kind == "N")
        k = None
        if len(members) == 1 and _aside(r, head):  # «وعبر الرئيس في الاجتماع عن ...»: only told again
            bare = dataclasses.replace(head, roles={}, location=None, places=set(), date=None, amounts=[])
            k = _merge_target(final, bare, anaphoric, own_antecedent=own, parsed=r.parsed)
        if k is not None:
            final[k].sents |= head.sents
        elif (k := _merge_target(final, head, anaphoric, own_antecedent=own, parsed=r.parsed,
                                 published=elsewhen, several=_several(r, head),
                                 headline=headlined)) is not None:
            # the lead tells the headline's story: its city places the headline's visit to a country
            lead = r.headline and max(final[k].sents) == 0 and min(head.sents) == 1
            _absorb(final[k], head, pin=anaphoric or lead or _shares(final[k], head))
        else:
            final.append(head)
            k = len(final) - 1
        for raw in members:
            owner[id(raw)] = k
    labels = {m.ref: m.label for m in r.mentions}
    fallback_date = article_date(anchor, published)
    now = fallback_date.value if fallback_date else ""
    for f in final:
        _fallback_actor(r, f, types[f.trig.type])
    visitor_meets(r, final)  # «زار X دمشق، حيث التقى Y»: the visitor meets
    met_where_visited(r, final)  # «زار طهران، والتقى بمسؤولين»: met where the visit went
    placed_by_setting(r, final)  # «وفي تل أبيب حث الوزير»: where the sentence is set
    place_main_event(r, final, types, now)
    part_of: dict[int, int] = {}
    for k, f in enumerate(final):
        if f.trig.type in _MEETINGS:
            lo, hi = min(f.sents), max(f.sents)
            rivals = [
                g for g in final if g is not f and g.trig.type in _MEETINGS and lo <= min(g.sents) <= hi
            ]
            if not rivals:
                for si, ref in speakers:
                    if lo <= si <= hi:
                        f.add("participant", ref, 1.0)
        if f.trig.type == "Statement":
            meet = [j for j, g in enumerate(final) if g.trig.type in _MEETINGS and g.sents & f.sents]
            if meet:
                part_of[k] = meet[0]
                held = final[meet[0]].roles.get("participant", {})
                if r.parsed and f.location is None and final[meet[0]].location is not None and any(
                    ref in held for ref in f.roles.get("agent", {})
                ):  # a participant speaking at the meeting (as the parse tells), not a remark from afar
                    f.location = final[meet[0]].location
                    f.location_inferred = final[meet[0]].location_inferred
                orgs = [
                    ref
                    for ref in final[meet[0]].roles.get("participant", {})
                    if labels.get(ref) == "ORGANIZATION"
                ]
                if not f.roles.get("agent") and len(orgs) == 1:
                    f.add("agent", orgs[0], 1.0)
    events: list[Event] = []
    for k, f in enumerate(final):
        info = types[f.trig.type]
        ahead = f.date_from is not None and published is not None and f.date_from.value > str(published)
        if f.date is None and f.trig.start in (days_back or {}):  # «بعد يومين على هجوم»
            f.date = (days_back or {})[f.trig.start]
        if f.date is None and (f.date_from is None or ahead):
            f.date = fallback_date  # "a truce from Monday" that starts after the report: declared by then
        roles: dict[str, tuple[str, ...]] = {}
        hit, doer = f.roles.get("target", {}), f.roles.get("agent", {})
        top = max(doer.values(), default=0.0)
        for ref in {ref for ref, sc in doer.items() if sc == top} & set(hit):  # merged readings disagree
            (hit if hit[ref] <= doer[ref] else doer).pop(ref)
        for role, slot in f.roles.items():
            if slot:
                best = max(slot.values())
                refs = [ref for ref, sc in slot.items() if role != "agent" or sc == best]
                roles[role] = tuple(refs)
        if present := roles.pop(ATTENDEE, ()):  # listed as present, and named as a party too: a party
            parties = {ref for role in PARTY_ROLES for ref in roles.get(role, ())}
            if kept := tuple(ref for ref in present if ref not in parties):
                roles[ATTENDEE] = kept
        if info.agent_joins and roles.get("agent"):
            roles["participant"] = tuple(dict.fromkeys([*roles["agent"], *roles.get("participant", ())]))
        related = [("reports", f"e{owner[id(x)] + 1}") for x in f.reports]
        if k in part_of:
            related.append(("partOf", f"e{part_of[k] + 1}"))
        si = min(f.sents)
        sent = r.sents[si]
        events.append(
            Event(
                id=f"e{k + 1}",
                type=f.trig.type,
                cameo=info.cameo,
                trigger=Span(*r.chars(f.trig.start, f.trig.end)),
                date=f.date,
                location=f.location and (place_fr(r, f.location[0]) if r.lang == "fr" else f.location[0]),
                roles=roles,
                amounts=tuple(f.amounts),
                quantities=tuple(f.quantities),
                evidence=r.chars(sent.start, sent.end)[2],
                sentence=si,
                date_from=f.date_from,
                related=tuple(dict.fromkeys(related)),
                location_inferred=f.location_inferred and f.location is not None,
            )
        )
    return events
