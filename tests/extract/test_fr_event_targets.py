"""French event targets and participants read from the parse (newsgraph.extract.events.targets_fr,
participants_fr; GUIDELINES.md: the target of an appeal is who is called upon, of an arrest who is arrested,
of a statement its addressee). The actors of a list the parse broke share one role; a name that only says
whose another noun is takes no part; a speech verb's «à X» past a comma is no addressee (speakers_fr).

Also French speakers (events.speakers_fr: «déclare à l'AFP X», «a-t-il affirmé», «la direction a indiqué»).

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest
from tests.extract.french_events import needs_fr, roles_of

from newsgraph.extract.pipeline import french_model_name

pytestmark = needs_fr


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        # «à X» names whom an appeal, a sanction or a pledge is addressed to
        ("Le président a demandé à Israël de suspendre les travaux.", "Appeal", "country/IL"),
        ("Les États-Unis ont imposé des sanctions à l'Iran.", "Sanction", "country/IR"),
        ("L'Arabie saoudite a promis une aide au Yémen.", "AidPledge", "country/YE"),
        # «sur X» what an investigation is about
        ("Le parquet a ouvert une enquête sur Nicolas Sarkozy.", "Investigation", "person/nicolas-sarkozy"),
        # «appeler X à»: the object between the verb and «à» is called upon
        ("Angela Merkel a appelé la Turquie à la retenue.", "Appeal", "country/TR"),
        # the subject of the clause demanded
        ("La Chine a exigé que le Japon présente des excuses.", "Appeal", "country/JP"),
        # «placer en détention X»: X is held
        ("L'Égypte a placé en détention Alaa Abdel Fattah.", "Arrest", "person/alaa-abdel-fattah"),
        # a pattern that spans its object: «condamné X à mort»
        ("Un tribunal a condamné Mohamed Morsi à mort.", "Sentence", "person/mohamed-morsi"),
    ],
)
def test_the_target_is_read_from_the_parse(text: str, kind: str, target: str) -> None:
    (roles,) = roles_of(text, kind)
    assert roles.get("target", roles.get("beneficiary")) == (target,)
    assert target not in roles.get("agent", ())


def test_a_statement_is_addressed_to_whom_it_is_told() -> None:
    (roles,) = roles_of("Emmanuel Macron a déclaré à l'AFP qu'il restait confiant.", "Statement")
    assert roles == {"agent": ("person/emmanuel-macron",), "target": ("org/afp",)}


def test_a_passive_without_a_parsed_subject_takes_the_name_before_its_auxiliaries() -> None:
    (roles,) = roles_of("Yasser Arafat aurait été empoisonné au polonium.", "Attack")
    assert roles == {"target": ("person/yasser-arafat",)}


def test_an_unnamed_subject_leaves_no_doer_to_the_nearest_name() -> None:
    (roles,) = roles_of("La police a arrêté Jean Dupont à Lyon.", "Arrest")
    assert roles == {"target": ("person/jean-dupont",)}


def test_an_investigation_into_an_act_is_not_aimed_at_its_victim() -> None:
    (roles,) = roles_of("Ils réclament une enquête sur l'assassinat de l'ancien ministre Karim Sabri.",
                        "Investigation")  # fmt: skip
    assert "person/karim-sabri" not in roles.get("target", ())


@pytest.mark.parametrize(
    "text", ["L'Iran a menacé de frapper Israël.", "L'Iran a menacé de riposter contre Israël."]
)
def test_a_threatened_act_names_the_target(text: str) -> None:
    (roles,) = roles_of(text, "Threat")
    assert roles == {"agent": ("country/IR",), "target": ("country/IL",)}


@pytest.mark.parametrize(
    "text",
    ["Karim Sabri a été élu président de la République.", "Les électeurs ont élu Karim Sabri dimanche."],
)
def test_the_elected_person_is_the_target_of_an_election(text: str) -> None:
    (roles,) = roles_of(text, "Election")
    assert roles.get("target") == ("person/karim-sabri",)


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("L'attentat de lundi visait l'ambassade de France.", "Bombing", "org/embassy-of-france"),
        ("Nicolas Sarkozy est visé par une enquête.", "Investigation", "person/nicolas-sarkozy"),
        # an object the parser read as an oblique without a preposition
        ("L'Iran menace les États-Unis de représailles.", "Threat", "country/US"),
    ],
)
def test_what_an_event_aims_at_is_its_target(text: str, kind: str, target: str) -> None:
    (roles,) = roles_of(text, kind)
    assert roles.get("target") == (target,)
    assert target not in roles.get("agent", ())


def test_a_verb_that_judges_is_aimed_at_its_object_not_at_an_act() -> None:
    (roles,) = roles_of("La France a condamné Israël.", "Statement")
    assert roles == {"agent": ("country/FR",), "target": ("country/IL",)}
    (roles,) = roles_of("La France a condamné l'attaque contre Israël.", "Statement")
    assert "target" not in roles


# ---------------------------------------------------------------- participants


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        # «signé par X, Y et Z», «ainsi que»
        ("L'accord a été signé par le Maroc, la Tunisie et le Sénégal à Rabat.", "Agreement",
         {"country/MA", "country/TN", "country/SN"}),
        ("Le traité a été signé mardi par la Belgique, ainsi que le Portugal, la Grèce et l'Irlande.",
         "Agreement", {"country/BE", "country/PT", "country/GR", "country/IE"}),
        # «réunissant X, Y et Z»; the ministers of X, Y and Z stand for their countries
        ("Une réunion réunissant le Mali, le Niger et le Tchad s'est tenue à Niamey.", "Meeting",
         {"country/ML", "country/NE", "country/TD"}),
        ("Les ministres des Affaires étrangères du Brésil, de l'Argentine et du Chili se sont réunis à Lima.",
         "Meeting", {"country/BR", "country/AR", "country/CL"}),
        # «entre X, Y et Z» before the verb; a list in parentheses
        ("Des pourparlers entre la Serbie, la Croatie et la Slovénie ont repris lundi.", "Negotiation",
         {"country/RS", "country/HR", "country/SI"}),
        ("Le groupe de contact (Norvège, Suède, Danemark) a rencontré la Finlande.", "Meeting",
         {"country/NO", "country/SE", "country/DK", "country/FI"}),
    ],
)
def test_a_listed_party_takes_part(text: str, kind: str, parties: set[str]) -> None:
    (roles,) = roles_of(text, kind)
    assert set(roles.get("participant", ())) == parties


def test_a_place_before_the_comma_is_no_list_item() -> None:
    (roles,) = roles_of("Au Mali, la France et le Niger ont signé un accord.", "Agreement")
    assert set(roles["participant"]) == {"country/FR", "country/NE"}


def test_the_owner_of_what_a_protest_denounces_takes_no_part() -> None:
    text = "Des étudiants ont manifesté pour dénoncer la réforme du gouvernement de Justin Trudeau."
    (roles,) = roles_of(text, "Protest")
    assert "person/justin-trudeau" not in roles.get("participant", ())


def test_whose_followers_protest_takes_part() -> None:
    (roles,) = roles_of("Des milliers de partisans du Parti socialiste ont manifesté à Lyon.", "Protest")
    assert roles["participant"] == ("org/parti-socialiste",)


def test_an_addressee_past_a_comma_is_a_place_of_another_clause() -> None:
    # «se disent contre ce projet, comme à Malte»: the parser may hang «à Malte» on the speech verb
    import spacy

    from newsgraph.extract.events.clauses import _Reader
    from newsgraph.extract.events.speakers_fr import _past_comma

    nlp = spacy.load(str(french_model_name("auto")))
    far = nlp("Ils se disent contre ce projet, comme à Malte.")
    near = nlp("Il a déclaré à l'AFP qu'il restait confiant.")
    malte = next(t for t in far if t.text == "Malte")
    afp = next(t for t in near if t.text == "AFP")
    assert _past_comma(cast(_Reader, SimpleNamespace(doc=far)), far[2], malte)
    assert not _past_comma(cast(_Reader, SimpleNamespace(doc=near)), near[2], afp)


# Speakers (events.speakers_fr) and the speech and travel verbs of the lexicon.
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


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # the name that ends «à l'agence X», «au journal X» is whom it was told; the speaker comes after it
        ("Les prix vont baisser, a annoncé à l'agence Reuters Marc Lambert, chercheur à Liège.",
         "person/marc-lambert"),
        ("Les prix vont baisser cette année, a déclaré au journal Le Monde Marc Lambert.",
         "person/marc-lambert"),
        # «Il y a» inside the quotation is no subject of the speech verb after it
        ("« Il y a trois fois plus de cas chez les enfants », a expliqué à l'AFP Karim Sabri, médecin.",
         "person/karim-sabri"),
        # «mentionner» is a verb of saying
        ("L'entraîneur Karim Sabri a mentionné la fatigue des joueurs.", "person/karim-sabri"),
    ],
)
def test_the_speaker_after_whom_it_is_told(text: str, agent: str) -> None:
    assert [r.get("agent") for r in roles_of(text, "Statement")] == [(agent,)]


def test_a_name_in_what_another_verb_presents_is_no_speaker() -> None:
    text = "Les dirigeants du club présentaient en conférence de presse le bilan de la saison avec Renault."
    assert [r.get("agent") for r in roles_of(text, "Statement")] == [None]


@pytest.mark.parametrize(
    "text", ["Le ministre Jean Dupont a participé à la réunion de Genève.",
             "Le ministre Jean Dupont assistait au sommet de Bruxelles."],
)
def test_who_attends_a_meeting_takes_part(text: str) -> None:
    assert [r.get("participant") for r in roles_of(text, "Meeting")] == [("person/jean-dupont",)]


def test_against_on_the_doer_of_an_attack_names_its_target() -> None:
    found = roles_of("L'offensive du Hezbollah contre Israël a fait dix morts.", "Attack")
    assert [(r.get("agent"), r.get("target")) for r in found] == [(("org/hezbollah",), ("country/IL",))]


def test_the_sentenced_person_after_a_title_is_the_target() -> None:
    found = roles_of("Le tribunal a condamné l'ancien ministre Karim Sabri à dix ans de prison.", "Sentence")
    assert found == [{"target": ("person/karim-sabri",)}]


@pytest.mark.parametrize(
    ("text", "kind", "role", "refs"),
    [
        # a compound preposition the parser splits: «à l'encontre de X» is «contre X»; «aux côtés de X»
        ("Les États-Unis ont adopté des sanctions à l'encontre de la Corée du Nord.", "Sanction", "target",
         ("country/KP",)),
        ("Le ministre Jean Dupont a participé à la réunion aux côtés de Pierre Martin.", "Meeting",
         "participant", ("person/jean-dupont", "person/pierre-martin")),
        # a capital a verb aims at names its government
        ("Les sanctions visant Moscou ont été prolongées.", "Sanction", "target", ("country/RU",)),
        # prolonging or tightening sanctions: the subject is who imposes them
        ("Washington a durci les sanctions contre Cuba.", "Sanction", "agent", ("country/US",)),
    ],
)
def test_compound_prepositions_capitals_and_light_verbs(
    text: str, kind: str, role: str, refs: tuple[str, ...]
) -> None:
    assert [tuple(sorted(r.get(role, ()))) for r in roles_of(text, kind)] == [refs]


@pytest.mark.parametrize(
    ("text", "kind", "role"),
    [
        ("Le Maroc et l'Algérie s'opposent depuis des années. Des négociations entre les deux pays ont eu "
         "lieu à Genève.", "Negotiation", "participant"),
        ("Le Maroc et l'Algérie se sont rapprochés. Les deux pays ont signé un accord à Rabat.", "Agreement",
         "participant"),
        ("Le Maroc et l'Algérie s'opposent depuis que les deux pays ont rompu leurs relations.", "Sanction",
         "agent"),
    ],
)
def test_the_two_countries_are_the_two_named_together_before(text: str, kind: str, role: str) -> None:
    assert [tuple(sorted(r.get(role, ()))) for r in roles_of(text, kind)] == [("country/DZ", "country/MA")]


def test_the_two_countries_of_a_later_event_after_depuis_are_not_the_meetings() -> None:
    text = ("Le Maroc et l'Algérie se sont rapprochés. "
            "C'est la première réunion depuis la crise entre les deux pays.")
    assert [r.get("participant") for r in roles_of(text, "Meeting")] == [None]
