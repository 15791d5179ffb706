"""What counted quantities count (newsgraph.extract.casualties), and where the counts go."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from newsgraph.extract import extract_article
from newsgraph.extract.casualties import quantity_kinds
from newsgraph.extract.numbers import find_amounts
from newsgraph.types import Article


def _kinds(text: str, lang: str) -> list[tuple[Decimal, str | None]]:
    return [(n.amount.value, n.amount.kind) for n in quantity_kinds(text, find_amounts(text, lang), lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "أسفر الهجوم عن مقتل 12 شخصا وإصابة 30 آخرين", [(12, "killed"), (30, "injured")]),
        ("ar", "سقط 7 قتلى و20 جريحا في القصف", [(7, "killed"), (20, "injured")]),
        ("ar", "اعتقلت الشرطة 40 مشتبها بهم", [(40, "arrested")]),
        ("ar", "وصل 300 شخص إلى المدينة", []),  # no kind: the number stays an untyped count
        ("en", "Nine people died and 14 others were injured.", [(9, "killed"), (14, "injured")]),
        ("en", "The raid left 6 dead, and police detained 11 suspects.", [(6, "killed"), (11, "arrested")]),
        ("en", "Rebels seized 3 towns.", []),
    ],
)
def test_counts_get_the_kind_their_words_state(lang: str, text: str, expected: list[tuple[int, str]]) -> None:
    got = [(v, k) for v, k in _kinds(text, lang) if k]
    assert got == [(Decimal(v), k) for v, k in expected]


def test_a_cue_past_a_clause_break_belongs_to_another_number() -> None:
    # "killed" after the full stop is the next sentence's, not the cells'
    assert _kinds("Police found 4 cells. Two were killed later.", "en")[0] == (Decimal(4), None)


def test_money_has_no_kind() -> None:
    assert _kinds("killed in an attack that cost $5 million", "en") == [(Decimal(5000000), None)]


def test_a_count_in_a_later_sentence_joins_the_attack_it_counts() -> None:
    text = ("Bomb hits market in Gdansk\n\nA car bomb exploded in a crowded market on Monday. "
            "Officials said 14 people were killed and 30 wounded.")  # fmt: skip
    ext = extract_article(Article("a", "Bomb hits market in Gdansk", text, "en", published=date(2024, 5, 8)))
    attacks = [e for e in ext.events if e.type in ("Attack", "Bombing")]
    counts = {(q.value, q.kind) for e in attacks for q in e.quantities}
    assert {(Decimal(14), "killed"), (Decimal(30), "injured")} <= counts
