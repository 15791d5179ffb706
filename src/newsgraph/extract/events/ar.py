"""Arabic events: what the clause shapes leave to the article as a whole.

:func:`visit_sides` names the sides of a visit. News Arabic says who visits
by the official («زيارة وزير الخارجية القطري خالد العطية إلى الإقليم»): the
visit is also one between the states, so the visitor's country (the
``of`` of an official, :class:`~newsgraph.extract.events.frames.OfficialLike`)
and a destination that is a country take part in it (the issue 13 frame:
Visit = visitor, destination, host; the gold lists both sides as participants).

Examples:
    >>> from newsgraph.types import Event, Span
    >>> ev = Event("e1", "Visit", "04", Span(0, 5, "زيارة"), location="country/AE",
    ...            roles={"agent": ("person/shoukry",), "participant": ("person/shoukry",)})
    >>> visit_sides([ev], {"person/shoukry": "country/EG"})[0].roles["participant"]
    ('person/shoukry', 'country/EG', 'country/AE')
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from newsgraph.types import Event

__all__ = ["visit_sides"]

#: Event types whose sides are the visitor's state and the visited one.
_VISITS = frozenset({"Visit"})


def visit_sides(events: Sequence[Event], country_of: Mapping[str, str]) -> list[Event]:
    """Add a visit's sides to its participants: the visitor's country and a country visited.

    Args:
        events: events of one article.
        country_of: person id → the country or organization the official serves.

    Returns:
        The events, visits with the sides among their participants (only country ids: an
        organization an official serves is no side of a visit, a city no host).
    """
    out = []
    for ev in events:
        if ev.type not in _VISITS:
            out.append(ev)
            continue
        sides = [country_of.get(a, "") for a in ev.roles.get("agent", ())]
        if ev.location:
            sides.append(ev.location)
        sides = [s for s in sides if s.startswith("country/")]
        held = ev.roles.get("participant", ())
        if not sides or set(sides) <= set(held):
            out.append(ev)
            continue
        roles = dict(ev.roles)
        roles["participant"] = tuple(dict.fromkeys([*held, *sides]))
        out.append(dataclasses.replace(ev, roles=roles))
    return out
