"""Event coreference: reports of one happening in different articles become one event.

Two event groups (an event as one article reports it) are candidates when
they come from different articles and

- have the same event type, or types of one family (Attack ~ Bombing);
- have compatible dates: their date intervals (a day, a month or a year, by
  precision) are at most :data:`DATE_SLACK` apart; an event without a date
  is taken to be near its article's publication date;
- have compatible places: the same place, one inside the other
  (``ng:locatedIn``), or one of them without a place;
- share participants or amounts (after entity resolution) other than
  countries and institutions named by their noun alone («مجلس الوزراء»), or a
  distinctive toll («32 قتيلا»: :func:`~newsgraph.resolve.read.distinct_count`,
  scored :data:`TOLL_ONLY` lower than a shared name): two,
  or one when both put it in the same place within a day
  (a report dated only to the month counts as of its publication day), or
  when both are dated to days a day apart at most, one names no place, both are their
  articles' lead story, and the one shared is the same person as target
  (with one shared, each report must not name a person the other lacks: the
  visitor received by the prime minister and met by the president that day
  is two meetings); or are both their articles' story of that kind and the
  articles name the same people, organizations and places (:func:`story_link`);
  or are attacks both dated to one day in one small town, neither naming a party
  the other article lacks (:func:`_town_link`, scored :data:`TOWN_ONLY` lower).

Pairs are blocked by kind and week (:func:`event_links`), and a cluster
holds only reports that agree two by two (:func:`event_allowed`).

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
from functools import lru_cache
from urllib.parse import unquote

from newsgraph.extract.institutions import bare_kind
from newsgraph.kb import load_kb
from newsgraph.resolve.cluster import Link
from newsgraph.resolve.read import AMOUNT_KEY, TOLL_KEY, EventGroup

__all__ = ["DATE_SLACK", "STORY_SHARED", "event_link", "event_links", "event_allowed",
           "story_link"]

_EPOCH = dt.date(1970, 1, 1)

#: Largest gap between two reports' dates that still allows one happening (reports lag a day).
DATE_SLACK = dt.timedelta(days=1)
#: How far before its article's publication an undated event may have happened.
UNDATED_WINDOW = dt.timedelta(days=7)
#: (n, share): two articles' stories merge when they share n specific names (persons,
#: organizations, places; not countries) making up that share of both articles' names (Dice).
STORY_SHARED = ((2, 0.5), (3, 0.3))
#: Holder keys that are no party: money and tolls (read.AMOUNT_KEY, read.TOLL_KEY).
_NOT_ACTORS = (AMOUNT_KEY, TOLL_KEY)
#: What a link that shares only a toll («32 قتيلا», read.distinct_count) scores less than one sharing a name.
TOLL_ONLY = 0.15
#: A story is told in the title or the first sentences: reports from sentence STORY_LEAD on are not.
STORY_LEAD = 4
#: Reports whose dates span more than this are blocked by their publication week instead.
WIDEST = dt.timedelta(days=31)


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
        # the same day outranks a day apart (the slack for reports that lag): a report links first to
        # the one of its own day, and the one-event-per-article veto keeps the other apart
        score = (0.2 if wa == wb else 0.1) if days else 0.15
        return True, score, f"dates {a.date_text} and {b.date_text}"
    return True, 0.05, "near the publication date"


def _places(a: EventGroup, b: EventGroup, within: Mapping[str, set[str]]) -> tuple[bool, float, str]:
    if a.location is None or b.location is None or a.location_inferred or b.location_inferred:
        return True, 0.0, ""  # a place the article did not state is no evidence either way
    if a.location == b.location:
        return True, 0.2, "same place"
    if b.location in within.get(a.location, set()) or a.location in within.get(b.location, set()):
        return True, 0.1, "one place inside the other"
    return False, 0.0, ""


def _anchor(g: EventGroup) -> dt.date | None:
    """The day a story happened: its own date when given to the day, else its publication day when
    the date (a month, a year) holds it."""
    if g.date is not None and g.date[0] == g.date[1]:
        return g.date[0]
    if g.date is not None and g.published is not None and g.date[0] <= g.published <= g.date[1]:
        return g.published
    return None


def _specific(ids: set[str]) -> set[str]:
    """The participants that tell one event from another: not countries, amounts, nor an institution
    named by its noun alone («مجلس الوزراء», "Parliament": whose, the id does not say)."""
    return {x for x in ids
            if "/country/" not in x and not x.startswith(_NOT_ACTORS) and not _bare_institution(x)}


@lru_cache(maxsize=1 << 16)
def _bare_institution(x: str) -> bool:
    if "/org/" not in x:
        return False
    name = unquote(x.rsplit("/", 1)[-1]).replace("-", " ")
    return any(bare_kind(name, lang) for lang in ("ar", "en", "fr"))


def _day(g: EventGroup) -> bool:
    """The report is dated to a day."""
    return g.date is not None and g.date[0] == g.date[1]


def _lead_story(g: EventGroup) -> bool:
    """The report is its article's story of its kind, told in the first :data:`STORY_LEAD` sentences."""
    return g.story and g.sentence is not None and g.sentence < STORY_LEAD


