"""The country of a party member's office: "Republican Senator Tom Brown" sits for the United States.

An official whose title names no country gets one guessed from the sentence or the article
(:mod:`newsgraph.extract.officials.infer`), which can be any country the story names. When the
article also makes the person a member of a political party the knowledge base places in one
country ("Republican", «حزب العدالة والتنمية», "Labour MP"), the party's country is the better
guess; it stays marked as inferred (``Position.inferred``), since the text does not state it.

Examples:
    >>> from newsgraph.types import Position, Relation
    >>> pos = [Position("person/a", "Senator", "country/MA", "en", 0, True)]
    >>> rel = [Relation("person/a", "memberOf", "org/republican-party-us", 0)]
    >>> [(p.of, p.inferred) for p in party_countries(pos, rel, {"org/republican-party-us": "country/US"}.get)]
    [('country/US', True)]
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Sequence

from newsgraph.types import Position, Relation

__all__ = ["party_countries"]


def party_countries(
    positions: Sequence[Position], relations: Sequence[Relation], party_country: Callable[[str], str | None]
) -> list[Position]:
    """``positions`` with a guessed (or missing) country replaced by the country of the holder's one party.

    Args:
        positions: the article's positions.
        relations: its relations; ``memberOf`` ones give the parties.
        party_country: a party's entity id to its country's, or None (not a party, or no country).
    """
    countries: dict[str, set[str]] = defaultdict(set)
    for r in relations:
        if r.predicate == "memberOf" and (country := party_country(r.object)) is not None:
            countries[r.subject].add(country)
    out = []
    for p in positions:
        found = countries.get(p.person, set())
        if len(found) == 1 and (p.of is None or p.inferred):
            p = dataclasses.replace(p, of=next(iter(found)), inferred=True)
        out.append(p)
    return out
