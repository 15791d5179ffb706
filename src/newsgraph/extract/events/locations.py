"""Where one trigger's event happened, read from its clause once its roles are read (:func:`.roles._read`).

With a parse, the place the dependencies give (:func:`.deps.dep_location`); without, the place or country
its clause governs as a location («في», "in"; for a visit also «إلى», "to"), nearest first: not a country
that only says whose («a US operation»), what a meeting was about («لبحث الأوضاع في اليمن») or where
someone comes from («رجل من اديامان»). An Arabic city goes before a nearer country it does not lie in,
and a list of cities («في حماه وحلب وحمص») places the event in the country they lie in. The place found
leaves the roles it was read into.
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _conjuncts, _Reader
from newsgraph.extract.events.deps import dep_location
from newsgraph.extract.events.deps_places import country_modifier
from newsgraph.extract.events.fallback import _governed_elsewhere
from newsgraph.extract.events.frames import _M, _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch
from newsgraph.extract.events.places_ar import held_place, hit_near
from newsgraph.extract.events.places_en import paired_name, placed_elsewhere
from newsgraph.extract.events.where import about_elsewhere, listed_country
from newsgraph.kb import load_kb

__all__ = ["place_of"]


def place_of(
    r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw, near: list[_M], ctx: dict[_M, str]
) -> None:
    """Set ``raw``'s places (the PLACE mentions ``near`` the trigger) and its location (module doc);
    ``ctx`` is the cue context :func:`.roles._read` gave each mention of ``near``."""
    raw.places = {m.ref for m in near if m.label == "PLACE"}
    parsed, own = r.parsed, r.clause_of[t.start]
    spot = dep_location(r, t, info) if parsed and info.located else None
    if spot is not None:
        raw.location = (spot.ref, spot.label)
        for slot in raw.roles.values():
            slot.pop(spot.ref, None)
    elif info.located:
        wanted = ("location", "destination") if info.type == "Visit" else ("location",)
        # «في الأراضي السورية» places an event in Syria; "in Iraqi Kurdistan" not in Iraq
        near_places = [
            m for m in near if m.label in ("PLACE", "COUNTRY") and (r.lang == "ar" or m.payload != "adj")
            and not (parsed and country_modifier(r, m))  # "in a US operation" says whose, not where
            # «ont convenu de travailler à la sécurité au Moyen-Orient»: where the work is, not the accord
            and not (parsed and r.lang == "fr" and _governed_elsewhere(r, m, t))
            and not about_elsewhere(r, m, t)  # «اجتماعا لبحث الأوضاع في اليمن»: what it was about
            # "talks in Oslo since the deal brokered ...": the talks' place; "Oslo-Stockholm pact": sides
            and not placed_elsewhere(r, m, t) and not paired_name(r, m)
        ]
        # «غارة على بلدة سرمدا»: without a parse, the town an attack hits is where it happened
        hit = ("target",) if r.lang == "ar" and info.object == "target" else ()
        places = [m for m in near_places if ctx[m] in wanted or (m.label == "PLACE" and ctx[m] in hit)]
        if not places and info.type == "Visit":
            places = [m for m in near_places if m.ref in raw.roles.get("participant", {})]
        if not places and not (t.definite and t.kind == "N"):
            # a place named in the trigger's own clause, in no role ("Abqaiq oil plant hit"); not
            # where one comes from («رجل من اديامان»), nor for a noun that only refers back («منفذ الهجوم»)
            held = {ref for slot in raw.roles.values() for ref in slot}
            places = [
                m for m in near_places
                if m.label == "PLACE" and r.clause_of[m.start] == own and m.ref not in held
                and not (m.start > 0 and "origin" in r.cues[m.start - 1])
            ]
        # a visit goes where «إلى»/"to" says, wherever its visitor speaks from
        # («في أربيل ... لزيارتنا إلى بغداد»)
        places.sort(key=lambda m: (ctx[m] != "destination", r.clause_of[m.start] != own, m.label != "PLACE",
                                   not (hit and hit_near(r, m, t, ctx[m])), abs(m.start - t.start)))
        if not places and r.lang == "ar":
            places = held_place(r, t)
        if r.lang == "ar" and places and places[0].label == "PLACE":
            # a city before its country («في مدينة مراكش بالمغرب»), not a region before a nearer country
            # («محادثات في كوبا ... لإنهاء أطول حرب في أميركا اللاتينية»)
            countries = [m for m in places if m.label == "COUNTRY" and ctx[m] == ctx[places[0]]]
            kb = load_kb()
            if countries and abs(countries[0].start - t.start) < abs(places[0].start - t.start) and not any(
                c.ref in kb.containers(places[0].ref) for c in countries
            ):
                places.insert(0, countries[0])
        if places:
            raw.location = (places[0].ref, places[0].label)
            for slot in raw.roles.values():
                slot.pop(places[0].ref, None)
            listed = _conjuncts(r, places[0], near_places, 1) if places[0].label == "PLACE" else []
            if len(listed) > 1 and (country := listed_country([m.ref for m in listed])):
                raw.location = (country, "COUNTRY")  # «في حماه وحلب وحمص»: across the country they lie in
