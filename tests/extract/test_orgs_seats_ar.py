"""Arabic bodies named with their seat («شرطة منطقة مكة المكرمة», «أمانة منطقة الرياض»): the designator and
the place are part of the name, and of the title of the official who heads the body; and a leader's armed
men named after him («قوات صالح»).

The sentences are invented.
"""

from __future__ import annotations

import newsgraph


def test_a_body_named_with_its_seat_keeps_the_seat() -> None:
    # «شرطة منطقة» + «X»: the designator and the place name where the body sits are part of its name,
    # and of the title of the official who heads it (the model alone stops at the designator)
    ext = newsgraph.extract("وقال مدير شرطة منطقة مكة المكرمة اللواء سالم الحربي إن الحادث وقع أمس.",
                            language="ar")
    names = {e.id: e.labels.get("ar", "") for e in ext.entities}
    orgs = {m.text for m in ext.mentions if m.label == "ORGANIZATION"}
    assert "شرطة منطقة مكة المكرمة" in orgs
    assert [(names[p.person], p.title, names.get(p.of or "")) for p in ext.positions] == [
        ("سالم الحربي", "مدير شرطة منطقة مكة المكرمة", "شرطة منطقة مكة المكرمة")]


def test_a_municipality_named_with_its_region_is_one_body() -> None:
    ext = newsgraph.extract("وأعلنت أمانة منطقة الرياض أمس عن مشروع جديد للطرق.", language="ar")
    assert "أمانة منطقة الرياض" in {m.text for m in ext.mentions if m.label == "ORGANIZATION"}


def test_a_leaders_forces_are_a_body_of_their_own() -> None:
    # «قوات X» with X a person's name: his armed men, named as one organization (data/org_followers_ar.txt)
    ext = newsgraph.extract("وقصفت الطائرات مواقع لمليشيا الحوثي وقوات صالح في تعز أمس.", language="ar")
    orgs = {m.text for m in ext.mentions if m.label == "ORGANIZATION"}
    assert "قوات صالح" in orgs
    assert "صالح" not in {m.text for m in ext.mentions if m.label == "PERSON"}
