"""Arabic clause shapes of news text that give event roles (invented sentences, whole extractor)."""

from __future__ import annotations

import datetime as dt

import newsgraph
from newsgraph.types import Event, Extraction


def _extract(text: str) -> tuple[Extraction, dict[str, str]]:
    ext = newsgraph.extract(text, language="ar", published=dt.date(2024, 3, 4))
    return ext, {m.entity_id: m.text for m in ext.mentions if m.entity_id}


def _of_type(ext: Extraction, kind: str) -> Event:
    found = [e for e in ext.events if e.type == kind]
    assert found, ext.events
    return found[0]


def _names(ev: Event, role: str, names: dict[str, str]) -> list[str]:
    return sorted(names.get(i, i) for i in ev.roles.get(role, ()))


def test_the_titled_person_not_the_body_of_his_title_acts() -> None:
    # «أعرب الأمين العام للأمم المتحدة فلان ...، داعيا»: the secretary-general calls, not the UN
    ext, names = _extract("أعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش أمس عن قلقه، داعيا للتهدئة.")
    assert _names(_of_type(ext, "Appeal"), "agent", names) == ["أنطونيو غوتيريش"]
    ext, names = _extract("وكان زعيم حزب العمال المعارض جيريمي كوربن، حسب الصحيفة، دعا إلى التصويت.")
    assert _names(_of_type(ext, "Appeal"), "agent", names) == ["جيريمي كوربن"]


def test_a_spokesperson_voices_the_body_of_his_title() -> None:
    # «المتحدث باسم الجيش فلان»: the army calls, through him (GUIDELINES.md)
    ext, names = _extract("وكان المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي، حسب الصحيفة، دعا إلى الإخلاء.")
    assert _names(_of_type(ext, "Appeal"), "agent", names) != ["أفيخاي أدرعي"]
