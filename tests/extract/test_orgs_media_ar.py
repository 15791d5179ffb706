"""Arabic news outlets in quotation marks and what an org head noun does not name
(newsgraph.extract.orgs.media_ar, .ar; the site check of newsgraph.extract.ner_ar); invented text."""

from __future__ import annotations

import pytest

from newsgraph import extract


def _orgs(text: str) -> list[str]:
    return [m.text for m in extract(text, language="ar").mentions if m.label == "ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('وذكرت صحيفة "النهار الجديد" أن المفاوضات توقفت.', "النهار الجديد"),
        ("ونقلت بجريدة «الأفق» مقالا عن الأزمة.", "الأفق"),
        ("وقال مدير الإدارة العامة للمرور في المدينة، لـ«البيان»: إن الطرق سالكة.", "البيان"),
        ('وأكد مصدر مسؤول لـ "الصباح" أن اللجنة ستجتمع غدا.', "الصباح"),
        ("وعلمت «الوطن» أن الوزير سيزور المنطقة.", "الوطن"),
    ],
)
def test_an_outlet_in_quotation_marks_after_a_media_cue(text: str, outlet: str) -> None:
    assert outlet in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        'وسافر الوفد لـ"الرياض" في الصباح.',  # «لـ» without a speech cue: a destination
        'وأطلق المهرجان برنامج "ليالي الصيف" للعائلات.',  # no media head before the quotation marks
        'وقال المدرب إن "الصبر" مفتاح الفوز.',  # a quoted word, not after «لـ»
    ],
)
def test_no_outlet_without_a_media_cue(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("وتصدت قوات الرئيس السابق للهجوم على المدينة.", "قوات الرئيس السابق"),  # an official's men, no name
        ("ونشر مكتب الأمير بيانا عن الزيارة.", "مكتب الأمير"),
        ("كلمات الخبر: الحدود المقاومة اليمن", "المقاومة اليمن"),  # a country's name follows no definite head
        ("وتسللت الميليشيات المتمردة إلى الوادي ليلا.", "الميليشيات المتمردة"),  # a plural head: a kind
        ("وقاتلت الفصائل المعارضة في الريف الشمالي.", "الفصائل المعارضة"),
    ],
)
def test_what_a_head_noun_does_not_name(text: str, not_org: str) -> None:
    assert not_org not in _orgs(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("ونشرت صحيفة بلومفيلد البريطانية تقريرا عن الحادث.", "صحيفة بلومفيلد البريطانية"),
        ("ووقعت شركة كاوامورا اليابانية العقد أمس.", "شركة كاوامورا اليابانية"),
    ],
)
def test_a_nationality_adjective_after_a_proper_noun_belongs_to_the_name(text: str, org: str) -> None:
    assert org in _orgs(text)


def test_no_name_from_a_common_word_and_a_nationality_adjective() -> None:
    assert _orgs("وأسست شركة كبيرة السعودية فرعا في المدينة.") == []


def test_a_country_name_that_is_also_its_adjective_still_ends_a_definite_name() -> None:
    assert "القوات السعودية" in _orgs("واشتبكت القوات السعودية مع المتسللين على الحدود.")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وأعلن نادي الشباب تعاقده مع المدرب الجديد.", "نادي الشباب"),
        ("ونقلت وكالة فرانس أن الاشتباكات توقفت.", "وكالة فرانس"),
    ],
)
def test_a_head_noun_before_a_name_the_model_found_is_part_of_it(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وأطلقت شركة Zentrix الألمانية خدمة جديدة للدفع.", "شركة Zentrix الألمانية"),
        ("وبثت قناة KTV2 المقابلة كاملة.", "قناة KTV2"),
    ],
)
def test_a_latin_name_after_a_head_noun(text: str, org: str) -> None:
    assert org in _orgs(text)
