"""News outlets and the sources a report is credited to are no parties to the Arabic events they tell of.

«لم يتسن لرويترز التأكد من صحة الاتفاق», «بحسب «رويترز»», «وفقا لوكالة الأنباء السعودية»: a news agency,
a broadcaster or a newspaper (its ``kind`` in ``kb/data/organizations.jsonl``) named near an event tells
of it; it neither does it, takes part in it nor is hit by it. Only a Statement keeps it (what an outlet
reports or is told is a speech act of its own: «قال لوكالة فرانس برس»). :func:`told_by` says whether a
mention is whom a report is credited to («بحسب X», «وفقا لـX», «نقلا عن X»).
"""

from __future__ import annotations

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M, without_parties
from newsgraph.kb import load_kb
from newsgraph.types import Event

__all__ = ["told_by", "without_outlets"]

#: Organization kinds of the knowledge base that are news outlets.
_OUTLETS = frozenset({"news-agency", "broadcaster", "newspaper"})


def without_outlets(ev: Event) -> Event:
    """``ev`` without the news outlets among its parties, unless it is a Statement (module doc)."""
    if ev.type == "Statement":
        return ev
    kb = load_kb()
    return without_parties(ev, lambda ref: kb.kind(ref) in _OUTLETS)


#: Words before a mention within which «بحسب», «وفقا ل» make it whom the news is told by («وفقا لمصادر X»).
_TELLER_REACH = 3


def told_by(r: _Reader, m: _M) -> bool:
    """Whether mention ``m`` is whom a report is credited to («وفقا لمصادر الجزيرة اعتقلت القوات»,
    «قتل خمسة بحسب المرصد»): no party to an attack or an arrest (a Statement's speaker it may be)."""
    own = r.clause_of[m.start]
    return any("attribution" in r.cues[i] and r.clause_of[i] == own
               for i in range(max(m.start - _TELLER_REACH, 0), m.start))
