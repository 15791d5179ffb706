"""Read what resolution needs from a built graph: one group per (article graph, node).

An entity or event node that several articles report has triples in each
of their named graphs; each (graph, node) pair is a :class:`Group`. Its
``original`` is the IRI the article's own extraction gave the node: the node
itself, or the ``ng:originalIri`` recorded when resolution renamed it. So a
graph that was resolved before reads back as the same groups, and resolving
it again gives the same answer.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from newsgraph.graph.build import entities_graph_iri
from newsgraph.graph.iris import position_prefix
from newsgraph.graph.ns import NG

__all__ = ["AMOUNT_KEY", "DISTINCT_COUNTS", "DISTINCT_FROM", "TOLL_KEY", "Group", "EventGroup",
           "distinct_count", "read_entity_groups", "read_event_groups", "read_mentions", "located_in"]

_ENTITY_TYPES = {str(NG.Person): "PERSON", str(NG.Organization): "ORGANIZATION", str(NG.Place): "PLACE"}
_ROLES = "ng:participant ng:agent ng:target ng:spokesperson ng:beneficiary"


@dataclass
class Group:
    """What one article graph says about one entity node."""

    graph: str
    current: str
    original: str
    type: str
    names: set[tuple[str, str]] = field(default_factory=set)  # (text, language)
    countries: set[str] = field(default_factory=set)
    comentions: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        return f"{self.graph} {self.original}"


@dataclass
class EventGroup:
    """What one article graph says about one event node."""

    graph: str
    current: str
    original: str
    type: str
    article: str
    date: tuple[dt.date, dt.date] | None = None
    date_text: str | None = None
    published: dt.date | None = None
    location: str | None = None
    #: the article did not place the event itself (``location`` is its story's place)
    location_inferred: bool = False
    holders: set[str] = field(default_factory=set)
    #: the holders in the role ng:target (the one sentenced, arrested, attacked)
    targets: set[str] = field(default_factory=set)
    #: the sentence the report comes from (0 is the title when the article has one)
    sentence: int | None = None
    #: the type family (Attack for Bombing too; ``data/events_types.tsv``)
    family: str = ""
    #: True for an article's first report of a family that tells stories (its story of that kind)
    story: bool = False
    #: what the whole article names (entity nodes), for telling whether two articles tell one story
    context: set[str] = field(default_factory=set)
    #: the holders that are knowledge-base entities (countries, known organizations and places)
    parties: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        return f"{self.graph} {self.original}"


def _rows(kg: Any, sparql: str, graphs: Iterable[str] | None = None) -> list[tuple[str, ...]]:
    """Rows as strings; an unbound value is the empty string. ``graphs``: the named graphs
    ``GRAPH ?g`` reaches (all when None)."""
    return list(kg.rows(sparql) if graphs is None else kg.rows(sparql, graphs))


def read_mentions(kg: Any, graphs: Iterable[str] | None = None) -> dict[str, set[str]]:
    """Article graph -> the entity nodes it mentions (read once for both kinds of group); of the
    article graphs ``graphs`` only, when given."""
    mentioned: dict[str, set[str]] = defaultdict(set)
    for g, y in _rows(kg, "SELECT DISTINCT ?g ?y WHERE { GRAPH ?g { ?y ng:mentionedIn ?a } }", graphs):
        mentioned[g].add(y)
    return mentioned


def read_entity_groups(kg: Any, mentioned: dict[str, set[str]] | None = None,
                       graphs: Iterable[str] | None = None) -> list[Group]:
    """The entity groups of non-knowledge-base persons, organizations and places (of the article
    graphs ``graphs`` only, when given).

    Knowledge-base entities are left out: their ids already name one node in
    every article and language.
    """
    from newsgraph.kb import load_kb

    kb, base, shared = load_kb(), kg.base, str(entities_graph_iri(kg.base))
    types = "ng:Person ng:Organization ng:Place"
    groups: dict[tuple[str, str], Group] = {}
    for g, x, t, orig in _rows(kg, f"""
        SELECT DISTINCT ?g ?x ?t ?orig WHERE {{
          GRAPH ?g {{ ?x ng:mentionedIn ?a . OPTIONAL {{ ?x ng:originalIri ?orig }} }}
          ?x a ?t . VALUES ?t {{ {types} }} }}""", graphs):
        assert g and x and t
        original = orig or x
        local = original[len(base):] if original.startswith(base) else original
        if kb.get(local) is not None:
            continue
        groups[(g, x)] = Group(g, x, original, _ENTITY_TYPES[t])
    shared_names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    # (The same names; Oxigraph reads some graphs only fast this way, and all of them the other.)
    labels = ("?x rdfs:label|skos:altLabel ?l" if graphs is None
              else "?x ?lp ?l VALUES ?lp { rdfs:label skos:altLabel }")
    for g, x, label, lang in _rows(kg, f"""
        SELECT ?g ?x ?l (LANG(?l) AS ?lang) WHERE {{
          GRAPH ?g {{ {labels} }} ?x a ?t . VALUES ?t {{ {types} }} }}""", graphs):
        assert g and x and label is not None
        if g == shared:
            shared_names[x].add((label, lang or ""))
        elif (g, x) in groups:
            groups[(g, x)].names.add((label, lang or ""))
    nameless = sorted({grp.current for grp in groups.values() if not grp.names})
    if graphs is not None and nameless:  # the shared graph was not read above (all its labels: slow)
        values = " ".join(f"<{x}>" for x in nameless)
        for x, label, lang in _rows(kg, f"""SELECT ?x ?l (LANG(?l) AS ?lang) WHERE {{
              GRAPH <{shared}> {{ ?x rdfs:label|skos:altLabel ?l }} VALUES ?x {{ {values} }} }}"""):
            shared_names[x].add((label, lang or ""))
    for grp in groups.values():
        if not grp.names:  # graphs built before surface forms were always kept
            grp.names = set(shared_names.get(grp.current, ()))
    # A country the article only guessed ("President Biden" in a report about Afghanistan) says nothing.
    # (Of some graphs only, the graph pattern first: Oxigraph then starts from those graphs.)
    positions = "GRAPH ?g { ?p ng:sentenceIndex ?i FILTER NOT EXISTS { ?p ng:inferred true } }"
    holders = "?x ng:holdsPosition ?p . ?p ng:positionOf ?c ."
    # A position's IRI names the person id its article gave (graph.iris.position_prefix): a merged node
    # holds its members' positions too, and each group counts only its own, as before any pass.
    for g, x, p, country in _rows(kg, f"""SELECT DISTINCT ?g ?x ?p ?c WHERE {{
          {f"{holders} {positions}" if graphs is None else f"{positions} {holders}"} }}""", graphs):
        held = groups.get((g, x))
        if held is not None and country.startswith(base + "country/") \
                and p.startswith(position_prefix(held.original, base)):
            held.countries.add(country)
    mentioned = read_mentions(kg, graphs) if mentioned is None else mentioned
    # Context counts only knowledge-base entities: their ids never change, so it reads the same every pass.
    known = {y for ys in mentioned.values() for y in ys if kb.get(y[len(base):]) is not None}
    for grp in groups.values():
        grp.comentions = mentioned[grp.graph] & known
    return sorted(groups.values(), key=lambda grp: grp.key)


def _interval(text: str) -> tuple[dt.date, dt.date] | None:
    parts = text.split("-")
    try:
        if len(parts) == 3:
            day = dt.date.fromisoformat(text)
            return day, day
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return dt.date(year, month, 1), nxt - dt.timedelta(days=1)
        if len(parts) == 1 and len(text) == 4:
            return dt.date(int(text), 1, 1), dt.date(int(text), 12, 31)
    except ValueError:
        return None
    return None


def read_event_groups(kg: Any, mentioned: dict[str, set[str]] | None = None,
                      graphs: Iterable[str] | None = None) -> list[EventGroup]:
    """The event groups: each event node as reported in each article graph (of ``graphs`` only,
    when given)."""
    from newsgraph.extract.events.lexicons import load_event_types
    from newsgraph.kb import load_kb

    kinds, kb = load_event_types(), load_kb()
    groups: dict[tuple[str, str], EventGroup] = {}
    for g, e, t, a, orig, date, loc, pub, sent, guess in _rows(kg, """
        SELECT ?g ?e ?t ?a ?orig ?date ?loc ?pub ?i ?guess WHERE {
          GRAPH ?g { ?e ng:reportedIn ?a ; ng:eventType ?t .
                     OPTIONAL { ?e ng:originalIri ?orig } OPTIONAL { ?e ng:date ?date }
                     OPTIONAL { ?e ng:location ?loc } OPTIONAL { ?a ng:published ?pub }
                     OPTIONAL { ?e ng:sentenceIndex ?i } OPTIONAL { ?e ng:locationInferred ?guess } } }""",
            graphs):
        assert g and e and t and a
        grp = EventGroup(g, e, orig or e, t, a, location=loc or None, location_inferred=guess == "true")
        info = kinds.get(t.rsplit("/", 1)[-1])
        grp.family = info.family if info is not None else t
        grp.sentence = int(sent) if sent.isdigit() else None
        if date:
            grp.date, grp.date_text = _interval(date), date
        if pub:
            grp.published = dt.date.fromisoformat(pub[:10])
        groups[(g, e)] = grp
    _mark_stories(groups.values(), {k for k, v in kinds.items() if v.story})
    mentioned = read_mentions(kg, graphs) if mentioned is None else mentioned
    for grp in groups.values():
        grp.context = mentioned.get(grp.graph, set())
    for g, e, value, currency in _rows(kg, """
        SELECT DISTINCT ?g ?e ?v ?c WHERE { GRAPH ?g { ?e ng:reportedIn ?a ; ng:amount ?m .
          ?m ng:value ?v ; ng:currency ?c } }""", graphs):
        if (g, e) in groups and value and currency:
            groups[(g, e)].holders.add(f"{AMOUNT_KEY}{value} {currency}")
    tolls = " ".join(f'"{k}"' for k in sorted(DISTINCT_COUNTS))  # the only tolls distinct_count keeps
    for g, e, value, kind in _rows(kg, f"""
        SELECT DISTINCT ?g ?e ?v ?k WHERE {{ GRAPH ?g {{ ?e ng:reportedIn ?a ; ng:quantity ?q .
          ?q ng:value ?v ; ng:quantityKind ?k }} VALUES ?k {{ {tolls} }} }}""", graphs):
        if (g, e) in groups and (count := distinct_count(value, kind)) is not None:
            groups[(g, e)].holders.add(count)
    for g, e, p, h in _rows(kg, f"""
        SELECT DISTINCT ?g ?e ?p ?h WHERE {{
          GRAPH ?g {{ ?e ng:reportedIn ?a ; ?p ?h }} VALUES ?p {{ {_ROLES} }} }}""", graphs):
        if (g, e) in groups and h:
            groups[(g, e)].holders.add(h)
            if kb.get(h[len(kg.base):]) is not None:
                groups[(g, e)].parties.add(h)
            if p == str(NG.target):
                groups[(g, e)].targets.add(h)
    return sorted(groups.values(), key=lambda grp: grp.key)


#: Prefixes of the holder keys that are no party: money (``amount:``) and distinctive tolls (``count:``).
AMOUNT_KEY, TOLL_KEY = "amount:", "count:"

#: Tolls that tell one attack from another: how many were killed or injured, from this many up
#: (one soldier killed is told of many attacks; «32 قتيلا» of one).
DISTINCT_COUNTS = frozenset({"killed", "injured"})
DISTINCT_FROM = 3


def distinct_count(value: str, kind: str) -> str | None:
    """The holder key of a toll distinctive enough to tell an attack by («count:killed 32»), else None.

    Examples:
        >>> distinct_count("32", "killed"), distinct_count("32.0", "injured")
        ('count:killed 32', 'count:injured 32')
        >>> distinct_count("1", "killed"), distinct_count("40", "arrested"), distinct_count("x", "killed")
        (None, None, None)
    """
    try:
        number = Decimal(value)
    except ArithmeticError:
        return None
    if kind not in DISTINCT_COUNTS or number < DISTINCT_FROM or number != number.to_integral_value():
        return None
    return f"{TOLL_KEY}{kind} {int(number)}"


def _mark_stories(groups: Iterable[EventGroup], story_types: set[str]) -> None:
    """Mark each article's first report of each story-telling family (earliest sentence, then id)."""
    first: dict[tuple[str, str], EventGroup] = {}
    for grp in groups:
        if grp.type.rsplit("/", 1)[-1] not in story_types or grp.sentence is None:
            continue
        key = (grp.graph, grp.family)
        best = first.get(key)
        if best is None or (grp.sentence, grp.original) < (best.sentence, best.original):
            first[key] = grp
    for grp in first.values():
        grp.story = True


def located_in(kg: Any) -> dict[str, set[str]]:
    """Place -> the countries and places it is ``ng:locatedIn`` (in any graph)."""
    out: dict[str, set[str]] = defaultdict(set)
    for x, c in _rows(kg, "SELECT DISTINCT ?x ?c WHERE { ?x ng:locatedIn ?c }"):
        if x and c:
            out[x].add(c)
    return out
