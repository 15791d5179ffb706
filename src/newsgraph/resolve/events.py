"""Event coreference: reports of one happening in different articles become one event.

Two event groups (an event as one article reports it) are candidates when
they come from different articles and

- have the same event type;
- have compatible dates: their date intervals (a day, a month or a year, by
  precision) are at most :data:`DATE_SLACK` apart; an event without a date
  is taken to be near its article's publication date;
- have compatible places: the same place, one inside the other
  (``ng:locatedIn``), or one of them without a place;
- share participants or amounts (after entity resolution) other than
  countries: two, or one when both put it on the same day in the same place.

The score grows with the precision of the agreement; one article's events
never merge with each other.

Examples:
    >>> import datetime as dt
    >>> from newsgraph.resolve.read import EventGroup
    >>> may = (dt.date(2022, 5, 1), dt.date(2022, 5, 31))
    >>> a = EventGroup("g1", "e1", "e1", "Meeting", "a1", may, "2022-05", location="p/m", holders={"x", "y"})
    >>> b = EventGroup("g2", "e2", "e2", "Meeting", "a2", (dt.date(2022, 5, 11),) * 2, "2022-05-11",
    ...                location="p/m", holders={"x", "y", "z"})
    >>> link = event_link(a, b, {})
    >>> link is not None and link.method
    'event'
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping
from urllib.parse import unquote

from newsgraph.resolve.cluster import Link
from newsgraph.resolve.read import EventGroup

__all__ = ["DATE_SLACK", "event_link", "event_links", "event_allowed"]

#: Largest gap between two reports' dates that still allows one happening (reports lag a day).
DATE_SLACK = dt.timedelta(days=1)
#: How far before its article's publication an undated event may have happened.
UNDATED_WINDOW = dt.timedelta(days=7)


def _window(g: EventGroup) -> tuple[dt.date, dt.date] | None:
    if g.date is not None:
        return g.date
    if g.published is not None:
        return g.published - UNDATED_WINDOW, g.published
    return None


def _dates(a: EventGroup, b: EventGroup) -> tuple[bool, float, str]:
    wa, wb = _window(a), _window(b)
    if wa is None or wb is None:
        return False, 0.0, ""
    gap = max(wa[0] - wb[1], wb[0] - wa[1], dt.timedelta(0))
    days = wa[0] == wa[1] and wb[0] == wb[1]
    if gap > (DATE_SLACK if days else dt.timedelta(0)):
        return False, 0.0, ""  # two days may be a day apart; a month must contain the other date
    if a.date is not None and b.date is not None:
        return True, 0.2 if days else 0.15, f"dates {a.date_text} and {b.date_text}"
    return True, 0.05, "near the publication date"


def _places(a: EventGroup, b: EventGroup, within: Mapping[str, set[str]]) -> tuple[bool, float, str]:
    if a.location is None or b.location is None:
        return True, 0.0, ""
    if a.location == b.location:
        return True, 0.2, "same place"
    if b.location in within.get(a.location, set()) or a.location in within.get(b.location, set()):
        return True, 0.1, "one place inside the other"
    return False, 0.0, ""


def event_link(a: EventGroup, b: EventGroup, within: Mapping[str, set[str]]) -> Link[str] | None:
    """The link between two reports when they may be one happening, else None."""
    if a.article == b.article or a.type != b.type:
        return None
    ok_date, date_score, date_why = _dates(a, b)
    ok_place, place_score, place_why = _places(a, b, within)
    if not (ok_date and ok_place):
        return None
    common = a.holders & b.holders
    # A shared country says little (many events involve it), and one shared head of state
    # meets many people in a month: ask for two specific participants (or amounts), or one
    # when both reports put the event on the same day in the same place.
    specific = [h for h in common if "/country/" not in h]
    same_day_and_place = date_score == 0.2 and place_score == 0.2
    if len(specific) < (1 if same_day_and_place else 2):
        return None
    overlap = len(common) / max(1, min(len(a.holders), len(b.holders)))
    score = 0.4 + date_score + place_score + 0.2 * overlap
    shared = ", ".join(sorted(unquote(x.rsplit("/", 1)[-1]) for x in common))
    why = [w for w in (date_why, place_why) if w] + [f"shared participants or amounts: {shared}"]
    kind = unquote(a.type.rsplit("/", 1)[-1])
    return Link(a.key, b.key, round(score, 3), "event", f"same type {kind}; " + "; ".join(why))


def event_links(groups: list[EventGroup], within: Mapping[str, set[str]]) -> list[Link[str]]:
    """Candidate links between event groups (blocked by type), unsorted."""
    by_type: dict[str, list[EventGroup]] = defaultdict(list)
    for g in groups:
        by_type[g.type].append(g)
    links: list[Link[str]] = []
    for members in by_type.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                link = event_link(a, b, within)
                if link is not None:
                    links.append(link)
    return links


def event_allowed(index: Mapping[str, EventGroup]) -> Callable[[set[str], set[str]], bool]:
    """Veto: a cluster holds at most one event of each article."""

    def allowed(left: set[str], right: set[str]) -> bool:
        articles = [index[k].article for k in left | right]
        return len(articles) == len(set(articles))

    return allowed
