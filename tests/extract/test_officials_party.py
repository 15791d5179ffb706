"""officials.party: a party member's guessed country is the party's country (invented facts)."""

from __future__ import annotations

from newsgraph.extract.officials.party import party_countries
from newsgraph.types import Position, Relation

_PARTIES = {"org/labour": "country/GB", "org/akp": "country/TR", "org/un": None}.get


def _pos(of: str | None, inferred: bool) -> Position:
    return Position("person/x", "MP", of, "en", 3, inferred)


def test_a_guessed_or_missing_country_becomes_the_partys() -> None:
    rel = [Relation("person/x", "memberOf", "org/labour", 3)]
    for pos in (_pos("country/FR", True), _pos(None, False)):
        [out] = party_countries([pos], rel, _PARTIES)
        assert (out.of, out.inferred, out.title, out.sentence) == ("country/GB", True, "MP", 3)


def test_a_stated_country_stays() -> None:
    rel = [Relation("person/x", "memberOf", "org/labour", 3)]
    assert party_countries([_pos("country/FR", False)], rel, _PARTIES)[0].of == "country/FR"


def test_two_parties_of_two_countries_or_no_party_change_nothing() -> None:
    two = [Relation("person/x", "memberOf", "org/labour", 1), Relation("person/x", "memberOf", "org/akp", 2)]
    assert party_countries([_pos("country/FR", True)], two, _PARTIES)[0].of == "country/FR"
    other = [Relation("person/x", "memberOf", "org/un", 1), Relation("person/y", "memberOf", "org/akp", 2)]
    assert party_countries([_pos("country/FR", True)], other, _PARTIES)[0].of == "country/FR"
