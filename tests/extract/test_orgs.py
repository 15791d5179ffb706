"""Tests for newsgraph.extract.orgs: head-noun organizations, bracketed acronyms, anaphora."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract.orgs import find_organizations, resolve_anaphora
from newsgraph.text import normalize_token
from newsgraph.types import Mention

_NLP: dict[str, spacy.language.Language] = {}

MENTIONS = [
    ("سوريا", "COUNTRY", "country/SY", "name"),
    ("العراق", "COUNTRY", "country/IQ", "name"),
    ("العراقية", "COUNTRY", "country/IQ", "demonym"),
    ("الإيراني", "COUNTRY", "country/IR", "demonym"),
    ("الأمريكية", "COUNTRY", "country/US", "demonym"),
    ("داعش", "ORGANIZATION", "org/isis", "name"),
    ("حلف شمال الأطلسي", "ORGANIZATION", "org/nato", "name"),
    ("Syrian", "COUNTRY", "country/SY", "demonym"),
    ("Iranian", "COUNTRY", "country/IR", "demonym"),
    ("Morocco", "COUNTRY", "country/MA", "name"),
    ("North Atlantic Treaty Organization", "ORGANIZATION", "org/nato", "name"),
    ("وزارة الزراعة", "ORGANIZATION", "", "model"),  # a model's span, cut before «و»
]


def make_doc(lang: str, text: str) -> Doc:
    """A Doc shaped like the pipeline's: split proclitics, norms, sentences, mentions."""
    nlp = _NLP.setdefault(lang, spacy.blank(lang))
    words: list[str] = []
    spaces: list[bool] = []
    norms: list[str] = []
    for t in nlp(text):
        w = t.text
        if lang == "ar" and len(w) > 3 and w[0] in "وفبلك" and w[1:].startswith("ال"):
            words += [w[0], w[1:]]
            norms += [w[0], normalize_token(w[1:])]
            spaces += [False, bool(t.whitespace_)]
        elif lang == "ar" and len(w) > 4 and w.startswith("لل"):  # «للبحوث»: «ل» + «لبحوث», read «البحوث»
            words += [w[0], w[1:]]
            norms += [w[0], normalize_token("ا" + w[1:])]
            spaces += [False, bool(t.whitespace_)]
        else:
            words.append(w)
            norms.append(normalize_token(w))
            spaces.append(bool(t.whitespace_))
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for i, (tok, norm) in enumerate(zip(doc, norms, strict=False)):
        tok.norm_ = norm
        tok.is_sent_start = i == 0 or doc[i - 1].text in (".", "!", "?")
    spans = []
    for surface, label, kb_id, how in MENTIONS:
        for m in re.finditer(re.escape(surface), doc.text):
            sp = doc.char_span(m.start(), m.end(), label=label, kb_id=kb_id, span_id=how)
            if sp is not None:
                spans.append(sp)
    doc.spans["ng_mentions"] = spans
    return doc


