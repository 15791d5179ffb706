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
    ],
)
def test_the_whole_name(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_a_list_of_persons_after_the_name_is_no_part_of_it() -> None:
    orgs = _orgs("والتقى وفد وزارة الصحة والمسؤولين في المستشفى.")
    assert not any("المسؤولين" in o for o in orgs)


def test_a_verbal_noun_after_a_head_is_no_name() -> None:
    assert not any("مرور" in o for o in _orgs("وتوقفت حركة مرور الشاحنات على الطريق السريع."))
