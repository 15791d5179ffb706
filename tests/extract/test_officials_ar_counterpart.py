"""Tests for Arabic counterparts and for countries that belong to another person's title or to a visit.

The sentences are invented; they run through the whole extraction without statistical models, so
the names are ones the title rules find on their own.
"""

from __future__ import annotations

import newsgraph


def _positions(text: str) -> dict[tuple[str, str], str | None]:
    ext = newsgraph.extract(text, language="ar", model=None)
    names = {e.id: e.labels.get("ar", "") for e in ext.entities}
    return {(names[p.person], p.title): p.of for p in ext.positions}


def test_a_counterpart_holds_the_subjects_office_for_the_adjectives_country() -> None:
    text = "التقى وزير الخارجية الكويتي سالم أحمد الحكيمي أمس نظيره البرتغالي جواو مانويل سيلفا في لشبونة."
    found = _positions(text)
    assert found[("جواو مانويل سيلفا", "وزير الخارجية")] == "country/PT"
    assert found[("سالم أحمد الحكيمي", "وزير الخارجية")] == "country/KW"


def test_a_counterpart_after_a_comma_and_with_a_glued_preposition() -> None:
    text = "واجتمع رئيس الوزراء كمال حسن منصور اليوم بنظيره الهندي، راجيش كومار شارما، في نيودلهي."
    assert _positions(text)[("راجيش كومار شارما", "رئيس الوزراء")] == "country/IN"


def test_the_adjective_after_another_persons_title_is_his_country_not_the_hosts() -> None:
    # «البرازيلي» is the minister's; the receiving president's country is the article's other one
    text = ("وقال بيان إن العلاقات مع الأرجنتين ممتازة. استقبل الرئيس سالم أحمد الحكيمي "
            "وزير الدفاع البرازيلي جواو مانويل سيلفا.")
    found = _positions(text)
    assert found[("جواو مانويل سيلفا", "وزير الدفاع")] == "country/BR"
    assert found[("سالم أحمد الحكيمي", "الرئيس")] != "country/BR"


def test_the_country_of_a_visit_noun_is_not_the_visitors() -> None:
    text = "وتهدف زيارة الرئيس سالم أحمد الحكيمي، لليابان إلى تعزيز التعاون."
    assert _positions(text)[("سالم أحمد الحكيمي", "الرئيس")] is None


def test_the_adjective_of_a_person_named_before_may_be_his_aides_country() -> None:
    # the aides named after the Kuwaiti president are his: his adjective is not only his own
    text = "وعقد الرئيس الكويتي سالم أحمد الحكيمي اجتماعا مع مستشاره الدكتور كمال حسن منصور."
    assert _positions(text)[("كمال حسن منصور", "مستشاره")] == "country/KW"


def test_and_his_counterpart_is_the_first_persons_not_the_one_just_named() -> None:
    # «ونظيره» lists a second person met by the visiting minister, not the prime minister's counterpart
    text = ("وسيلتقي وزير الدفاع الياباني هيروشي تاناكا موري رئيس الوزراء كمال حسن منصور "
            "ونظيره الأردني سالم أحمد الحكيمي في عمان.")
    found = _positions(text)
    assert found.get(("سالم أحمد الحكيمي", "وزير الدفاع")) == "country/JO"
    assert ("سالم أحمد الحكيمي", "رئيس الوزراء") not in found


def test_a_feminine_common_word_after_a_title_is_no_name() -> None:
    # «برقية تهنئة» is what the minister sent, «متميزة» what the relations are
    text = ("وبعث وزير الداخلية برقية تهنئة إلى نظيره. وقال إن العلاقات مع رئيسة الوزراء "
            "ليلى حسن منصور متميزة.")
    found = _positions(text)
    assert not [name for name, _ in found if "برقية" in name or "متميزة" in name]
    assert ("ليلى حسن منصور", "رئيسة الوزراء") in found