def story_link(a: EventGroup, b: EventGroup, place_score: float, place_why: str,
               within: Mapping[str, set[str]] | None = None) -> Link[str] | None:
    """Two articles' stories of one family, a day apart at most, told with the same names.

    Role fillers are sparse (a report may name "the two leaders" only), so
    the articles' own names stand in: they must share enough specific
    entities (not countries) by :data:`STORY_SHARED`. Both reports must stand
    in their articles' first :data:`STORY_LEAD` sentences (the title counts),
    and the persons and organizations filling roles in one must be named
    somewhere in the other article (see :func:`_known_actors`). A visit is where it goes: where one
    visit report states its place, the other article must name it, a place inside it or one it lies in
    (``within``: place -> the places and countries it lies in); a minister's visit to Riyadh and an
    article on his visit to the UAE the next day that never names Saudi Arabia tell two visits.
    """
    if not (a.story and b.story) or max(a.sentence or 0, b.sentence or 0) >= STORY_LEAD:
        return None
    if not (_known_actors(a, b) and _known_actors(b, a)):
        return None  # one report's actors are not even named in the other article
    where = within or {}
    if _of_family(a, PLACED_FAMILIES) and (_place_unnamed(a, b, where) or _place_unnamed(b, a, where)):
        return None  # one visit report says where to, and the other article never names that place
    if a.holders and b.holders and not a.holders & b.holders and (a.parties - b.context
                                                                  or b.parties - a.context):
        return None  # no party in common, and one the other article never names: the king received
        # one visitor, then another, the same day
    da, db = _anchor(a), _anchor(b)
    if da is None or db is None or abs(da - db) > DATE_SLACK:
        return None
    own = {a.location, b.location}  # the place counts once, in place_score
    ca, cb = _specific(a.context) - own, _specific(b.context) - own
    common = ca & cb
    overlap = 2 * len(common) / max(1, len(ca) + len(cb))  # Dice: a long round-up shares little
    if not any(len(common) >= n and overlap >= share for n, share in STORY_SHARED):
        return None
    score = 0.4 + (0.2 if da == db else 0.1) + place_score + 0.2 * overlap
    shared = ", ".join(sorted(unquote(x.rsplit("/", 1)[-1]) for x in common)[:8])
    why = [f"the stories of their articles, {da} and {db}"] + ([place_why] if place_why else [])
    why.append(f"{len(common)} names in common ({overlap:.0%}): {shared}")
    kind = unquote(a.family.rsplit("/", 1)[-1])
    return Link(a.key, b.key, round(score, 3), "event-story", f"same kind {kind}; " + "; ".join(why))


#: The type families whose stated place defines the happening: where the visit went.
PLACED_FAMILIES = frozenset({"Visit"})


def _place_unnamed(a: EventGroup, b: EventGroup, within: Mapping[str, set[str]]) -> bool:
    """``a`` states its place and ``b``'s article names neither it, nor a place inside it, nor one it
    lies in."""
    here = a.location
    if here is None or a.location_inferred or here in b.context:
        return False
    around = within.get(here, set())
    return not any(x in around or here in within.get(x, ()) for x in b.context)


