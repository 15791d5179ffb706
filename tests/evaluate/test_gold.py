"""Tests for newsgraph.evaluate.gold: reading and filtering gold files."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate.gold import gold_from_dict, load_gold


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


@pytest.mark.parametrize(("lang", "title"), [("ar", "وزير الخارجية"), ("en", "foreign minister")])
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
