"""Arabic trigger words of another sense (issue 13): teams and characters meeting up in a sport or
fiction sentence, advertisements, and a noun with tanween read as a verb. Invented sentences."""

import pytest
from arabic_events import event_types as _types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ويلتقي الهلال والنصر غدا في مباراة نهائي الكأس.", "Meeting"),
        ("حضر آلاف من مشجعي الهلال اللقاء مع النصر في الملعب الجديد.", "Meeting"),
        ("وفي الفيلم يلتقي أحمد حلمي بمنى زكي في القاهرة.", "Meeting"),
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


@pytest.mark.parametrize(
    ("text", "arrest"),
    [
        ("أوقفت الشركة الإنتاج في المصنع بسبب العطل.", False),
        ("وصف الطبيب دواء يوقف تقدم المرض.", False),
        ("أوقفت الشرطة الفرنسية ثلاثة أشخاص بتهمة السرقة في باريس.", True),
        ("اعتقلت الشرطة الفرنسية رجلا في باريس.", True),
    ],
)
def test_stopping_is_an_arrest_only_of_people(text: str, arrest: bool) -> None:
    assert ("Arrest" in _types(text)) is arrest


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("نقل خالد العلي إلى السجن وسط حراسة مشددة.", False),
        ("يحمل خالد العلي ورقة غير معلنة.", False),
        ("قالت وزارة الصحة السعودية في بيانها، مؤكدة أن الوضع مستقر.", True),
    ],
)
def test_a_participle_right_after_a_noun_describes_it(text: str, statement: bool) -> None:
    assert ("Statement" in _types(text)) is statement
