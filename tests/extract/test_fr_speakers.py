"""French speakers (newsgraph.extract.events.speakers_fr) and speech and travel verbs of the French lexicon:
regret, reproach, complaint, denial and «faire part / savoir» are Statements; «à l'AFP» in a closing incise
is whom it was told to, not who spoke; «il»/«elle» speaking stands for the one person named as the subject
before; «se rendre à/en X» is a Visit.

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

pytestmark = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)


def roles_of(text: str, kind: str) -> list[dict[str, tuple[str, ...]]]:
    return [dict(e.roles) for e in extract(text, language="fr").events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("L'Union européenne regrette la décision du Parlement.", {"agent": ("org/eu",)}),
        ("La Belgique reproche à la Turquie son manque de fermeté.",
         {"agent": ("country/BE",), "target": ("country/TR",)}),
        ("Karim Sabri a fait savoir qu'il ne serait pas candidat.", {"agent": ("person/karim-sabri",)}),
        ("Karim Sabri faisait part lundi soir de son étonnement.", {"agent": ("person/karim-sabri",)}),
        ("Karim Sabri se plaint de la lenteur de la justice.", {"agent": ("person/karim-sabri",)}),
        ("Karim Sabri a démenti toute implication.", {"agent": ("person/karim-sabri",)}),
        ("La Belgique accuse la Turquie de laxisme.", {"agent": ("country/BE",), "target": ("country/TR",)}),
    ],
)  # fmt: skip
def test_verbs_of_regret_reproach_and_denial_are_statements(
    text: str, roles: dict[str, tuple[str, ...]]
) -> None:
    assert roles_of(text, "Statement") == [roles]


def test_whom_an_incise_is_told_to_comes_before_who_speaks() -> None:
    text = "« Rien n'est décidé », déclare à l'AFP Karim Sabri, le porte-parole du comité."
    found = roles_of(text, "Statement")
    assert found == [{"agent": ("person/karim-sabri",), "target": ("org/afp",)}]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # the subject of the sentence before, past the quotation
        ("Karim Sabri, président du comité, est ensuite intervenu. « C'est un scandale ! », a-t-il affirmé.",
         [("person/karim-sabri",)]),
        ("Le député Karim Sabri a visité l'usine. Il a ensuite déclaré que tout allait bien.",
         [("person/karim-sabri",)]),
        # a subject that names nobody, or two persons: no speaker, no statement
        ("Le ministre a reçu Karim Sabri. Il a déclaré que la réunion était utile.", []),
        ("Karim Sabri et Paul Morel ont visité l'usine. Il a déclaré que tout allait bien.", []),
        # a pronoun in a subordinate clause («afin qu'il explique») is not the speaker of a statement
        ("L'opposition, avec Karim Sabri, demande sa venue afin qu'il explique ces changements.", []),
    ],
)  # fmt: skip
def test_a_pronoun_speaks_for_the_person_named_as_subject_before(
    text: str, agents: list[tuple[str, ...]]
) -> None:
    assert [r["agent"] for r in roles_of(text, "Statement")] == agents


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        ("Karim Sabri s'est rendu mardi à Tunis.", 1),
        ("Karim Sabri se rendra en Tunisie la semaine prochaine.", 1),
        ("Karim Sabri s'est rendu compte de son erreur.", 0),
    ],
)
def test_going_to_a_place_is_a_visit(text: str, visits: int) -> None:
    found = roles_of(text, "Visit")
    assert len(found) == visits
    assert all(r["agent"] == ("person/karim-sabri",) for r in found)


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Le ministre a rencontré Karim Sabri, le maire de la ville, qui a déclaré que le projet avançait.",
         [("person/karim-sabri",)]),
        ("Le syndicat Force Ouvrière a révélé la fermeture du site.", [("org/force-ouvriere",)]),
        ("« Rien n'est joué », commente Karim Sabri.", [("person/karim-sabri",)]),
        ("Karim Sabri a relevé que les délais n'étaient pas tenus.", [("person/karim-sabri",)]),
        ("Karim Sabri a relevé le défi.", []),
    ],
)  # fmt: skip
def test_relative_speakers_and_verbs_of_disclosing_and_commenting(
    text: str, agents: list[tuple[str, ...]]
) -> None:
    assert [r["agent"] for r in roles_of(text, "Statement")] == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Le groupe Renault a publié ses comptes mardi. La direction a dit que les ventes baissaient.",
         [("org/groupe-renault",)]),
        ("Renault et Peugeot ont publié leurs comptes. La direction a dit que les ventes baissaient.", []),
        ("Karim Sabri lit : « Le groupe Renault “ment” ». La direction a dit que les ventes baissaient.", []),
    ],
)  # fmt: skip
def test_a_definite_description_speaks_for_the_one_organization_named_before(
    text: str, agents: list[tuple[str, ...]]
) -> None:
    assert [r["agent"] for r in roles_of(text, "Statement")] == agents
