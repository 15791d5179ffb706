"""Where Arabic fighting happens and whom an arrest is aimed at, from the words around a name
(events/places_ar.py retaken places, events/targets_ar.py belonging; invented sentences)."""

from __future__ import annotations

from tests.extract.arabic_events import events_of as _events


def test_the_place_fought_to_be_freed_is_where_the_fighting_is() -> None:
    # «معارك لتطهير حي X، ... في Y»: the quarter being cleared, not the city it lies in
    text = "واندلعت اشتباكات عنيفة لتطهير حي التواهي، حيث يتحصن مسلحون قرب ميناء عدن."
    attacks, names = _events(text, "Attack")
    assert attacks and "التواهي" in names.get(attacks[0].location or "", ""), attacks


def test_the_group_the_arrested_belong_to_is_the_target() -> None:
    # «للاشتباه في انتمائهم إلى X»: the arrest is aimed at X
    text = "وأوقفت الشرطة التركية عشرات الأشخاص للاشتباه في انتمائهم إلى تنظيم داعش."
    arrests, names = _events(text, "Arrest")
    assert arrests and any("داعش" in names.get(i, "") for i in arrests[0].roles.get("target", ())), arrests


def test_a_charge_of_belonging_names_the_group() -> None:
    # «بتهمة الانتماء لجماعة X»: «ل» glued to the group's name
    text = "واعتقلت السلطات 20 شخصا بتهمة الانتماء لجماعة الإخوان المسلمين."
    arrests, names = _events(text, "Arrest")
    assert arrests and any("الإخوان" in names.get(i, "") for i in arrests[0].roles.get("target", ())), arrests


def test_groups_joined_past_quotes_are_all_targets() -> None:
    # «تنظيم «داعش» وحزب X»: the quote that closes the first name does not end the list
    text = ("وأوقفت الشرطة 200 شخص في إطار حملة طالت أشخاصا يشتبه في انتمائهم إلى تنظيم «داعش» "
            "وحزب العمال الكردستاني.")
    arrests, names = _events(text, "Arrest")
    hit = " ".join(names.get(i, "") for i in arrests[0].roles.get("target", ())) if arrests else ""
    assert "داعش" in hit and "حزب العمال" in hit, arrests


def test_a_place_freed_in_another_happening_does_not_place_the_event() -> None:
    # «ويأتي القصف ... بعد نجاح المقاومة في تحرير مدينة X»: X was freed in another happening
    text = ("وقتل أربعة مدنيين في قصف مدفعي حوثي طال حي دار سعد بعدن. ويأتي القصف الحوثي بعد أيام "
            "من نجاح قوات المقاومة الموالية للحكومة في تحرير تعز من الميليشيات.")
    attacks, names = _events(text, "Attack")
    shelling = [a for a in attacks if "قصف" in a.trigger.text]
    assert shelling and not any("تعز" in names.get(a.location or "", "") for a in shelling), attacks
