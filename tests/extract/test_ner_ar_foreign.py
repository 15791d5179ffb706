"""Tests for newsgraph.extract.ner_ar_foreign: foreign names the Arabic model cuts short or misses,
and nouns' duals it takes for names. Sentences are our own."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsgraph.extract.ner_ar_foreign import (
    common_dual,
    extend_given_names,
    honorific_names,
    speaker_names,
    unnamed_shape,
)
from newsgraph.kb import load_kb
from newsgraph.text import normalize_token


def _doc(text: str) -> Doc:
    doc = spacy.blank("ar")(text)
    for tok in doc:
        tok.norm_ = normalize_token(tok.text)
    return doc


def _persons(ents: list[Span]) -> list[str]:
    return [e.text for e in ents if e.label_ == "PERSON"]


def test_a_given_name_takes_the_foreign_family_name_before_a_comma() -> None:
    doc = _doc("وصرح نور الدين بيلاكوف ، مدير الميناء ، بأن السفينة وصلت")
    ents = [Span(doc, 1, 3, label="PERSON")]
    assert _persons(extend_given_names(doc, ents, load_kb())) == ["نور الدين بيلاكوف"]


def test_a_given_name_takes_the_foreign_family_name_before_the_post_held() -> None:
    """The name, then the post in construct, with no comma between: «... بيلاكوف مدير الميناء»."""
    doc = _doc("وصرح نور الدين بيلاكوف مدير الميناء بأن السفينة وصلت")
    ents = [Span(doc, 1, 3, label="PERSON")]
    assert _persons(extend_given_names(doc, ents, load_kb())) == ["نور الدين بيلاكوف"]
    doc = _doc("وصرح نور الدين بيلاكوف الميناء بأن السفينة وصلت")  # no title after the word: left as it was
    assert _persons(extend_given_names(doc, [Span(doc, 1, 3, label="PERSON")], load_kb())) == ["نور الدين"]


def test_a_given_name_keeps_its_length_before_a_common_word_or_a_list() -> None:
    kb = load_kb()
    doc = _doc("التقى نور الدين مسؤولين ، ثم غادر")
    assert _persons(extend_given_names(doc, [Span(doc, 1, 3, label="PERSON")], kb)) == ["نور الدين"]
    doc = _doc("أبنائي محمد وعبدالرحمن .")
    assert _persons(extend_given_names(doc, [Span(doc, 1, 2, label="PERSON")], kb)) == ["محمد"]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("قال بوريس كالمانوف المستشار في شركة النقل إن الطلب تراجع", ["بوريس كالمانوف"]),
        ("قالت إيلينا ماروشكا ، الخبيرة في الطاقة ، إن الأسعار سترتفع", ["إيلينا ماروشكا"]),
        ("ذكر موقع techzone الأمريكي أن الجهاز جديد", []),
        ("تابعت الشرطة التحقيق لكشف دوافع وتفاصيل الحادث", []),
    ],
)
def test_foreign_words_after_a_verb_of_saying_are_the_speaker(text: str, persons: list[str]) -> None:
    doc = _doc(text)
    assert _persons(speaker_names(doc, [], load_kb())) == persons


def test_two_name_words_after_a_courtesy_title_are_a_person() -> None:
    doc = _doc("وأوضح مدير المستشفى الدكتور المنصوري لحمادي : إن الحالات تحسنت")
    assert _persons(honorific_names(doc, [], load_kb())) == ["المنصوري لحمادي"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("مندوبان", True), ("سليمان", False), ("سلمان", False), ("بيلاكوف", False)],
)
def test_a_nouns_dual_is_no_name(word: str, expected: bool) -> None:
    assert common_dual(word) is expected


def test_a_glued_preposition_after_a_verb_of_calling_is_no_speaker() -> None:
    doc = _doc("دعا لرد متعدد الأطراف على الأزمة")
    assert _persons(speaker_names(doc, [], load_kb())) == []


@pytest.mark.parametrize(
    "text",
    ["أكد أهمية تعزيز التعاون بين البلدين", "قال إننا جاهزون لذلك", "قال لرجاله أوقفوا النار ، ثم انسحب"],
)
def test_nouns_verbs_and_particles_after_a_verb_of_saying_are_no_speaker(text: str) -> None:
    doc = _doc(text)
    assert _persons(speaker_names(doc, [], load_kb())) == []


def test_an_indefinite_head_is_no_courtesy_title() -> None:
    doc = _doc("يستقبل صاحب الدار الزوار ، ثم يجلسون")
    assert _persons(honorific_names(doc, [], load_kb())) == []


def test_a_construct_of_nouns_after_a_verb_of_saying_is_no_speaker() -> None:
    doc = _doc("أكد مراقب تدقيق الحسابات سلامة الإجراءات")
    assert _persons(speaker_names(doc, [], load_kb())) == []


@pytest.mark.parametrize(("word", "unnamed"), [
    ("عنصراً", True),  # nunation: no name takes it
    ("داً", True),
    ("المغربيين", True),  # a people's plural
    ("السودانيون", True),
    ("حسين", False),
    ("ياسين", False),
    ("الزعبي", False),
])
def test_nunation_and_a_peoples_plural_make_no_name(word: str, unnamed: bool) -> None:
    assert unnamed_shape(word) is unnamed
