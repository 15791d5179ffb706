"""A meeting its host holds at home: placed in the host's country when its words name no place.

GUIDELINES.md: a meeting's agent is its host when one side receives the other («استقبل الوزير نظيره»,
"X hosted Y"). A host who serves a country (an official of it) and receives someone of another country
(a foreign official, or that country itself) receives him at home: «استقبل وزير الخارجية الإماراتي نظيره
المصري» took place in the United Arab Emirates. The country is the most specific place the words give;
the place is marked inferred. Not when the meeting is placed already, when the host serves no known
country, or when every guest is of the host's own country (a minister received by his president may be
anywhere the president travels).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from newsgraph.types import Event

__all__ = ["hosted_at_home"]

#: Event types whose agent is a host receiving the other participants.
_HOSTED = frozenset({"Meeting"})


def hosted_at_home(ev: Event, country_of: Mapping[str, str]) -> Event:
    """``ev`` placed in its host's country when it receives a guest of another country (module doc)."""
    if ev.type not in _HOSTED or ev.location is not None:
        return ev
    hosts = ev.roles.get("agent", ())
    if len(hosts) != 1 or hosts[0] not in country_of:
        return ev
    home = country_of[hosts[0]]
    guests = [p for p in ev.roles.get("participant", ()) if p != hosts[0]]
    abroad = [p for p in guests if country_of.get(p, p if p.startswith("country/") else home) != home]
    if not abroad:
        return ev
    return dataclasses.replace(ev, location=home, location_inferred=True)
