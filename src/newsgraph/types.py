"""The data that flows through newsgraph, as frozen dataclasses.

``Article`` goes in; an ``Extraction`` (the article plus its mentions,
entities, positions, events and relations) comes out of the extractor and is
the only thing the graph builder sees. These names and fields are public API:
add to them, never rename them.

Entity ids are plain strings such as ``"country/MA"``, ``"org/nato"``,
``"place/gn-2542997"`` or ``"person/nasser-bourita"``; the graph module turns
them into IRIs under a configurable base (see :func:`newsgraph.graph.ns.iri`).

Examples:
    >>> from datetime import date
    >>> a = Article(id="a1", title=None, text="Morocco hosts.", language="en",
    ...             published=date(2022, 5, 12))
    >>> m = Mention(start=0, end=7, text="Morocco", label="COUNTRY",
    ...             entity_id="country/MA", sentence=0)
    >>> a.text[m.start:m.end] == m.text
    True
    >>> DateValue("2022-05", "month").precision
    'month'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

__all__ = [
    "LABELS",
    "Label",
    "Precision",
    "Article",
    "Mention",
    "Entity",
    "Position",
    "DateValue",
    "Amount",
    "Span",
    "Event",
    "Relation",
    "Extraction",
]

Label = Literal["PERSON", "ORGANIZATION", "COUNTRY", "PLACE"]
#: The entity labels every mention and entity carries.
LABELS: tuple[Label, ...] = ("PERSON", "ORGANIZATION", "COUNTRY", "PLACE")

Precision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class Article:
    """One news article, as read from a file or given by a caller.

    Attributes:
        id: stable id: from the URL when there is one, else a hash of the text.
        title: headline, if known.
        text: the body text; all mention offsets point into it.
        language: ISO 639-1 code ("ar", "en"...), or None to detect it.
        published: publication date, if known.
        url: canonical URL, if known.
        source_path: the file it was read from (and ``#line`` for JSON Lines).
        source: the outlet or feed name, if known.
        parent_id: for a "see also" teaser split off another article, that
            article's id; None for ordinary articles.
        kind: ``"article"`` or ``"teaser"``.
        author: the byline (one name, or several joined as the page gives them), if known.
    """

    id: str
    title: str | None
    text: str
    language: str | None = None
    published: date | None = None
    url: str | None = None
    source_path: str | None = None
    source: str | None = None
    parent_id: str | None = None
    kind: Literal["article", "teaser"] = "article"
    author: str | None = None


@dataclass(frozen=True)
class Mention:
    """A span of ``Article.text`` that names an entity.

    ``start``/``end`` are character offsets (end exclusive) into the text,
    ``sentence`` the 0-based index into ``Extraction.sentences``. ``text`` is
    the slice ``Article.text[start:end]``, with one exception: in Arabic, an
    article contracted after the preposition ل is restored («للقوات» holds
    «القوات», whose span covers «لقوات»).
    """

    start: int
    end: int
    text: str
    label: Label
    entity_id: str | None
    sentence: int
    #: How the entity is referred to: "name" (a proper name, acronym or
    #: nationality adjective) or "anaphor" (a short definite reference to an
    #: entity named before, such as «التنظيم» or "the alliance"), or "description"
    #: (a title standing for the one official who holds it, «وزير الخارجية القطري»;
    #: not a name form, so never an alias).
    kind: Literal["name", "anaphor", "description"] = "name"


@dataclass(frozen=True)
class Entity:
    """A person, organization, country or place.

    Attributes:
        id: stable id such as ``"country/MA"`` (see module docstring).
        type: one of :data:`LABELS`.
        labels: preferred label by language code, e.g. ``{"en": "Morocco"}``.
        aliases: other names by language (surface forms seen, acronyms...).
        external_ids: ``{"wikidata": "Q1028", "iso3166": "MA", "geonames": "..."}``.
        country: for places and national organizations, the id of the country.
        in_kb: True when the entity comes from the knowledge base.
        coordinates: ``(latitude, longitude)`` in WGS84 degrees, for places the
            knowledge base locates.
    """

    id: str
    type: Label
    labels: Mapping[str, str] = field(default_factory=dict)
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    external_ids: Mapping[str, str] = field(default_factory=dict)
    country: str | None = None
    in_kb: bool = False
    coordinates: tuple[float, float] | None = None


@dataclass(frozen=True)
class Span:
    """A character span of the article text (end exclusive)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Position:
    """A position held by a person, as stated in one sentence.

    Attributes:
        person: entity id of the person.
        title: the title as written (normalised whitespace), e.g. "وزير الخارجية".
        of: entity id of the country or organization the position belongs to.
        language: language of ``title``.
        sentence: index of the sentence that states it.
        inferred: whether ``of`` was guessed from the sentence or article rather than stated.
    """

    person: str
    title: str
    of: str | None
    language: str
    sentence: int
    #: ``of`` was not stated with the title but guessed from the sentence or article ("President Biden"
    #: in a sentence about Afghanistan); resolution does not let a guessed country keep two people apart
    inferred: bool = False
    #: "former" ("former Prime Minister X", «... السابق») or "acting" («القائم بأعمال», "interim"), as the
    #: article reports it; None when the title is held at the article's date
    status: str | None = None


@dataclass(frozen=True)
class DateValue:
    """A date as precise as the text supports.

    ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` according to ``precision``.
    """

    value: str
    precision: Precision


@dataclass(frozen=True)
class Amount:
    """Money or a quantity, normalised.

    Attributes:
        value: the number (``Decimal("700000000")``).
        currency: ISO 4217 code for money, None for quantities.
        unit: what is counted for quantities ("country", "cell"...), None for money.
        qualifier: "more than", "less than", "about" or None.
        text: the span as written.
        kind: what a quantity counts, when its words say: "killed", "injured",
            "arrested" or "missing" (:mod:`newsgraph.extract.casualties`).
    """

    value: Decimal
    currency: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    text: str = ""
    kind: str | None = None


@dataclass(frozen=True)
class Event:
    """Something that happened, as reported in one article.

    Attributes:
        id: id unique within the article, e.g. ``"e1"``.
        type: event type, a concept of the ontology's scheme ("Meeting",
            "Statement", "AidPledge", "Arrest", "Founding"...).
        cameo: CAMEO code of the type ("04"), if any.
        trigger: the words that evoke the event.
        date: when it happened, if stated or inferable.
        location: entity id of the place or country where it happened.
        roles: role name to entity ids: "agent", "participant", "target" and
            finer roles such as "spokesperson".
        amounts: money involved.
        quantities: counts involved (attendees, cells, casualties...).
        evidence: the sentence text the event is read from.
        sentence: index of that sentence.
        date_from: start of a period ("since 2002").
        related: (relation, other event id) pairs, e.g. ("partOf", "e1").
        location_inferred: the article does not place the event itself; ``location`` is the
            story's place, from the lead's event or the headline (a dateline counts as stated).
    """

    id: str
    type: str
    cameo: str | None
    trigger: Span
    date: DateValue | None = None
    location: str | None = None
    roles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    amounts: tuple[Amount, ...] = ()
    quantities: tuple[Amount, ...] = ()
    evidence: str = ""
    sentence: int = 0
    date_from: DateValue | None = None
    related: tuple[tuple[str, str], ...] = ()
    location_inferred: bool = False


@dataclass(frozen=True)
class Relation:
    """A fact between two entities: ``memberOf`` or ``locatedIn``."""

    subject: str
    predicate: Literal["memberOf", "locatedIn"]
    object: str
    sentence: int | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article.

    ``sentences`` holds (start, end) character offsets of each sentence in
    ``article.text``; mentions, positions and events refer to them by index.
    """

    article: Article
    sentences: tuple[tuple[int, int], ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    positions: tuple[Position, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()

    def sentence_text(self, index: int) -> str:
        """Return the text of sentence ``index``.

        Examples:
            >>> art = Article(id="x", title=None, text="One. Two.")
            >>> Extraction(art, sentences=((0, 4), (5, 9))).sentence_text(1)
            'Two.'
        """
        start, end = self.sentences[index]
        return self.article.text[start:end]

    def entity(self, entity_id: str) -> Entity | None:
        """Return the entity with ``entity_id``, or None."""
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None
