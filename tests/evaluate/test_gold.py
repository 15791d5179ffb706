"""Tests for newsgraph.evaluate.gold: reading and filtering gold files."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate.gold import gold_from_dict, load_gold
from newsgraph.evaluate.offsets import encode_gold


def test_load_gold_mini_counts_with_and_without_teaser(mini_gold_path: Path) -> None:
    full = load_gold(mini_gold_path)
    main = load_gold(mini_gold_path, include_teaser=False)
    # 9 entities, 2 of them (spain, madrid) only in the teaser.
    assert (len(full.entities), len(main.entities)) == (9, 7)
    assert (len(full.positions), len(main.positions)) == (2, 2)
    assert (len(full.relations), len(main.relations)) == (3, 2)
    assert (len(full.events), len(main.events)) == (4, 3)
    assert main == full.without_teaser()


def test_load_gold_resolves_article_beside_gold_folder(mini_gold_path: Path) -> None:
    gold = load_gold(mini_gold_path)
    assert gold.article == mini_gold_path.resolve().parent.parent / "articles" / "mini_en.txt"
    assert gold.article.is_file()
    assert gold.language == "en" and str(gold.published) == "2023-03-06"


def test_load_gold_maps_types_and_numbers(mini_gold_path: Path) -> None:
    gold = load_gold(mini_gold_path)
    assert {e.key: e.type for e in gold.entities}["lisbon"] == "PLACE"
    meeting, pledge, arrests, _ = gold.events
    # "attendance" is an object with a value and no currency: a quantity.
    assert [(q.name, q.value, q.qualifier) for q in meeting.quantities] == [
        ("attendance", Decimal(30), "more than")
    ]
    assert [(a.value, a.currency) for a in pledge.amounts] == [(Decimal(50000000), "USD")]
    assert arrests.agent == ("portugal",) and arrests.date_from == "2020"
    assert meeting.participants == ("alliance",) and meeting.triggers == {"en": "attended a meeting"}


def test_without_teaser_drops_facts_about_teaser_entities() -> None:
    gold = gold_from_dict(
        {
            "entities": [
                {"key": "a", "type": "Person", "mentions": ["A"]},
                {"key": "b", "type": "Organization", "mentions": ["B"], "in_teaser": True},
            ],
            # Not marked in_teaser itself, but its object is teaser-only.
            "relations": [{"s": "a", "p": "memberOf", "o": "b"}],
        }
    )
    assert len(gold.relations) == 1 and gold.without_teaser().relations == ()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"entities": [{"key": "x", "type": "Planet", "mentions": []}]}, "unknown type 'Planet'"),
        ({"relations": [{"s": "x", "p": "memberOf", "o": "y"}]}, "unknown entity key 'x'"),
        ({"events": [{"key": "e", "type": "Meeting", "agent": "nobody"}]}, "unknown entity key 'nobody'"),
        ({"events": [{"key": "e"}]}, "lacks the field 'type'"),
    ],
)
def test_gold_from_dict_rejects_malformed_gold(data: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        gold_from_dict(data, "g.json")


def test_load_gold_reports_bad_json_with_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "entities": [,]\n}', encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_gold(bad)
    assert err.value.line == 2 and str(bad) in str(err.value)
    with pytest.raises(InputError, match="cannot read"):
        load_gold(tmp_path / "missing.json")


@pytest.mark.parametrize(
    ("lang", "title"),
    [("ar", "وزير الخارجية"), ("en", "foreign minister"), ("fr", "ministre des Affaires étrangères")],
)
def test_gold_positions_keep_titles_by_language(lang: str, title: str) -> None:
    data = {
        "entities": [
            {"key": "p", "type": "Person", "mentions": ["P"]},
            {"key": "c", "type": "Country", "mentions": ["C"]},
        ],
        "relations": [{"s": "p", "p": "holdsPosition", f"title_{lang}": title, "of": "c"}],
    }
    (pos,) = gold_from_dict(json.loads(json.dumps(data))).positions
    assert pos.titles == {lang: title} and pos.of == "c"


def test_french_gold_strings_are_stored_as_offsets(tmp_path: Path) -> None:
    text = "Title: T\n\nLe chef de la diplomatie marocaine Nasser Bourita a rencontré l'envoyé de l'Otan."
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(text, encoding="utf-8")
    data = {
        "article": "articles/a.txt",
        "language": "fr",
        "entities": [
            {
                "key": "b",
                "type": "Person",
                "fr": "Nasser Bourita",
                "en": "Nasser Bourita",
                "mentions": ["Nasser Bourita"],
            },
            {"key": "ma", "type": "Country", "en": "Morocco", "mentions": ["marocaine"]},
            {"key": "nato", "type": "Organization", "en": "NATO", "mentions": ["Otan"]},
        ],
        "relations": [{"s": "b", "p": "holdsPosition", "title_fr": "chef de la diplomatie", "of": "ma"}],
        "events": [
            {"key": "m", "type": "Meeting", "trigger_fr": "a rencontré", "participants": ["b", "nato"]}
        ],
    }
    enc = encode_gold(data, text)
    # Every French string taken from the article is an offset; the English label stays.
    assert enc["entities"][0]["fr"] == {"span": [45, 59]} and enc["entities"][0]["en"] == "Nasser Bourita"
    assert isinstance(enc["relations"][0]["title_fr"], dict) and isinstance(
        enc["events"][0]["trigger_fr"], dict
    )
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text(json.dumps(enc), encoding="utf-8")
    gold = load_gold(tmp_path / "gold" / "a.json")
    assert gold.positions[0].titles == {"fr": "chef de la diplomatie"}
    assert gold.events[0].triggers == {"fr": "a rencontré"}
    assert gold.entities[0].labels == {"fr": "Nasser Bourita", "en": "Nasser Bourita"}


def test_load_gold_seed_counts(seed_gold_path: Path) -> None:
    full = load_gold(seed_gold_path)
    main = load_gold(seed_gold_path, include_teaser=False)
    # 25 entities; France, Strasbourg, Nineveh Plains, ADM, European Parliament
    # and Srood Maqdasi come only from the teaser.
    assert (len(full.entities), len(main.entities)) == (25, 19)
    assert (len(full.positions), len(main.positions)) == (3, 3)
    assert (len(full.relations), len(main.relations)) == (5, 3)
    assert (len(full.events), len(main.events)) == (6, 5)
    assert full.article is not None and full.article.is_file()
    assert {q.name for e in full.events for q in e.quantities} == {"attendance", "quantity", "members"}
