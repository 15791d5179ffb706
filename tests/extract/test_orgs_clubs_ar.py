"""Arabic sports clubs named after a sports role noun (newsgraph.extract.orgs.clubs_ar); invented text."""

from __future__ import annotations

import pytest

from newsgraph import extract


def _orgs(text: str) -> list[str]:
    return [m.text for m in extract(text, language="ar").mentions if m.label == "ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("وتعاقد النادي مع مهاجم الرائد السابق لمدة موسمين.", "الرائد"),
        ("وقال مدرب الفيصلي إن الفريق جاهز للمباراة.", "الفيصلي"),
        ("وأصيب لاعب الحزم الحالي في التدريب.", "الحزم"),  # «الحالي» is no part of the name
    ],
)
def test_a_club_after_a_sports_role_noun(text: str, club: str) -> None:
    assert club in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتألق لاعب الوسط في الشوط الثاني.",  # a position
        "وقال مدرب المنتخب إن التحضيرات جيدة.",  # the national team, no club
        "وأوقف حارس الأمن الزائر عند البوابة.",  # a security guard
    ],
)
def test_no_club_after_a_sports_term(text: str) -> None:
    assert _orgs(text) == []


def test_a_listed_club_alone_in_an_article_about_sport() -> None:
    text = ("وقال مدرب الفريق إن المباراة كانت صعبة على اللاعبين. "
            "وتعاقد الهلال مع مهاجم جديد قبل الموسم، بعد أن تم الاتفاق مع اللاعب على الشروط.")
    orgs = _orgs(text)
    assert "الهلال" in orgs and "الاتفاق" not in orgs  # «تم الاتفاق مع»: an agreement, not the club


def test_no_listed_club_outside_sport() -> None:
    assert "الهلال" not in _orgs("وأعلنت الجمعية أن الهلال الأحمر وزع المساعدات على الأسر.")
