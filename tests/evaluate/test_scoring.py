"""Tests for newsgraph.evaluate.score / linking: entities, positions, relations.

Expected numbers are worked out by hand from ``tests/data/gold/gold/mini_en.json``
and the extraction built in ``conftest.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate.gold import Gold, gold_from_dict, load_gold
from newsgraph.evaluate.linking import Linker, pool
from newsgraph.evaluate.score import score_extraction
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
    Precision,
    Relation,
    Span,
)


def _ext(*mentions: tuple[str, Label, str | None], entities: tuple[Entity, ...] = ()) -> Extraction:
    art = Article(id="t", title=None, text=" ".join(t for t, _, _ in mentions))
    ms = tuple(Mention(0, len(t), t, lab, eid, 0) for t, lab, eid in mentions)
    return Extraction(art, mentions=ms, entities=entities)


@pytest.mark.parametrize(
    ("forms", "predicted"),
    [
        (
            ("المغرب", "إيطاليا", "ناصر بوريطة"),
            # "ايطاليا" lacks the hamza: normalisation makes it equal to "إيطاليا".
            (("المغرب", "COUNTRY", "c/MA"), ("ايطاليا", "COUNTRY", "c/IT"), ("مراكش", "PLACE", "p/m")),
        ),
        (
            ("Morocco", "Italy", "Nasser Bourita"),
            (("MOROCCO", "COUNTRY", "c/MA"), ("Italy", "COUNTRY", "c/IT"), ("Marrakesh", "PLACE", "p/m")),
        ),
    ],
    ids=["ar", "en"],
)
def test_score_extraction_mentions_two_of_three(
    forms: tuple[str, str, str], predicted: tuple[tuple[str, Label, str], ...]
) -> None:
    gold = gold_from_dict(
        {
            "entities": [
                {"key": "ma", "type": "Country", "mentions": [forms[0]]},
                {"key": "it", "type": "Country", "mentions": [forms[1]]},
                {"key": "nb", "type": "Person", "mentions": [forms[2]]},
            ]
        }
    )
    s = score_extraction(gold, _ext(*predicted))
    c = s["entities.mentions"]
    # 3 gold forms, 2 found + 1 spurious: P = 2/3, R = 2/3, F1 = 2/3.
    assert (c.tp, c.fp, c.fn) == (2, 1, 1)
    assert c.precision == pytest.approx(2 / 3) and c.recall == pytest.approx(2 / 3)
    assert c.f1 == pytest.approx(2 / 3)
    assert c.fn_items == [f"{forms[2]}/PERSON"]
    # Per type: COUNTRY 2 of 2 found; PERSON 0 of 1; PLACE 1 spurious.
    country, person, place = (s[f"entities.mentions.{t}"] for t in ("COUNTRY", "PERSON", "PLACE"))
    assert (country.tp, country.fp, country.fn) == (2, 0, 0)
    assert (person.tp, person.fp, person.fn) == (0, 0, 1)
    assert (place.tp, place.fp, place.fn) == (0, 1, 0)


def test_a_title_standing_for_its_holder_is_not_a_name_form() -> None:
    # GUIDELINES.md: descriptions ("the minister") are not mentions; a name form is.
    gold = gold_from_dict({"entities": [{"key": "nb", "type": "Person", "mentions": ["Nasser Bourita"]}]})
    art = Article(id="t", title=None, text="Nasser Bourita; the Moroccan foreign minister")
    ms = (Mention(0, 14, "Nasser Bourita", "PERSON", "p/nb", 0),
          Mention(20, 45, "Moroccan foreign minister", "PERSON", "p/nb", 0, kind="description"))
    c = score_extraction(gold, Extraction(art, mentions=ms))["entities.mentions"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_score_extraction_mini_entities(mini_gold_path: Path, mini_main: Extraction) -> None:
    s = score_extraction(load_gold(mini_gold_path), mini_main)
    forms = s["entities.mentions"]
    # Gold (form, type): Portugal, Portuguese, Norway / COUNTRY; Lisbon / PLACE;
    # Northern Alliance, Interpol / ORGANIZATION; Anna Berg, Berg, Rui Costa / PERSON = 9.
    # Predicted distinct: the same minus Berg and Interpol/ORG, plus Interpol/PLACE
    # and Ministers/PERSON = 9 (Norway twice counts once).
    # TP = 7, FP = 2 (Interpol/PLACE, Ministers), FN = 2 (Berg, Interpol/ORGANIZATION).
    assert (forms.tp, forms.fp, forms.fn) == (7, 2, 2)
    assert sorted(forms.fn_items) == ["Berg/PERSON", "Interpol/ORGANIZATION"]
    ents = s["entities"]
    # 7 gold entities; Interpol is only found with the wrong type: TP 6, FN 1.
    # Predicted ids: org/interpol (only Interpol/PLACE) and person/ministers are FP.
    # P = 6/8 = 0.75, R = 6/7.
    assert (ents.tp, ents.fp, ents.fn) == (6, 2, 1)
    assert ents.precision == pytest.approx(0.75) and ents.recall == pytest.approx(6 / 7)
    # Linking: all 7 gold entities have a found form (Interpol by text, any label);
    # Portugal's forms went to two ids (country/PT, nat/portuguese): 6/7 consistent.
    link = s.accuracy["linking"]
    assert (link.correct, link.total) == (6, 7)
    assert link.errors == ["portugal -> ['country/PT', 'nat/portuguese']"]
    # The same split is the one thing of seven that became two nodes.
    one = s.accuracy["entities.one_node"]
    assert (one.correct, one.total) == (6, 7)
    assert one.errors == ["portugal -> ['country/PT', 'nat/portuguese']"]


def test_linking_flags_unlinked_and_shared_ids() -> None:
    gold = gold_from_dict(
        {
            "entities": [
                {"key": "a", "type": "Person", "mentions": ["Ann Lee", "Lee"]},
                {"key": "b", "type": "Person", "mentions": ["Bo Lee"]},
                {"key": "c", "type": "Person", "mentions": ["Cy"]},
            ]
        }
    )
    ext = _ext(
        ("Ann Lee", "PERSON", "p/lee"),
        ("Lee", "PERSON", "p/lee"),
        ("Bo Lee", "PERSON", "p/lee"),  # b shares a's id: both inconsistent
        ("Cy", "PERSON", None),  # found but linked to no entity: inconsistent
    )
    scores = score_extraction(gold, ext)
    link = scores.accuracy["linking"]
    assert (link.correct, link.total) == (0, 3)
    # None of them is split into two nodes: shared and unlinked ids are linking errors only.
    one = scores.accuracy["entities.one_node"]
    assert (one.correct, one.total) == (3, 3)


def test_linker_maps_by_mentions_labels_and_external_ids() -> None:
    gold = gold_from_dict(
        {
            "entities": [
                {"key": "ma", "type": "Country", "ar": "المغرب", "iso": "MA", "mentions": ["المغرب"]},
                {"key": "nato", "type": "Organization", "wikidata": "Q7184", "mentions": ["ناتو"]},
            ]
        }
    )
    ext = _ext(
        ("المغرب", "COUNTRY", "c/1"),
        entities=(
            Entity("c/2", "COUNTRY", {"en": "Morocco"}, aliases={"ar": ("المملكة المغربية", "المغرب")}),
            Entity("c/3", "COUNTRY", external_ids={"iso3166": "ma"}),
            Entity("o/1", "ORGANIZATION", external_ids={"wikidata": "Q7184"}),
        ),
    )
    linker = Linker(gold, pool(ext))
    assert linker.ids("ma") == {"c/1", "c/2", "c/3"}
    assert linker.ids("nato") == {"o/1"} and linker.ids(None) == set()
    assert linker.matches("ma", "c/3") and not linker.matches("nato", "c/1")


def test_score_extraction_mini_positions(mini_gold_path: Path, mini_main: Extraction) -> None:
    s = score_extraction(load_gold(mini_gold_path), mini_main)
    # Predicted, deduplicated on (person, title, of): Berg "foreign minister" of NO
    # (the "Foreign  Minister" copy folds into it), Costa "Portuguese Prime Minister"
    # of nat/portuguese (stands for portugal), Ministers "Ministers" of org/na.
    strict = s["positions"]
    # Strict: Berg's title is exact, and Costa's once its nationality adjective (a form of the
    # position's country, which ``of`` judges) is set aside. TP 2, FP 1, FN 0.
    assert (strict.tp, strict.fp, strict.fn) == (2, 1, 0)
    overlap = s["positions.title_overlap"]
    # "Portuguese Prime Minister" contains "Prime Minister": TP 2, FP 1, FN 0.
    assert (overlap.tp, overlap.fp, overlap.fn) == (2, 1, 0)
    relaxed = s["positions.relaxed"]
    # Person + of only, deduplicated on (person, of): the same 3 items; TP 2, FP 1.
    assert (relaxed.tp, relaxed.fp, relaxed.fn) == (2, 1, 0)
    assert relaxed.precision == pytest.approx(2 / 3) and relaxed.recall == 1.0


def test_score_extraction_mini_relations(mini_gold_path: Path, mini_main: Extraction) -> None:
    s = score_extraction(load_gold(mini_gold_path), mini_main)
    member = s["memberOf"]
    # Gold: interpol memberOf alliance. Predicted: interpol/na (TP), anna-berg/na (FP).
    assert (member.tp, member.fp, member.fn) == (1, 1, 0)
    located = s["locatedIn"]
    # Gold: lisbon in portugal (relation; Lisbon's "country" is the same pair).
    # Predicted: the Lisbon relation (TP; the entity's country repeats it) and
    # place/porto's country (FP): P = 1/2, R = 1.
    assert (located.tp, located.fp, located.fn) == (1, 1, 0)
    assert located.fp_items == ["place/porto locatedIn country/PT"]


def test_score_extraction_teaser_pooled(
    mini_gold_path: Path, mini_main: Extraction, mini_teaser: Extraction
) -> None:
    gold = load_gold(mini_gold_path)
    s = score_extraction(gold, [mini_main, mini_teaser], include_teaser=True)
    forms = s["entities.mentions"]
    # The teaser adds Spanish/COUNTRY and Madrid/PLACE to gold and predictions: TP 7+2.
    assert (forms.tp, forms.fp, forms.fn) == (9, 2, 2)
    located = s["locatedIn"]
    # Madrid in Spain is found through place/madrid's country: TP 2, FP 1 (Porto).
    assert (located.tp, located.fp, located.fn) == (2, 1, 0)
    # Without include_teaser, the teaser's predictions are spurious.
    s2 = score_extraction(gold, [mini_main, mini_teaser])
    assert s2["entities.mentions"].fp == 4


def _oracle(gold: Gold) -> Extraction:
    """The extraction a perfect extractor would return, built from the gold itself."""
    precision: dict[int, Precision] = {4: "year", 7: "month", 10: "day"}

    def dv(value: str | None) -> DateValue | None:
        return DateValue(value, precision[len(value)]) if value else None

    art = Article(id="oracle", title=None, text="")
    mentions = tuple(Mention(0, len(f), f, e.type, e.key, 0) for e in gold.entities for f in e.mentions)
    entities = tuple(
        Entity(e.key, e.type, e.labels, external_ids={"iso3166": e.iso} if e.iso else {}, country=e.country)
        for e in gold.entities
    )
    positions = tuple(
        Position(p.person, next(iter(p.titles.values())), p.of, "ar", 0, status=p.status)
        for p in gold.positions
    )
    relations = tuple(
        Relation(r.subject, r.predicate, r.object)  # type: ignore[arg-type]
        for r in gold.relations
    )
    events = tuple(
        Event(
            g.key,
            g.type,
            g.cameo,
            Span(0, 1, next(iter(g.triggers.values()), "x")),
            date=dv(g.date),
            date_from=dv(g.date_from),
            location=g.location,
            roles={"agent": g.agent, "participant": g.participants, "spokesperson": g.spokesperson},
            amounts=tuple(Amount(a.value, currency=a.currency) for a in g.amounts),
            quantities=tuple(Amount(q.value, unit=q.unit, qualifier=q.qualifier) for q in g.quantities),
        )
        for g in gold.events
    )
    return Extraction(art, (), mentions, entities, positions, events, relations)


@pytest.mark.parametrize("include_teaser", [False, True])
def test_score_extraction_oracle_is_perfect(seed_gold_path: Path, include_teaser: bool) -> None:
    gold = load_gold(seed_gold_path, include_teaser=include_teaser)
    s = score_extraction(gold, _oracle(gold), include_teaser=include_teaser)
    for kind, c in s.counts.items():
        assert (c.fp, c.fn) == (0, 0), kind
    assert s["entities"].tp == len(gold.entities) and s["events"].tp == len(gold.events)
    assert all(a.value == 1.0 for a in s.accuracy.values()), s.accuracy
    # The seed states a date, an amount and quantities: all are judged.
    assert {"linking", "event.date", "event.date_from", "event.amount", "event.quantity"} <= set(s.accuracy)


@pytest.mark.parametrize(
    ("gold_title", "predicted", "hit"),
    [
        ("الرئيس السوري", "الرئيس", True),  # the adjective names the country, judged by ``of``
        ("الرئيس", "الرئيس السوري", True),
        ("وزير الدفاع", "وزير الخارجية", False),  # another office stays wrong
        ("الرئيس السوري", "رئيس الوزراء", False),
    ],
)
def test_strict_positions_skip_nationality_adjectives(gold_title: str, predicted: str, hit: bool) -> None:
    text = "قال الرئيس السوري بشار الأسد"
    gold = gold_from_dict(
        {
            "language": "ar",
            "entities": [
                {"key": "assad", "type": "Person", "mentions": ["بشار الأسد"]},
                {"key": "syria", "type": "Country", "mentions": ["السوري"]},
            ],
            "relations": [{"s": "assad", "p": "holdsPosition", "title_ar": gold_title, "of": "syria"}],
        }
    )
    ext = Extraction(
        Article(id="t", title=None, text=text, language="ar"),
        mentions=(
            Mention(text.index("السوري"), text.index("السوري") + 6, "السوري", "COUNTRY", "country/SY", 0),
            Mention(text.index("بشار"), len(text), "بشار الأسد", "PERSON", "person/assad", 0),
        ),
        positions=(Position("person/assad", predicted, "country/SY", "ar", 0),),
    )
    strict = score_extraction(gold, ext)["positions"]
    assert (strict.tp, strict.fp, strict.fn) == ((1, 0, 0) if hit else (0, 1, 1))


@pytest.mark.parametrize(("declared", "spurious"), [(["former_positions"], 0), ([], 1)])
def test_former_positions_set_aside_where_gold_leaves_them_out(declared: list[str], spurious: int) -> None:
    text = "L'ancien premier ministre Jean Dupont a parlé au président Paul Martin."
    gold = gold_from_dict(
        {
            "language": "fr",
            "not_annotated": declared,
            "entities": [
                {"key": "dupont", "type": "Person", "mentions": ["Jean Dupont"]},
                {"key": "martin", "type": "Person", "mentions": ["Paul Martin"]},
            ],
            "relations": [{"s": "martin", "p": "holdsPosition", "title_fr": "président"}],
        }
    )
    ext = Extraction(
        Article(id="t", title=None, text=text, language="fr"),
        mentions=(
            Mention(text.index("Jean"), text.index("Jean") + 11, "Jean Dupont", "PERSON", "person/dupont", 0),
            Mention(text.index("Paul"), text.index("Paul") + 11, "Paul Martin", "PERSON", "person/martin", 0),
        ),
        positions=(
            Position("person/dupont", "premier ministre", None, "fr", 0, status="former"),
            Position("person/martin", "président", None, "fr", 0),
        ),
    )
    strict = score_extraction(gold, ext)["positions"]
    assert (strict.tp, strict.fp, strict.fn) == (1, spurious, 0)


@pytest.mark.parametrize("declared", [["events"], "events", [["former_positions"]], [None]])
def test_unknown_not_annotated_kind_is_an_input_error(declared: object) -> None:
    with pytest.raises(InputError, match="not_annotated"):
        gold_from_dict({"language": "fr", "not_annotated": declared, "entities": []})
