"""Tests for Arabic officials, names and bodies in the style of Saudi domestic news (issue 16).

The sentences are invented. They run the rules without statistical models; where a rule reads
whether the model ran, the test sets its (empty) span list by hand.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc, Span

from newsgraph.extract.kb_ruler import MENTIONS_KEY
from newsgraph.extract.ner_ar import refine_officials, refine_orgs
from newsgraph.extract.ner_ar_names import trim_span
from newsgraph.extract.ner_ar_refine import NER_KEY
from newsgraph.extract.officials import find_officials
from newsgraph.extract.officials.base import parse_org_ref
from newsgraph.extract.orgs import find_organizations
from newsgraph.extract.pipeline import get_nlp
from newsgraph.kb import load_kb


def _doc(text: str) -> Doc:
    return get_nlp("ar", None)(text)


def _positions(doc: Doc) -> list[tuple[str, str | None, str | None]]:
    return [(o.name, o.title, o.of) for o in find_officials(doc, "ar", load_kb()) if o.title]


def _of_text(text: str, of: str | None) -> str | None:
    ref = parse_org_ref(of)
    return None if ref is None else text[ref[0] : ref[1]]


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        # after a body's head noun the region designator and place name the body, not the office's seat
        ("وأوضح الناطق الإعلامي لشرطة منطقة جازان العقيد سالم بن عطية الحربي أن البلاغ ورد أمس.",
         "الناطق الإعلامي لشرطة منطقة جازان", "شرطة منطقة جازان"),
        # the same with the «ب» the tokenizer leaves glued to the head noun
        ("وأوضح المتحدث الرسمي بقيادة منطقة جازان الرائد سالم بن عطية الحربي أن الحالة مستقرة.",
         "المتحدث الرسمي بقيادة منطقة جازان", "قيادة منطقة جازان"),
        # the body ends before where it sits («بمنطقة الرياض»)
        ("وقال مدير عام فرع وزارة العدل بمنطقة الرياض الشيخ سالم بن عطية الحربي إن العمل مستمر.",
         "مدير عام فرع وزارة العدل", "وزارة العدل"),
    ],
)  # fmt: skip
def test_the_body_named_in_a_title_is_its_of(text: str, title: str, body: str) -> None:
    found = [(t, _of_text(text, of)) for n, t, of in _positions(_doc(text)) if n == "سالم بن عطية الحربي"]
    assert found == [(title, body)]


def test_a_governor_of_a_region_keeps_the_designator_and_takes_the_region() -> None:
    text = "واستقبل الأمير سعد بن فهد أمير منطقة عسير في مكتبه أمس الوفد."
    found = [(t, of) for n, t, of in _positions(_doc(text)) if t != "الأمير"]
    assert found == [("أمير منطقة", "place/sa-asir")]
    place = load_kb().get("place/sa-asir")
    assert place is not None and place.country == "country/SA"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("أعاده الله على الجميع باليمن والخير والبركات.", []),
        ("أعاده الله على الجميع بالخير واليمن والبركات.", []),
        ("وزار الوزير اليمن والسعودية الأسبوع الماضي.", ["country/YE", "country/SA"]),
    ],
)  # fmt: skip
def test_yemen_coordinated_with_blessings_is_good_fortune(text: str, countries: list[str]) -> None:
    doc = _doc(text)
    found = [s.kb_id_ for s in doc.spans[MENTIONS_KEY] if s.label_ == "COUNTRY"]
    assert found == countries


def test_a_courtesy_title_and_a_common_given_name_make_a_name_the_model_missed() -> None:
    doc = _doc("وجاء ذلك في مبادرة أمين المنطقة المهندس فهد الجبير للعناية بالحدائق.")
    doc.spans[NER_KEY] = []  # the model ran and marked nobody
    kept = refine_officials(doc, find_officials(doc, "ar", load_kb()))
    assert [o.name for o in kept] == ["فهد الجبير"]


@pytest.mark.parametrize(
    "text",
    [
        "وجاء ذلك استكمالا لمبادرة أمين المنطقة لتكريم عمال النظافة في الحدائق.",
        "وقدم الشكر لرئيس البلدية لتطوير الخدمات في الأحياء.",
    ],
)
def test_a_preposition_on_a_verbal_noun_starts_no_name(text: str) -> None:
    assert not [n for n, _, _ in _positions(_doc(text)) if n.startswith("لت")]


def test_a_body_named_with_its_known_region_stays_without_the_model() -> None:
    doc = _doc("وتجولت فرق الرقابة في أمانة منطقة عسير خلال الأسبوع.")
    doc.spans[NER_KEY] = []
    kept = refine_orgs(doc, find_organizations(doc, "ar", load_kb()))
    assert [o.text for o in kept] == ["أمانة منطقة عسير"]
    doc = _doc("وتجولت فرق الرقابة في لجنة فنية خلال الأسبوع.")
    doc.spans[NER_KEY] = []
    assert refine_orgs(doc, find_organizations(doc, "ar", load_kb())) == []


@pytest.mark.parametrize(
    "text",
    [
        "أمير الرياض يواسي أسرة الفقيد في قريته",
        "أمير القصيم يدشن مشروعات بلدية جديدة",
    ],
)
def test_a_headline_verb_after_a_title_is_no_name(text: str) -> None:
    assert [n for n, _, _ in _positions(_doc(text))] == []


def test_a_foreign_name_in_ya_after_a_title_stays() -> None:
    text = "وقال المدير العام للوكالة يوكيا أمانو إن التفتيش مستمر."
    assert [n for n, _, _ in _positions(_doc(text))] == ["يوكيا أمانو"]


def test_a_ministry_named_before_is_no_body_of_the_title() -> None:
    text = "وأوضح وكيل الوزارة للدراسات الدكتور سالم بن عطية الحربي أن الخطة جاهزة."
    assert [(t, of) for _, t, of in _positions(_doc(text))] == [("وكيل الوزارة للدراسات", None)]


def test_the_holder_named_after_a_comma_past_the_seat(with_mention: Callable[..., Doc]) -> None:
    # the body («مديرية الدفاع» as the model marks it, and its adjective), a seat, a comma, a rank, the name
    text = "وأوضح المتحدث الرسمي لمديرية الدفاع المدني بمنطقة جازان، الرائد ماجد سعد الحربي، أن الحريق أخمد."
    doc = with_mention(with_mention(_doc(text), "مديرية الدفاع", "ORGANIZATION"), "ماجد سعد الحربي", "PERSON")
    found = [(n, t) for n, t, _ in _positions(doc)]
    assert len(found) == 1 and found[0][0] == "ماجد سعد الحربي" and found[0][1].startswith("المتحدث الرسمي")
    text = "وقال مدير عام الصحة في محافظة عدن، ماجد الخضر، إن الوضع هادئ."
    assert [(n, t) for n, t, _ in _positions(_doc(text))] == [("ماجد الخضر", "مدير عام الصحة")]


def test_no_holder_from_a_time_between_commas() -> None:
    text = "ويفتتح رئيس اللجنة العليا المشرفة على المشروع بجدة، اليوم الاثنين، المعرض."
    assert [n for n, _, _ in _positions(_doc(text))] == []


def test_a_preposition_on_a_feminine_noun_after_a_royal_office_starts_no_name() -> None:
    text = "ونقل الأمير فهد بن سعد أمير منطقة الباحة لأسرة الفقيد سالم بن علي الزهراني تعازيه."
    found = [(n, t) for n, t, _ in _positions(_doc(text))]
    assert ("فهد بن سعد", "أمير منطقة") in found
    assert not [t for _, t in found if t and "لأسرة" in t]


def test_a_town_after_a_body_head_names_the_body_the_title_heads() -> None:
    text = "وقال مدير شرطة محايل عسير العقيد ماجد بن خالد الحربي إن الأمن مستتب."
    found = [(t, _of_text(text, of)) for n, t, of in _positions(_doc(text)) if t != "العقيد"]
    assert found == [("مدير شرطة محايل عسير", "شرطة محايل عسير")]
    place = load_kb().get("place/sa-muhayil")
    assert place is not None and place.country == "country/SA"


def test_a_courtesy_title_after_a_definite_noun_ends_a_model_organization() -> None:
    doc = _doc("ودعا رئيس مجلس إدارة الجمعية المهندس سعد الحربي الطلاب.")
    assert trim_span(Span(doc, 5, 8, label="ORG")).text == "الجمعية"  # the model's «الجمعية المهندس سعد»
    doc = _doc("وعولج في مركز الدكتور سعد الحربي للأسنان.")
    assert trim_span(Span(doc, 2, 6, label="ORG")).text == "مركز الدكتور سعد الحربي"  # one name


def test_a_major_general_is_no_brigade() -> None:
    doc = _doc("وأوضح اللواء الركن ماجد العتيبي أن الوضع آمن.")
    assert [o.text for o in find_organizations(doc, "ar", load_kb())] == []
    doc = _doc("وتقدم اللواء الرابع نحو المدينة.")
    assert "اللواء الرابع" in [o.text for o in find_organizations(doc, "ar", load_kb())]
