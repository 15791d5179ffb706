"""The records event reading works on: what it reads (mentions, dates, amounts,
officials) and what it builds (one trigger's reading, :class:`_Raw`).

Protocols let callers pass :class:`newsgraph.types.Mention` or any object with
the same fields; :class:`_M` is a mention in token offsets.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from newsgraph.extract.events.lexicons import TriggerMatch, _data_lines
from newsgraph.types import Amount, DateValue, Event

__all__ = ["MentionLike", "DateMentionLike", "NumberMentionLike", "OfficialLike", "ACTORS", "same_time",
           "addressee_preps"]

#: Labels of the mentions that can act (hold agent, participant or target roles).
ACTORS = ("PERSON", "ORGANIZATION", "COUNTRY")


class MentionLike(Protocol):
    """An entity mention: char offsets, label and entity id (e.g. :class:`newsgraph.types.Mention`)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def entity_id(self) -> str | None: ...


class DateMentionLike(Protocol):
    """A date found in the text (``newsgraph.extract.dates.DateMention``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> DateValue: ...
    @property
    def kind(self) -> str: ...


class NumberMentionLike(Protocol):
    """An amount or quantity found in the text (``newsgraph.extract.numbers.NumberMention``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def amount(self) -> Amount: ...


class OfficialLike(Protocol):
    """An official: the name's char span, the person id and whom the position is ``of``."""

    @property
    def name_start(self) -> int: ...
    @property
    def name_end(self) -> int: ...
    @property
    def of(self) -> str | None: ...
    @property
    def entity_id(self) -> str | None: ...


@dataclass(frozen=True)
class _M:
    """A mention (or date/number) in token offsets."""

    start: int
    end: int
    label: str
    ref: str
    payload: object = None


@dataclass
class _Raw:
    """One trigger's reading before merging."""

    trig: TriggerMatch
    sent: int
    roles: dict[str, dict[str, float]] = field(default_factory=dict)
    location: tuple[str, str] | None = None
    #: ``location`` is the story's place, not one the event's own words give
    location_inferred: bool = False
    date: DateValue | None = None
    #: ``date`` hangs on the trigger in the parse («l'accord signé le 14 juillet»), not only near it
    date_parsed: bool = False
    date_from: DateValue | None = None
    amounts: list[Amount] = field(default_factory=list)
    quantities: list[Amount] = field(default_factory=list)
    reports: list[_Raw] = field(default_factory=list)
    sents: set[int] = field(default_factory=set)
    #: every place named in the trigger's scope (a place of its own tells two happenings apart)
    places: set[str] = field(default_factory=set)
    #: the «بعد»/«إثر» whose phrase the trigger is in: an earlier happening the clause's event follows
    prior: int | None = None
    #: how many topic shifts («من جهة أخرى», «في غضون ذلك») stand before the trigger: readings of two
    #: topics are two happenings unless the later one refers back («الهجوم»)
    topic: int = 0
    #: an indefinite reading in a clause «فيما», «بينما» or «كما» opens: another happening than its sentence's
    parallel: bool = False
    #: the doer is someone the mentions miss (an official known by his title): no nearest actor stands in
    unnamed: bool = False
    #: the doer a by-phrase names («من قبل X», «على يد X»): a happening of its own (events/passives_ar.py)
    by: str | None = None

    def add(self, role: str | None, ref: str, score: float) -> None:
        if role:
            slot = self.roles.setdefault(role, {})
            slot[ref] = max(score, slot.get(ref, 0.0))

    def only_as(self, role: str, ref: str, score: float) -> None:
        """``ref`` in ``role`` with ``score`` and in no other party role (:data:`PARTY_ROLES`)."""
        for slot in PARTY_ROLES:
            if slot != role:
                self.roles.get(slot, {}).pop(ref, None)
        self.add(role, ref, score)

    def strongest(self, role: str) -> list[str]:
        """The fillers of ``role`` read with its highest score (all of a tie, in the order they were added):
        who a reading is surest of, not a country a weaker one gave."""
        slot = self.roles.get(role, {})
        best = max(slot.values(), default=None)
        return [ref for ref, score in slot.items() if score == best]

    def done_by(self, ref: str, score: float) -> None:
        """``ref`` did it: no longer a target or participant, the agent with ``score``."""
        self.only_as("agent", ref, score)

    def prune(self) -> None:
        """Drop the roles left without a filler."""
        for slot in [s for s, refs in self.roles.items() if not refs]:
            del self.roles[slot]


#: The roles that make a party of an event (a statement's speaker and addressee are among them).
PARTY_ROLES = ("agent", "participant", "participants", "target")
#: The role of those only listed as present («حضر الاستقبال X وY», ng:attendee): not the event's parties.
ATTENDEE = "attendee"


def without_parties(ev: Event, drop: Callable[[str], bool]) -> Event:
    """``ev`` without the parties (:data:`PARTY_ROLES`) ``drop`` says are none; a role left empty goes."""
    roles = {role: kept for role, refs in ev.roles.items()
             if (kept := refs if role not in PARTY_ROLES else tuple(r for r in refs if not drop(r)))}
    return ev if roles == dict(ev.roles) else dataclasses.replace(ev, roles=roles)


def same_time(a: str, b: str) -> bool:
    """Whether two ISO dates of any precision can name the same time (one is a prefix of the other).

    Examples:
        >>> same_time("2022-05", "2022-05-11"), same_time("2022-05", "2022-06"), same_time("2022", "")
        (True, False, False)
    """
    return bool(a) and bool(b) and (a.startswith(b) or b.startswith(a))


@functools.lru_cache(maxsize=4)
def addressee_preps(lang: str) -> Mapping[str, frozenset[str]]:
    """Event type → the prepositions whose object the type's act is addressed to or aimed at, in
    ``lang`` (``data/events_addressees.tsv``): "appealed to China", «une enquête sur X».

    Examples:
        >>> sorted(addressee_preps("en")["Investigation"]), "à" in addressee_preps("fr")["Appeal"]
        (['into'], True)
    """
    rows = _data_lines("events_addressees.tsv")
    return {row[1]: frozenset(row[2].split()) for row in rows if row[0] == lang}
