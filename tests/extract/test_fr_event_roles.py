"""French event roles read from the parse: who speaks, who takes part, where (GUIDELINES.md, "French").

The sentences are written for these tests. Each test needs the trained French pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.extract import extract
from newsgraph.extract.pipeline import french_model_name

needs_model = pytest.mark.skipif(
    french_model_name("auto") is None, reason="needs a trained French pipeline (fr_core_news_md)"
)
pytestmark = needs_model

Found = list[tuple[str, dict[str, tuple[str, ...]], str | None]]


def events(text: str) -> Found:
    return [(e.type, dict(e.roles), e.location) for e in extract(text, language="fr").events]


def of_type(found: Found, kind: str) -> list[tuple[dict[str, tuple[str, ...]], str | None]]:
    return [(roles, place) for t, roles, place in found if t == kind]


def test_an_official_speaks_as_himself() -> None:
    # a spokesperson voices a side; a named person who speaks for himself is the agent only
    assert of_type(events("« Nous sommes prêts », a déclaré Karim Sabri."), "Statement") == [
        ({"agent": ("person/karim-sabri",)}, None)
    ]


def test_every_conjoined_speaker_speaks_and_their_nationality_takes_no_part() -> None:
    found = events("L'Iranien Hossein Amir-Abdollahian et le Saoudien Fayçal ben Farhane, réunis à Pékin, "
                   "ont déclaré que les discussions avanceraient.")  # fmt: skip
    ((roles, _),) = of_type(found, "Statement")
    assert set(roles["agent"]) == {"person/hossein-amir-abdollahian", "person/faycal-ben-farhane"}
    assert not {"country/IR", "country/SA"} & {ref for refs in roles.values() for ref in refs}


def test_a_nationality_right_before_a_name_is_no_participant() -> None:
    ((roles, place),) = of_type(events("L'Iranien Hossein Amir-Abdollahian a rencontré Karim Sabri à Pékin."),
                                "Meeting")  # fmt: skip
    assert set(roles["participant"]) == {"person/hossein-amir-abdollahian", "person/karim-sabri"}
    assert place == "place/gn-1816670"


@pytest.mark.parametrize(
    "text",
    [
        # the subject after the verb names nobody: the call is reported, no one states
        "Karim Sabri et Ali Ben Salah ont échangé au téléphone mercredi, a rapporté la presse d'Etat.",
        # a description with a nationality adjective fills no role
        "La même autorité saoudienne a aussi souligné la position du royaume.",
        # a country deep in a description is not the speaker
        "La direction de la chaîne de télévision de la France a fermement condamné les agressions.",
    ],
)
def test_a_speaker_the_text_does_not_name_gives_no_statement(text: str) -> None:
    assert of_type(events(text), "Statement") == []


def test_a_named_speaker_after_the_verb_is_found_through_the_parse() -> None:
    found = events("La situation est grave, a indiqué l'agence de presse officielle SPA.")
    assert [roles["agent"] for roles, _ in of_type(found, "Statement")] == [("org/spa",)]


def test_who_comments_on_a_meeting_takes_no_part_in_it() -> None:
    found = events("Karim Sabri et Ali Ben Salah se sont rencontrés jeudi à Pékin. "
                   "La télévision d'Etat chinoise CCTV a salué la rencontre entre les deux "
                   "ministres.")  # fmt: skip
    ((meeting, _),) = of_type(found, "Meeting")
    assert set(meeting["participant"]) == {"person/karim-sabri", "person/ali-ben-salah"}
    # the channel is not where they met: its statement gets no place
    assert of_type(found, "Statement") == [({"agent": ("org/cctv",)}, None)]


def test_participants_speaking_after_their_meeting_speak_where_they_met() -> None:
    found = events("Karim Sabri et Ali Ben Salah se sont rencontrés jeudi à Pékin. Karim Sabri et Ali Ben "
                   "Salah ont assuré dans un communiqué publié à l'issue de leur rencontre que le travail "
                   "continuerait.")  # fmt: skip
    ((_, place),) = of_type(found, "Statement")
    assert place == "place/gn-1816670"


def test_a_quote_is_not_placed_where_the_lead_event_happened() -> None:
    found = events("Deux explosions ont eu lieu jeudi près de Kaboul. "
                   "Le ministre afghan Karim Sabri a indiqué que le bilan était lourd.")  # fmt: skip
    assert [place for _, place in of_type(found, "Bombing")] == ["place/gn-1138958"]
    assert of_type(found, "Statement") == [({"agent": ("person/karim-sabri",)}, None)]


def test_a_verb_trigger_the_parse_reads_as_a_noun_refers_back() -> None:
    # «l'attaque» is the noun (not «il attaque»): the claimed attack is the explosions, one event
    found = events("Deux explosions ont eu lieu jeudi près de l'aéroport de Kaboul. Les évacuations se "
                   "poursuivent. Daech a revendiqué l'attaque.")  # fmt: skip
    assert [t for t, _, _ in found if t in ("Attack", "Bombing")] == ["Bombing"]
    assert of_type(found, "Bombing")[0][0] == {"agent": ("org/isis",)}


@pytest.mark.parametrize(
    ("text", "kind", "roles"),
    [
        ("Les Etats-Unis ont décrété des sanctions unilatérales contre l'Iran.", "Sanction",
         {"agent": ("country/US",), "target": ("country/IR",)}),
        ("L'attaque a été revendiquée par Daech.", "Attack", {"agent": ("org/isis",)}),
    ],
)  # fmt: skip
def test_the_doer_of_a_light_verb(text: str, kind: str, roles: dict[str, tuple[str, ...]]) -> None:
    assert [r for r, _ in of_type(events(text), kind)] == [roles]


def test_a_capital_that_speaks_is_its_government() -> None:
    found = events("Pékin a également affirmé vouloir œuvrer à la paix.")
    assert [roles for roles, _ in of_type(found, "Statement")] == [{"agent": ("country/CN",)}]


@pytest.mark.parametrize(
    ("text", "statements"),
    [("Les deux parties vont coopérer, selon le communiqué.", 0),
     ("Les deux parties vont coopérer, d'après le communiqué.", 0),
     ("Le ministère a publié un communiqué.", 1)],
)  # fmt: skip
def test_selon_le_communique_is_an_attribution_not_a_statement(text: str, statements: int) -> None:
    assert len(of_type(events(text), "Statement")) == statements


def test_a_place_of_another_verb_is_not_the_event_place() -> None:
    found = events("Les ministres ont signé jeudi à Pékin un accord pour travailler ensemble à la sécurité "
                   "au Moyen-Orient.")  # fmt: skip
    assert [place for _, place in of_type(found, "Agreement")] == ["place/gn-1816670"]


def test_the_place_of_the_trigger_s_own_participle_is_the_event_place() -> None:
    found = events("Les pourparlers menés secrètement en Chine ont abouti.")
    assert [place for _, place in of_type(found, "Negotiation")] == ["country/CN"]


def test_the_country_of_an_unnamed_official_takes_no_part() -> None:
    # the crown prince and the president take part; their countries are whose officials they are
    found = events("Le prince héritier d'Arabie saoudite a reçu mardi un appel téléphonique "
                   "du président iranien.")
    ((call, _),) = of_type(found, "Call")
    assert not {"country/SA", "country/IR"} & set(call.get("participant", ()))


def test_who_condemns_an_attack_did_not_carry_it_out() -> None:
    found = events("Le porte-parole du gouvernement allemand a fermement condamné l'attaque.")
    assert [roles.get("agent") for roles, _ in of_type(found, "Attack")] == [None]


def test_an_event_at_a_described_site_happened_in_its_city() -> None:
    # «l'aéroport de Kaboul» is a description: the explosions happened in Kabul (the airport stays a mention)
    found = events("Deux explosions ont eu lieu jeudi à l'aéroport de Kaboul.")
    assert [place for _, place in of_type(found, "Bombing")] == ["place/gn-1138958"]
    ext = extract("Deux explosions ont eu lieu jeudi à l'aéroport de Kaboul.", language="fr")
    assert "place/af-kabul-airport" in {m.entity_id for m in ext.mentions}


def test_a_capital_one_visits_stays_a_place() -> None:
    found = events("Le pape François a visité Bagdad vendredi.")
    assert [place for _, place in of_type(found, "Visit")] == ["place/gn-98182"]


@pytest.mark.parametrize(
    ("text", "kind", "roles"),
    [
        ("Le ministre Karim Sabri a constaté une nette amélioration de la situation.", "Statement",
         {"agent": ("person/karim-sabri",)}),
        ("Karim Sabri se souvient de cette journée.", "Statement", {"agent": ("person/karim-sabri",)}),
        ("Des milliers de personnes ont défilé à l'appel de l'ONU.", "Appeal", {"agent": ("org/un",)}),
        ("Les deux pays ont rompu leurs relations diplomatiques.", "Sanction", {}),
        # a participle read as an adjective after «être» is a passive: its subject was hit
        ("Karim Sabri a été empoisonné.", "Attack", {"target": ("person/karim-sabri",)}),
    ],
)  # fmt: skip
def test_french_verbs_and_nouns_of_the_lexicon(
    text: str, kind: str, roles: dict[str, tuple[str, ...]]
) -> None:
    assert [r for r, _ in of_type(events(text), kind)] == [roles]


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        # the verb an event noun is the subject of says where it happened
        ("À Tunis, une fusillade a éclaté mardi.", "Attack", "place/gn-2464470"),
        # a city an event is named after is where it happened
        ("L'attentat de Lyon a fait trois morts.", "Bombing", "place/gn-2996944"),
        ("Des centaines de personnes se sont rassemblées à Tunis.", "Protest", "place/gn-2464470"),
        ("Le ministre Karim Sabri est attendu à Tunis le 3 mai.", "Visit", "place/gn-2464470"),
    ],
)
def test_where_an_event_noun_happened(text: str, kind: str, place: str) -> None:
    assert [p for _, p in of_type(events(text), kind)] == [place]


def dates(text: str) -> list[tuple[str, str | None]]:
    ext = extract(text, language="fr", published=date(2014, 9, 10))
    return [(e.type, e.date.value if e.date else None) for e in ext.events]


def test_a_date_goes_to_the_event_the_parse_hangs_it_on() -> None:
    found = dates("Le 3 mai 1990, Karim Sabri proclamait la victoire, après le référendum du 1er avril 1990.")
    assert found == [("Statement", "1990-05-03"), ("Election", "1990-04-01")]


def test_a_date_after_depuis_dates_the_trigger_inside_the_phrase() -> None:
    # «depuis l'accord …, signé le 2 mars 1990»: the date is the signing's, though a «depuis» phrase
    found = dates("La paix règne depuis l'accord de Tunis, signé le 2 mars 1990.")
    assert found == [("Agreement", "1990-03-02")]
    # a date in a «depuis» phrase the parse hangs on an earlier event noun is not that event's
    assert dates("Il s'agit du premier entretien téléphonique depuis la crise en mars dernier.") == [
        ("Call", "2014-09")
    ]


def test_a_passive_shares_its_subject_as_what_was_done_to() -> None:
    # «X affirme avoir été agressée»: X speaks and was attacked; a singular description names its person
    found = events("La correspondante de la radio RFI en Tunisie, Leila Ben Salah, affirme avoir été "
                   "agressée vendredi à Tunis.")  # fmt: skip
    assert [r for r, _ in of_type(found, "Attack")] == [{"target": ("person/leila-ben-salah",)}]
    assert [r["agent"] for r, _ in of_type(found, "Statement")] == [("person/leila-ben-salah",)]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # an incise that closes its sentence: the person named after the description speaks
        ("« Nous ne partirons pas », affirme un jeune manifestant, Karim Sabri.", [("person/karim-sabri",)]),
        # an unnamed speaker gives no statement
        ("« Nous ne partirons pas », affirme un jeune manifestant.", []),
    ],
)
def test_the_speaker_of_a_closing_incise(text: str, agents: list[tuple[str, ...]]) -> None:
    assert [r["agent"] for r, _ in of_type(events(text), "Statement")] == agents


def test_a_speech_verb_the_lemmatizer_misses_is_found_as_written() -> None:
    # «raconte» after a long apposition is read as an adjective, lemma «racont»
    found = events("Karim Sabri, jeune appelé et témoin de la scène, raconte : « Moi, j'étais là ».")
    assert [r["agent"] for r, _ in of_type(found, "Statement")] == [("person/karim-sabri",)]


def test_the_date_the_parse_gives_beats_a_nearer_one() -> None:
    # «lundi» is the approval's day (a legislature's Vote); the accord was signed on 14 May
    found = dates("Le Parlement a approuvé lundi l'accord signé le 14 mai avec la Tunisie.")
    assert found == [("Vote", "2014-09-08"), ("Agreement", "2014-05-14")]


def test_a_time_clause_dates_the_event_it_hangs_on() -> None:
    found = dates("Elle a été agressée alors qu'elle se trouvait vendredi sur la place du marché.")
    assert found == [("Attack", "2014-09-05")]


@pytest.mark.parametrize(
    "text",
    ["Les diplomates sont d'accord sur cette conclusion.", "Les élus locaux ont adopté le budget."],
)
def test_phrases_that_look_like_a_trigger_but_report_no_event(text: str) -> None:
    assert [t for t, _, _ in events(text) if t in ("Agreement", "Election")] == []


def test_every_item_of_a_list_the_parser_hung_on_the_first_takes_part() -> None:
    # «la Jordanie» is read as a modifier of «L'Égypte», «la France» as its conjunct
    found = events("L'Égypte, la Jordanie et la France ont appelé à un cessez-le-feu à Gaza.")
    agents = [set(r["agent"]) for r, _ in of_type(found, "Appeal")]
    assert agents == [{"country/EG", "country/JO", "country/FR"}]


def test_an_event_noun_takes_the_parties_of_the_verb_it_is_the_subject_of() -> None:
    found = events("Des négociations ont eu lieu entre le Hamas et Israël au Caire.")
    assert [set(r["participant"]) for r, _ in of_type(found, "Negotiation")] == [{"org/hamas", "country/IL"}]


def test_a_nationality_between_a_title_and_a_name_takes_no_part() -> None:
    found = events("Le ministre Karim Sabri a rencontré son homologue jordanien Ayman Safadi à Amman.")
    assert [set(r["participant"]) for r, _ in of_type(found, "Meeting")] == [
        {"person/karim-sabri", "person/ayman-safadi"}
    ]


def test_the_organization_suspects_are_members_of_is_the_target() -> None:
    found = events("La Turquie a arrêté 20 membres présumés de l'État islamique à Istanbul.")
    assert [r.get("target") for r, _ in of_type(found, "Arrest")] == [("org/isis",)]


def test_a_relative_clause_gives_an_event_noun_its_parties_and_place() -> None:
    # the parse hangs «qui se déroulent» on «tracé»; its plural is the negotiations'
    found = events("Les experts citent les négociations sur le tracé frontalier qui se déroulent entre la "
                   "Tunisie et la Libye.")  # fmt: skip
    assert [set(r.get("participant", ())) for r, _ in of_type(found, "Negotiation")] == [
        {"country/TN", "country/LY"}
    ]
    found = events("Le ministre Karim Sabri a visité Rabat lundi. Il a salué la réunion qui s'est tenue "
                   "à Amman samedi.")  # fmt: skip
    assert [place for _, place in of_type(found, "Meeting")] == ["place/gn-250441"]


def test_an_arrest_told_of_another_month_is_not_the_story_arrest() -> None:
    text = ("La police a arrêté trois suspects à Tunis. Deux autres hommes avaient été arrêtés à Tunis "
            "en juin dernier.")  # fmt: skip
    arrests = [e for e in extract(text, language="fr", published=date(2026, 11, 20)).events
               if e.type == "Arrest"]  # fmt: skip
    assert [e.date.value if e.date else None for e in arrests] == ["2026-11", "2026-06"]


def test_a_place_in_what_the_meeting_discussed_is_not_where_it_met() -> None:
    # «pour discuter de la situation en Libye»: the topic's country, not the meeting's place
    text = "Karim Sabri a rencontré Ali Ben Salah lundi pour discuter de la situation en Libye."
    ((_, place),) = of_type(events(text), "Meeting")
    assert place is None
    # the talks' own participle still places them: «des pourparlers menés à Pékin»
    found = events("Ils ont annoncé un accord après des pourparlers menés à Pékin.")
    ((_, held),) = of_type(found, "Negotiation")
    assert held == "place/gn-1816670"


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        # the parser hangs the second name on the first name's last word
        ("La rencontre entre Mahmoud Abbas et Ismaïl Haniyeh a eu lieu à Alger.", "Meeting",
         {"person/mahmoud-abbas", "person/ismail-haniyeh"}),
        # the parser makes the second side the subject of the next verb
        ("Les négociations entre Israël et le Hamas ont repris.", "Negotiation", {"country/IL", "org/hamas"}),
    ],
)  # fmt: skip
def test_both_sides_of_entre_x_et_y_take_part(text: str, kind: str, parties: set[str]) -> None:
    ((roles, _),) = of_type(events(text), kind)
    assert set(roles["participant"]) == parties


def test_a_country_a_resolution_is_against_is_not_the_story_place() -> None:
    found = events("Le Parlement de Valdoria a adopté mardi une résolution contre la Norvège.")
    assert [loc for _, loc in of_type(found, "Vote")] == [None]


def test_a_call_received_past_a_day_and_its_part_of_the_day_is_a_call() -> None:
    # «a reçu lundi soir un appel de X»: three words between the verb and the call, not an appeal
    found = events("Le roi a reçu lundi soir un appel du président Jean Dupont.")
    assert of_type(found, "Call") and not of_type(found, "Appeal"), found