def event_link(a: EventGroup, b: EventGroup, within: Mapping[str, set[str]],
               told: Mapping[tuple[str, str], set[dt.date]] | None = None) -> Link[str] | None:
    """The link between two reports when they may be one happening, else None. ``told``: (article,
    family) -> the days that article dates reports of that family to (see :func:`_told_apart`)."""
    if a.article == b.article or (a.family or a.type) != (b.family or b.type):
        return None
    if told is not None and (_told_apart(a, b, told) or _told_apart(b, a, told)):
        return None
    ok_date, date_score, date_why = _dates(a, b)
    ok_place, place_score, place_why = _places(a, b, within)
    if not (ok_date and ok_place):
        return None
    common = a.holders & b.holders
    # A shared country says little (many events involve it), and one shared head of state
    # meets many people in a month: ask for two specific participants (or amounts), or one
    # when both reports put the event on the same day in the same place.
    specific = [h for h in common if "/country/" not in h and not _bare_institution(h)]
    da, db = _anchor(a), _anchor(b)  # a month-dated report counts as of its publication day
    same_day = da is not None and db is not None and abs(da - db) <= DATE_SLACK
    # Where one report names no place, the same person as target (sentenced, arrested, attacked)
    # of both articles' lead stories of one day stands in for it: one is rarely sentenced twice a day.
    target = (_lead_story(a) and _lead_story(b) and (a.location is None or b.location is None)
              and _day(a) and _day(b) and any("/person/" in t for t in a.targets & b.targets))
    same_day_and_place = same_day and (place_score == 0.2 or target)
    tolls_only = bool(specific) and all(h.startswith(TOLL_KEY) for h in specific)
    if tolls_only and (a.location is None or "/country/" in a.location):
        specific = []  # a toll alone tells an attack only in the same town, not anywhere in a country
    if len(specific) < (1 if same_day_and_place else 2):
        return story_link(a, b, place_score, place_why, within) or _town_link(a, b, (date_score, date_why),
                                                                           (place_score, place_why))
    if len(specific) == 1 and _other_people(a, b) and _other_people(b, a):
        return None  # one visitor, the same day and city, met by a different person in each: two meetings
    if a.parties - b.context and b.parties - a.context:
        return None  # each takes in a country or body the other article never names: two visitors
    overlap = len(common) / max(1, min(len(a.holders), len(b.holders)))
    score = 0.4 + date_score + place_score + 0.2 * overlap
    if tolls_only:
        score -= TOLL_ONLY  # a toll alone is weaker than a named party: links naming one go first
    shared = ", ".join(sorted(unquote(x.rsplit("/", 1)[-1]) for x in common))
    why = [w for w in (date_why, place_why) if w] + [f"shared participants or amounts: {shared}"]
    kind = unquote(a.type.rsplit("/", 1)[-1])
    return Link(a.key, b.key, round(score, 3), "event", f"same type {kind}; " + "; ".join(why))


#: The type families whose reports one day and one town make one happening without a shared party.
TOWN_FAMILIES = frozenset({"Attack"})
#: What a link on the day and the town alone scores less than one sharing a name.
TOWN_ONLY = 0.2


def _town_link(a: EventGroup, b: EventGroup, date: tuple[float, str], place: tuple[float, str]) -> (
        Link[str] | None):  # fmt: skip
    """Two attacks both reports date to one day and place in one town (:func:`_small_town`), neither
    naming a party the other article does not: one happening. Two attacks in one small town the same
    day are rare; in Baghdad, Kabul or Ramadi they are not, so cities still need a shared name.
    ``date`` and ``place``: the (score, reason) :func:`_dates` and :func:`_places` gave the pair (the
    same place scores 0.2 only where both articles state it, not for an inferred story place)."""
    (date_score, date_why), (place_score, place_why) = date, place
    if not _of_family(a, TOWN_FAMILIES) or place_score != 0.2 or not (_day(a) and a.date == b.date):
        return None
    if not _small_town(a.location or "") or a.parties - b.context or b.parties - a.context:
        return None
    if _other_people(a, b) and _other_people(b, a):
        return None
    score = 0.4 + date_score + place_score - TOWN_ONLY
    kind = (a.family or a.type).rsplit("/", 1)[-1]
    return Link(a.key, b.key, round(score, 3), "event-town",
                f"same type {kind}; {date_why}; {place_why}: a town, no party named apart")


def _of_family(g: EventGroup, families: frozenset[str]) -> bool:
    """The report is of one of ``families`` (:data:`TOWN_FAMILIES`, :data:`PLACED_FAMILIES`)."""
    return (g.family or g.type).rsplit("/", 1)[-1] in families


#: Largest population (GeoNames) of a town whose name alone, with the day, tells an attack.
TOWN_POPULATION = 150_000


@lru_cache(maxsize=1 << 14)
def _small_town(location: str) -> bool:
    """A place the knowledge base does not know (a village, a quarter: big cities are known), or a
    gazetteer town of at most :data:`TOWN_POPULATION` people; not a region, capital or country."""
    if "/place/" not in location:
        return False
    eid = "place/" + location.rsplit("/place/", 1)[1]
    kb = load_kb()
    if kb.get(eid) is None:
        return True
    people = kb.population(eid)
    return people is not None and people <= TOWN_POPULATION and kb.capital_of(eid) is None


