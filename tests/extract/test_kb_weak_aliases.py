"""The knowledge-base ruler: nationality adjectives that are also ordinary words («المالية»)."""

from __future__ import annotations

import pytest

from newsgraph.extract.ner_ar import has_ar_ner
from newsgraph.extract.pipeline import MENTIONS_KEY, get_nlp

# Rules and knowledge base only, and with the shipped Arabic model when it is built.
MODELS = [
    None,
    pytest.param("auto", marks=pytest.mark.skipif(not has_ar_ner(), reason="no Arabic NER model")),
]


def _mentions(text: str, model: str | None, label: str) -> list[tuple[str, str]]:
    doc = get_nlp("ar", model)(text)
    return [(s.text, s.kb_id_) for s in doc.spans[MENTIONS_KEY] if s.label_ == label]


def _countries(text: str, model: str | None) -> list[tuple[str, str]]:
    return _mentions(text, model, "COUNTRY")


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "text",
    [
        "أعلنت وزارة المالية أن المساعدات المالية وصلت إلى المدارس.",
        "ناقش البرلمان الوضع المالي للشركات الصغيرة.",
    ],
)
def test_kb_ruler_financial_adjective_is_no_country(text: str, model: str | None) -> None:
    assert _countries(text, model) == []


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country named: the adjective reads as "Malian"
        ("قال رئيس مالي في بيان: الماليون يريدون السلام، والحكومة المالية مستعدة للحوار.",
         [("مالي", "country/ML"), ("الماليون", "country/ML"), ("المالية", "country/ML")]),
        # a place in the country is support enough
        ("أكدت الحكومة المالية في باماكو استعدادها للحوار.", [("المالية", "country/ML")]),
        # the demonym of another country is no support for Mali
        ("قال الوزير الفرنسي إن المساعدات المالية وصلت.", [("الفرنسي", "country/FR")]),
    ],
)
def test_kb_ruler_weak_demonym_needs_its_country_named(
    text: str, expected: list[tuple[str, str]], model: str | None
) -> None:
    assert _countries(text, model) == expected


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("form", ["الأذري", "الاذري", "الأذرية"])
def test_kb_ruler_azeri_short_form_names_azerbaijan(form: str, model: str | None) -> None:
    assert _countries(f"وصل الوفد {form} إلى العاصمة أمس.", model) == [(form, "country/AZ")]


def _orgs(text: str, model: str | None) -> list[tuple[str, str]]:
    return _mentions(text, model, "ORGANIZATION")


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "text",
    [
        "اتفق الجانبان على إعادة فتح السفارتين في البلدين.",  # reopening the embassies
        "قصفت الطائرات القاعدة الجوية في المدينة.",  # the air base
    ],
)
def test_weak_organization_alias_heading_a_construct_is_the_common_noun(text: str, model: str | None) -> None:
    assert not any(kb_id in ("org/fatah", "org/al-qaeda") for _, kb_id in _orgs(text, model))


def test_weak_organization_alias_alone_or_after_its_head_noun_is_the_name() -> None:
    assert ("القاعدة", "org/al-qaeda") in _orgs("قالت حركة فتح إن القاعدة لا تمثل أحدا.", None)
    assert ("تنظيم القاعدة", "org/al-qaeda") in _orgs("أعلن تنظيم القاعدة مسؤوليته.", None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "ونقلت قناة الجزيرة عن مصدر أمني أن الاشتباكات توقفت."),
        ("en", "A security source told Al Jazeera that the clashes had stopped."),
        ("fr", "Une source sécuritaire a déclaré à Al Jazeera que les combats avaient cessé."),
    ],
)
def test_broadcaster_has_one_id_in_every_language(lang: str, text: str) -> None:
    doc = get_nlp(lang, None)(text)
    assert [s.kb_id_ for s in doc.spans[MENTIONS_KEY] if s.label_ == "ORGANIZATION"] == ["org/al-jazeera"]


def test_bare_island_word_is_not_the_broadcaster() -> None:
    """«الجزيرة» alone is "the island" (or a Saudi daily): only «قناة الجزيرة» names the channel."""
    doc = get_nlp("ar", None)("وصل الزوار إلى الجزيرة صباح أمس.")
    assert "org/al-jazeera" not in [s.kb_id_ for s in doc.spans[MENTIONS_KEY]]


@pytest.mark.skipif(not has_ar_ner(), reason="no Arabic NER model")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفتح لنا ذلك آفاقا جديدة.", []),  # "and that opened to us": a verb, not Fatah
        ("فتح مخفر الشرطة تحقيقا في الحادث.", []),  # "the police station opened an inquiry"
        ("أعلنت حركة فتح رفضها للقرار. واتهمت حماس فتح بعرقلة المصالحة.",
         [("حركة فتح", "org/fatah"), ("حماس", "org/hamas"), ("فتح", "org/fatah")]),  # named before
    ],
)
def test_a_one_word_weak_organization_alias_needs_support(text: str, expected: list[tuple[str, str]]) -> None:
    assert _mentions(text, "auto", "ORGANIZATION") == expected
