"""Arabic sport, game and fiction sentences tell play, not events (newsgraph.extract.events.senses_ar.play),
and trigger look-alikes of other senses (triggers_ar.tsv kind X). Invented sentences."""

import pytest
from arabic_events import event_types as _types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("هاجم مدرب النادي حكم المباراة بعد الخسارة.", "Attack"),
        ("طرد الحكم اللاعب في الشوط الثاني.", "Sanction"),
        ("وفي الفيلم يهاجم البطل قلعة الأعداء.", "Attack"),
    ],
)
def test_play_in_a_sport_or_fiction_sentence_is_no_event(text: str, kind: str) -> None:
    assert kind not in _types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("يلتقي وزير الخارجية نظيره الأردني غدا في عمان.", "Meeting"),
        ("هاجم مسلحون ملعبا في المدينة وقتل ثلاثة أشخاص.", "Attack"),
        ("تعاقد النادي مع لاعب برازيلي لمدة موسمين.", "Agreement"),
        ("هاجم مسلحون دورية للجيش قرب الحدود.", "Attack"),
        ("التقى الرئيس المنتخب أعضاء الحكومة في القصر.", "Meeting"),
        ("استقبل مدرب المنتخب أمس وزير الرياضة في الملعب.", "Meeting"),  # a meeting, though a sport one
    ],
)
def test_the_same_words_outside_play_stay_events(text: str, kind: str) -> None:
    assert kind in _types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("هاجم رئيس الوزراء الدور الأوروبي في الأزمة.", "Attack"),
        ("وجد المتطرفون في الشباب لقمة سائغة.", "Meeting"),
        ("انتقل المهندس إلى الشركة لقاء مبلغ كبير.", "Meeting"),
        ("تستهدف الحملة الناخبين الشباب.", "Attack"),
    ],
)
def test_a_trigger_word_of_another_sense_is_no_event(text: str, kind: str) -> None:
    assert kind not in _types(text)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("خصصت البلدية ممرا للمشاة في النفق الجديد.", False),
        ("تم تخصيص برنامج ترفيهي للأطفال خلال المهرجان.", False),
        ("خصصت الحكومة عشرة ملايين دولار لإغاثة النازحين.", True),
    ],
)
def test_an_allotting_word_is_aid_only_with_money(text: str, aid: bool) -> None:
    assert ("AidPledge" in _types(text)) is aid


def test_a_word_in_ta_marbuta_is_no_verb_trigger() -> None:
    assert "Appeal" not in _types("غاب المدافع حمادة طلبة عن التدريب.")
    assert "Appeal" in _types("طلبه الوزير من السفير أمس.")


@pytest.mark.parametrize(
    "text",
    ["ستفرض الوزارة العقوبات النظامية على المحلات.", "طالب الكاتب بتطبيق أقسى العقوبات على المعتدين.",
     "أكدت البلدية فرض العقوبات بحق المخالفين."],
)
def test_penalties_for_violators_are_no_sanction(text: str) -> None:
    assert "Sanction" not in _types(text)


def test_sanctions_on_a_state_stay() -> None:
    assert "Sanction" in _types("فرض الاتحاد الأوروبي عقوبات على إيران أمس.")
