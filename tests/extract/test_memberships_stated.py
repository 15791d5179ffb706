"""Memberships the text states in list, apposition and noun shapes (issue 16, item 3): invented sentences."""

from __future__ import annotations

import pytest
from tests.extract.membership_mentions import mentions, needs_en, needs_fr

from newsgraph.extract.relations import find_memberships

_LEAGUE = [("Lake League", "ORGANIZATION", "org/ll"), ("Ruritania", "COUNTRY", "country/RU"),
           ("Freedonia", "COUNTRY", "country/FD")]
_BOTH = {("country/RU", "org/ll"), ("country/FD", "org/ll")}


@pytest.mark.parametrize(
    ("lang", "text", "spans", "expected"),
    [
        # a "contains" verb whose subject is the container, the members right after it
        ("en", "The Lake League, which includes Ruritania and Freedonia, met on Monday.", _LEAGUE, _BOTH),
        ("en", "The Lake League now comprises Ruritania, Freedonia and the Lake Bank.",
         [*_LEAGUE, ("Lake Bank", "ORGANIZATION", "org/lb")], {*_BOTH, ("org/lb", "org/ll")}),
        ("fr", "La Ligue du Lac regroupe la Ruritanie et la Freedonie.",
         [("Ligue du Lac", "ORGANIZATION", "org/ll"), ("Ruritanie", "COUNTRY", "country/RU"),
          ("Freedonie", "COUNTRY", "country/FD")], _BOTH),
        ("ar", "أعلن حلف البحيرة الذي يضم روريتانيا وفريدونيا دعمه للقرار.",
         [("حلف البحيرة", "ORGANIZATION", "org/ll"), ("روريتانيا", "COUNTRY", "country/RU"),
          ("فريدونيا", "COUNTRY", "country/FD")], _BOTH),
        # the container is not the verb's subject, a single name, or words before the names: none
        ("en", "The Lake League's plan includes Ruritania and Freedonia.", _LEAGUE, set()),
        ("en", "The Lake League includes Ruritania in its plans.", _LEAGUE[:2], set()),
        ("en", "The Lake League includes fighters from Ruritania and Freedonia.", _LEAGUE, set()),
        # members "of" the container, then the list
        ("en", "The permanent members of the Lake League, Ruritania and Freedonia, voted.", _LEAGUE, _BOTH),
        ("en", "Members of the Lake League, Ruritania said, must act.", _LEAGUE[:2], set()),
        # a French list after «comme»
        ("fr", "Les pays membres de la Ligue du Lac comme la Ruritanie et la Freedonie ont voté.",
         [("Ligue du Lac", "ORGANIZATION", "org/ll"), ("Ruritanie", "COUNTRY", "country/RU"),
          ("Freedonie", "COUNTRY", "country/FD")], _BOTH),
        # «عضوية X في Y», not when it is sought or frozen
        ("ar", "ناقش الوزراء عضوية روريتانيا في حلف البحيرة.",
         [("روريتانيا", "COUNTRY", "country/RU"), ("حلف البحيرة", "ORGANIZATION", "org/ll")],
         {("country/RU", "org/ll")}),
        ("ar", "ناقش الوزراء طلب عضوية روريتانيا في حلف البحيرة.",
         [("روريتانيا", "COUNTRY", "country/RU"), ("حلف البحيرة", "ORGANIZATION", "org/ll")], set()),
        ("ar", "قرر الحلف تجميد عضوية روريتانيا في حلف البحيرة.",
         [("روريتانيا", "COUNTRY", "country/RU"), ("حلف البحيرة", "ORGANIZATION", "org/ll")], set()),
        # «قد» between a member and its verb of joining
        ("ar", "وكانت روريتانيا قد انضمت إلى حلف البحيرة العام الماضي.",
         [("روريتانيا", "COUNTRY", "country/RU"), ("حلف البحيرة", "ORGANIZATION", "org/ll")],
         {("country/RU", "org/ll")}),
        # an honorary member: «عضو شرف», the club, the member's name
        ("ar", "وأكد عضو شرف نادي البحيرة سالم العتيبي دعمه للفريق.",
         [("نادي البحيرة", "ORGANIZATION", "org/nb"), ("سالم العتيبي", "PERSON", "person/sa")],
         {("person/sa", "org/nb")}),
        # a party noun in apposition to a name ("a Democrat", "Republican from Ohio")
        ("en", "Ann Lee, a Democrat, voted for the bill.", [("Ann Lee", "PERSON", "person/al")],
         {("person/al", "org/democratic-party-us")}),
        ("en", "Senator Omar Zed, Republican from Ohio, voted no.", [("Omar Zed", "PERSON", "person/oz")],
         {("person/oz", "org/republican-party-us")}),
        ("en", "Ann Lee, a Republican-appointed judge, ruled.", [("Ann Lee", "PERSON", "person/al")], set()),
        ("en", "Ann Lee, a Republican Guard officer, died.", [("Ann Lee", "PERSON", "person/al")], set()),
    ],
)  # fmt: skip
def test_memberships_stated_by_cue_words(
    lang: str, text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    rels = find_memberships(text, lang, mentions(text, spans), [(0, len(text))])
    assert {(r.subject, r.object) for r in rels} == expected


@needs_en
@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Tom Hale was helped by former members of the Free Church, including Ann Lee and Omar Zed.",
         [("Tom Hale", "PERSON", "person/th"), ("Free Church", "ORGANIZATION", "org/fc"),
          ("Ann Lee", "PERSON", "person/al"), ("Omar Zed", "PERSON", "person/oz")]),
        ("Tom Hale, a former member of the Free Party, spoke on Monday.",
         [("Tom Hale", "PERSON", "person/th"), ("Free Party", "ORGANIZATION", "org/fp")]),
    ],
)
def test_former_members_are_none(text: str, spans: list[tuple[str, str, str]]) -> None:
    from newsgraph.extract.pipeline import get_nlp
    from newsgraph.extract.relations_parse import memberships_from_parse

    assert memberships_from_parse(get_nlp("en")(text), mentions(text, spans)) == []


