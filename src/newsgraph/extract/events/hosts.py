"""A meeting its host holds at home: placed in the host's country when its words name no place.

GUIDELINES.md: a meeting's agent is its host when one side receives the other («استقبل الوزير نظيره», "X
hosted Y"). A host who holds a state office of a country (a king, a president, a minister:
``data/host_titles.tsv``; not a coach, whose title gives only his nationality) and receives someone of
another country (a foreign official, or that country itself) receives him at home: «استقبل وزير الخارجية
الإماراتي نظيره المصري» took place in the United Arab Emirates. The country is the most specific place the
words give; the place is marked inferred. Not when the meeting is placed already, when the host serves no
known country, or when every guest is of the host's own country (a minister received by his president may be
anywhere the president travels).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence

from newsgraph.extract.events.frames import OfficialLike
from newsgraph.extract.lexicon import rows
from newsgraph.text import normalize_token
from newsgraph.types import Event

__all__ = ["hosted_at_home", "state_hosts"]

#: Event types whose agent is a host receiving the other participants.
_HOSTED = frozenset({"Meeting"})


@functools.cache
def _host_words(lang: str) -> frozenset[str]:
    return frozenset(normalize_token(r[1].strip()) for r in rows("host_titles.tsv") if r[0].strip() == lang)


def _state_title(title: str, lang: str) -> bool:
    """Whether one word of ``title`` (without «ال») names a state office (``data/host_titles.tsv``).

    Examples:
        >>> _state_title("وزير الخارجية", "ar"), _state_title("المدرب", "ar")
        (True, False)
        >>> _state_title("Foreign Minister", "en")
        True
    """
    found = _host_words(lang)
    for word in title.lower().split():
        norm = normalize_token(word)
        if norm in found or (norm.startswith("ال") and norm[2:] in found):
            return True
    return False


def state_hosts(officials: Sequence[OfficialLike], lang: str) -> dict[str, str]:
    """The country each official holding a state office of it serves, by person id (module doc)."""
    return {o.entity_id: o.of for o in officials if o.entity_id and o.of and o.of.startswith("country/")
            and _state_title(getattr(o, "title", None) or "", lang)}


def hosted_at_home(ev: Event, home_of: Mapping[str, str], country_of: Mapping[str, str]) -> Event:
    """``ev`` placed in its host's country (``home_of``, :func:`state_hosts`) when it receives a guest of
    another country (``country_of``: whom each official serves) (module doc)."""
    if ev.type not in _HOSTED or ev.location is not None:
        return ev
    hosts = ev.roles.get("agent", ())
    if len(hosts) != 1 or hosts[0] not in home_of:
        return ev
    home = home_of[hosts[0]]
    guests = [p for p in ev.roles.get("participant", ()) if p != hosts[0]]
    sides = [p if p.startswith("country/") else country_of.get(p, "") for p in guests]
    abroad = [c for c in sides if c.startswith("country/") and c != home]
    if not abroad:
        return ev
    return dataclasses.replace(ev, location=home, location_inferred=True)
