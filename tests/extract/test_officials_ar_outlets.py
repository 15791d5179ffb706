"""Tests for Arabic officials in the styles of outlets the rules were not written on (issue 16).

The sentences are invented. Most run the rules without statistical models; where a rule reads the
model's name spans, the test adds the PERSON span by hand.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

import newsgraph
from newsgraph.extract.officials import find_officials
from newsgraph.extract.pipeline import get_nlp
from newsgraph.kb import load_kb


def _doc(text: str) -> Doc:
    """The rules-only Doc of ``text``."""
    return get_nlp("ar", None)(text)


def _positions(doc: Doc) -> list[tuple[str, str | None]]:
    return [(o.name, o.title) for o in find_officials(doc, "ar", load_kb()) if o.title]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a royal's name goes on with «بن» or a family name, not with the verb after it
        ("وأكد المتحدث أن قرارات الملك فهد غيّرت المشهد في المنطقة.", "فهد"),
        ("وحضر الأمير نايف بن سعد حفل التخرج.", "نايف بن سعد"),
        ("ووصل الأمير بندر الفهد إلى المدينة.", "بندر الفهد"),
        # an accusative common word («سياسيا») is what the sentence says next
        ("وقال إن أداء حكومة الملك فهد سياسيا كان لافتا.", "فهد"),
    ],
)  # fmt: skip
def test_a_royal_name_ends_where_the_sentence_goes_on(text: str, name: str) -> None:
    assert [n for n, t in _positions(_doc(text)) if t == "الملك" or t == "الأمير"] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "كرّمه الملك وشكر الحضور على مشاركتهم.",  # «وشكر»: «و» and a verb, no name
        "ونسأل الله أن يحفظ لنا قائد المسيرة.",  # «لنا» is a preposition with a suffix
        "وقال: \"ساهم الوزير في إنجاح الموسم\".",  # a quotation starts with a verb
        "وتأجل القرار الذي يخص ولاية رئيس \"الكونفدرالية\" المقبلة.",  # the body a bare «رئيس» heads
        "واعتقلت الشرطة رئيس مجموعة عمل مكافحة التهريب في الفندق.",
        "وحظي المشروع بدعم الهيئة ممثلة في الأمير سعد بن فهد.",  # «ممثلة في»: represented by
    ],
)  # fmt: skip
def test_no_official_from_words_that_are_no_name(text: str) -> None:
    found = _positions(_doc(text))
    bad = {"وشكر", "يحفظ لنا", "ساهم", "الكونفدرالية", "مجموعة عمل مكافحة التهريب"}
    assert not [n for n, _ in found if n in bad]
    assert not [t for _, t in found if t and t.startswith("ممثلة")]


def test_a_title_after_a_marked_name_belongs_to_it(with_mention: Callable[..., Doc]) -> None:
    text = "وبذل الأستاذ سعيد الغامدي مدير المدرسة جهودا واضحة في التنظيم."
    doc = with_mention(_doc(text), "سعيد الغامدي", "PERSON")
    assert _positions(doc) == [("سعيد الغامدي", "مدير المدرسة")]


def test_the_model_name_stops_before_a_suffixed_noun(with_mention: Callable[..., Doc]) -> None:
    text = "وأشاد الكاتب بأداء الملك فهد وفريقه في الأزمة."
    assert _positions(with_mention(_doc(text), "فهد وفريقه", "PERSON")) == [("فهد", "الملك")]


def test_a_courtesy_title_ends_the_title() -> None:
    text = "وشكر المدير ونائبه الدكتور سامي الحربي على الدعم."
    assert all("الدكتور" not in (t or "") for _, t in _positions(_doc(text)))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the words up to a courtesy title complete the office
        ("وقال الرئيس التنفيذي لشركة الأمل للتقنية المهندس سامي حداد إن العقد وقع.",
         "الرئيس التنفيذي لشركة الأمل للتقنية"),
        ("وأوضح المتحدث الرسمي لمديرية المرور بمنطقة تبوك بالإنابة الرائد سعد بن علي العتيبي أن الطريق أغلق.",
         "المتحدث الرسمي لمديرية المرور بمنطقة تبوك بالإنابة"),
        ("وقال عميد كلية الطب الدكتور ماجد الحربي إن القبول بدأ.", "عميد كلية الطب"),
    ],
)  # fmt: skip
def test_an_office_runs_up_to_the_courtesy_title(text: str, title: str) -> None:
    assert title in [t for _, t in _positions(_doc(text))]


def test_stacked_offices_before_a_courtesy_title() -> None:
    text = "واستقبل رئيس ديوان الرقابة رئيس مجلس التدقيق الشيخ سالم بن ناصر في مكتبه."
    titles = [t for n, t in _positions(_doc(text)) if n == "سالم بن ناصر"]
    assert "رئيس ديوان الرقابة" in titles and "رئيس مجلس التدقيق" in titles


def test_no_title_takes_a_suffixed_noun() -> None:
    text = "ونسأل الله أن يحفظ لنا قائد مسيرتنا خادم الحرمين الشريفين الملك فهد."
    assert all("مسيرتنا" not in (t or "") for _, t in _positions(_doc(text)))


def _of(text: str) -> dict[tuple[str, str], str | None]:
    ext = newsgraph.extract(text, language="ar", model=None)
    names = {e.id: e.labels.get("ar", "") for e in ext.entities}
    return {(names[p.person], p.title): p.of for p in ext.positions}


def test_the_naming_phrase_with_a_glued_preposition() -> None:
    text = "وقدم السفير شكره لخادم الحرمين الشريفين الملك فهد على دعمه لليمن."
    assert _of(text)[("فهد", "الملك")] == "country/SA"


def test_a_place_inside_the_title_gives_its_country() -> None:
    text = "وقال مدير مطار جدة سامي بن علي الحربي إن الرحلات إلى اليمن استؤنفت."
    assert _of(text)[("سامي بن علي الحربي", "مدير مطار جدة")] == "country/SA"


def test_the_naming_phrase_inside_the_title() -> None:
    import spacy

    from newsgraph.extract.officials.base import Official
    from newsgraph.extract.officials.infer import infer_of

    text = "وقال سفير خادم الحرمين الشريفين لدى الأردن فهد العتيبي إن العلاقات متينة."
    doc = spacy.blank("ar")(text)
    title = "سفير خادم الحرمين الشريفين لدى الأردن"
    t0, n0 = text.index(title), text.index("فهد العتيبي")
    name = "فهد العتيبي"
    off = Official(n0, n0 + len(name), name, title, t0, t0 + len(title), None, 0, "title-name")
    naming = {"خادم الحرمين الشريفين": "country/SA"}
    found = infer_of(doc, [off], frozenset(), country_of=lambda _: None, naming=naming)
    assert found[0].of == "country/SA"


def test_no_stacked_office_after_a_definite_title_and_a_preposition() -> None:
    text = "ونقل الوزير للرئيس خلال اللقاء تحيات الرئيس سالم حداد وتقديره."
    assert all(not t.startswith("الوزير") for _, t in _positions(_doc(text)) if t)


@pytest.mark.parametrize("text", [
    "قال عبد الملك الحوثي في خطاب إن الحرب مستمرة.",  # Abd al-Malik: no king named «الحوثي»
    "وأكد عبد الأمير الزيدي أن الوضع مستقر.",  # Abd al-Amir: no prince
])
def test_a_title_word_after_abd_is_a_given_name(text: str) -> None:
    assert _positions(_doc(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # officials of bodies other than a government: an exhibition, a university, a club
        ("وأكد المشرف على المهرجان سامي بن علي العتيبي أن الإقبال كبير.",
         ("سامي بن علي العتيبي", "المشرف على المهرجان")),
        ("وقال وكيل الجامعة الدكتور ماجد بن سعد الحربي إن القبول بدأ.",
         ("ماجد بن سعد الحربي", "وكيل الجامعة")),
        ("وقال المدرب سالم بن ناصر إن الفريق جاهز.", ("سالم بن ناصر", "المدرب")),
        ("وشكر الرئيس الفخري الشيخ سالم بن ناصر على دعمه.", ("سالم بن ناصر", "الرئيس الفخري")),
        # «د.» abbreviates «الدكتور»
        ("وقال وزير الصحة د. سامي بن علي الحربي إن الحملة بدأت.", ("سامي بن علي الحربي", "وزير الصحة")),
    ],
)  # fmt: skip
def test_titles_of_other_bodies_and_abbreviated_courtesy(text: str, expected: tuple[str, str]) -> None:
    assert expected in _positions(_doc(text))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # what the office oversees comes after «على», then the name the model marks
        ("وقال المشرف العام على برامج إذاعة الرياض سعد الحربي إن البث مستمر.", "سعد الحربي",
         "المشرف العام على برامج إذاعة الرياض"),
        # where the office sits, with «ب» glued on, then the name
        ("وقال المتحدث الرسمي بصحة منطقة تبوك سعد الحربي إن الحالات مستقرة.", "سعد الحربي",
         "المتحدث الرسمي بصحة منطقة تبوك"),
        # what the body the title names is for
        ("وقال رئيس الاتحاد السعودي للتنس سامي الحربي إن البطولة تبدأ غدا.", "سامي الحربي",
         "رئيس الاتحاد السعودي للتنس"),
    ],
)  # fmt: skip
def test_a_title_runs_up_to_a_marked_name(
    with_mention: Callable[..., Doc], text: str, name: str, title: str
) -> None:
    found = _positions(with_mention(_doc(text), name, "PERSON"))
    assert (name, title) in found
    assert all(n == name for n, _ in found)


def test_a_sovereign_title_does_not_run_up_to_his_guest(with_mention: Callable[..., Doc]) -> None:
    text = "واستقبل الملك في قصر الحكم بمدينة الرياض سعد الحربي."
    assert ("سعد الحربي", "الملك") not in _positions(with_mention(_doc(text), "سعد الحربي", "PERSON"))


def test_a_title_whose_body_follows_a_preposition_runs_up_to_the_rank() -> None:
    text = "وقال الناطق الإعلامي للدفاع المدني بمنطقة تبوك العقيد سالم بن علي إن الحريق أخمد."
    assert ("سالم بن علي", "الناطق الإعلامي للدفاع المدني بمنطقة تبوك") in _positions(_doc(text))


def test_two_name_words_after_a_rank_stand_without_the_model() -> None:
    from newsgraph.extract.ner_ar import NER_KEY, refine_officials

    doc = _doc("وقال مدير الشرطة اللواء بدر الطالب إن الحادث وقع.")
    doc.spans[NER_KEY] = []  # the model ran and saw no person
    offs = [o for o in find_officials(doc, "ar", load_kb()) if o.title]
    assert [(o.name, o.title) for o in refine_officials(doc, offs)] == [("بدر الطالب", "مدير الشرطة")]


def test_a_family_nisba_after_the_model_name_stays() -> None:
    from spacy.tokens import Span

    from newsgraph.extract.ner_ar import NER_KEY, refine_officials

    doc = _doc("وأكد الأستاذ منصور الطلاسي المشرف على اللجنة الخيرية أن الحفل نجح.")
    doc.spans[NER_KEY] = [Span(doc, 2, 3, label="PERSON")]  # the model stopped at «منصور»
    offs = [o for o in find_officials(doc, "ar", load_kb()) if o.title]
    assert [o.name for o in refine_officials(doc, offs)] == ["منصور الطلاسي"]


def test_the_host_of_a_meeting_does_not_run_up_to_his_guest(with_mention: Callable[..., Doc]) -> None:
    text = "والتقى رئيس الوزراء في مقر الحكومة ببغداد سعد الحربي."
    assert ("سعد الحربي", "رئيس الوزراء في مقر الحكومة ببغداد") not in _positions(
        with_mention(_doc(text), "سعد الحربي", "PERSON")
    )


def test_crown_prince_of_an_emirate_in_apposition_after_a_sheikh() -> None:
    text = "وحضر الشيخ سالم بن ناصر ولي عهد الشارقة الحفل."
    assert ("سالم بن ناصر", "ولي عهد") in _positions(_doc(text))


def test_a_relative_adjective_after_a_bodys_head_is_part_of_the_body() -> None:
    found = _positions(_doc("قال رئيس المجلس الرئاسي اليمني، أحمد علي حسن، إن الوضع صعب."))
    assert ("أحمد علي حسن", "رئيس المجلس الرئاسي") in found
