"""Arabic organizations' short names after a noun of their kind (newsgraph.extract.orgs.short_ar).

Invented text.
"""

from __future__ import annotations

import pytest

from newsgraph import extract
from newsgraph.extract.orgs.short_ar import short_names_ar


def _orgs(text: str) -> dict[str, str | None]:
    """Organization mention -> its entity id."""
    return {m.text: m.entity_id for m in extract(text, language="ar").mentions if m.label == "ORGANIZATION"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأعلن تنظيم داعش مسؤوليته عن التفجير في المدينة.", "داعش"),
        ("وقال متحدث باسم حركة حماس إن الوفد غادر القاهرة.", "حماس"),
        ("وأفادت وكالة رويترز بأن المحادثات انتهت.", "رويترز"),
    ],
)
def test_the_name_after_a_kind_noun_is_a_form_of_the_organization(text: str, name: str) -> None:
    orgs = _orgs(text)
    full = next(t for t in orgs if t.endswith(name) and t != name)
    assert name in orgs and orgs[name] == orgs[full]  # one node, two forms


def test_short_names_by_shape() -> None:
    text = "قوات الجيش الوطني وشركة نوكيا وشركة ديناميكية وقوات الاحتلال وقوات حفتر ووكالة أنباء"
    spans = [(0, 17), (18, 29), (30, 45), (46, 60), (61, 71), (72, 84)]
    found = [text[s:e] for (s, e), _ in short_names_ar(text, spans, [])]
    # an organization head leads «الجيش الوطني»; «نوكيا» is a name; an adjective, a common word, one
    # word after «قوات» (mostly a leader: «قوات حفتر») and a plural of the pattern «أفعال» are not
    assert found == ["الجيش الوطني", "نوكيا"]


def test_no_short_name_over_a_person() -> None:
    text = "قوات خليفة حفتر"
    assert short_names_ar(text, [(0, len(text))], [(5, len(text))]) == []


def test_a_newspapers_one_word_name_may_have_the_article() -> None:
    text = "صحيفة الحياة وقناة السويس وشركة الاتصالات"
    spans = [(0, 12), (13, 25), (26, 41)]
    found = [text[s:e] for (s, e), _ in short_names_ar(text, spans, [])]
    # after «صحيفة» a definite word names the paper; «السويس» is a place, «شركة الاتصالات» a description
    assert found == ["الحياة"]


def test_the_eponym_of_a_movement_known_by_its_plural() -> None:
    text = "ميليشيات الحوثي وقوات المالكي"
    found = [text[s:e] for (s, e), _ in short_names_ar(text, [(0, 15), (16, 29)], [])]
    assert found == ["الحوثي"]  # the knowledge base knows «الحوثيين»; «المالكيين» is no movement