def _orgs(lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(o.text, o.country) for o in find_organizations(make_doc(lang, text), lang) if o.alias_of is None]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "دعم التحالف قوات سوريا الديمقراطية والقوات العراقية وقوات البيشمركة.",
         [("قوات سوريا الديمقراطية", "country/SY"), ("القوات العراقية", "country/IQ"),
          ("قوات البيشمركة", None)]),
        ("en", "The coalition backed the Syrian Democratic Forces in the north.",
         [("Syrian Democratic Forces", "country/SY")]),
        ("ar", "قال الحرس الثوري الإيراني إن وزارة الخارجية الأمريكية تكذب.",
         [("الحرس الثوري الإيراني", "country/IR"), ("وزارة الخارجية الأمريكية", "country/US")]),
        ("en", "The Iranian Revolutionary Guard Corps said the Ministry of Foreign Affairs lied.",
         [("Iranian Revolutionary Guard Corps", "country/IR"), ("Ministry of Foreign Affairs", None)]),
        ("ar", "انضم حزب العدالة والتنمية إلى الحركة الديمقراطية الآشورية في 2014.",
         [("حزب العدالة والتنمية", None), ("الحركة الديمقراطية الآشورية", None)]),
        ("en", "The Kurdistan Workers' Party and the Justice and Development Party met.",
         [("Kurdistan Workers' Party", None), ("Justice and Development Party", None)]),
        ("ar", "يضم التحالف الدولي لهزيمة داعش عشرات الدول.", [("التحالف الدولي لهزيمة داعش", None)]),
        ("ar", "وقال عضو مجلس الوزراء الدكتور سامي ناصر إن القرار صدر.", [("مجلس الوزراء", None)]),
    ],
)
def test_find_organizations_head_noun_chains(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "حارب تنظيم داعش في العراق."),  # only a KB organization after the head
        ("ar", "قالت الحركة في بيان إنها مستمرة."),  # a bare head
        ("ar", "دخلت قوات في 12 مايو."),  # a preposition and a number stop the chain
        ("ar", "وقالت القوات التابعة للحكومة إن الهجوم فشل."),  # a relational participle ends it
        ("ar", "وذكر مسؤول أن الشرطة ألقت القبض على رجلين."),  # «ألقت» folds to «القت»: a verb, no article
        ("ar", "حل الفريق في المركز الثالث بالبطولة."),  # a head and an ordinal: a rank in a contest
        ("ar", "ونقلت الصحيفة الأمريكية عن مسؤولين قولهم."),  # one of the country's many papers
        ("ar", "وتملك المصرف الإيراني حصة كبيرة."),
        ("en", "Forces loyal to the Government attacked."),  # lone capitalised words
        ("en", "The North Atlantic Treaty Organization met."),  # the KB covers it
    ],
)
def test_find_organizations_rejects_non_names(lang: str, text: str) -> None:
    assert _orgs(lang, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("افتتحت وزارة الزراعة والمياه مركزا جديدا.", ["وزارة الزراعة والمياه"]),  # the model span goes on
        ("أعلنت هيئة النقل البري والبحري خطة.", ["هيئة النقل البري والبحري"]),
        ("زار وفد هيئة النقل والسفارة المعرض.", ["هيئة النقل"]),  # a second body
        ("التقى مدير شركة النقل والموظفين.", ["شركة النقل"]),  # people, not the name
        ("شكر مدير شركة النقل البحري والشركات المساندة.", ["شركة النقل البحري"]),  # plural bodies
        ("تعاونت هيئة الطرق والجهات المعنية.", ["هيئة الطرق"]),
        ("اجتمع وكيل الوزارة والمديرين.", []),  # a bare head and a list
        ("دعت وزارة الزراعة والرئيس إلى الهدوء.", []),  # a title after «و»: the model's name stands
    ],
)
def test_a_name_continues_after_and_with_a_definite_word(text: str, expected: list[str]) -> None:
    assert [name for name, _ in _orgs("ar", text)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "alias", "name"),
    [
        ("ar", "انضم حلف شمال الأطلسي (ناتو) إلى التحالف.", "ناتو", "حلف شمال الأطلسي"),
        ("ar", "قاتلت قوات سوريا الديمقراطية (قسد) في الشمال.", "قسد", "قوات سوريا الديمقراطية"),
        ("en", "The Syrian Democratic Forces (SDF) advanced.", "SDF", "Syrian Democratic Forces"),
        ("en", "The North Atlantic Treaty Organization (NATO) met.", "NATO",
         "North Atlantic Treaty Organization"),
    ],
)
def test_find_organizations_bracketed_alias(lang: str, text: str, alias: str, name: str) -> None:
    found = [o for o in find_organizations(make_doc(lang, text), lang) if o.alias_of is not None]
    assert len(found) == 1
    start, end = found[0].alias_of  # type: ignore[misc]
    assert (found[0].text, text[start:end], found[0].how) == (alias, name, "bracket")


