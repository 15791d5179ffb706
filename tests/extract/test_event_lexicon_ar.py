"""Arabic trigger lexicon coverage (issue 13): statement verbs of condemning, denying, expressing and
revealing; look-alikes of them that are no statement. Invented sentences."""

import pytest
from arabic_events import event_types as _types


@pytest.mark.parametrize(
    "text",
    [
        "أدان وزير الخارجية الأردني أيمن الصفدي التفجير الذي وقع أمس.",
        "نفت وزارة الدفاع التركية صحة التقارير عن سقوط الطائرة.",
        "أعرب خالد العلي عن قلقه البالغ إزاء تدهور الأوضاع.",
        "كشفت وزارة الداخلية السعودية أن التحقيقات ما زالت جارية.",
    ],
)
def test_condemning_denying_expressing_and_revealing_are_statements(text: str) -> None:
    assert "Statement" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "وجاءت إدانتهم بتهم مختلفة أمام المحكمة.",
        "كلفت النيابة الشرطة بجمع المعلومات لكشف ملابسات الحادث.",
    ],
)
def test_a_conviction_and_an_aim_to_uncover_are_no_statements(text: str) -> None:
    assert "Statement" not in _types(text)


def test_a_verb_with_its_own_first_letter_kaf_is_no_shorter_verb() -> None:
    assert "Statement" not in _types("وكلفت وزارة الداخلية السعودية الشرطة بالتحري.")


@pytest.mark.parametrize(
    "text",
    [
        "خرقت القوات اتفاق وقف إطلاق النار في الجنوب أمس.",
        "دخل اتفاق وقف الأعمال العدائية بين الطرفين حيز التنفيذ أمس.",
    ],
)
def test_a_truce_agreement_is_one_ceasefire_and_no_agreement(text: str) -> None:
    kinds = _types(text)
    assert "Ceasefire" in kinds and "Agreement" not in kinds


def test_a_stop_to_fire_with_an_adjective_is_no_shooting() -> None:
    kinds = _types("أعلن الجيش السوداني وقفا فوريا لإطلاق النار في الخرطوم.")
    assert "Ceasefire" in kinds and "Attack" not in kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("داهمت الشرطة السعودية مستودعا في مدينة جدة أمس.", "Arrest"),
        ("ضبطت الشرطة الأردنية ثلاثة أشخاص في مدينة إربد.", "Arrest"),
        ("استدعت وزارة التجارة مالك الشركة للتحقيق معه.", "Investigation"),
        ("قضت المحكمة الجزائية في الرياض اليوم بإدانة ثلاثة مواطنين.", "Sentence"),
        ("توجه وزير الخارجية الأردني أيمن الصفدي إلى القاهرة أمس.", "Visit"),
        ("جددت إدارة نادي الهلال عقد اللاعب سالم الدوسري.", "Agreement"),
        ("سقطت قذائف على مدينة حلب أمس.", "Attack"),
        ("دعا الأمين العام إلى إيقاف إطلاق النار في السودان.", "Ceasefire"),
    ],
)
def test_widened_lexicon_reads_the_event(text: str, kind: str) -> None:
    assert kind in _types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ضبطت الشرطة الأردنية 78 قطعة سلاح في مدينة إربد.", "Arrest"),
        ("دعا الأمين العام إلى إيقاف إطلاق النار في السودان.", "Attack"),
        ("سيزور وزير الخارجية الأردني أيمن الصفدي القاهرة الأسبوع المقبل.", "Visit"),
        ("وسيلتقي وزير الخارجية الأردني أيمن الصفدي نظيره المصري غدا.", "Meeting"),
        ("سوف يزور وزير الخارجية الأردني أيمن الصفدي القاهرة الأسبوع المقبل.", "Visit"),
    ],
)
def test_seized_things_a_halt_to_fire_and_future_verbs_are_no_such_event(text: str, kind: str) -> None:
    assert kind not in _types(text)


def test_a_verb_whose_own_first_letter_is_sin_stays() -> None:
    assert "Attack" in _types("سيطرت قوات الجيش السوداني على مدينة ود مدني أمس.")


