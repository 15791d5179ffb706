"""Tests for the country of an Arabic position the title does not state (``officials.infer``).

The sentences are invented; they run through the whole extraction without statistical models,
so the names are ones the title rules find on their own.
"""

from __future__ import annotations

import newsgraph


def _positions(text: str) -> dict[tuple[str, str], str | None]:
    ext = newsgraph.extract(text, language="ar", model=None)
    names = {e.id: e.labels.get("ar", "") for e in ext.entities}
    return {(names[p.person], p.title): p.of for p in ext.positions}


def test_a_place_of_the_sentence_gives_its_country() -> None:
    # «تعز» is a city of Yemen; the Emirati ship before it is farther from the title
    text = ("وصلت سفينة إماراتية إلى الميناء. واتهم الرئيس السابق سالم أحمد الحكيمي "
            "بالوقوف وراء المعارك في مدينة تعز.")
    assert _positions(text)[("سالم أحمد الحكيمي", "الرئيس")] == "country/YE"


def test_a_counterpart_with_the_same_title_keeps_his_country() -> None:
    # two foreign ministers are two countries': the unqualified one is not Egyptian
    text = ("الرياض - أكد وزير الخارجية فهد سالم العتيبي في الرياض خلال لقائه وزير الخارجية المصري "
            "كمال حسن منصور في الرياض.")
    found = _positions(text)
    assert found[("كمال حسن منصور", "وزير الخارجية")] == "country/EG"
    assert found[("فهد سالم العتيبي", "وزير الخارجية")] == "country/SA"


def test_a_phrase_next_to_the_title_names_its_country() -> None:
    text = "وتلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية من رئيس وزراء روسيا."
    assert _positions(text)[("سلمان بن عبدالعزيز", "الملك")] == "country/SA"


def test_a_noble_title_alone_is_no_position() -> None:
    text = "وحضر الحفل الأمير خالد بن فهد والشيخ ناصر بن علي الحمدان."
    assert not [title for _, title in _positions(text) if title in ("الأمير", "الشيخ")]


def test_a_governed_region_leaves_its_designator_in_the_title() -> None:
    text = "وأعلن حاكم محافظة شانلي أورفة محمد أوزتورك أن الشرطة فتحت تحقيقا."
    found = _positions(text)
    assert found[("محمد أوزتورك", "حاكم محافظة")] == "place/gn-298333"


def test_a_country_the_official_will_visit_is_not_his() -> None:
    # the only country of the sentence is where he goes: no country rather than the destination's
    text = "وذكر المتحدث أن الرئيس سالم أحمد الحكيمي سيزور فرنسا الشهر المقبل."
    assert _positions(text)[("سالم أحمد الحكيمي", "الرئيس")] is None


def test_a_country_after_an_accusing_verb_is_not_the_officials() -> None:
    # «اتهم X إيران»: the accused country is right after his name; Morocco, farther, is his
    text = ("وفي المغرب وخلال مؤتمر صحفي عقده مساء أمس اتهم وزير الخارجية كمال حسن منصور إيران "
            "بالتدخل في شؤون المنطقة.")
    assert _positions(text)[("كمال حسن منصور", "وزير الخارجية")] == "country/MA"


def test_those_attending_a_reception_are_on_the_hosts_side() -> None:
    # the guest's country is the article's most named; the attendees are the host's officials
    text = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في جدة رئيس وزراء اليابان. "
            "وبحث الجانبان العلاقات بين اليابان والمملكة. وأشاد الضيف بالعلاقات مع اليابان. "
            "وحضر الاستقبال وزير الخارجية فهد سالم العتيبي.")
    assert _positions(text)[("فهد سالم العتيبي", "وزير الخارجية")] == "country/SA"


def test_an_ambassadors_host_country_is_not_the_country_of_those_listed_before_him() -> None:
    text = "وحضر الحفل وزير المالية سالم أحمد الحكيمي وسفير المملكة لدى فرنسا فهد سالم العتيبي."
    assert _positions(text)[("سالم أحمد الحكيمي", "وزير المالية")] != "country/FR"


def test_a_coach_or_club_office_takes_no_country_from_the_sentence() -> None:
    # a coach's office is his club's: the country of the training camp is not his, a minister's would be
    coach = _positions("وأكد المدرب سالم أحمد الحكيمي في إيطاليا أن الإعداد يسير كما خطط له.")
    minister = _positions("وأكد وزير الخارجية سالم أحمد الحكيمي في إيطاليا أن الإعداد يسير كما خطط له.")
    assert coach[("سالم أحمد الحكيمي", "المدرب")] is None
    assert minister[("سالم أحمد الحكيمي", "وزير الخارجية")] == "country/IT"


def test_a_country_after_the_next_persons_name_is_his_not_the_first() -> None:
    # «... ووزير الخارجية كمال ... وسفير تونس»: Tunisia comes after another person's name
    text = ("وبحثت السعودية العلاقات مع البحرين والكويت في الرياض. وحضر اللقاء وزير المالية فهد سالم العتيبي "
            "ووزير الخارجية كمال حسن منصور وسفير تونس.")
    assert _positions(text)[("فهد سالم العتيبي", "وزير المالية")] == "country/SA"


def test_a_crown_princes_title_takes_no_republic_and_his_other_offices_follow() -> None:
    text = ("وصلت طائرة مساعدات سعودية إلى اليمن. وقد أمر ولي ولي العهد وزير الدفاع الأمير سالم بن فهد "
            "بإرسال المساعدات إلى عدن في اليمن. وتواصل السعودية دعمها.")
    found = _positions(text)
    assert found[("سالم بن فهد", "ولي ولي العهد")] == "country/SA"
    assert found[("سالم بن فهد", "وزير الدفاع")] == "country/SA"


def test_a_kings_title_alone_in_a_report_on_a_republic_has_no_country() -> None:
    text = "أهدى الشاعر الملك سالم بن فهد قصيدة عن الحرب في اليمن. واليمن يعاني."
    assert _positions(text)[("سالم بن فهد", "الملك")] is None


def test_those_attending_when_the_king_receives_a_letter_are_his_side() -> None:
    # «تسلم» (received) makes the king the host; Russia, named most, is the guest's country
    text = ("تسلم خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز رسالة من رئيس روسيا. "
            "ونقل المبعوث الروسي تحيات روسيا. حضر الاستقبال وزير الدولة الدكتور سالم بن فهد الهاجري.")
    assert _positions(text)[("سالم بن فهد الهاجري", "وزير الدولة")] == "country/SA"


def test_a_former_holder_may_share_the_country_of_the_current_titles_holder() -> None:
    # one man named twice with the same title in a sentence, the second time as the deposed president
    text = ("وقال الرئيس اليمني السابق سالم الحكيمي إن قواته باقية، وقاتلت القوات الموالية للرئيس "
            "المخلوع سالم أحمد الحكيمي في تعز جنوب اليمن. وزار وفد سعودي الرياض والسعودية.")
    assert set(_positions(text).values()) == {"country/YE"}
