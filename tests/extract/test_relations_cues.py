"""Membership cue words added for unseen news: Arabic leaders of a group, French candidates and
parliamentary groups, English staff of an organization. Invented sentences, fictional names."""

from __future__ import annotations

import pytest

from newsgraph.extract.relations import find_memberships
from newsgraph.types import Mention


def _mentions(text: str, spans: list[tuple[str, str, str]]) -> list[Mention]:
    out = []
    for surface, label, entity_id in spans:
        start = text.index(surface)
        out.append(Mention(start, start + len(surface), surface, label, entity_id, 0))  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize(
    ("lang", "text", "spans", "expected"),
    [
        # leaders named before «من أبرز قيادات», past a relative and a verb of reckoning
        ("ar", "واتهم سامي نور، وعلي حسن، اللذان يعتبران من أبرز قيادات حركة الوادي، الحكومة بالفساد.",
         [("سامي نور", "PERSON", "person/sn"), ("علي حسن", "PERSON", "person/ah"),
          ("حركة الوادي", "ORGANIZATION", "org/hw")],
         {("person/sn", "org/hw"), ("person/ah", "org/hw")}),
        ("ar", "وقال سامي نور، أحد قيادات حركة الوادي، إن الهدنة انتهت.",
         [("سامي نور", "PERSON", "person/sn"), ("حركة الوادي", "ORGANIZATION", "org/hw")],
         {("person/sn", "org/hw")}),
        # members listed after «وعلى رأسهم»
        ("ar", "وجرى التشاور بين أعضاء الحلف الشرقي، وعلى رأسهم مصر والأردن.",
         [("الحلف الشرقي", "ORGANIZATION", "org/eb"), ("مصر", "COUNTRY", "country/EG"),
          ("الأردن", "COUNTRY", "country/JO")],
         {("country/EG", "org/eb"), ("country/JO", "org/eb")}),
        # a candidate of a party, the head of a parliamentary group
        ("fr", "Jean Dupont, le candidat du Parti vert, a reconnu sa défaite.",
         [("Jean Dupont", "PERSON", "person/jd"), ("Parti vert", "ORGANIZATION", "org/pv")],
         {("person/jd", "org/pv")}),
        ("fr", "Marie Durand, présidente du groupe Avenir à l'Assemblée, a protesté.",
         [("Marie Durand", "PERSON", "person/md"), ("Avenir", "ORGANIZATION", "org/av")],
         {("person/md", "org/av")}),
        # a membership that is over: «سابقاً», «السابق» right after the council
        ("ar", "وقال سامي نور، عضو مجلس الوادي سابقاً، إن القرار صائب.",
         [("سامي نور", "PERSON", "person/sn"), ("مجلس الوادي", "ORGANIZATION", "org/mw")], set()),
        ("ar", "وقال عضو مجلس الوادي السابق سامي نور إن القرار صائب.",
         [("مجلس الوادي", "ORGANIZATION", "org/mw"), ("سامي نور", "PERSON", "person/sn")], set()),
        # no member when the cue is denied
        ("fr", "Jean Dupont n'est pas le candidat du Parti vert.",
         [("Jean Dupont", "PERSON", "person/jd"), ("Parti vert", "ORGANIZATION", "org/pv")], set()),
    ],
)  # fmt: skip
def test_leaders_candidates_and_group_heads(
    lang: str, text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    rels = find_memberships(text, lang, _mentions(text, spans), [(0, len(text))])
    assert {(r.subject, r.object) for r in rels} == expected


@pytest.mark.skipif(
    __import__("newsgraph.extract.pipeline", fromlist=["x"]).english_model_name("auto") is None,
    reason="needs a trained English pipeline",
)
@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("Ann Lee, a columnist for the Free Times, wrote that the vote was rigged.",
         [("Ann Lee", "PERSON", "person/al"), ("Free Times", "ORGANIZATION", "org/ft")],
         [("person/al", "org/ft")]),
        ("Omar Zed was a professor at Lake University until 2010.",
         [("Omar Zed", "PERSON", "person/oz"), ("Lake University", "ORGANIZATION", "org/lu")],
         [("person/oz", "org/lu")]),
        ("Free Times analyst Ann Lee said the talks failed.",
         [("Free Times", "ORGANIZATION", "org/ft"), ("Ann Lee", "PERSON", "person/al")],
         [("person/al", "org/ft")]),
        # a spokesman speaks for an organization: no member
        ("Omar Zed, a spokesman for the Free Party, denied the report.",
         [("Omar Zed", "PERSON", "person/oz"), ("Free Party", "ORGANIZATION", "org/fp")], []),
    ],
)  # fmt: skip
def test_staff_of_an_organization_from_the_parse(
    text: str, spans: list[tuple[str, str, str]], expected: list[tuple[str, str]]
) -> None:
    from newsgraph.extract.pipeline import get_nlp
    from newsgraph.extract.relations_parse import memberships_from_parse

    found = memberships_from_parse(get_nlp("en")(text), _mentions(text, spans))
    assert [(r.subject, r.object) for r in found] == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("Republican Senator Ann Lee voted against the bill.",
         [("Ann Lee", "PERSON", "person/al")], {("person/al", "org/republican-party-us")}),
        ("The bill's sponsor, Omar Zed (D-Ohio), welcomed the vote.",
         [("Omar Zed", "PERSON", "person/oz")], {("person/oz", "org/democratic-party-us")}),
        ("The city's Democratic mayor Ann Lee closed the parks.",
         [("Ann Lee", "PERSON", "person/al")], {("person/al", "org/democratic-party-us")}),
        # a longer party's name, a word that is no title, or the adjective inside another name: none
        ("Social Democrat leader Ann Lee conceded.", [("Ann Lee", "PERSON", "person/al")], set()),
        ("Republican Guard commander Omar Zed was killed.", [("Omar Zed", "PERSON", "person/oz")], set()),
        ("The Democratic Unionist Party's Ann Lee spoke.",
         [("Democratic Unionist Party", "ORGANIZATION", "org/dup"), ("Ann Lee", "PERSON", "person/al")],
         set()),
    ],
)  # fmt: skip
def test_party_adjectives_and_codes_next_to_a_name(
    text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    rels = find_memberships(text, "en", _mentions(text, spans), [(0, len(text))])
    assert {(r.subject, r.object) for r in rels} == expected
