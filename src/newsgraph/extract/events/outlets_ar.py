"""News outlets are no parties to the Arabic events they report.

«لم يتسن لرويترز التأكد من صحة الاتفاق», «بحسب «رويترز»», «وفقا لوكالة الأنباء السعودية»: a news agency,
a broadcaster or a newspaper (its ``kind`` in ``kb/data/organizations.jsonl``) named near an event tells
of it; it neither does it, takes part in it nor is hit by it. Only a Statement keeps it (what an outlet
reports or is told is a speech act of its own: «قال لوكالة فرانس برس»).
"""

from __future__ import annotations

import dataclasses

from newsgraph.kb import load_kb
from newsgraph.types import Event

__all__ = ["without_outlets"]

#: Organization kinds of the knowledge base that are news outlets.
_OUTLETS = frozenset({"news-agency", "broadcaster", "newspaper"})
#: Roles an outlet never holds outside a Statement.
_PARTIES = ("agent", "participant", "participants", "target")


def without_outlets(ev: Event) -> Event:
    """``ev`` without the news outlets among its parties, unless it is a Statement (module doc)."""
    if ev.type == "Statement":
        return ev
    kb = load_kb()
    roles = {role: tuple(r for r in refs if role not in _PARTIES or kb.kind(r) not in _OUTLETS)
             for role, refs in ev.roles.items()}
    roles = {role: refs for role, refs in roles.items() if refs}
    return ev if roles == dict(ev.roles) else dataclasses.replace(ev, roles=roles)