def _told_apart(a: EventGroup, b: EventGroup, told: Mapping[tuple[str, str], set[dt.date]]) -> bool:
    """Whether ``b``'s article tells of an event of ``a``'s kind on ``a``'s day as well as of ``b``,
    a day apart: it tells the two apart (Thursday's shelling, Friday's air strikes), so the slack
    for reports that lag a day does not join ``a`` to ``b``."""
    if not (_day(a) and _day(b)) or a.date == b.date:
        return False
    assert a.date is not None
    return a.date[0] in told.get((b.article, a.family or a.type), set())


def _other_people(a: EventGroup, b: EventGroup) -> set[str]:
    """The persons taking part in ``a`` that ``b`` does not have."""
    return {h for h in a.holders - b.holders if "/person/" in h}


def _weeks(g: EventGroup) -> set[int]:
    """Blocking keys: the week numbers (days since 1970 // 7) of the days the report may be on."""
    window = _window(g)
    if window is not None and window[1] - window[0] > WIDEST:
        # A report dated to the year is compared with those of the week before its publication.
        pub = g.published
        window = (pub - UNDATED_WINDOW, pub) if pub is not None and window[0] <= pub <= window[1] else None
    if window is None:
        return set()
    first = (window[0] - DATE_SLACK - _EPOCH).days // 7
    last = (window[1] + DATE_SLACK - _EPOCH).days // 7
    return set(range(first, last + 1))


def event_links(groups: list[EventGroup], within: Mapping[str, set[str]]) -> list[Link[str]]:
    """Candidate links between event groups, unsorted.

    Blocked by type family, week and what a link needs (a participant or
    amount other than a country, or, for two stories, a name both articles
    use): only reports that may fall within a day of each other and could
    link are compared, so the pairs grow with the reports of one kind, week
    and participant or name, not with the square of the corpus.
    """
    blocks: dict[tuple[str, int, str], list[EventGroup]] = defaultdict(list)
    told: dict[tuple[str, str], set[dt.date]] = defaultdict(set)
    for g in groups:
        if g.date is not None and _day(g):
            told[(g.article, g.family or g.type)].add(g.date[0])
    for g in groups:
        # A link needs a shared participant or amount other than a country, or two stories told
        # in their leads whose articles share two specific names (see story_link): one is a key.
        hooks = {h for h in g.holders if "/country/" not in h}
        if g.story and g.sentence is not None and g.sentence < STORY_LEAD:
            hooks |= {f"story {name}" for name in _specific(g.context)}
        if (_of_family(g, TOWN_FAMILIES) and g.location and _day(g) and not g.location_inferred
                and _small_town(g.location)):
            hooks.add(f"town {g.location}")  # see _town_link
        for week in _weeks(g):
            for hook in hooks:
                blocks[(g.family or g.type, week, hook)].append(g)
    seen: set[tuple[str, str]] = set()
    links: list[Link[str]] = []
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pair = (a.key, b.key) if a.key < b.key else (b.key, a.key)
                if pair in seen:
                    continue
                seen.add(pair)
                link = event_link(a, b, within, told)
                if link is not None:
                    links.append(link)
    return links


def _compatible(x: EventGroup, y: EventGroup, within: Mapping[str, set[str]]) -> bool:
    """Whether two reports in one cluster may still be one happening: dates, places and actors agree."""
    if not (_dates(x, y)[0] and _places(x, y, within)[0]):
        return False
    for p, q in ((x, y), (y, x)):
        actors = {h for h in p.holders if not h.startswith(_NOT_ACTORS)}
        if len(actors) >= 2 and len(actors - q.context) * 2 > len(actors):
            return False  # most of one report's actors are not named in the other article
    return True


def _known_actors(x: EventGroup, y: EventGroup) -> bool:
    """Whether ``y``'s article names ``x``'s persons and organizations: all of them, but one in
    three (extraction gets some wrong). Countries are left out: articles name them in passing."""
    actors = _specific(x.holders)
    return len(actors - y.context) <= max(0, (len(actors) - 1) // 2)


def event_allowed(index: Mapping[str, EventGroup],
                  within: Mapping[str, set[str]] | None = None) -> Callable[[set[str], set[str]], bool]:
    """Veto: a cluster holds at most one event of each article, and every two of its reports agree
    on date, place and actors (so a chain of links cannot join two happenings that merely share
    a neighbour)."""
    places = within or {}

    def allowed(left: set[str], right: set[str]) -> bool:
        articles = [index[k].article for k in left | right]
        if len(articles) != len(set(articles)):
            return False
        return all(_compatible(index[a], index[b], places) for a in left for b in right)

    return allowed
