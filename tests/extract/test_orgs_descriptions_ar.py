"""Arabic organization nouns that describe rather than name (newsgraph.extract.orgs.anaphora).

Invented text.
"""

from __future__ import annotations

import pytest

from newsgraph import extract


def _orgs(text: str) -> dict[str, tuple[str | None, str]]:
    """Organization mention -> (entity id, kind)."""
    return {m.text: (m.entity_id, m.kind)
            for m in extract(text, language="ar").mentions if m.label == "ORGANIZATION"}


@pytest.mark.parametrize(
    "text",
    [
        "وثمن المتحدث دعم القيادة الرشيدة للمشروع.",  # "the wise leadership": no body's name
        "وقال إن المؤسسة الواحدة تحتاج إلى تواصل أفضل.",
        "ولم يعلن المرشح موقفه من الرئاسة المقبلة حتى الآن.",
    ],
)
def test_a_head_with_describing_adjectives_alone_is_no_organization(text: str) -> None:
    assert _orgs(text) == {}


def test_a_bare_committee_refers_back_to_the_committee_named_before() -> None:
    orgs = _orgs("وعقدت لجنة الإغاثة الوطنية اجتماعها أمس. وقالت اللجنة إن المساعدات وصلت.")
    assert orgs["اللجنة"] == (orgs["لجنة الإغاثة الوطنية"][0], "anaphor")


@pytest.mark.parametrize(
    "text",
    [
        "ووقعت شركة يابانية عقدا لبناء المحطة.",  # "a Japanese company": any one, no name
        "وقال مصدر في حكومة أردنية إن الاجتماع انتهى.",
        "وقال ضابط في جيش يمني إن الهجوم فشل.",
    ],
)
def test_an_indefinite_head_and_nationality_is_no_organization(text: str) -> None:
    assert _orgs(text) == {}


def test_a_definite_head_and_nationality_is_the_country_s_body() -> None:
    assert "الحكومة الأردنية" in _orgs("وقالت الحكومة الأردنية إن الاجتماع انتهى.")