def test_a_pledge_told_in_the_future_stays() -> None:
    assert "AidPledge" in _types("ستخصص الولايات المتحدة 100 مليون دولار مساعدات لأوكرانيا.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("صوت البرلمان الأردني لمنح الثقة للحكومة، ويمنح المجلس الثقة بأغلبية.", "AidPledge"),
        ("بدأت المفاوضات في الدوحة بهدف التوصل إلى هدنة في قطاع غزة.", "Ceasefire"),
        ("ناقش مجلس النواب الأردني البيان الوزاري للحكومة.", "Statement"),
    ],
)
def test_a_grant_of_confidence_an_aimed_truce_and_a_ministerial_programme_are_no_such_event(
    text: str, kind: str
) -> None:
    assert kind not in _types(text)


def test_opening_an_inquiry_may_say_bahth() -> None:
    assert "Investigation" in _types("فتحت النيابة العمومية بحثا تحقيقيا في مقتل شاب بتونس.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وأهابت وزارة الصحة السعودية بالمواطنين الالتزام بالتعليمات.", "Appeal"),
        ("وبين وزير الصحة السعودي فهد الجلاجل أن الوضع مستقر.", "Statement"),
        ("اعترف رئيس الحزب راشد الغنوشي بأنه التقى الرئيس الجزائري.", "Statement"),
    ],
)
def test_urging_making_clear_and_admitting(text: str, kind: str) -> None:
    assert kind in _types(text)


def test_between_is_no_statement() -> None:
    assert "Statement" not in _types("وقعت المباراة بين الهلال والنصر في الرياض.")


def test_a_report_by_media_names_no_speaker() -> None:
    assert "Statement" not in _types("كشفت وسائل إعلام إيرانية عن وصول وفد عراقي إلى طهران.")


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("وأكد المتحدث باسم الشرطة خالد العلي أن إجراءات التحقيق بدأت في مدينة جدة.", "Investigation", True),
        ("أكد وزير الخارجية الأردني أيمن الصفدي أهمية تحقيق السلام في المنطقة.", "Investigation", False),
    ],
)
def test_the_steps_of_the_investigation_are_one(text: str, kind: str, found: bool) -> None:
    assert (kind in _types(text)) is found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("نظم العشرات من أنصار حزب الوفد وقفة احتجاجية أمام مقر الحكومة في القاهرة.", "Protest"),
        ("خرج الآلاف من أنصار حزب الوفد في مسيرة حاشدة في القاهرة.", "Protest"),
        ("أضرب عمال شركة النسيج عن العمل في مدينة المحلة.", "Protest"),
        ("اغتيل القيادي في حركة حماس خالد العلي في مدينة غزة.", "Attack"),
        ("أطلقت حركة حماس صواريخ على مدينة عسقلان.", "Attack"),
        ("قدمت السعودية مليار دولار لليمن.", "AidPledge"),
    ],
)
def test_protests_killings_rockets_and_sums_of_money(text: str, kind: str) -> None:
    assert kind in _types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ألقت طائرة مسيرة إسرائيلية قنبلة على بلدة الخيام.", "Protest"),
        ("وافق البرلمان العراقي على مشروع قانون الانتخابات.", "Election"),
    ],
)
def test_a_drone_and_an_election_law_are_no_protest_or_election(text: str, kind: str) -> None:
    assert kind not in _types(text)


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("وافتتحت الجلسة بحضور ناظر القضية والمدعى عليهم في محكمة الرياض.", False),
        ("وتراجعت عقود برنت بعد أن أنهت الجلسة السابقة منخفضة.", False),
        ("عقد مجلس الوزراء السعودي جلسته الأسبوعية في الرياض برئاسة الملك سلمان.", True),
    ],
)
def test_a_court_hearing_or_a_trading_session_is_no_meeting(text: str, meeting: bool) -> None:
    assert ("Meeting" in _types(text)) is meeting


@pytest.mark.parametrize(
    "text",
    [
        "اقرأ بيان الخصوصية وسياسة ملفات تعريف الارتباط.",
        "عمل خالد العلي في شركات الإعلان التلفزيوني في الرياض.",
    ],
)
def test_a_privacy_notice_and_advertising_are_no_statements(text: str) -> None:
    assert "Statement" not in _types(text)
