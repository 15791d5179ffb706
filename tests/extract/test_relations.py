"""Membership rules, Arabic and English side by side."""

from __future__ import annotations

import pytest
from tests.extract.membership_mentions import mentions, needs_en, needs_fr

from newsgraph.extract.relations import find_memberships
from newsgraph.types import Mention

CASES = [
    (
        "en",
        "The African Union, whose members include Egypt, Ghana and Eritrea, met on Sunday.",
        [
            ("African Union", "ORGANIZATION", "org/au"),
            ("Egypt", "COUNTRY", "country/EG"),
            ("Ghana", "COUNTRY", "country/GH"),
            ("Eritrea", "COUNTRY", "country/ER"),
        ],
        {("country/EG", "org/au"), ("country/GH", "org/au"), ("country/ER", "org/au")},
    ),
    (
        "ar",
        "ويضم الحلف 30 عضواً، منها فرنسا وإيطاليا.",
        [
            ("الحلف", "ORGANIZATION", "org/x"),
            ("فرنسا", "COUNTRY", "country/FR"),
            ("إيطاليا", "COUNTRY", "country/IT"),
        ],
        {("country/FR", "org/x"), ("country/IT", "org/x")},
    ),
    (
        "en",
        "The alliance includes 30 members, including France and Italy.",
        [
            ("alliance", "ORGANIZATION", "org/x"),
            ("France", "COUNTRY", "country/FR"),
            ("Italy", "COUNTRY", "country/IT"),
        ],
        {("country/FR", "org/x"), ("country/IT", "org/x")},
    ),
    (
        "ar",
        "المغرب عضو في الاتحاد الأفريقي منذ سنوات.",
        [("المغرب", "COUNTRY", "country/MA"), ("الاتحاد الأفريقي", "ORGANIZATION", "org/au")],
        {("country/MA", "org/au")},
    ),
    (
        "en",
        "Morocco joined the African Union in 2017.",
        [("Morocco", "COUNTRY", "country/MA"), ("African Union", "ORGANIZATION", "org/au")],
        {("country/MA", "org/au")},
    ),
    (
        "en",
        "Gabon rejoined the Commonwealth after a long absence.",
        [("Gabon", "COUNTRY", "country/GA"), ("Commonwealth", "ORGANIZATION", "org/cw")],
        {("country/GA", "org/cw")},
    ),
    (
        "en",
        "Chile and Peru are among the members of the Pacific Alliance.",
        [("Chile", "COUNTRY", "country/CL"), ("Peru", "COUNTRY", "country/PE"),
         ("Pacific Alliance", "ORGANIZATION", "org/pa")],
        {("country/CL", "org/pa"), ("country/PE", "org/pa")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "spans", "expected"), CASES)
def test_find_memberships_cues(
    lang: str, text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    rels = find_memberships(text, lang, mentions(text, spans), [(0, len(text))])
    assert {(r.subject, r.object) for r in rels} == expected
    assert all(r.predicate == "memberOf" for r in rels)


@pytest.mark.parametrize(
    ("lang", "text", "spans"),
    [
        (
            "ar",
            "زار وزير خارجية فرنسا إيطاليا أمس.",
            [("فرنسا", "COUNTRY", "country/FR"), ("إيطاليا", "COUNTRY", "country/IT")],
        ),
        (
            "en",
            "France criticised the African Union.",
            [("France", "COUNTRY", "country/FR"), ("African Union", "ORGANIZATION", "org/au")],
        ),
    ],
)
def test_find_memberships_no_cue_no_relation(lang: str, text: str, spans: list[tuple[str, str, str]]) -> None:
    assert find_memberships(text, lang, mentions(text, spans), [(0, len(text))]) == []


def test_find_memberships_stays_within_sentence() -> None:
    text = "The bloc includes ten states. Officials, including France, met."
    ms = mentions(text, [("bloc", "ORGANIZATION", "org/x"), ("France", "COUNTRY", "country/FR")])
    assert find_memberships(text, "en", ms, [(0, 29), (30, len(text))]) == []


@pytest.mark.parametrize(
    ("lang", "text", "spans", "expected"),
    [
        ("en", "Brazil is not a member of the G7.", [("Brazil", "COUNTRY", "country/BR"),
                                                  ("G7", "ORGANIZATION", "org/g7")], set()),
        ("en", "Turkey is also a member of NATO.", [("Turkey", "COUNTRY", "country/TR"),
                                                 ("NATO", "ORGANIZATION", "org/nato")],
         {("country/TR", "org/nato")}),
        ("en", "A poll by NBC News showed 220 members of the House favored it.",
         [("NBC News", "ORGANIZATION", "org/nbc"), ("House", "ORGANIZATION", "org/house")], set()),
        # The member is the whole name, not the nationality adjective inside it.
        ("ar", "ونقلت وكالة الأنباء اليمنية التابعة لوزارة الإعلام عن الرئيس قوله.",
         [("وكالة الأنباء اليمنية", "ORGANIZATION", "org/saba"), ("اليمنية", "COUNTRY", "country/YE"),
          ("وزارة الإعلام", "ORGANIZATION", "org/moi")], {("org/saba", "org/moi")}),
    ],
)
def test_find_memberships_member_next_to_its_cue(
    lang: str, text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    ms = mentions(text, spans)
    assert {(r.subject, r.object) for r in find_memberships(text, lang, ms, [(0, len(text))])} == expected


@needs_en
@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("NATO member Turkey sent troops.", [("NATO", "ORGANIZATION", "org/nato"),
                                            ("Turkey", "COUNTRY", "country/TR")], ("country/TR", "org/nato")),
        ("Donald Tusk, a founding Civic Platform member, spoke.",
         [("Donald Tusk", "PERSON", "person/dt"), ("Civic Platform", "ORGANIZATION", "org/po")],
         ("person/dt", "org/po")),
        ("The BBC's Jonathan Marcus said questions remain.",
         [("BBC", "ORGANIZATION", "org/bbc"), ("Jonathan Marcus", "PERSON", "person/jm")],
         ("person/jm", "org/bbc")),
        ('A member of the Free Party, Ann Lee said, "We will vote."',
         [("Free Party", "ORGANIZATION", "org/fp"), ("Ann Lee", "PERSON", "person/al")],
         ("person/al", "org/fp")),
        ("The Red Brigade is the armed wing of the Free Party.",
         [("Red Brigade", "ORGANIZATION", "org/rb"), ("Free Party", "ORGANIZATION", "org/fp")],
         ("org/rb", "org/fp")),
        # a politician "of" a party
        ("Ann Lee of the Free Party said the vote was a disgrace.",
         [("Ann Lee", "PERSON", "person/al"), ("Free Party", "ORGANIZATION", "org/fp")],
         ("person/al", "org/fp")),
        # a person's role with the organization as its modifier
        ("Ahmed Saleh, a senior Hezbollah commander, was killed.",
         [("Ahmed Saleh", "PERSON", "person/as"), ("Hezbollah", "ORGANIZATION", "org/hz")],
         ("person/as", "org/hz")),
        ("BBC correspondent Jonathan Marcus said the talks failed.",
         [("BBC", "ORGANIZATION", "org/bbc"), ("Jonathan Marcus", "PERSON", "person/jm")],
         ("person/jm", "org/bbc")),
        # a member "as" what a verb made the person, and a member among conjoined appositions
        ("Ann Lee first entered politics when elected in 2001 as a member of the Free Party.",
         [("Ann Lee", "PERSON", "person/al"), ("Free Party", "ORGANIZATION", "org/fp")],
         ("person/al", "org/fp")),
        ("Voters chose Ann Lee — former Foreign Secretary, mayor of Leeds, and member of the Free Party — "
         "as leader.",
         [("Ann Lee", "PERSON", "person/al"), ("Free Party", "ORGANIZATION", "org/fp")],
         ("person/al", "org/fp")),
        # a party a person possesses
        ("He was jailed under Lee's former party Free Platform's time in government.",
         [("Lee", "PERSON", "person/al"), ("Free Platform", "ORGANIZATION", "org/fp")],
         ("person/al", "org/fp")),
        # an agency of an organization
        ("The Food Office, a specialized agency of the United Nations, is based in Rome.",
         [("Food Office", "ORGANIZATION", "org/fo"), ("United Nations", "ORGANIZATION", "org/un")],
         ("org/fo", "org/un")),
    ],
)
def test_memberships_from_parse(
    text: str, spans: list[tuple[str, str, str]], expected: tuple[str, str]
) -> None:
    from newsgraph.extract.pipeline import get_nlp
    from newsgraph.extract.relations_parse import memberships_from_parse

    found = memberships_from_parse(get_nlp("en")(text), mentions(text, spans))
    assert [(r.subject, r.object) for r in found] == [expected]


@needs_en
def test_a_negated_membership_is_none() -> None:
    from newsgraph.extract.pipeline import get_nlp
    from newsgraph.extract.relations_parse import memberships_from_parse

    text = "Brazil is not a member of the Free Group."
    spans = [("Brazil", "COUNTRY", "country/BR"), ("Free Group", "ORGANIZATION", "org/fg")]
    assert memberships_from_parse(get_nlp("en")(text), mentions(text, spans)) == []


@pytest.mark.parametrize(
    ("lang", "text", "spans"),
    [
        ("ar", "وشنت طائرات التحالف بقيادة السعودية غارات.",
         [("التحالف", "ORGANIZATION", "org/c"), ("السعودية", "COUNTRY", "country/SA")]),
        ("en", "Jets of the coalition led by Saudi Arabia struck.",
         [("coalition", "ORGANIZATION", "org/c"), ("Saudi Arabia", "COUNTRY", "country/SA")]),
        ("en", "The Saudi-led coalition struck.",  # the leader named inside the name
         [("Saudi-led coalition", "ORGANIZATION", "org/c")]),
        ("ar", "وشنت طائرات التحالف العربي بقيادة السعودية غارات.",
         [("التحالف العربي بقيادة السعودية", "ORGANIZATION", "org/c")]),
    ],
)
def test_the_leader_of_a_coalition_is_a_member(
    lang: str, text: str, spans: list[tuple[str, str, str]]
) -> None:
    leaders = {"Saudi": "country/SA", "السعودية": "country/SA"}
    found = find_memberships(text, lang, mentions(text, spans), [(0, len(text))], leader_of=leaders.get)
    assert {(r.subject, r.object) for r in found} == {("country/SA", "org/c")}


@pytest.mark.parametrize(
    ("lang", "text", "spans", "expected"),
    [
        # a member's title, the container, then the name
        ("ar", "وقال القيادي في حركة النهضة سامي حداد إن الحركة ترفض.",
         [("حركة النهضة", "ORGANIZATION", "org/n"), ("سامي حداد", "PERSON", "person/sh")],
         {("person/sh", "org/n")}),
        ("ar", "وقال عضو المكتب السياسي لحركة النهضة سامي حداد إن الحركة ترفض.",
         [("حركة النهضة", "ORGANIZATION", "org/n"), ("سامي حداد", "PERSON", "person/sh")],
         {("person/sh", "org/n")}),
        # the name first, the title after it
        ("ar", "وقال سامي حداد، القيادي في حركة النهضة، إن الحركة ترفض.",
         [("سامي حداد", "PERSON", "person/sh"), ("حركة النهضة", "ORGANIZATION", "org/n")],
         {("person/sh", "org/n")}),
        # «أحد عناصر»: one of the members of
        ("ar", "واعتقلت الشرطة سامي حداد، أحد عناصر تنظيم الفجر، في المدينة.",
         [("سامي حداد", "PERSON", "person/sh"), ("تنظيم الفجر", "ORGANIZATION", "org/f")],
         {("person/sh", "org/f")}),
        # the members noun before the container, the countries listed after it
        ("ar", "وأشاد بدور دول التحالف، وفي مقدمتها السعودية والإمارات، في اليمن.",
         [("التحالف", "ORGANIZATION", "org/c"), ("السعودية", "COUNTRY", "country/SA"),
          ("الإمارات", "COUNTRY", "country/AE"), ("اليمن", "COUNTRY", "country/YE")],
         {("country/SA", "org/c"), ("country/AE", "org/c")}),
        ("en", "The coalition members Jordan, Egypt and Morocco sent jets to Yemen.",
         [("coalition", "ORGANIZATION", "org/c"), ("Jordan", "COUNTRY", "country/JO"),
          ("Egypt", "COUNTRY", "country/EG"), ("Morocco", "COUNTRY", "country/MA"),
          ("Yemen", "COUNTRY", "country/YE")],
         {("country/JO", "org/c"), ("country/EG", "org/c"), ("country/MA", "org/c")}),
        # a list of members before the cue
        ("en", "Benin, Nigeria join African Union trade bloc.",
         [("Benin", "COUNTRY", "country/BJ"), ("Nigeria", "COUNTRY", "country/NG"),
          ("African Union", "ORGANIZATION", "org/au")],
         {("country/BJ", "org/au"), ("country/NG", "org/au")}),
    ],
)  # fmt: skip
def test_find_memberships_titles_and_member_lists(
    lang: str, text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    rels = find_memberships(text, lang, mentions(text, spans), [(0, len(text))])
    assert {(r.subject, r.object) for r in rels} == expected


@pytest.mark.parametrize(
    ("lang", "text", "spans"),
    [
        # a country named after the container but not as its member
        ("ar", "وأشاد بدور دول التحالف في اليمن.",
         [("التحالف", "ORGANIZATION", "org/c"), ("اليمن", "COUNTRY", "country/YE")]),
        # a verb between the members noun's container and the country
        ("en", "The coalition countries attacked Yemen.",
         [("coalition", "ORGANIZATION", "org/c"), ("Yemen", "COUNTRY", "country/YE")]),
        # a name far from the container
        ("ar", "وقال القيادي في حركة النهضة إن الحكومة التي يرأسها سامي حداد سقطت.",
         [("حركة النهضة", "ORGANIZATION", "org/n"), ("سامي حداد", "PERSON", "person/sh")]),
    ],
)  # fmt: skip
def test_find_memberships_titles_and_lists_need_their_shape(
    lang: str, text: str, spans: list[tuple[str, str, str]]
) -> None:
    assert find_memberships(text, lang, mentions(text, spans), [(0, len(text))]) == []


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # Arabic puts the verb of joining first: the member follows it, then «إلى» and the container
        ("وانضمت تركيا إلى حلف شمال الأطلسي عام 1952.",
         [("تركيا", "COUNTRY", "country/TR"), ("حلف شمال الأطلسي", "ORGANIZATION", "org/nato")],
         {("country/TR", "org/nato")}),
        ("ورحب المجلس بانضمام المغرب إلى الاتحاد الأفريقي.",
         [("المجلس", "ORGANIZATION", "org/c"), ("المغرب", "COUNTRY", "country/MA"),
          ("الاتحاد الأفريقي", "ORGANIZATION", "org/au")],
         {("country/MA", "org/au")}),
        ("وانضمت مصر والأردن إلى التحالف الدولي.",
         [("مصر", "COUNTRY", "country/EG"), ("الأردن", "COUNTRY", "country/JO"),
          ("التحالف الدولي", "ORGANIZATION", "org/gc")],
         {("country/EG", "org/gc"), ("country/JO", "org/gc")}),
        # a nationality before the name describes the member
        ("انضم المدافع البحريني محمد حسين إلى نادي النصر.",
         [("البحريني", "COUNTRY", "country/BH"), ("محمد حسين", "PERSON", "person/mh"),
          ("نادي النصر", "ORGANIZATION", "org/nassr")],
         {("person/mh", "org/nassr")}),
        # no «إلى» between member and organization, or a sentence of its own in between: nothing
        ("وانضمت تركيا في اجتماع حلف شمال الأطلسي.",
         [("تركيا", "COUNTRY", "country/TR"), ("حلف شمال الأطلسي", "ORGANIZATION", "org/nato")],
         set()),
    ],
)  # fmt: skip
def test_arabic_verb_of_joining_first(
    text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    rels = find_memberships(text, "ar", mentions(text, spans), [(0, len(text))])
    assert {(r.subject, r.object) for r in rels} == expected


def test_contains_cue_needs_its_container_beside_it_and_the_members_listed_after_the_list_cue() -> None:
    # «تضم» with the forces the cell targeted, far from the verb: no container, no members
    text = ("أدين بتشكيل خلية تضم بالإضافة إليه بعض أقربائه كانت تستهدف القوات الأمريكية في الكويت، "
            "ومنها إيران والعراق.")
    ms = mentions(text, [("القوات الأمريكية", "ORGANIZATION", "org/us-forces"),
                          ("الكويت", "COUNTRY", "country/KW"), ("إيران", "COUNTRY", "country/IR"),
                          ("العراق", "COUNTRY", "country/IQ")])
    assert find_memberships(text, "ar", ms, [(0, len(text))]) == []
    # beside the verb, the container's members are the list right after the list cue, not the sentence's rest
    text = "ويضم الحلف 30 عضواً، منها فرنسا وإيطاليا، فيما زار الوزير ألمانيا."
    ms = mentions(text, [("الحلف", "ORGANIZATION", "org/x"), ("فرنسا", "COUNTRY", "country/FR"),
                          ("إيطاليا", "COUNTRY", "country/IT"), ("ألمانيا", "COUNTRY", "country/DE")])
    found = {(r.subject, r.object) for r in find_memberships(text, "ar", ms, [(0, len(text))])}
    assert found == {("country/FR", "org/x"), ("country/IT", "org/x")}


def test_member_cue_takes_the_first_name_after_it_as_the_container() -> None:
    # «التابع لمحافظة Y»: the governorate is no organization, and the brigade further on is another clause's
    text = "ويسكن مركز بحر أبو سكينة التابع لمحافظة محايل عسير ويعمل في اللواء الرابع."
    ms = mentions(text, [("مركز بحر أبو سكينة", "ORGANIZATION", "org/c"),
                          ("محافظة محايل عسير", "PLACE", "place/m"),
                          ("اللواء الرابع", "ORGANIZATION", "org/b4")])
    assert find_memberships(text, "ar", ms, [(0, len(text))]) == []
    text = "شركة سكوت للتسويق، التابعة لشركة طيران سنغافورة، تمكنت من النمو."
    ms = mentions(text, [("شركة سكوت للتسويق", "ORGANIZATION", "org/s"),
                          ("شركة طيران سنغافورة", "ORGANIZATION", "org/sia")])
    assert [(r.subject, r.object) for r in find_memberships(text, "ar", ms, [(0, len(text))])] == [
        ("org/s", "org/sia")]


def test_listed_members_go_on_past_an_acronym_in_brackets() -> None:
    text = "ويضم التحالف 84 عضواً، منها حلف شمال الأطلسي (ناتو) والشرطة الدولية (إنتربول)."
    ms = mentions(text, [("التحالف", "ORGANIZATION", "org/c"),
                          ("حلف شمال الأطلسي", "ORGANIZATION", "org/nato"),
                          ("ناتو", "ORGANIZATION", "org/nato"),
                          ("الشرطة الدولية", "ORGANIZATION", "org/interpol")])
    found = {(r.subject, r.object) for r in find_memberships(text, "ar", ms, [(0, len(text))])}
    assert found == {("org/nato", "org/c"), ("org/interpol", "org/c")}


_BRACKETS = [
    ("en", "Iran met the Quartet group (the United States, Russia and China) in Vienna.",
     [("Quartet", "ORGANIZATION", "org/q"), ("United States", "COUNTRY", "country/US"),
      ("Russia", "COUNTRY", "country/RU"), ("China", "COUNTRY", "country/CN")]),
    ("fr", "L'Iran a rencontré le Quartette (les États-Unis, la Russie et la Chine) à Vienne.",
     [("Quartette", "ORGANIZATION", "org/q"), ("États-Unis", "COUNTRY", "country/US"),
      ("Russie", "COUNTRY", "country/RU"), ("Chine", "COUNTRY", "country/CN")]),
    ("ar", "التقت إيران الرباعية (الولايات المتحدة وروسيا والصين) في فيينا.",
     [("الرباعية", "ORGANIZATION", "org/q"), ("الولايات المتحدة", "COUNTRY", "country/US"),
      ("روسيا", "COUNTRY", "country/RU"), ("الصين", "COUNTRY", "country/CN")]),
]


@pytest.mark.parametrize(("lang", "text", "spans"), _BRACKETS)
def test_members_listed_in_brackets_after_their_group(lang: str, text: str,
                                                      spans: list[tuple[str, str, str]]) -> None:
    rels = find_memberships(text, lang, mentions(text, spans), [(0, len(text))])
    assert {(r.subject, r.object) for r in rels if r.predicate == "memberOf"} == {
        ("country/US", "org/q"), ("country/RU", "org/q"), ("country/CN", "org/q")}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The Quartet (signed by Russia and China) met.",  # a clause in brackets
         [("Quartet", "ORGANIZATION", "org/q"), ("Russia", "COUNTRY", "country/RU"),
          ("China", "COUNTRY", "country/CN")]),
        ("The Quartet (Russia) met.",  # one name is an alias or a note, not a list of members
         [("Quartet", "ORGANIZATION", "org/q"), ("Russia", "COUNTRY", "country/RU")]),
    ],
)
def test_brackets_that_hold_no_member_list(text: str, spans: list[tuple[str, str, str]]) -> None:
    assert find_memberships(text, "en", mentions(text, spans), [(0, len(text))]) == []


