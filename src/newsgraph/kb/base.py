"""The knowledge base as the rules see it: :class:`Alias` (a name, acronym or demonym of an entity) and
:class:`KnowledgeBase` (lookups by id and by name, containment, capitals, memberships).

It is built by :func:`newsgraph.kb.load.load_kb` from the data files; see that module for the matching
rules of each alias kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from newsgraph.text import normalize_key
from newsgraph.types import Entity, Label

__all__ = ["Alias", "AliasKind", "KnowledgeBase"]

AliasKind = Literal["name", "acronym", "demonym", "weak"]

_KIND_RANK = {"name": 0, "acronym": 1, "demonym": 2, "weak": 3}
_TYPE_RANK = {"COUNTRY": 0, "ORGANIZATION": 1, "PLACE": 2, "PERSON": 3}


def _key(text: str) -> str:
    return normalize_key(text)


@dataclass(frozen=True)
class Alias:
    """One surface form of a KB entity.

    Attributes:
        text: the form as written in the data file.
        entity_id: the entity it names, e.g. ``"country/US"``.
        label: the entity's type.
        lang: language code of the form ("ar", "en", "fr").
        kind: ``name``, ``acronym`` (matched case-sensitively), ``demonym``
            (nationality adjective or people noun) or ``weak`` (ambiguous alone).
        case_sensitive: match only the exact spelling (Latin-script acronyms).
    """

    text: str
    entity_id: str
    label: Label
    lang: str
    kind: AliasKind
    case_sensitive: bool


class KnowledgeBase:
    """Entities and their aliases, indexed for lookup.

    Build it with :func:`load_kb`. ``entities`` maps ids to
    :class:`~newsgraph.types.Entity` (``in_kb=True``).
    """

    def __init__(self, entities: Mapping[str, Entity], aliases: list[tuple[str, Alias]],
                 members: Mapping[str, tuple[str, ...]], rank: Mapping[str, int],
                 minor: Iterable[str] = (), within: Mapping[str, str] | None = None,
                 capitals: Iterable[str] = (), kinds: Mapping[str, str] | None = None,
                 populations: Mapping[str, int] | None = None) -> None:
        """Index ``aliases``, given as (normalised key, alias) pairs. ``minor``: the ids of
        gazetteer towns that are neither capitals nor cities of a million people; ``within``:
        place id -> the place it lies in (an airport in its city); ``capitals``: the ids of national
        capitals; ``kinds``: organization id -> its kind ("party", "armed-group", "intergovernmental");
        ``populations``: gazetteer city id -> its population."""
        self._minor = frozenset(minor)
        self._kinds = dict(kinds or {})
        self._capitals = frozenset(capitals)
        self.entities: Mapping[str, Entity] = MappingProxyType(dict(entities))
        self._within = dict(within or {})
        self._aliases = [alias for _, alias in aliases]
        self._members = dict(members)
        self._rank = dict(rank)  # smaller is more prominent (places: by population)
        self._populations = dict(populations or {})
        self._index: dict[str, list[Alias]] = {}
        for key, alias in aliases:
            self._index.setdefault(key, []).append(alias)
        for bucket in self._index.values():
            bucket.sort(key=self._sort_key)
        self._by_iso = {e.external_ids["iso3166"]: e for e in self.entities.values()
                        if e.type == "COUNTRY" and "iso3166" in e.external_ids}

    def _sort_key(self, alias: Alias) -> tuple[int, int, int, str]:
        return (_KIND_RANK[alias.kind], _TYPE_RANK[alias.label],
                self._rank.get(alias.entity_id, 0), alias.entity_id)

    def __len__(self) -> int:
        return len(self.entities)

    def capital_of(self, entity_id: str) -> str | None:
        """The country whose capital ``entity_id`` is, or None: the government a capital names
        when it acts ("Beijing said", «Pékin a affirmé»).

        Examples:
            >>> from newsgraph.kb import load_kb
            >>> kb = load_kb()
            >>> kb.capital_of("place/gn-1816670"), kb.capital_of("place/gn-1796236")  # Beijing, Shanghai
            ('country/CN', None)
        """
        place = self.entities.get(entity_id)
        return place.country if place is not None and entity_id in self._capitals else None

    def is_minor_place(self, entity_id: str) -> bool:
        """Whether ``entity_id`` is a GeoNames town that is neither a capital nor a city of a
        million people: its name is more often an ordinary word somewhere than the town.

        Examples:
            >>> from newsgraph.kb import load_kb
            >>> kb = load_kb()
            >>> kb.is_minor_place("place/gn-2540483"), kb.is_minor_place("place/gn-292223")  # Oujda, Dubai
            (True, False)
        """
        return entity_id in self._minor

    def population(self, entity_id: str) -> int | None:
        """The population the gazetteer gives a city, else None (regions, countries, organizations).

        Examples:
            >>> from newsgraph.kb import load_kb
            >>> load_kb().population("place/gn-307864") > 100_000, load_kb().population("country/TR")
            (True, None)
            >>> load_kb().population("place/middle-east") is None  # a region: ranked first, but no city
            True
        """
        return self._populations.get(entity_id) or None

    def get(self, entity_id: str) -> Entity | None:
        """The entity with ``entity_id``, or None.

        Examples:
            >>> from newsgraph.kb import load_kb
            >>> load_kb().get("org/nato").labels["en"]
            'NATO'
        """
        return self.entities.get(entity_id)

    def kind(self, entity_id: str) -> str | None:
        """An organization's kind in ``kb/data/organizations.jsonl``, or None.

        Examples:
            >>> from newsgraph.kb import load_kb
            >>> load_kb().kind("org/un"), load_kb().kind("country/MA")
            ('intergovernmental', None)
        """
        return self._kinds.get(entity_id)

    def within(self, entity_id: str) -> str | None:
        """The place a place lies in below its country (an airport's city), or None.

        Examples:
            >>> from newsgraph.kb import load_kb
            >>> load_kb().within("place/iq-baghdad-airport")
            'place/gn-98182'
        """
        return self._within.get(entity_id)

    def containers(self, entity_id: str) -> frozenset[str]:
        """Every place and country ``entity_id`` lies in: an airport's city and its country.

        Examples:
            >>> from newsgraph.kb import load_kb
            >>> sorted(load_kb().containers("place/iq-baghdad-airport"))
            ['country/IQ', 'place/gn-98182']
        """
        out: set[str] = set()
        cur: str | None = entity_id
        while cur is not None and len(out) < 8:
            ent = self.get(cur)
            if ent is not None and ent.country and ent.country != cur:
                out.add(ent.country)
            cur = self.within(cur)
            if cur is None or cur in out:
                break
            out.add(cur)
        return frozenset(out)

    def country(self, iso2: str) -> Entity | None:
        """The country with ISO 3166-1 alpha-2 code ``iso2`` (any case), or None.

        Examples:
            >>> from newsgraph.kb import load_kb
            >>> load_kb().country("it").id
            'country/IT'
        """
        return self._by_iso.get(iso2.upper())

    def aliases(self, lang: str | None = None) -> Iterator[Alias]:
        """All names, acronyms, demonyms and weak names, of one language or all.

        Examples:
            >>> from newsgraph.kb import load_kb
            >>> any(a.text == "ناتو" for a in load_kb().aliases("ar"))
            True
        """
        return (a for a in self._aliases if lang is None or a.lang == lang)

    def lookup(self, text: str, lang: str | None = None) -> list[Alias]:
        """Aliases whose normalised key equals that of ``text``, best first.

        Case-sensitive aliases are kept only when ``text`` (whitespace folded)
        is spelled exactly as the alias. Order: names, acronyms, demonyms, weak;
        then countries, organizations, places; places by population.

        Examples:
            >>> from newsgraph.kb import load_kb
            >>> [a.entity_id for a in load_kb().lookup("ناتو", "ar")]
            ['org/nato']
            >>> load_kb().lookup("Moroccan", "en")[0].kind
            'demonym'
        """
        exact = " ".join(text.split())
        return [a for a in self._index.get(_key(text), ())
                if (lang is None or a.lang == lang) and (not a.case_sensitive or a.text == exact)]

    def member_of(self, entity_id: str) -> tuple[str, ...]:
        """Ids of the organizations ``entity_id`` is a member or part of (from the KB).

        Examples:
            >>> from newsgraph.kb import load_kb
            >>> load_kb().member_of("org/un-security-council")
            ('org/un',)
        """
        return self._members.get(entity_id, ())
