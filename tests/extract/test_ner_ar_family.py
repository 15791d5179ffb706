"""Family names after «بن Y» (newsgraph.extract.ner_ar_family): the linker carries a Gulf name the model
cut at the father's name on to the family, and no further. Invented sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsgraph.extract.ner_ar import ArabicNERLinker
from newsgraph.text import normalize_token


def _linked(words: list[str], ent: tuple[int, int]) -> list[str]:
    doc = Doc(spacy.blank("ar").vocab, words=words)
    for tok in doc:
        tok.norm_ = normalize_token(tok.text)
    doc.ents = [Span(doc, ent[0], ent[1], label="PERSON")]
    return [e.text for e in ArabicNERLinker()(doc).ents if e.label_ == "PERSON"]


@pytest.mark.parametrize(
    ("words", "ent", "expected"),
    [
        # a definite family name after «بن Y», and a second one in «ي»
        (["شارك", "ناصر", "بن", "فهد", "المطيري", "في", "اللقاء"], (1, 4), "ناصر بن فهد المطيري"),
        (["كرم", "الطالب", "ماجد", "بن", "سعد", "القحطاني", "الدوسري", "أمس"], (2, 5),
         "ماجد بن سعد القحطاني الدوسري"),
        # the model stopped after the first family word: the nisba that follows is carried on
        (["وحضر", "ماجد", "بن", "سعد", "القحطاني", "الدوسري", "الحفل"], (1, 5),
         "ماجد بن سعد القحطاني الدوسري"),
        # an indefinite family name only when punctuation closes it
        (["وحضر", "ناصر", "بن", "فهد", "ملا", "،", "والوفد"], (1, 4), "ناصر بن فهد ملا"),
        # a common word, an indefinite word before more text: the sentence goes on
        (["وحضر", "ناصر", "بن", "فهد", "الحفل"], (1, 4), "ناصر بن فهد"),
        (["ناصر", "بن", "فهد", "شكر", "الحضور"], (0, 3), "ناصر بن فهد"),
        (["استقبل", "ناصر", "بن", "فهد", "السفير"], (1, 4), "ناصر بن فهد"),  # a title
        (["التقى", "ناصر", "بن", "فهد", "السعودي"], (1, 4), "ناصر بن فهد"),  # a nationality adjective
        (["مدرسة", "ناصر", "بن", "فهد", "الثانوية", "للبنات"], (1, 4), "ناصر بن فهد"),  # a feminine adjective
        # no «بن» before: nothing to carry on
        (["وحضر", "ناصر", "فهد", "المطيري"], (1, 3), "ناصر فهد"),
    ],
)
def test_family_names_follow_the_fathers_name(words: list[str], ent: tuple[int, int], expected: str) -> None:
    assert _linked(words, ent) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس اللجنة أثناء جلسة مغلقة إن القرار نهائي.",  # "during a session" after a title
        "وتعمل الإدارة الجديدة بشكل متواصل على المشروع.",  # "in a ... manner"
    ],
)
def test_an_adverb_after_a_title_is_no_name(text: str) -> None:
    from newsgraph import extract

    assert [m.text for m in extract(text, language="ar").mentions if m.label == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the family word of a name found in full names the person again, alone
        ("وصرح الدكتور ناصر بن فهد المطيري بأن العمل مستمر. وأضاف المطيري أن الخطة جاهزة.", "المطيري"),
        ("وقال المدرب سامي عوض حمدوني إن الموسم طويل. وختم حمدوني حديثه بالشكر.", "حمدوني"),
    ],
)
def test_a_family_word_alone_names_the_person_again(text: str, expected: str) -> None:
    from newsgraph import extract

    assert expected in [m.text for m in extract(text, language="ar").mentions if m.label == "PERSON"]


def test_a_family_word_after_an_organization_head_is_the_organization() -> None:
    from newsgraph import extract

    text = "وقال فهد بن ناصر القنديل رئيس مجلس الإدارة إن شركات القنديل تتوسع."
    assert "القنديل" not in [m.text for m in extract(text, language="ar").mentions if m.label == "PERSON"]



def test_a_family_word_two_full_names_share_is_left_alone() -> None:
    from newsgraph.extract.ner_ar_family import surname_mentions
    from newsgraph.kb import load_kb

    words = ["قال", "سامي", "حمدوني", "إن", "ابنه", "كريم", "حمدوني", "سيشارك", "وأضاف", "حمدوني", "أن"]
    doc = Doc(spacy.blank("ar").vocab, words=words)
    for tok in doc:
        tok.norm_ = normalize_token(tok.text)
    one = [Span(doc, 1, 3, label="PERSON")]
    two = [*one, Span(doc, 5, 7, label="PERSON")]
    assert [e.text for e in surname_mentions(doc, one, load_kb())] == ["سامي حمدوني", "حمدوني", "حمدوني"]
    assert [e.text for e in surname_mentions(doc, two, load_kb())] == ["سامي حمدوني", "كريم حمدوني"]
