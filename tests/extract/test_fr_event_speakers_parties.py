"""French event roles: who speaks (statement nouns, passive speech verbs) and who takes part or is targeted.

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

from tests.extract.french_events import needs_fr, roles_of

pytestmark = needs_fr


def test_a_body_that_publishes_a_statement_speaks() -> None:
    # «publier», «diffuser», «émettre» un communiqué: light verbs of a statement noun (events_cues_fr.tsv)
    statements = roles_of("Le Hamas a publié un communiqué dimanche.", "Statement")
    assert any(r.get("agent") == ("org/hamas",) for r in statements)


def test_a_passive_speech_verb_is_said_by_its_par_phrase_not_its_subject() -> None:
    # «étant accusé»: the accused is what was said of, not the speaker (said_by_fr.py)
    text = "Paul Girard reste en détention, étant accusé de fraude dans une autre affaire."
    assert not any(r.get("agent") == ("person/paul-girard",) for r in roles_of(text, "Statement"))
    text = "Le ministre Paul Girard a été accusé par le Hamas de mentir."
    assert [r.get("agent") for r in roles_of(text, "Statement")] == [("org/hamas",)]


def test_a_participle_describing_a_noun_is_said_by_its_par_phrase() -> None:
    text = "La victoire de Paul Girard confirmée par le Hamas a surpris."
    statements = roles_of(text, "Statement")
    assert not any("person/paul-girard" in r.get("agent", ()) for r in statements)
    assert [r.get("agent") for r in statements] == [("org/hamas",)]


def test_an_active_compound_past_the_parse_hangs_on_a_noun_keeps_its_speaker() -> None:
    text = "Le maire de la ville, Paul Girard, a pour sa part ajouté : « Le pont sera rouvert en mai »."
    assert any(r.get("agent") == ("person/paul-girard",) for r in roles_of(text, "Statement"))


def test_the_nationality_of_a_counterpart_is_no_party_of_the_meeting() -> None:
    # «son homologue kényan»: whose counterpart he is, not a party (GUIDELINES.md: a person's country is
    # not added to a role); the parse may read the adjective as a name
    text = (
        "La rencontre de lundi entre M. Paul Girard et son homologue kényan, Jean Roy, "
        "a porté sur l'agriculture."
    )
    meetings = roles_of(text, "Meeting")
    assert meetings and all("country/KE" not in r.get("participant", ()) for r in meetings)
    assert any("person/jean-roy" in r.get("participant", ()) for r in meetings)
    text = "Le président Paul Girard a été reçu par son homologue kényan."
    assert all("country/KE" not in sum(r.values(), ()) for r in roles_of(text, "Meeting"))


def test_the_pronoun_subject_of_a_passive_stands_for_the_person_named_before() -> None:
    # «Il a été enlevé»: what was done to is the person the pronoun stands for (targets_fr.before_passive_fr)
    text = "Le journaliste Paul Girard a disparu lundi. Il a été enlevé par des hommes armés."
    assert any(r.get("target") == ("person/paul-girard",) for r in roles_of(text, "Attack"))


def test_a_protest_against_the_policy_of_a_titled_person_targets_him_who_takes_no_part() -> None:
    # «contre la politique du président X»: X is what they protest against, not a protester
    text = "Des milliers de personnes ont manifesté dimanche contre la politique du président Paul Girard."
    protests = roles_of(text, "Protest")
    assert any(r.get("target") == ("person/paul-girard",) for r in protests)
    assert not any("person/paul-girard" in r.get("participant", ()) for r in protests)
