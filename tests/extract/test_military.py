"""Military branches and numbered units as members of their country's army (newsgraph.extract.military)."""

from __future__ import annotations

import pytest

from newsgraph.extract.military import military_memberships
from newsgraph.types import Mention


def _m(text: str, label: str, eid: str, at: int = 0) -> Mention:
    return Mention(at, at + len(text), text, label, eid, 0)  # type: ignore[arg-type]


def test_a_branch_belongs_to_the_army_of_its_country() -> None:
    ms = [_m("سلاح الجو التركي", "ORGANIZATION", "org/air-force-of-turkey"),
          _m("الجيش التركي", "ORGANIZATION", "org/army-of-turkey", 40)]  # fmt: skip
    insts = [("org/air-force-of-turkey", "air_force", "country/TR"),
             ("org/army-of-turkey", "army", "country/TR")]  # fmt: skip
    assert [(r.subject, r.object) for r in military_memberships("ar", ms, insts)] == [
        ("org/air-force-of-turkey", "org/army-of-turkey")
    ]


def test_a_branch_without_its_army_named_stays_alone() -> None:
    insts = [("org/air-force-of-turkey", "air_force", "country/TR"),
             ("org/army-of-iraq", "army", "country/IQ")]  # fmt: skip
    assert military_memberships("ar", [], insts) == []


@pytest.mark.parametrize(
    ("lang", "unit", "army"),
    [
        ("ar", "كتيبة المدرعات الخامسة", "الجيش التركي"),
        ("ar", "قيادة المنطقة العسكرية الثانية", "الجيش اليمني"),
        ("en", "5th Armoured Battalion", "Turkish army"),
    ],
)
def test_a_numbered_unit_belongs_to_the_one_army_of_the_article(lang: str, unit: str, army: str) -> None:
    ms = [_m(army, "ORGANIZATION", "org/army"), _m(unit, "ORGANIZATION", "org/unit", 50)]
    rels = military_memberships(lang, ms, [("org/army", "army", "country/X")])
    assert [(r.subject, r.object) for r in rels] == [("org/unit", "org/army")]


@pytest.mark.parametrize(
    ("lang", "unit", "armies"),
    [
        ("ar", "اللواء العسكري المرابط", 1),  # no number: which brigade is not said
        ("ar", "كتيبة المدرعات الخامسة", 2),  # two armies in the article: which one is not said
        ("en", "Brigade Street Cafe", 1),
    ],
)
def test_a_unit_needs_a_number_and_one_army(lang: str, unit: str, armies: int) -> None:
    ms = [_m(unit, "ORGANIZATION", "org/unit", 50)]
    insts = [(f"org/army{n}", "army", f"country/{n}") for n in range(armies)]
    assert military_memberships(lang, ms, insts) == []
