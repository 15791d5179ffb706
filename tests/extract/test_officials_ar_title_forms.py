"""Arabic title forms: styles and courtesy titles, offices joined by «و», envoys, postings, name bounds.

The sentences are invented. They run the rules without statistical models; where a rule reads
what the model found, the test sets its spans by hand.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc
from tests.extract.arabic_officials import doc_ar as _doc
from tests.extract.arabic_officials import titled_names as _names

import newsgraph
from newsgraph.extract.ner_ar import refine_officials
from newsgraph.extract.ner_ar_lead import strip_leading_demonym
from newsgraph.extract.ner_ar_refine import NER_KEY
from newsgraph.extract.officials import find_officials
from newsgraph.kb import load_kb


def _positions(text: str) -> set[tuple[str, str]]:
    ext = newsgraph.extract(text, language="ar", model=None)
    names = {e.id: e.labels.get("ar", "") for e in ext.entities}
    return {(names[p.person], p.title) for p in ext.positions}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a given name the rules know, then a definite family name: a name even where the model sees none
        ("وقال وزير الخارجية الليبي جمال العمار إن الزيارة ناجحة.", ["جمال العمار"]),
        # a common word is no given name: what the sentence says next («رفض التعليق»)
        ("وقال الشهود إن الوزير رفض التعليق على الحادث.", []),
    ],
)
def test_a_given_name_and_a_definite_family_name_after_a_title(text: str, names: list[str]) -> None:
    doc = _doc(text)
    doc.spans[NER_KEY] = []  # the model ran and marked no person there
    assert [o.name for o in refine_officials(doc, find_officials(doc, "ar", load_kb()))] == names


def test_a_given_name_that_starts_with_waw_keeps_it(with_mention: Callable[..., Doc]) -> None:
    # «وليام» is William, not «و» and «ليام» (the model marks the name)
    doc = with_mention(_doc("وقال مدير المخابرات الأمريكية وليام هارتلي إن التقرير دقيق."), "وليام هارتلي",
                       "PERSON")
    assert _names(doc) == [("وليام هارتلي", "مدير المخابرات")]


def test_a_rank_after_the_comma_that_sets_the_name_apart() -> None:
    # the office, a comma, a rank, then the name: the office is the name's
    names = _names(_doc("وأشار المتحدث العسكري باسم الجماعة، العقيد سامر الحلبي، إلى إسقاط الطائرة."))
    assert ("سامر الحلبي", "المتحدث العسكري باسم الجماعة") in names


def test_current_is_no_part_of_the_title() -> None:
    # «الحالي» (current) stands between the title and the name
    assert _names(_doc("وتنافس في الانتخابات الرئيس الحالي سامر الحلبي ومرشحان آخران.")) == [
        ("سامر الحلبي", "الرئيس")
    ]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a career diplomat's style before his name, and his office after it: no embassy
        ("وقال السفير سامر الحلبي، وزير الخارجية، إن الوفد وصل.", {"وزير الخارجية"}),
        # the style stacked after the office
        ("وقال مدير الإدارة السفير سامر الحلبي إن الوفد وصل.", {"مدير الإدارة"}),
        # the style alone stays an ambassador
        ("وحضر الحفل السفير سامر الحلبي وعدد من المسؤولين.", {"السفير"}),
    ],
)
def test_a_bare_ambassador_beside_another_office_is_a_style(text: str, titles: set[str]) -> None:
    assert {title for name, title in _positions(text) if name == "سامر الحلبي"} == titles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # two offices joined by «و», then one name: he holds both
        ("وحضر رئيس الوزراء ووزير الخارجية العماني، سامر الحلبي، حفل التوقيع.",
         [("سامر الحلبي", "رئيس الوزراء"), ("سامر الحلبي", "وزير الخارجية")]),
        # the first office is in apposition to the name before it: two men
        ("وقتل جابر الزين القائد العسكري في الجبهة والقيادي سامر الحلبي في الغارة.",
         [("جابر الزين", "القائد العسكري"), ("سامر الحلبي", "القيادي")]),
    ],
)
def test_offices_joined_by_and_before_one_name(text: str, names: list[tuple[str, str]]) -> None:
    assert _names(_doc(text)) == names


def test_a_portfolio_spelled_with_waw_hamza_is_no_name() -> None:
    # «لشؤون المفاوضات» ends the title's body; the name is the one before the title
    text = ("وقال سالم حمد الحلبي، الأمين العام المساعد لمجلس التعاون لدول الخليج العربية"
            " لشؤون المفاوضات، أمس.")
    assert _names(_doc(text)) == [("سالم حمد الحلبي", "الأمين العام المساعد")]


def test_a_professor_is_a_courtesy_title() -> None:
    names = _names(_doc("ووقع الاتفاقية الأمين العام للجامعة العربية البروفيسور سامر الحلبي أمس."))
    assert [name for name, _ in names] == ["سامر الحلبي"]


def test_a_compound_given_name_goes_on_with_the_family_name(with_mention: Callable[..., Doc]) -> None:
    # the model (or the compound rule) marks «أكمل الدين» alone; the family name after it is the name's
    doc = with_mention(_doc("وقال الأمين العام للجامعة العربية أكمل الدين إحسان أوغلو إن الاتفاق مهم."),
                       "أكمل الدين", "PERSON")
    doc.spans[NER_KEY] = [sp for sp in doc.spans["ng_mentions"] if sp.label_ == "PERSON"]
    assert [o.name for o in refine_officials(doc, find_officials(doc, "ar", load_kb()))] == [
        "أكمل الدين إحسان أوغلو"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a chant's vocative particle is no name
        "وردد المحتجون هتافات «يا سامر يا وزير.. عدنا إلى الميدان».",
        # «واقعة» (incident) and the verbal noun after it are no name before a bare title
        "وفتحت النيابة التحقيق في واقعة إصابة مدير المدرسة أمس.",
    ],
)
def test_no_name_from_a_vocative_or_an_incident(text: str) -> None:
    doc = _doc(text)
    doc.spans[NER_KEY] = []  # the model ran and marked no person there
    assert refine_officials(doc, find_officials(doc, "ar", load_kb())) == []


def test_a_people_the_portfolio_governs_is_part_of_the_title() -> None:
    text = "وقال وزير الخارجية والهجرة وشؤون المصريين بالخارج سامر الحلبي إن المحادثات مثمرة."
    assert _names(_doc(text)) == [("سامر الحلبي", "وزير الخارجية والهجرة وشؤون المصريين بالخارج")]


def test_a_counterpart_holds_the_first_portfolio_only() -> None:
    # the host's ministry joins portfolios of his own country; his guest is a foreign minister
    text = "واستقبل وزير الخارجية والهجرة وشؤون المصريين بالخارج سامر الحلبي نظيره الأمريكي جون هارتلي."
    assert ("جون هارتلي", "وزير الخارجية") in _positions(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # «الأممي» stands for the UN as a nationality adjective stands for a country; the posting is skipped
        ("وقال المبعوث الأممي إلى اليمن سامر الحلبي إن الهدنة صامدة.", ("سامر الحلبي", "المبعوث", "org/un")),
        # «الخاص» after the nationality adjective is the title's own
        ("وقال المبعوث الأمريكي الخاص إلى اليمن جون هارتلي إن الهدنة صامدة.",
         ("جون هارتلي", "المبعوث الأمريكي الخاص", "country/US")),
        # «القومي»: the adjective of the portfolio, before the nationality adjective
        ("وقال مستشار الأمن القومي الأمريكي جون هارتلي إن المحادثات جارية.",
         ("جون هارتلي", "مستشار الأمن القومي", "country/US")),
    ],
)
def test_envoys_and_advisers_after_their_adjectives(text: str, found: tuple[str, str, str]) -> None:
    officials = find_officials(_doc(text), "ar", load_kb())
    assert [(o.name, o.title, o.of) for o in officials if o.title] == [found]


def test_an_office_after_the_name_a_diplomats_style_introduced(with_mention: Callable[..., Doc]) -> None:
    # «السفير» is a style: the spokesman's office after the name (the model marks it) is the name's
    text = "وصرح السفير سامر الحلبي المتحدث الرسمي باسم وزارة الخارجية بأن اللقاء تناول العلاقات."
    names = _names(with_mention(_doc(text), "سامر الحلبي", "PERSON"))
    assert any(name == "سامر الحلبي" and (title or "").startswith("المتحدث الرسمي") for name, title in names)


def test_the_lebanese_generals_rank_stands_between_the_office_and_the_name() -> None:
    text = "وقال قائد الجيش اللبناني العماد سامر الحلبي إن الجيش جاهز."
    assert _names(_doc(text))[0] == ("سامر الحلبي", "قائد الجيش")


def test_an_ambassadors_posting_is_no_country_of_his() -> None:
    # «لدى مصر» is where he serves; his own country is the one the sentence names besides
    text = "وقال سفير المملكة لدى مصر سامر الحلبي إن العلاقات بين السعودية ومصر متينة."
    ext = newsgraph.extract(text, language="ar", model=None)
    assert [p.of for p in ext.positions if p.title == "سفير المملكة"] == ["country/SA"]


def test_a_jurists_style_then_his_office(with_mention: Callable[..., Doc]) -> None:
    # «المستشار» before a jurist's name is a style; the spokesman's office after the name is his
    text = "وقال المستشار سامر الحلبي المتحدث الرسمي باسم رئاسة الجمهورية إن الرئيس استقبل الوفد."
    names = _names(with_mention(_doc(text), "سامر الحلبي", "PERSON"))
    assert any(name == "سامر الحلبي" and (title or "").startswith("المتحدث الرسمي") for name, title in names)


def test_an_officers_office_after_his_name_when_he_speaks() -> None:
    # the subject of «قال»: the office in apposition is his, nationality adjective and all
    text = "وقال اللواء سامر الحلبي الناطق باسم الجيش الليبي إن القوات تقدمت."
    assert ("سامر الحلبي", "الناطق باسم الجيش") in _names(_doc(text))


def test_a_second_portfolio_stops_before_the_courtesy_title() -> None:
    text = "وقال وزير الصحة والسكان الدكتور سامر الحلبي إن الوزارة مستعدة."
    assert _names(_doc(text)) == [("سامر الحلبي", "وزير الصحة والسكان")]


def test_a_country_is_no_start_of_the_name_after_a_construct_title(with_mention: Callable[..., Doc]) -> None:
    # the model ran «وزير خارجية [إيران] X Y» into one name; the country is the title's genitive
    text = "وقال وزير خارجية إيران سامر الحلبي إن طهران مستعدة."
    doc = with_mention(_doc(text), "إيران سامر الحلبي", "PERSON")
    span = next(sp for sp in doc.spans["ng_mentions"] if sp.label_ == "PERSON")
    assert strip_leading_demonym(load_kb(), span).text == "سامر الحلبي"


def test_two_words_after_an_office_and_a_courtesy_title_stand_without_the_model() -> None:
    doc = _doc("وقال رئيس الوزراء الدكتور بشر الخصاونة إن الحكومة ماضية.")
    doc.spans[NER_KEY] = []  # the model ran and marked no person there
    assert [o.name for o in refine_officials(doc, find_officials(doc, "ar", load_kb()))] == ["بشر الخصاونة"]


def test_an_agency_named_after_a_bare_title_is_its_complement(with_mention: Callable[..., Doc]) -> None:
    # «وكالة» (agency) is a stop word for names, not for the body a title heads
    text = "وقال مدير وكالة المخابرات المركزية الأمريكية جون هارتلي إن الوكالة مستعدة."
    names = _names(with_mention(_doc(text), "جون هارتلي", "PERSON"))
    assert names == [("جون هارتلي", "مدير وكالة المخابرات المركزية الأمريكية")]


def test_an_unnamed_guests_title_after_an_office_a_courtesy_title_and_a_name() -> None:
    # «وزير الخارجية الدكتور X» receives «السفير الأمريكي»: the ambassador is another man
    text = "واستقبل وزير الخارجية الدكتور سامر الحلبي السفير الأمريكي في مكتبه."
    assert _names(_doc(text)) == [("سامر الحلبي", "وزير الخارجية")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Morocco's secretary of state, charged with a portfolio, then his name
        ("وقال كاتب الدولة المكلف بالشؤون الخارجية سامر الحلبي إن المغرب يدعم الحل.",
         ("سامر الحلبي", "كاتب الدولة المكلف بالشؤون الخارجية")),
        # a Moroccan province's governor
        ("وقال عامل إقليم الحسيمة سامر الحلبي إن الإقليم يستعد.", ("سامر الحلبي", "عامل إقليم")),
    ],
)
def test_maghreb_offices(text: str, found: tuple[str, str], with_mention: Callable[..., Doc]) -> None:
    assert found in _names(with_mention(_doc(text), "سامر الحلبي", "PERSON"))


def test_and_his_counterpart_after_one_official_is_his(with_mention: Callable[..., Doc]) -> None:
    # one official before «ونظيره»: the counterpart is his (the model ran «نظيره المصري» into the name)
    text = "وقال الرئيس الفرنسي جان دوبوا ونظيره المصري سامر الحلبي إن الحل سياسي."
    doc = with_mention(_doc(text), "نظيره المصري سامر الحلبي", "PERSON")
    span = next(sp for sp in doc.spans["ng_mentions"] if sp.label_ == "PERSON")
    assert strip_leading_demonym(load_kb(), span).text == "سامر الحلبي"
    found = {(o.name, o.title, o.of) for o in find_officials(_doc(text), "ar", load_kb())}
    assert ("سامر الحلبي", "الرئيس", "country/EG") in found
