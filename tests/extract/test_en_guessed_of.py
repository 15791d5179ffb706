"""English officials whose country the text does not state: when not to guess one (invented sentences)."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.en_body import serves_body
from newsgraph.extract.officials import Official
from newsgraph.extract.pipeline import english_model_name

_needs_en = pytest.mark.skipif(english_model_name("auto") is None, reason="needs a trained English pipeline")


def _positions(text: str) -> set[tuple[str, str, str | None]]:
    ext = newsgraph.extract(text, language="en", model="auto")
    names = {e.id: e.labels.get("en", "") for e in ext.entities}
    return {(names[p.person], p.title, p.of) for p in ext.positions}


def _off(text: str, name: str, title: str) -> Official:
    a, t = text.index(name), text.index(title)
    return Official(a, a + len(name), name, title, t, t + len(title), None, 0, "name-title")


def test_a_title_serving_a_body_named_after_it() -> None:
    text = "Ann Lee, a spokesperson for the fire service, said. Bo Kim, a vice president at Acme, said."
    assert serves_body(text, _off(text, "Ann Lee", "spokesperson"))
    assert serves_body(text, _off(text, "Bo Kim", "vice president"))
    text = "Ann Lee, the minister of the interior, said. Bo Kim, a spokesperson for the army, said."
    assert not serves_body(text, _off(text, "Ann Lee", "minister"))
    assert not serves_body(text, _off(text, "Bo Kim", "spokesperson"))


@_needs_en
def test_no_country_is_guessed_for_a_companys_officer() -> None:
    positions = _positions("Floods hit Chile on Monday, killing 12 people. Omar Haddad, a spokesperson "
                           "for the fire service, told reporters that two people died.")
    assert ("Omar Haddad", "spokesperson", None) in positions


@_needs_en
def test_a_title_after_a_place_is_the_places_not_the_articles_country() -> None:
    positions = _positions("The war in Iraq continued. Iraq said so. New Hampshire state representative "
                           "Mark Jensen said he would run.")
    assert ("Mark Jensen", "state representative", "country/IQ") not in positions
    assert ("Mark Jensen", "state representative", "place/new-hampshire") in positions

