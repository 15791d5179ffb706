"""Hand-made extractions (Arabic and English) for the graph and export tests.

The sentences are written for these tests; the entities mirror real ones so
the labels and Wikidata ids look like what the knowledge base produces.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from newsgraph.types import (
    Amount,
    Article,
    DateValue,
    Entity,
    Event,
    Extraction,
    Mention,
    Position,
    Relation,
    Span,
)

AR_TEXT = (
    "انعقد في مراكش اجتماع وزاري للتحالف الدولي بمشاركة وزير الخارجية المغربي ناصر بوريطة.\n"
    "وأعلنت فيكتوريا نولاند أن الولايات المتحدة ستخصص 700 مليون دولار.\n"
    "وقال بوريطة إن المغرب فكك أكثر من 210 خلايا إرهابية منذ عام 2002."
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(out)


def _mention(text: str, needle: str, label: str, entity_id: str, sentence: int) -> Mention:
    offset = _sentences(text)[sentence][0]
    start = text.index(needle, offset)
    return Mention(start, start + len(needle), needle, label, entity_id, sentence)  # type: ignore[arg-type]


MOROCCO = Entity("country/MA", "COUNTRY", {"en": "Morocco", "ar": "المغرب"}, {"ar": ("المملكة المغربية",)},
                 {"wikidata": "Q1028", "iso3166": "MA"}, in_kb=True)
USA = Entity("country/US", "COUNTRY", {"en": "United States", "ar": "الولايات المتحدة"}, {},
             {"wikidata": "Q30", "iso3166": "US"}, in_kb=True)
FRANCE = Entity("country/FR", "COUNTRY", {"en": "France", "ar": "فرنسا"}, {}, {"wikidata": "Q142"},
                in_kb=True)
MARRAKESH = Entity("place/gn-2542997", "PLACE", {"en": "Marrakesh", "ar": "مراكش"}, {"en": ("Marrakech",)},
                   {"wikidata": "Q101625"}, country="country/MA", in_kb=True)
PARIS = Entity("place/gn-2988507", "PLACE", {"en": "Paris", "ar": "باريس"}, {}, {"wikidata": "Q90"},
               country="country/FR", in_kb=True)
COALITION = Entity("org/global-coalition", "ORGANIZATION",
                   {"en": "Global Coalition to Defeat ISIS", "ar": "التحالف الدولي لهزيمة داعش"},
                   {"ar": ("التحالف الدولي",)}, in_kb=True)
NATO = Entity("org/nato", "ORGANIZATION", {"en": "NATO", "ar": "حلف شمال الأطلسي"}, {"ar": ("ناتو",)},
              {"wikidata": "Q7184"}, in_kb=True)
BOURITA = Entity("person/nasser-bourita", "PERSON", {"ar": "ناصر بوريطة", "en": "Nasser Bourita"})
NULAND = Entity("person/فيكتوريا-نولاند", "PERSON", {"ar": "فيكتوريا نولاند"})


def arabic_extraction() -> Extraction:
    """A three-sentence Arabic article: a meeting, an aid pledge, arrests since 2002."""
    t = AR_TEXT
    art = Article(id="ar-1", title="اجتماع التحالف الدولي في مراكش", text=t, language="ar",
                  published=date(2022, 5, 12), url="https://example.org/news/ar-1?x=1",
                  source_path="seed/ar-1.txt", source="Example News")
    mentions = (
        _mention(t, "مراكش", "PLACE", MARRAKESH.id, 0),
        _mention(t, "للتحالف الدولي", "ORGANIZATION", COALITION.id, 0),
        _mention(t, "المغربي", "COUNTRY", MOROCCO.id, 0),
        _mention(t, "ناصر بوريطة", "PERSON", BOURITA.id, 0),
        _mention(t, "فيكتوريا نولاند", "PERSON", NULAND.id, 1),
        _mention(t, "الولايات المتحدة", "COUNTRY", USA.id, 1),
        _mention(t, "بوريطة", "PERSON", BOURITA.id, 2),
        _mention(t, "المغرب", "COUNTRY", MOROCCO.id, 2),
    )
    meeting = Event("e1", "Meeting", "04", Span(*_span(t, "انعقد"), "انعقد"),
                    date=DateValue("2022-05", "month"), location=MARRAKESH.id,
                    roles={"participant": (COALITION.id, BOURITA.id, NULAND.id)},
                    quantities=(Amount(Decimal(80), unit="country", qualifier="more than",
                                       text="أكثر من 80"),),
                    sentence=0)
    pledge = Event("e2", "AidPledge", "07", Span(*_span(t, "ستخصص"), "ستخصص"),
                   date=DateValue("2022", "year"),
                   roles={"agent": (USA.id,), "spokesperson": (NULAND.id,)},
                   amounts=(Amount(Decimal("700000000"), currency="USD", text="700 مليون دولار"),),
                   sentence=1, related=(("relatedEvent", "e1"),))
    arrests = Event("e3", "Arrest", "17", Span(*_span(t, "فكك"), "فكك"),
                    roles={"agent": (MOROCCO.id,), "spokesperson": (BOURITA.id,)},
                    quantities=(Amount(Decimal(210), unit="terrorist cell", qualifier="more than"),),
                    date_from=DateValue("2002", "year"), sentence=2, evidence=t.split("\n")[2])
    statement = Event("e4", "Statement", "01", Span(0, 0, ""), roles={"agent": (COALITION.id,)},
                      sentence=0, related=(("partOf", "e1"),))
    return Extraction(
        article=art,
        sentences=_sentences(t),
        mentions=mentions,
        entities=(MOROCCO, USA, MARRAKESH, COALITION, BOURITA, NULAND, NATO),
        positions=(Position(BOURITA.id, "وزير الخارجية", MOROCCO.id, "ar", 0),),
        events=(meeting, pledge, arrests, statement),
        relations=(Relation(NATO.id, "memberOf", COALITION.id, None),),
    )


EN_TEXT = "French Foreign Minister Catherine Colonna visited Paris on 3 June 2023. She called for talks."
COLONNA = Entity("person/catherine-colonna", "PERSON", {"en": "Catherine Colonna", "ar": "كاترين كولونا"})


def english_extraction() -> Extraction:
    """A two-sentence English article: a dated visit and an appeal."""
    t = EN_TEXT
    art = Article(id="en/2023 06 03", title="Colonna in Paris", text=t, language="en",
                  published=date(2023, 6, 3))
    mentions = (
        _mention(t, "French", "COUNTRY", FRANCE.id, 0),
        _mention(t, "Catherine Colonna", "PERSON", COLONNA.id, 0),
        _mention(t, "Paris", "PLACE", PARIS.id, 0),
    )
    visit = Event("v1", "Visit", "04", Span(*_span(t, "visited"), "visited"),
                  date=DateValue("2023-06-03", "day"), location=PARIS.id,
                  roles={"agent": (COLONNA.id,)}, sentence=0)
    appeal = Event("v2", "Appeal", "02", Span(*_span(t, "called"), "called"),
                   roles={"agent": (COLONNA.id,)}, sentence=1)
    return Extraction(
        article=art,
        sentences=((0, 71), (72, len(t))),
        mentions=mentions,
        entities=(FRANCE, COLONNA, PARIS),
        positions=(Position(COLONNA.id, "Foreign Minister", FRANCE.id, "en", 0),),
        events=(visit, appeal),
    )


def teaser_extraction() -> Extraction:
    """A 'see also' teaser split off the Arabic article."""
    t = "جلسة استماع في ستراسبورغ."
    art = Article(id="ar-1#teaser-1", title=None, text=t, language="ar", parent_id="ar-1", kind="teaser")
    return Extraction(article=art, sentences=((0, len(t)),))


def all_extractions() -> list[Extraction]:
    """Every sample."""
    return [arabic_extraction(), english_extraction(), teaser_extraction()]
