"""Membership rules, Arabic and English side by side."""

from __future__ import annotations

import pytest

from newsgraph.extract.relations import find_memberships
from newsgraph.types import Mention


def _mentions(text: str, spans: list[tuple[str, str, str]]) -> list[Mention]:
    out = []
    for surface, label, entity_id in spans:
        start = text.index(surface)
        out.append(Mention(start, start + len(surface), surface, label, entity_id, 0))  # type: ignore[arg-type]
    return out


CASES = [
    (
        "ar",
        "ويضم الحلف 30 عضواً، منها فرنسا وإيطاليا.",
        [
            ("الحلف", "ORGANIZATION", "org/x"),
            ("فرنسا", "COUNTRY", "country/FR"),
            ("إيطاليا", "COUNTRY", "country/IT"),
        ],
        {("country/FR", "org/x"), ("country/IT", "org/x")},
    ),
    (
        "en",
        "The alliance includes 30 members, including France and Italy.",
        [
            ("alliance", "ORGANIZATION", "org/x"),
            ("France", "COUNTRY", "country/FR"),
            ("Italy", "COUNTRY", "country/IT"),
        ],
        {("country/FR", "org/x"), ("country/IT", "org/x")},
    ),
    (
        "ar",
        "المغرب عضو في الاتحاد الأفريقي منذ سنوات.",
        [("المغرب", "COUNTRY", "country/MA"), ("الاتحاد الأفريقي", "ORGANIZATION", "org/au")],
        {("country/MA", "org/au")},
    ),
    (
        "en",
        "Morocco joined the African Union in 2017.",
        [("Morocco", "COUNTRY", "country/MA"), ("African Union", "ORGANIZATION", "org/au")],
        {("country/MA", "org/au")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "spans", "expected"), CASES)
def test_find_memberships_cues(
    lang: str, text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    rels = find_memberships(text, lang, _mentions(text, spans), [(0, len(text))])
    assert {(r.subject, r.object) for r in rels} == expected
    assert all(r.predicate == "memberOf" for r in rels)


@pytest.mark.parametrize(
    ("lang", "text", "spans"),
    [
        (
            "ar",
            "زار وزير خارجية فرنسا إيطاليا أمس.",
            [("فرنسا", "COUNTRY", "country/FR"), ("إيطاليا", "COUNTRY", "country/IT")],
        ),
        (
            "en",
            "France criticised the African Union.",
            [("France", "COUNTRY", "country/FR"), ("African Union", "ORGANIZATION", "org/au")],
        ),
    ],
)
def test_find_memberships_no_cue_no_relation(lang: str, text: str, spans: list[tuple[str, str, str]]) -> None:
    assert find_memberships(text, lang, _mentions(text, spans), [(0, len(text))]) == []


def test_find_memberships_stays_within_sentence() -> None:
    text = "The bloc includes ten states. Officials, including France, met."
    ms = _mentions(text, [("bloc", "ORGANIZATION", "org/x"), ("France", "COUNTRY", "country/FR")])
    assert find_memberships(text, "en", ms, [(0, 29), (30, len(text))]) == []