_NEEDS_EN = pytest.mark.skipif(
    __import__("newsgraph.extract.pipeline", fromlist=["x"]).english_model_name("auto") is None,
    reason="needs a trained English pipeline",
)


@_NEEDS_EN
@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # the organization's name unmarked here, marked elsewhere in the article (mentions come from there)
        ("The Free Platform won. Ann Lee, a founding Free Platform member, spoke.",
         [("Free Platform", "ORGANIZATION", "org/fp"), ("Ann Lee", "PERSON", "person/al")],
         {("person/al", "org/fp")}),
        # members named after "including", the "member states of" an organization
        ("The member states of the Lake League, including Ruritania and Freedonia, met on Monday.",
         [("Lake League", "ORGANIZATION", "org/ll"), ("Ruritania", "COUNTRY", "country/RU"),
          ("Freedonia", "COUNTRY", "country/FD")],
         {("country/RU", "org/ll"), ("country/FD", "org/ll")}),
        # a member in a relative clause, and an organization's possessive
        ("Omar Zed, who is a member of the Free Party, was detained.",
         [("Omar Zed", "PERSON", "person/oz"), ("Free Party", "ORGANIZATION", "org/fp")],
         {("person/oz", "org/fp")}),
        ("Ruritania became the Lake League's tenth member in 2011.",
         [("Ruritania", "COUNTRY", "country/RU"), ("Lake League", "ORGANIZATION", "org/ll")],
         {("country/RU", "org/ll")}),
        ("The Lake League, of which Ruritania is a founding member, met.",
         [("Lake League", "ORGANIZATION", "org/ll"), ("Ruritania", "COUNTRY", "country/RU")],
         {("country/RU", "org/ll")}),
        # a subject the parser takes for an apposition (no comma closes it) is no member
        ("Asked about a call with Ann Lee, a senior Lake League official said talks went well.",
         [("Ann Lee", "PERSON", "person/al"), ("Lake League", "ORGANIZATION", "org/ll")], set()),
    ],
)
def test_memberships_from_parse_lists_relatives_and_possessives(
    text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    from newsgraph.extract.pipeline import get_nlp
    from newsgraph.extract.relations_parse import memberships_from_parse

    ms = mentions(text, spans)
    if text.startswith("The Free Platform"):  # the second "Free Platform" is left unmarked
        ms = [m for m in ms if m.entity_id != "org/fp"] + [Mention(4, 17, "Free Platform", "ORGANIZATION",
                                                                   "org/fp", 0)]
    found = memberships_from_parse(get_nlp("en")(text), ms)
    assert {(r.subject, r.object) for r in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "spans", "expected"),
    [
        # several members before the cue, "both"/«tous deux» between
        ("en", "Ruritania and Freedonia, both members of the Lake League, objected.",
         [("Ruritania", "COUNTRY", "country/RU"), ("Freedonia", "COUNTRY", "country/FD"),
          ("Lake League", "ORGANIZATION", "org/ll")],
         {("country/RU", "org/ll"), ("country/FD", "org/ll")}),
        ("fr", "La Ruritanie et la Freedonie, tous deux membres de la Ligue du Lac, ont protesté.",
         [("Ruritanie", "COUNTRY", "country/RU"), ("Freedonie", "COUNTRY", "country/FD"),
          ("Ligue du Lac", "ORGANIZATION", "org/ll")],
         {("country/RU", "org/ll"), ("country/FD", "org/ll")}),
        ("fr", "La Ruritanie a rejoint la Ligue du Lac en 2011.",
         [("Ruritanie", "COUNTRY", "country/RU"), ("Ligue du Lac", "ORGANIZATION", "org/ll")],
         {("country/RU", "org/ll")}),
        ("fr", "Les pays membres de la Ligue du Lac, dont la Ruritanie et la Freedonie, se sont réunis.",
         [("Ligue du Lac", "ORGANIZATION", "org/ll"), ("Ruritanie", "COUNTRY", "country/RU"),
          ("Freedonie", "COUNTRY", "country/FD")],
         {("country/RU", "org/ll"), ("country/FD", "org/ll")}),
        ("ar", "وقال سامي نور، أحد مقاتلي جبهة الوادي، إن الهجوم فشل.",
         [("سامي نور", "PERSON", "person/sn"), ("جبهة الوادي", "ORGANIZATION", "org/jw")],
         {("person/sn", "org/jw")}),
        ("ar", "وقال القيادي البارز في جبهة الوادي سامي نور إن الهدنة صامدة.",
         [("جبهة الوادي", "ORGANIZATION", "org/jw"), ("سامي نور", "PERSON", "person/sn")],
         {("person/sn", "org/jw")}),
        ("fr", "La Ruritanie et la Freedonie, membres permanents de la Ligue du Lac, ont voté.",
         [("Ruritanie", "COUNTRY", "country/RU"), ("Freedonie", "COUNTRY", "country/FD"),
          ("Ligue du Lac", "ORGANIZATION", "org/ll")],
         {("country/RU", "org/ll"), ("country/FD", "org/ll")}),
        # a party beside the members is not one of them
        ("en", "Ruritania and the members of the Lake League signed a deal.",
         [("Ruritania", "COUNTRY", "country/RU"), ("Lake League", "ORGANIZATION", "org/ll")], set()),
        ("fr", "La Ruritanie et les membres de la Ligue du Lac ont signé un accord.",
         [("Ruritanie", "COUNTRY", "country/RU"), ("Ligue du Lac", "ORGANIZATION", "org/ll")], set()),
        # a negation between the member and its cue breaks the link
        ("fr", "La Ruritanie n'est pas membre de la Ligue du Lac.",
         [("Ruritanie", "COUNTRY", "country/RU"), ("Ligue du Lac", "ORGANIZATION", "org/ll")], set()),
    ],
)
def test_find_memberships_french_cues_and_member_lists(
    lang: str, text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    rels = find_memberships(text, lang, mentions(text, spans), [(0, len(text))])
    assert {(r.subject, r.object) for r in rels} == expected


@needs_fr
@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("La milice Zorba, formation faisant partie de la Garde du Lac, a défilé.",
         [("Zorba", "ORGANIZATION", "org/z"), ("Garde du Lac", "ORGANIZATION", "org/gl")],
         {("org/z", "org/gl")}),
        ("Le Front Vert, qui fait partie de la Ligue du Lac, a refusé.",
         [("Front Vert", "ORGANIZATION", "org/fv"), ("Ligue du Lac", "ORGANIZATION", "org/ll")],
         {("org/fv", "org/ll")}),
        ("La Ligue du Lac, dont la Ruritanie est membre, a protesté.",
         [("Ligue du Lac", "ORGANIZATION", "org/ll"), ("Ruritanie", "COUNTRY", "country/RU")],
         {("country/RU", "org/ll")}),
        ("Le Front Vert ne fait plus partie de la Ligue du Lac.",
         [("Front Vert", "ORGANIZATION", "org/fv"), ("Ligue du Lac", "ORGANIZATION", "org/ll")], set()),
        # a role noun with its party: after «de», or the party's name put right before the person's
        ("Paul Marin, député du Parti vert, a critiqué le projet.",
         [("Paul Marin", "PERSON", "person/pm"), ("Parti vert", "ORGANIZATION", "org/pv")],
         {("person/pm", "org/pv")}),
        ("Le député PLV Paul Marin a critiqué le projet.",
         [("PLV", "ORGANIZATION", "org/plv"), ("Paul Marin", "PERSON", "person/pm")],
         {("person/pm", "org/plv")}),
        # a party «de» its member, a person «de» an organization
        ("Le parti Zorba de Paul Marin a gagné les élections.",
         [("Zorba", "ORGANIZATION", "org/z"), ("Paul Marin", "PERSON", "person/pm")],
         {("person/pm", "org/z")}),
        ("Paul Marin, de la Ligue du Lac, a critiqué le projet.",
         [("Paul Marin", "PERSON", "person/pm"), ("Ligue du Lac", "ORGANIZATION", "org/ll")],
         {("person/pm", "org/ll")}),
    ],
)
def test_memberships_from_the_french_parse(
    text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    from newsgraph.extract.pipeline import get_nlp
    from newsgraph.extract.relations_parse import memberships_from_parse

    found = memberships_from_parse(get_nlp("fr")(text), mentions(text, spans))
    assert {(r.subject, r.object) for r in found} == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a council or party right after «عضو» (construct or «ب»), the member before it or named after it
        ("وقال سامي نور عضو مجلس الوادي إن القرار صائب.",
         [("سامي نور", "PERSON", "person/sn"), ("مجلس الوادي", "ORGANIZATION", "org/mw")],
         {("person/sn", "org/mw")}),
        ("وقال عضو مجلس الوادي الدكتور سامي نور إن القرار صائب.",
         [("مجلس الوادي", "ORGANIZATION", "org/mw"), ("سامي نور", "PERSON", "person/sn")],
         {("person/sn", "org/mw")}),
        ("كان سامي نور عضوا بحزب الوادي منذ سنوات.",
         [("سامي نور", "PERSON", "person/sn"), ("حزب الوادي", "ORGANIZATION", "org/hw")],
         {("person/sn", "org/hw")}),
        ("وقال النائب عن حزب الوادي سامي نور إن القرار صائب.",
         [("حزب الوادي", "ORGANIZATION", "org/hw"), ("سامي نور", "PERSON", "person/sn")],
         {("person/sn", "org/hw")}),
        # a count of members names nobody
        ("وصوت 30 عضوا في مجلس الوادي لصالح القرار.", [("مجلس الوادي", "ORGANIZATION", "org/mw")], set()),
        # a party alone in brackets after a name; an acronym or a clause in brackets is none
        ("وقال سامي نور (حزب الوادي) إن القرار صائب.",
         [("سامي نور", "PERSON", "person/sn"), ("حزب الوادي", "ORGANIZATION", "org/hw")],
         {("person/sn", "org/hw")}),
        ("وقال سامي نور (حزب الوادي سابقا) إن القرار صائب.",
         [("سامي نور", "PERSON", "person/sn"), ("حزب الوادي", "ORGANIZATION", "org/hw")], set()),
        ("وقال نور (حزب الوادي) إن القرار صائب.",
         [("نور", "PERSON", "person/n"), ("حزب الوادي", "ORGANIZATION", "org/hw")], set()),
    ],
)  # fmt: skip
def test_arabic_member_of_a_council_or_party(
    text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    rels = find_memberships(text, "ar", mentions(text, spans), [(0, len(text))])
    assert {(r.subject, r.object) for r in rels} == expected


@_NEEDS_EN
@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a title "Member of X" before the name
        ("Member of Parliament (MP) Ann Lee said it was wrong.",
         [("Parliament", "ORGANIZATION", "org/p"), ("Ann Lee", "PERSON", "person/al")],
         {("person/al", "org/p")}),
        # the members an organization possesses, listed in apposition
        ("The deal was made by the Lake League's five permanent members Ruritania, Freedonia and Sylvania.",
         [("Lake League", "ORGANIZATION", "org/ll"), ("Ruritania", "COUNTRY", "country/RU"),
          ("Freedonia", "COUNTRY", "country/FD"), ("Sylvania", "COUNTRY", "country/SY")],
         {("country/RU", "org/ll"), ("country/FD", "org/ll"), ("country/SY", "org/ll")}),
        ("NATO members Ruritania and Freedonia sent troops.",
         [("NATO", "ORGANIZATION", "org/nato"), ("Ruritania", "COUNTRY", "country/RU"),
          ("Freedonia", "COUNTRY", "country/FD")],
         {("country/RU", "org/nato"), ("country/FD", "org/nato")}),
        # a party's adjective before a role, when the article names the party
        ("The Conservative Party met. Conservative MP Ann Lee commented on the plan.",
         [("Conservative Party", "ORGANIZATION", "org/cp"), ("Ann Lee", "PERSON", "person/al")],
         {("person/al", "org/cp")}),
        ("Conservative MP Ann Lee commented on the plan.", [("Ann Lee", "PERSON", "person/al")], set()),
        # persons conjoined after one possessive, not after their own
        ("The Free Party's Ann Lee and Omar Zed were elected.",
         [("Free Party", "ORGANIZATION", "org/fp"), ("Ann Lee", "PERSON", "person/al"),
          ("Omar Zed", "PERSON", "person/oz")],
         {("person/al", "org/fp"), ("person/oz", "org/fp")}),
        # a person "of" any organization, "from" a party only
        ("Omar Zed of the ADPL and Ann Lee from the Free Party were defeated.",
         [("Omar Zed", "PERSON", "person/oz"), ("ADPL", "ORGANIZATION", "org/adpl"),
          ("Ann Lee", "PERSON", "person/al"), ("Free Party", "ORGANIZATION", "org/fp")],
         {("person/oz", "org/adpl"), ("person/al", "org/fp")}),
        ("Ann Lee received a letter from the United Nations.",
         [("Ann Lee", "PERSON", "person/al"), ("United Nations", "ORGANIZATION", "org/un")], set()),
        # "one of the members of", members an organization possesses after "including"
        ("Ruritania is one of the members of the Lake League.",
         [("Ruritania", "COUNTRY", "country/RU"), ("Lake League", "ORGANIZATION", "org/ll")],
         {("country/RU", "org/ll")}),
        ("The Lake League's member states, including Ruritania and Freedonia, met.",
         [("Lake League", "ORGANIZATION", "org/ll"), ("Ruritania", "COUNTRY", "country/RU"),
          ("Freedonia", "COUNTRY", "country/FD")],
         {("country/RU", "org/ll"), ("country/FD", "org/ll")}),
        # a membership held, not one only sought
        ("Ruritania's membership of the Lake League was suspended.",
         [("Ruritania", "COUNTRY", "country/RU"), ("Lake League", "ORGANIZATION", "org/ll")],
         {("country/RU", "org/ll")}),
        ("Ruritania's bid for Lake League membership failed.",
         [("Ruritania", "COUNTRY", "country/RU"), ("Lake League", "ORGANIZATION", "org/ll")], set()),
        ("Ruritania's Lake League membership bid was rejected.",
         [("Ruritania", "COUNTRY", "country/RU"), ("Lake League", "ORGANIZATION", "org/ll")], set()),
    ],
)  # fmt: skip
def test_memberships_from_parse_titles_possessives_and_party_adjectives(
    text: str, spans: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    from newsgraph.extract.pipeline import get_nlp
    from newsgraph.extract.relations_parse import memberships_from_parse

    found = memberships_from_parse(get_nlp("en")(text), mentions(text, spans))
    assert {(r.subject, r.object) for r in found} == expected


# Cue words added for unseen news: Arabic leaders of a group, French candidates and parliamentary
# groups, English staff of an organization, US party labels.
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
    rels = find_memberships(text, lang, mentions(text, spans), [(0, len(text))])
    assert {(r.subject, r.object) for r in rels} == expected


@needs_en
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

    found = memberships_from_parse(get_nlp("en")(text), mentions(text, spans))
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
    rels = find_memberships(text, "en", mentions(text, spans), [(0, len(text))])
    assert {(r.subject, r.object) for r in rels} == expected
