"""French officials: a country a rival official of the sentence holds, and plural titles shared by names.

Sentences and names are invented.
"""

from __future__ import annotations

from tests.extract.french_events import needs_fr as needs_model
from tests.extract.french_officials import of_countries as _of

from newsgraph.extract import extract


@needs_model
def test_a_country_another_official_of_the_sentence_holds_a_title_of_is_not_guessed() -> None:
    # the host invites the Malian president: «président de la République» is the other country's
    text = (
        "Deux accords ont été conclus lors de la visite que fait au Sénégal le président malien Paul Girard, "
        "à l'invitation du président de la République, Jean Roy."
    )
    assert _of(text, "Jean Roy") == ["country/SN"]
    assert _of(text, "Paul Girard") == ["country/ML"]


def _positions(text: str) -> list[tuple[str, str | None, str | None]]:
    ext = extract(text, language="fr")
    names = {m.entity_id: m.text for m in ext.mentions if m.label == "PERSON" and m.kind == "name"}
    return sorted((names.get(p.person, p.person), p.title, p.status) for p in ext.positions)


@needs_model
def test_a_plural_title_after_its_modifier_is_given_to_each_name_and_keeps_its_status() -> None:
    # «deux anciens premiers ministres, X et Y»: both former prime ministers (not current «ministres»)
    text = "La cour a jugé mardi deux anciens premiers ministres, Paul Girard et Jean Roy, pour fraude."
    assert _positions(text) == [
        ("Jean Roy", "premiers ministres", "former"),
        ("Paul Girard", "premiers ministres", "former"),
    ]


@needs_model
def test_a_list_that_leaves_out_the_head_gives_each_name_its_own_portfolio() -> None:
    # «les ministres de l'Intérieur, X, et de la Défense, Y»: Y is «ministre de la Défense»
    text = "Les ministres de l'Intérieur, Paul Girard, et de la Défense, Jean Roy, ont parlé lundi."
    found = _positions(text)
    assert ("Jean Roy", "ministre de la Défense", None) in found
    assert ("Paul Girard", "ministres de l'Intérieur", None) in found


@needs_model
def test_names_after_a_title_with_two_nationalities_take_them_in_order() -> None:
    # «les ministres américain et français des Affaires étrangères, X et Y»: X American, Y French, both keep
    # the portfolio (the model's organization «Affaires étrangères» is no body)
    text = (
        "Les ministres américain et français des Affaires étrangères, Paul Girard et Jean Roy, "
        "se verront jeudi à Genève."
    )
    assert _of(text, "Paul Girard") == ["country/US"]
    assert _of(text, "Jean Roy") == ["country/FR"]
    assert {title for _, title, _ in _positions(text)} == {"ministres des Affaires étrangères"}


@needs_model
def test_respectivement_between_a_plural_title_and_its_names_is_read_past() -> None:
    text = (
        "Les ministres des Affaires étrangères marocain et tunisien, respectivement Paul Girard et Jean Roy, "
        "se verront jeudi à Genève."
    )
    assert _of(text, "Paul Girard") == ["country/MA"]
    assert _of(text, "Jean Roy") == ["country/TN"]
