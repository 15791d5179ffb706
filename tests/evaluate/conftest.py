"""Fixtures for the evaluation tests: the mini gold and hand-built extractions.

The extraction of ``tests/data/gold/articles/mini_en.txt`` below is built by
hand, with deliberate errors, so that every score can be worked out on paper
(the arithmetic is in the tests' comments).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from newsgraph.types import (
    Amount,
    Article,
    DateValue,
    Entity,
    Event,
    Extraction,
    Label,
    Mention,
    Position,
    Relation,
    Span,
)

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "gold"
MINI_GOLD = GOLD_DIR / "gold" / "mini_en.json"
MINI_TEXT = GOLD_DIR / "articles" / "mini_en.txt"


def mention(text: str, label: Label, entity_id: str | None, body: str = "") -> Mention:
    """A mention of ``text``, placed at its first occurrence in ``body`` when there."""
    start = max(body.find(text), 0)
    return Mention(start, start + len(text), text, label, entity_id, 0)


def event(
    eid: str, etype: str, trigger: str, roles: dict[str, tuple[str, ...]] | None = None, **kw: object
) -> Event:
    """An event with a trigger span at 0 (offsets are not scored)."""
    return Event(eid, etype, None, Span(0, len(trigger), trigger), roles=roles or {}, **kw)  # type: ignore[arg-type]


def mini_main_extraction() -> Extraction:
    """The hand-built extraction of the mini article's main part."""
    body, _, _ = MINI_TEXT.read_text(encoding="utf-8").partition("See also")
    art = Article(id="mini", title=None, text=body, language="en", published=date(2023, 3, 6))
    m = [
        mention("Northern Alliance", "ORGANIZATION", "org/na", body),
        mention("Lisbon", "PLACE", "place/lisbon", body),
        mention("Portugal", "COUNTRY", "country/PT", body),
        mention("Anna Berg", "PERSON", "person/anna-berg", body),
        mention("Norway", "COUNTRY", "country/NO", body),
        mention("Norway", "COUNTRY", "country/NO", body),  # a second occurrence
        mention("Portuguese", "COUNTRY", "nat/portuguese", body),  # split from country/PT
        mention("Rui Costa", "PERSON", "person/rui-costa", body),
        mention("Interpol", "PLACE", "org/interpol", body),  # wrong type
        mention("Ministers", "PERSON", "person/ministers", body),  # spurious
    ]
    entities = (
        Entity("org/na", "ORGANIZATION", {"en": "Northern Alliance"}),
        Entity("place/lisbon", "PLACE", {"en": "Lisbon"}, country="country/PT"),
        Entity("country/PT", "COUNTRY", {"en": "Portugal"}, external_ids={"iso3166": "PT"}),
        Entity("country/NO", "COUNTRY", {"en": "Norway"}, external_ids={"iso3166": "NO"}),
        Entity("nat/portuguese", "COUNTRY", {"en": "Portuguese"}),
        Entity("person/anna-berg", "PERSON", {"en": "Anna Berg"}),
        Entity("person/rui-costa", "PERSON", {"en": "Rui Costa"}),
        Entity("org/interpol", "ORGANIZATION", external_ids={"wikidata": "Q8475"}),
        Entity("person/ministers", "PERSON", {"en": "Ministers"}),
        Entity("place/porto", "PLACE", {"en": "Porto"}, country="country/PT"),  # not in the gold
    )
    positions = (
        Position("person/anna-berg", "foreign minister", "country/NO", "en", 1),
        Position("person/anna-berg", "Foreign  Minister", "country/NO", "en", 2),  # duplicate
        Position("person/rui-costa", "Portuguese Prime Minister", "nat/portuguese", "en", 3),
        Position("person/ministers", "Ministers", "org/na", "en", 0),
    )
    relations = (
        Relation("org/interpol", "memberOf", "org/na"),
        Relation("person/anna-berg", "memberOf", "org/na"),
        Relation("place/lisbon", "locatedIn", "country/PT"),
    )
    events = (
        event(
            "e1", "Meeting", "attended a meeting", {"agent": ("org/na",)},
            location="country/PT", date=DateValue("2023-03-06", "day"),
            quantities=(Amount(Decimal(30), unit="country", qualifier="more than"),),
        ),
        event(
            "e2", "AidPledge", "will give", {"agent": ("country/NO",), "spokesperson": ("person/anna-berg",)},
            date=DateValue("2022", "year"), amounts=(Amount(Decimal("50000000"), currency="USD"),),
        ),
        event("e3", "meeting", "met", {"participant": ("person/ministers",)}),
        event("e4", "Statement", "said", {"agent": ("person/rui-costa",)}),
    )  # fmt: skip
    return Extraction(art, ((0, len(body)),), tuple(m), entities, positions, events, relations)


def mini_teaser_extraction() -> Extraction:
    """The hand-built extraction of the mini article's teaser stub."""
    text = "Spanish police detain a smuggler in Madrid"
    art = Article(id="mini-t", title=None, text=text, language="en", parent_id="mini", kind="teaser")
    return Extraction(
        art,
        ((0, len(text)),),
        (
            mention("Spanish", "COUNTRY", "country/ES", text),
            mention("Madrid", "PLACE", "place/madrid", text),
        ),
        (
            Entity("country/ES", "COUNTRY", {"en": "Spain"}, external_ids={"iso3166": "ES"}),
            Entity("place/madrid", "PLACE", {"en": "Madrid"}, country="country/ES"),
        ),
        events=(event("e1", "Arrest", "detain", location="place/madrid"),),
    )


@pytest.fixture()
def make_event() -> Callable[..., Event]:
    """The :func:`event` builder."""
    return event


@pytest.fixture()
def mini_gold_path() -> Path:
    """The hand-written gold of the mini article."""
    return MINI_GOLD


@pytest.fixture()
def mini_main() -> Extraction:
    """See :func:`mini_main_extraction`."""
    return mini_main_extraction()


@pytest.fixture()
def mini_teaser() -> Extraction:
    """See :func:`mini_teaser_extraction`."""
    return mini_teaser_extraction()
