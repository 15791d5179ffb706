"""Where an Arabic organization name found by its head noun ends (newsgraph.extract.orgs.ar).

Invented text.
"""

from __future__ import annotations

import pytest

from newsgraph import extract


def _orgs(text: str) -> list[str]:
    return [m.text for m in extract(text, language="ar").mentions if m.label == "ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a broken plural after «و» continues the name; a sound plural of persons does not
        ("ونظمت الشركة المعرض مع جمعية الثقافة والفنون في المدينة.", "جمعية الثقافة والفنون"),
        # the name goes on over its own relative adjectives
        ("وقال إن مجلس الشؤون السياسية والأمنية عقد اجتماعه أمس.", "مجلس الشؤون السياسية والأمنية"),
        # a plural noun in construct goes on to the definite word after it
        ("ونشرت إدارة دراسات الأسواق تقريرها الشهري.", "إدارة دراسات الأسواق"),
        ("وطالبت هيئة حقوق العمال بزيادة الأجور.", "هيئة حقوق العمال"),
        # a prosecution office, and the head's own adjectives after the place that closes its construct
        ("وباشرت نيابة دمنهور العامة التحقيق مع السائق.", "نيابة دمنهور العامة"),
        ("وأمرت النيابة العامة بحبس المتهم أربعة أيام.", "النيابة العامة"),
        ("ونظم نادي الطائف الأدبي الثقافي أمسية شعرية.", "نادي الطائف الأدبي الثقافي"),
    ],
)
def test_the_whole_name(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_a_list_of_persons_after_the_name_is_no_part_of_it() -> None:
    orgs = _orgs("والتقى وفد وزارة الصحة والمسؤولين في المستشفى.")
    assert not any("المسؤولين" in o for o in orgs)


def test_a_verbal_noun_after_a_head_is_no_name() -> None:
    assert not any("مرور" in o for o in _orgs("وتوقفت حركة مرور الشاحنات على الطريق السريع."))


def test_a_noun_after_the_place_of_a_name_is_the_next_phrase() -> None:
    orgs = _orgs("وفتحت نيابة شرق القاهرة الكلية التحقيقات في الحادث.")
    assert "نيابة شرق القاهرة الكلية" in orgs
    assert not any("التحقيقات" in o for o in orgs)


def test_on_behalf_of_is_no_prosecution_office() -> None:
    assert not any(o.startswith("نيابة") for o in _orgs("وألقى الكلمة نيابة عن الرئيس وزير الخارجية."))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("واعتقلت الشرطة أعضاء في تنظيم الفجر الإرهابي أمس.", "تنظيم الفجر"),
        ("وأعلنت جماعة النور المتمردة مسؤوليتها عن الهجوم.", "جماعة النور"),
    ],
)
def test_a_judging_adjective_after_the_name_is_no_part_of_it(text: str, name: str) -> None:
    orgs = _orgs(text)
    assert name in orgs
    assert not any(o.startswith(name + " ") for o in orgs)


@pytest.mark.parametrize(
    "text",
    [
        "وشن التحالف بقيادة السعودية غارات على المدينة.",  # "led by Saudi Arabia"
        "وعقد الاجتماع برئاسة وزير الخارجية في القصر.",  # "chaired by the foreign minister"
        "ووصل وفد بقيادة رئيس الجهاز إلى العاصمة.",
    ],
)
def test_led_by_names_no_command_nor_presidency(text: str) -> None:
    assert not any(o.startswith(("قيادة", "رئاسة")) for o in _orgs(text))


def test_a_presidency_after_a_glued_preposition_is_still_one() -> None:
    assert "رئاسة الجمهورية" in _orgs("واتصل الوزير برئاسة الجمهورية أمس.")


def test_a_district_named_by_its_place_is_no_directorate() -> None:
    assert not any(o.startswith("مديرية") for o in _orgs("ودارت اشتباكات في مديرية لودر بمحافظة أبين أمس."))


def test_a_directorate_of_security_is_one() -> None:
    assert "مديرية أمن القاهرة" in _orgs("واعتقلت مديرية أمن القاهرة المتهم أمس.")


def test_ranks_in_a_contest_are_no_name() -> None:
    assert _orgs("وحصل الفريقان على المركز الأول والثاني في البطولة.") == []
