"""Arabic persons listed with «و» (newsgraph.extract.ner_ar_lists).

Invented names and text.
"""

from __future__ import annotations

from newsgraph import extract
from newsgraph.extract.ner_ar_lists import listed_persons


def _persons(text: str) -> list[str]:
    return [m.text for m in extract(text, language="ar").mentions if m.label == "PERSON"]


def test_a_name_run_into_the_next_of_a_list_is_cut() -> None:
    text = "وضمت القائمة سامر الفلاحي وجابر قطيني وصابر العتيقي"
    cuts, listed = listed_persons(text, [(13, 25), (26, 43)], [])
    assert {text[s:e]: text[s:v] for (s, e), v in cuts.items()} == {"وجابر قطيني وصابر": "وجابر قطيني"}
    assert [text[s:e] for s, e in listed] == ["صابر العتيقي"]


def test_no_list_name_from_a_title_or_a_verb() -> None:
    for text in ("وحضر سامر الفلاحي ووزير الداخلية", "وحضر سامر الفلاحي وقال المتحدث",
                 "وحضر سامر الفلاحي ومديري الإدارات"):  # a title, a speech verb, a title's plural
        assert listed_persons(text, [(5, 17)], []) == ({}, [])


def test_the_list_in_an_article() -> None:
    persons = _persons("وضم الفريق سامر الفلاحي وجابر القطيني وصابر العتيقي في الصيف الماضي.")
    assert "صابر العتيقي" in persons and not any("و" + "صابر" in p for p in persons)