@pytest.mark.parametrize(
    ("lang", "text", "anaphor", "target"),
    [
        ("ar", "حارب الجيش تنظيم داعش في العراق. لكن التنظيم لا يزال قائما.", "التنظيم", "org/isis"),
        ("ar", "تأسس التحالف الدولي لهزيمة داعش في 2014. ويضم التحالف 84 عضوا.", "التحالف",
         "التحالف الدولي لهزيمه داعش"),
        ("en", "The Islamic Front for Peace met. Later the group said no.", "the group",
         "islamic front for peace"),
    ],
)
def test_resolve_anaphora_matches_head_noun(lang: str, text: str, anaphor: str, target: str) -> None:
    doc = make_doc(lang, text)
    items = list(find_organizations(doc, lang)) + list(doc.spans["ng_mentions"])
    assert [(text[s:e], ref) for s, e, ref in resolve_anaphora(doc, items, lang)] == [(anaphor, target)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "حارب الجيش تنظيم داعش في العراق. وقال الحزب إنه مستمر."),  # head nouns differ
        ("en", "The Kurdistan Workers' Party met. Later the alliance said no."),
    ],
)
def test_resolve_anaphora_needs_matching_head(lang: str, text: str) -> None:
    doc = make_doc(lang, text)
    items = list(find_organizations(doc, lang)) + list(doc.spans["ng_mentions"])
    assert resolve_anaphora(doc, items, lang) == []


