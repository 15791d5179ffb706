"""Tests for Arabic names that run into the next word, and ranks that are no office (issue 16).

The sentences are invented; they run the rules without statistical models.
"""

from __future__ import annotations

import newsgraph
from newsgraph.extract import ar
from newsgraph.extract.officials.ar_overrun import trim_overruns
from newsgraph.extract.officials.base import Official
from newsgraph.extract.pipeline import get_nlp


def _positions(text: str) -> set[tuple[str, str]]:
    ext = newsgraph.extract(text, language="ar", model=None)
    names = {e.id: e.labels.get("ar", "") for e in ext.entities}
    return {(names[p.person], p.title) for p in ext.positions}


def _official(text: str, name: str, title: str) -> Official:
    start, t = text.index(name), text.index(title)
    return Official(start, start + len(name), name, title, t, t + len(title), None, 0, "title-name")


def test_a_word_the_article_never_repeats_after_a_name_it_repeats_is_cut() -> None:
    text = "قال الرئيس سامي داود واثق من الفوز. وأضاف الرئيس سامي داود أن الانتخابات نزيهة."
    doc = get_nlp("ar", None)(text)
    long = _official(text, "سامي داود واثق", "الرئيس")
    short = Official(text.rindex("سامي"), text.rindex("داود") + 4, "سامي داود", "الرئيس",
                     text.rindex("الرئيس"), text.rindex("الرئيس") + 6, None, 1, "title-name")
    assert [o.name for o in trim_overruns(doc, [long, short], [])] == ["سامي داود", "سامي داود"]


def test_a_family_name_the_article_repeats_stays() -> None:
    # «الحسني» comes back alone: it is the family name, not a word after the name
    text = "قال الوزير سامي داود الحسني إن الاتفاق قريب. وأضاف داود أن الحسني سيسافر غدا."
    doc = get_nlp("ar", None)(text)
    off = _official(text, "سامي داود الحسني", "الوزير")
    assert [o.name for o in trim_overruns(doc, [off], [])] == ["سامي داود الحسني"]


def test_a_word_after_a_particle_stays() -> None:
    text = "قال الوزير سامي بن داود إن الاتفاق قريب. وأضاف الوزير سامي بن أن الأمر انتهى."
    doc = get_nlp("ar", None)(text)
    off = _official(text, "سامي بن داود", "الوزير")
    assert [o.name for o in trim_overruns(doc, [off], [])] == ["سامي بن داود"]


def test_a_military_rank_alone_is_no_position() -> None:
    assert "العميد" in {t for t in ar.no_office()}
    positions = _positions("وقال العميد سامي الحسني إن القوات تقدمت. وأكد وزير الدفاع خالد الفارس ذلك.")
    assert not any(title == "العميد" for _, title in positions)
    assert any(title == "وزير الدفاع" for _, title in positions)


def test_a_foreign_name_ends_before_a_common_word() -> None:
    text = "وقال المتحدث باسم الشرطة فيرنو كاتالي الانفجار وقع صباحا."
    doc = get_nlp("ar", None)(text)
    off = _official(text, "فيرنو كاتالي الانفجار", "المتحدث باسم الشرطة")
    assert [o.name for o in trim_overruns(doc, [off], [])] == ["فيرنو كاتالي"]


def test_an_arabic_name_keeps_a_family_name_that_is_a_common_word() -> None:
    text = "وقال حاكم الولاية عبد الستار بارز إن الهجوم فشل."
    doc = get_nlp("ar", None)(text)
    off = _official(text, "عبد الستار بارز", "حاكم الولاية")
    assert [o.name for o in trim_overruns(doc, [off], [])] == ["عبد الستار بارز"]


def test_a_peoples_nationality_is_no_officials_country() -> None:
    # «اليمنيين» are the people the director serves; the city says the office's country
    text = ("وقال مدير الجوازات سامي الحربي إن تصحيح أوضاع اليمنيين يتواصل في جدة. "
            "وأضاف مدير الجوازات سامي الحربي أن العمل مستمر.")
    ext = newsgraph.extract(text, language="ar", model=None)
    ofs = {p.of for p in ext.positions}
    assert "country/YE" not in ofs
    assert "country/SA" in ofs  # the office is still placed: Jeddah's country


def test_a_bare_common_word_may_end_a_name() -> None:
    # «كامل» is a family name here, though a common adjective
    text = "وقال اللواء عباس كامل مدير الجهاز إن الاجتماع انتهى."
    doc = get_nlp("ar", None)(text)
    off = _official(text, "عباس كامل", "مدير الجهاز")
    assert [o.name for o in trim_overruns(doc, [off], [])] == ["عباس كامل"]


def test_a_word_after_a_particle_or_a_nisba_ends_no_name_early() -> None:
    text = "وقال السفير عمر أبو العيش والمندوب نبيل العربي إن الاجتماع انتهى."
    doc = get_nlp("ar", None)(text)
    offs = [_official(text, "عمر أبو العيش", "السفير"), _official(text, "نبيل العربي", "المندوب")]
    assert [o.name for o in trim_overruns(doc, offs, [])] == ["عمر أبو العيش", "نبيل العربي"]