@needs_fr
@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a post in a party or movement makes a member, a post in another organization does not
        ("Paul Marin, cadre du parti Zorba, a critiqué le projet.",
         [("Paul Marin", "PERSON", "person/pm"), ("Zorba", "ORGANIZATION", "org/z")],
         {("person/pm", "org/z")}),
        ("Paul Marin, dirigeant du Parti vert, a critiqué le projet.",
         [("Paul Marin", "PERSON", "person/pm"), ("Parti vert", "ORGANIZATION", "org/pv")],
         {("person/pm", "org/pv")}),
        ("Paul Marin, responsable de la Banque du Lac, a critiqué le projet.",
         [("Paul Marin", "PERSON", "person/pm"), ("Banque du Lac", "ORGANIZATION", "org/bl")], set()),
        ("Paul Marin, ancien dirigeant du Parti vert, a critiqué le projet.",
         [("Paul Marin", "PERSON", "person/pm"), ("Parti vert", "ORGANIZATION", "org/pv")], set()),
        # the party's adjective before the name, the article naming the party
        ("Le Parti vert a gagné. Le député vert Paul Marin a critiqué le projet.",
         [("Parti vert", "ORGANIZATION", "org/pv"), ("Paul Marin", "PERSON", "person/pm")],
         {("person/pm", "org/pv")}),
        ("Le député vert Paul Marin a critiqué le projet.", [("Paul Marin", "PERSON", "person/pm")], set()),
    ],
)  # fmt: skip
def test_french_group_posts_and_party_adjectives(
    text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    from newsgraph.extract.pipeline import get_nlp
    from newsgraph.extract.relations_parse import memberships_from_parse

    found = memberships_from_parse(get_nlp("fr")(text), mentions(text, spans))
    assert {(r.subject, r.object) for r in found} == expected


@needs_en
@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a role noun with a party after "from" or "for"; another organization there is no membership
        ("Ann Lee, a lawmaker from the Free Party, voted against the bill.",
         [("Ann Lee", "PERSON", "person/al"), ("Free Party", "ORGANIZATION", "org/fp")],
         {("person/al", "org/fp")}),
        ("Ann Lee, an MP for the Free Party, said the vote was unfair.",
         [("Ann Lee", "PERSON", "person/al"), ("Free Party", "ORGANIZATION", "org/fp")],
         {("person/al", "org/fp")}),
        ("Ann Lee, an official from the Lake Bank, said the loan was approved.",
         [("Ann Lee", "PERSON", "person/al"), ("Lake Bank", "ORGANIZATION", "org/lb")], set()),
        # a hyphenated name the NER stopped at the hyphen, "of" a party
        ("Councillor Wu Chi-wai of the Free Party was elected.",
         [("Wu Chi", "PERSON", "person/wc"), ("Free Party", "ORGANIZATION", "org/fp")],
         {("person/wc", "org/fp")}),
        # a former official is no member
        ("Ann Lee, a former Free Party official, was arrested.",
         [("Ann Lee", "PERSON", "person/al"), ("Free Party", "ORGANIZATION", "org/fp")], set()),
    ],
)  # fmt: skip
def test_english_role_nouns_of_parties_and_alliances(
    text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    from newsgraph.extract.pipeline import get_nlp
    from newsgraph.extract.relations_parse import memberships_from_parse

    found = memberships_from_parse(get_nlp("en")(text), mentions(text, spans))
    assert {(r.subject, r.object) for r in found} == expected