def test_resolve_anaphora_accepts_mentions() -> None:
    text = "حارب الجيش تنظيم داعش. لكن التنظيم باق."
    doc = make_doc("ar", text)
    start = text.index("داعش")
    mention = Mention(start, start + 4, "داعش", "ORGANIZATION", "org/isis", 0)
    at = text.index("التنظيم")
    assert resolve_anaphora(doc, [mention]) == [(at, at + 7, "org/isis")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank after an organization name starts the next phrase
        ("قال رئيس هيئة الأركان العامة الفريق سعد العلي إن الوضع مستقر.", [("هيئة الأركان العامة", None)]),
        # new head nouns: resistance movements, air forces, battalions
        ("تقدمت المقاومة الشعبية نحو المدينة.", [("المقاومة الشعبية", None)]),
        ("قصف سلاح الجو العراقية مواقع داعش.", [("سلاح الجو العراقية", "country/IQ")]),
        # a title noun keeps the construct chain open
        ("أصدر مكتب رئيس الحكومة بيانا.", [("مكتب رئيس الحكومة", None)]),
    ],
)
def test_find_organizations_arabic_heads_and_ranks(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _orgs("ar", text) == expected


def test_resolve_anaphora_bare_government() -> None:
    text = "اجتمعت الحكومة العراقية أمس. وقالت الحكومة إن الأمن تحسن."
    doc = make_doc("ar", text)
    items = list(find_organizations(doc, "ar")) + list(doc.spans["ng_mentions"])
    assert [(text[s:e], ref) for s, e, ref in resolve_anaphora(doc, items, "ar")] == [
        ("الحكومة", "الحكومه العراقيه")
    ]


def test_a_bracketed_alias_the_knowledge_base_knows_names_the_organization_every_time() -> None:
    from newsgraph.extract import extract

    text = "ذكرت وكالة الأنباء الإيرانية (إرنا) أن الرئيس تحدث. وأضافت وكالة الأنباء الإيرانية أن الوضع صعب."
    ext = extract(text, language="ar")
    assert {m.entity_id for m in ext.mentions if m.label == "ORGANIZATION"} == {"org/irna"}


@pytest.mark.parametrize(
    ("text", "description", "target"),
    [
        ("أعلن تنظيم داعش مسؤوليته عن الهجوم. وقال التنظيم المتطرف إن مقاتليه قتلوا عشرة جنود.",
         "التنظيم المتطرف", "org/isis"),
        ("هاجمت حركة طالبان قاعدة للجيش. وقالت الحركة المتمردة إنها قتلت جنديين.",
         "الحركة المتمردة", "org/taliban"),
    ],
)
def test_a_describing_adjective_refers_back_like_the_bare_noun(text: str, description: str,
                                                               target: str) -> None:
    from newsgraph.extract import extract_article
    from newsgraph.types import Article

    mentions = extract_article(Article(id="t", title="", text=text, language="ar")).mentions
    assert {(m.text, m.entity_id) for m in mentions if m.label == "ORGANIZATION"} >= {(description, target)}


def test_a_naming_adjective_does_not_refer_back() -> None:
    from newsgraph.extract import extract_article
    from newsgraph.types import Article

    text = "أعلن تنظيم داعش مسؤوليته. وقال التحالف الدولي إنه قصف مواقع التنظيم."
    mentions = extract_article(Article(id="t", title="", text=text, language="ar")).mentions
    ids = {m.text: m.entity_id for m in mentions}
    assert ids["التحالف الدولي"] == "org/global-coalition-isis"


def test_forces_of_a_bare_anaphor_are_the_organization() -> None:
    """«قوات التحالف» after «التحالف العربي»: the coalition acting, not a new organization; a pronoun
    suffix («التزامه») does not make «التحالف» a name of its own either."""
    import newsgraph

    text = ("أعلن التحالف العربي هدنة في البلاد. وقالت قوات التحالف إن الهدنة تبدأ الليلة. "
            "وأكد التحالف التزامه بها.")
    ext = newsgraph.extract(text, language="ar", model="none")
    orgs = [(m.text, m.entity_id) for m in ext.mentions if m.label == "ORGANIZATION"]
    assert orgs == [("التحالف العربي", "org/arab-coalition-yemen"),
                    ("قوات التحالف", "org/arab-coalition-yemen"),
                    ("التحالف", "org/arab-coalition-yemen")]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # the anaphor the model tagged on its own refers back to the ministry named before
        ("أعلنت وزارة الصحة السعودية عن خطة. وقالت الوزارة في بيان إن الخطة تبدأ غدا.",
         [("وزارة الصحة السعودية", "org/ministry-of-health-of-saudi-arabia"),
          ("الوزارة", "org/ministry-of-health-of-saudi-arabia")]),
        # with nothing to refer back to, «الوزارة» and «التنظيم المتطرف» are no organizations
        ("وأعلنت الوزارة أمس عن خطة جديدة. وقالت الهيئة إن التنظيم المتطرف هاجم القرية.", []),
    ],
)
def test_a_bare_anaphor_refers_back_or_names_nothing(text: str, orgs: list[tuple[str, str]]) -> None:
    import newsgraph

    ext = newsgraph.extract(text, language="ar")
    assert [(m.text, m.entity_id) for m in ext.mentions if m.label == "ORGANIZATION"] == orgs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ويقع مقر قيادة المنطقة العسكرية الخامسة في المدينة.", ["المنطقة العسكرية الخامسة"]),
        ("استعاد الجيش مواقع في اللواء 35 أمس.", ["اللواء 35"]),
        ("وانسحبت الفرقة الرابعة من البلدة.", ["الفرقة الرابعة"]),
    ],
)
def test_a_numbered_military_unit_is_the_name_without_its_command(text: str, expected: list[str]) -> None:
    assert [name for name, _ in _orgs("ar", text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("زار الوفد الهيئة العامة للطيران المدني أمس.", ["الهيئة العامة للطيران المدني"]),
        ("أعلنت اللجنة الوطنية للانتخابات والاستفتاء عن النتائج.", ["اللجنة الوطنية للانتخابات والاستفتاء"]),
        ("وصلت القوات الحكومية للمدينة فجرا.", ["القوات الحكومية"]),  # not an adjective of a name
    ],
)
def test_a_named_body_goes_on_with_what_it_is_for(text: str, expected: list[str]) -> None:
    assert [name for name, _ in _orgs("ar", text)] == expected


def test_a_place_inside_an_organization_name_stays_a_place() -> None:
    from newsgraph import extract

    found = {(m.text, m.label) for m in extract("وأقامت أمانة جدة مهرجانا للأطفال.", language="ar").mentions}
    assert {("أمانة جدة", "ORGANIZATION"), ("جدة", "PLACE")} <= found
