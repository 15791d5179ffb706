"""Arabic trigger words of another sense (issue 13): teams and characters meeting up in a sport or
fiction sentence, advertisements, and a noun with tanween read as a verb. Invented sentences."""

import pytest

import newsgraph
from newsgraph.types import Article


def _types(text: str) -> list[str]:
    return [e.type for e in newsgraph.extract_article(Article("a1", None, text, "ar")).events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ويلتقي الفريقان غدا في مباراة نهائي الكأس.", "Meeting"),
        ("لم يتمكن المشجعون من حضور اللقاء في الملعب الجديد.", "Meeting"),
        ("وفي الفيلم يلتقي البطل بحبيبته في القرية.", "Meeting"),
        ("زادت إيرادات الشركة من إعلانات محرك البحث.", "Statement"),
        ("اعتقلت الشرطة فجراً ثلاثة شبان من القرية.", "Bombing"),
    ],
)
def test_a_trigger_word_of_another_sense_is_no_event(text: str, kind: str) -> None:
    assert kind not in _types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("يلتقي وزير الخارجية نظيره الأردني غدا في عمان.", "Meeting"),
        ("التقى مدرب المنتخب وزير الرياضة في مكتبه.", "Meeting"),
        ("أصدرت الوزارة بيانا حول الحادث.", "Statement"),
        ("فجر انتحاري نفسه في سوق المدينة.", "Bombing"),
        ("قال محمد العلي إن الحكومة ستدعم المزارعين، مؤكداً أهمية القطاع.", "Statement"),
    ],
)
def test_the_same_words_in_their_event_sense_stay(text: str, kind: str) -> None:
    assert kind in _types(text)
