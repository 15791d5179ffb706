"""Arabic titles in a clause after the name, group leaders, and names and countries around them.

The sentences are invented.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

import newsgraph
from newsgraph.extract.ner_ar_refine import NER_KEY, refine_officials
from newsgraph.extract.officials import find_officials
from newsgraph.extract.officials.status import position_status
from newsgraph.extract.pipeline import get_nlp


def _doc(text: str) -> Doc:
    return get_nlp("ar", None)(text)


def _positions(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.title) for o in find_officials(_doc(text), "ar") if o.title]


def _extracted(text: str) -> dict[tuple[str, str], str | None]:
    ext = newsgraph.extract(text, language="ar")
    names = {e.id: e.labels.get("ar", "") for e in ext.entities}
    return {(names[p.person], p.title): p.of for p in ext.positions}


def test_title_in_a_clause_after_the_name() -> None:
    # the speaker the speech verb finds takes the title «وهو» introduces after his name
    found = _extracted("وقال سالم بن خالد الحربي وهو متحدث باسم الوزارة إن العمل مستمر.")
    assert [title for _, title in found] == ["متحدث باسم الوزارة"]


def test_a_clause_without_a_title_gives_no_position() -> None:
    assert _extracted("وقال سالم بن خالد الحربي وهو مريض إن العلاج مستمر.") == {}


def test_group_leader_before_a_kunya() -> None:
    assert _positions("وقتل القيادي أبو حمزة الشامي في غارة جوية.") == [("أبو حمزة الشامي", "القيادي")]


def test_leadership_as_an_adjective_is_no_title() -> None:
    assert _positions("وأشاد الوزير بالدور القيادي الذي تلعبه الجامعة.") == []


def test_complement_does_not_run_into_the_next_persons_rank() -> None:
    # «والعقيد» opens another person: the under-secretary's title does not end in «و»
    text = "وتقدم وكيل الجامعة والعقيد سالم بن خالد الحربي الحضور في الحفل."
    assert all(not title.endswith(" و") for _, title in _positions(text) if title)


def test_family_name_after_a_patronymic_the_model_stopped_before() -> None:
    doc = get_nlp("ar", None)("وأكد وزير النقل الدكتور سالم بن خالد المطيّري أن الطرق جاهزة.")
    doc.spans[NER_KEY] = [Span(doc, 5, 8, label="PERSON")]  # the model stops at «بن خالد»
    [official] = refine_officials(doc, find_officials(doc, "ar"))
    assert official.name == "سالم بن خالد المطيّري"


def test_a_nationality_before_a_name_is_no_country_of_the_other_offices() -> None:
    text = ("أشاد رئيس النادي سامي فهمي بالبرتغالي جواو مارتينز المدير الفني للفريق. "
            "وقال مدير الكرة عادل حسين إن الفريق سيعود. وأضاف أن البرتغالي جواو مارتينز باق.")
    assert _extracted(text).get(("عادل حسين", "مدير الكرة")) != "country/PT"


def test_a_designate_is_no_part_of_the_body_the_title_heads() -> None:
    # «المكلف» agrees with «رئيس»: the head is designate, there is no body «الحكومة المكلف»
    found = _extracted("وقال رئيس الحكومة المكلف في لبنان سالم حداد إن المشاورات مستمرة.")
    assert found == {("سالم حداد", "رئيس الحكومة المكلف"): "country/LB"}


def test_office_after_a_rank_and_a_name_before_a_seat_the_gazetteer_does_not_know() -> None:
    # «سراة عبيدة» is no name the model marks: the office in apposition is the colonel's
    found = _extracted("وحضر العقيد سالم بن خالد الحربي مدير مرور سراة عبيدة الحفل الختامي.")
    assert [title for name, title in found if name == "سالم بن خالد الحربي"] == ["مدير"]


def test_words_after_a_title_in_a_clause_are_no_name() -> None:
    found = _extracted("التقيت سالم حداد، وهو وزير لبناني سابق ودبلوماسي معروف، في بيروت.")
    assert not any("دبلوماسي" in name for name, _ in found)


def test_an_indefinite_title_with_its_adjective_then_former() -> None:
    text = "التقيت سالم حداد، وهو وزير لبناني أسبق."
    title_start = text.index("وزير")
    status = position_status(text, "ar", "وزير", title_start, title_start + 4, 7, 16)
    assert status == ("وزير", "former")


def test_a_prominent_leader() -> None:
    found = _extracted("وقتل في الغارة القيادي البارز أبو حمزة الشامي مع مرافقيه.")
    assert list(found) == [("أبو حمزة الشامي", "القيادي البارز")]


def test_a_leaders_group_adjective_is_part_of_the_title() -> None:
    found = _extracted("وقال القائد الميداني سالم حداد إن القوات تقدمت نحو المدينة.")
    assert list(found) == [("سالم حداد", "القائد الميداني")]
