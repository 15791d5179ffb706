"""Who hit whom in Arabic attack and arrest clauses (events/targets_ar.py; invented sentences)."""

from __future__ import annotations

import pytest
from tests.extract.arabic_events import events_of as _events

import newsgraph
from newsgraph.types import Article, Event


def _role(ev: Event, role: str, names: dict[str, str]) -> set[str]:
    return {names.get(i, i) for i in ev.roles.get(role, ())}


@pytest.mark.parametrize(("text", "kind", "role", "side"), [
    # who claims an attack did it
    ("وأعلن تنظيم داعش مسؤوليته عن هجوم استهدف سوقا شعبية في مدينة الموصل يوم الأحد.", "Attack", "agent",
     "داعش"),
    # an attack ascribed to a group was done by it
    ("وقتل خمسة أشخاص في تفجير انتحاري ضرب بلدة حدودية أمس، نسب إلى حركة الشباب.", "Bombing", "agent",
     "حركة الشباب"),
    # an operation to take a town back fights its holder
    ("وأكملت القوات العراقية أمس تحرير مدينة الفلوجة من سيطرة تنظيم داعش.", "Attack", "target", "داعش"),
    # clashes with a side fight it
    ("ودارت اشتباكات عنيفة مع الحوثيين في محيط مدينة مأرب صباح اليوم.", "Attack", "target", "الحوثيين"),
    # the side whose men died was hit
    ("ولقي 12 عنصرا من المسلحين الحوثيين مصرعهم في اشتباكات بمدينة تعز يوم الثلاثاء.", "Attack", "target",
     "الحوثيين"),
    # arrested members belong to their group
    ("وأعلنت الشرطة التركية اعتقال سبعة من عناصر تنظيم داعش في مدينة إسطنبول.", "Arrest", "target", "داعش"),
])
def test_the_side_a_clause_names(text: str, kind: str, role: str, side: str) -> None:
    events, names = _events(text, kind)
    assert events and any(side in " ".join(_role(e, role, names)) for e in events), events


def test_fans_of_a_club_are_not_the_club() -> None:
    # «من جماهير نادي X»: the word between «من» and the name is no title of X's men
    text = "وألقت الشرطة القبض على 9 من جماهير نادي الأهلي بعد المباراة."
    arrests, names = _events(text, "Arrest")
    assert arrests and not any(_role(a, "target", names) for a in arrests), arrests


def test_an_attack_answered_is_another_happening() -> None:
    # «ردا على هجوم ...»: an earlier attack, told apart from the story's, keeps the doer ascribed to it
    text = "قتل شرطي في هجوم بمدينة ماردين أمس. ويأتي الهجوم ردا على هجوم سابق في بغداد نسب إلى تنظيم داعش."
    attacks, names = _events(text, "Attack")
    story = [a for a in attacks if a.sentence == 0]
    assert story and not any("داعش" in " ".join(_role(a, "agent", names)) for a in story), attacks


def test_a_topic_shift_tells_another_happening_in_one_run_on_sentence() -> None:
    # «من جهة أخرى» without a period before it: the clash after it is not the bombing told before it
    text = ("قتل سبعة أشخاص في تفجير سيارة مفخخة في مدينة كركوك أمس من جهة أخرى دارت اشتباكات "
            "عنيفة مع تنظيم داعش قرب مدينة بيجي.")
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    fights = [e for e in ext.events if e.type in ("Attack", "Bombing")]
    assert len(fights) == 2, fights


@pytest.mark.parametrize(("text", "kind", "role", "side"), [
    # the holder of the place an attack hits is hit, not the attacker
    ("ونفذت طائرات حربية ثلاث غارات على بلدة يسيطر عليها تنظيم «داعش» في ريف الرقة.", "Attack", "target",
     "داعش"),
    # the owner, after «ل», of what an attack is «على» is hit
    ("وشن الطيران غارات على آليات عسكرية للحوثيين قرب مدينة صعدة أمس.", "Attack", "target", "الحوثيين"),
    # a claim after the attack noun, past «بعضها» and quotes, names who did it
    ('وسقط عشرة قتلى في هجمات متفرقة تبنى بعضها تنظيم "داعش" في محافظة ديالى.', "Attack", "agent", "داعش"),
    ("وأكد مصدر طبي حصيلة التفجيرين اللذين تبناهما تنظيم داعش في مدينة كركوك.", "Bombing", "agent", "داعش"),
])
def test_the_side_named_after_the_attack(text: str, kind: str, role: str, side: str) -> None:
    events, names = _events(text, kind)
    assert events and any(side in " ".join(_role(e, role, names)) for e in events), events


def test_holding_a_place_is_no_attack() -> None:
    # «التي يسيطر عليها X» says who holds a place; «سيطرت عليها» is a seizure
    held, _ = _events("وتعيش العائلات في الأحياء التي يسيطر عليها الجيش منذ سنوات.", "Attack")
    seized, _ = _events("وكانت قوات المعارضة قد سيطرت عليها أمس بعد قتال عنيف.", "Attack")
    assert not held and seized, (held, seized)


def test_an_owner_needs_a_noun_between() -> None:
    # «هجوم على الحوثيين لصالح التحالف»: the name right after «على» is the target; «ل» after it is whom for
    events, names = _events("وشنت القبائل هجوما على الحوثيين لصالح الحكومة اليمنية أمس.", "Attack")
    assert events and not any("الحكومة" in " ".join(_role(e, "target", names)) for e in events), events


@pytest.mark.parametrize("text", [
    "وكان الناشط أحمد سعيد قد قتل برصاص الجيش الإسرائيلي قرب مدينة الخليل.",
    "وقتل الناشط أحمد سعيد برصاص الجيش الإسرائيلي قرب مدينة الخليل.",
    "وقتل الناشط أحمد سعيد أمس برصاص جنود الجيش الإسرائيلي قرب مدينة الخليل.",  # past the shooters
])
def test_killed_by_gunfire_is_passive(text: str) -> None:
    # «قتل X برصاص Y»: X was killed, Y's gunfire killed him
    events, names = _events(text, "Attack")
    assert events and "أحمد سعيد" in _role(events[0], "target", names), events
    assert "الجيش الإسرائيلي" in _role(events[0], "agent", names), events


@pytest.mark.parametrize(("text", "side"), [
    ("وتمكنت القوات العراقية من تحرير مدينة تكريت من تنظيم داعش العام الماضي.", "داعش"),
    ("واستعادت القوات الحكومية مدينة زنجبار من تنظيم القاعدة أمس.", "القاعدة"),
])
def test_who_a_place_is_taken_back_from_is_fought(text: str, side: str) -> None:
    # «تحرير المدينة من X»: X lost the town; it did not free it
    events, names = _events(text, "Attack")
    assert events and side in " ".join(_role(events[0], "target", names)), events
    assert side not in " ".join(_role(events[0], "agent", names)), events


def test_taken_back_by_is_no_side_fought() -> None:
    # «من قبل X» after the trigger says by whom: no target
    events, names = _events("وتم تحرير مدينة تكريت من قبل الجيش العراقي.", "Attack")
    assert events and not _role(events[0], "target", names), events


def test_arabic_owner_of_a_post_an_attack_hits_is_its_target() -> None:
    # «على مركز حدودي للجيش X»: the post («مركز», also a body's head noun) is the army's, which was hit
    from newsgraph.extract import extract

    ext = extract("فتح مسلحون النار أمس على مركز حدودي للجيش التركي قرب الحدود.", language="ar")
    attacks = [e for e in ext.events if e.type == "Attack"]
    assert attacks and attacks[0].roles.get("target") == ("org/army-of-turkey",)


@pytest.mark.parametrize(("text", "agent", "target"), [
    # the owner of what a verb's object names, after «ل» split off, was hit, not the verb's subject
    ("واستهدف مسلحون دورية للجيش اللبناني قرب بلدة عرسال.", None, "الجيش اللبناني"),
    # «مواقع لـX» right after the hit noun: X's positions
    ("وقصفت الطائرات مواقع لتنظيم داعش قرب مدينة الرقة.", None, "داعش"),
    # whose aircraft hit is the subject; the owner is read past it
    ("واستهدف طيران التحالف العربي تعزيزات عسكرية تابعة لجماعة الحوثي في مأرب.", "التحالف العربي", "الحوثي"),
])
def test_the_owner_of_what_is_hit_past_the_subject(text: str, agent: str | None, target: str) -> None:
    events, names = _events(text, "Attack")
    assert events and target in " ".join(_role(events[0], "target", names)), events
    if agent:
        assert agent in " ".join(_role(events[0], "agent", names)), events
    assert target not in " ".join(_role(events[0], "agent", names)), events


@pytest.mark.parametrize("text", [
    "وقتل ثلاثة جنود في اشتباكات على الحدود السورية مساء أمس.",
    "وقتل عشرة أشخاص في تفجير انتحاري في بلدة أردنية على الحدود العراقية.",
])
def test_a_border_says_where_not_who_was_hit(text: str) -> None:
    # «على الحدود السورية»: along Syria's border; Syria is no side hit
    fights = [e for kind in ("Attack", "Bombing") for e in _events(text, kind)[0]]
    hit = [r for e in fights for r in e.roles.get("target", ())]
    assert fights and not any(r.startswith("country/") for r in hit), fights


@pytest.mark.parametrize("text", [
    "واعتقلت السلطات ناشطا إيرانيا في مدينة مشهد أمس.",
    "وكانت الشرطة الإسبانية قد اعتقلت الأسبوع الماضي جزائريا يشتبه بانتمائه لتنظيم متطرف.",
])
def test_no_country_is_arrested_nor_arrests_by_its_adjective(text: str) -> None:
    # «ناشطا إيرانيا»: the adjective says whose national the arrested man is; Iran neither arrests nor is held
    arrests, _ = _events(text, "Arrest")
    assert arrests and not any(r.startswith("country/") for a in arrests
                               for role in ("target", "agent") for r in a.roles.get(role, ())), arrests


def test_the_country_of_soldiers_killed_was_hit_not_of_civilians() -> None:
    # «قتل جندي أردني ... في اشتباكات»: Jordan's soldier died; a civilian's nationality names no side
    soldiers, _ = _events("وقتل جندي أردني وأصيب اثنان آخران في اشتباكات مع مهربين ليل أمس.", "Attack")
    civilians, _ = _events("وقتل مدني أردني وأصيب اثنان آخران في اشتباكات مع مهربين ليل أمس.", "Attack")
    assert soldiers and "country/JO" in soldiers[0].roles.get("target", ()), soldiers
    assert civilians and "country/JO" not in civilians[0].roles.get("target", ()), civilians


def test_a_split_conjunction_does_not_push_the_side_out_of_reach() -> None:
    # «مقتل 10 مدنيين وجندي من تشاد»: «و» split off by the tokenizer counts as no word
    events, _ = _events("وخلف الانفجار مقتل سبعة مدنيين وجندي من تشاد قرب الحدود.", "Attack")
    events += _events("وخلف الانفجار مقتل سبعة مدنيين وجندي من تشاد قرب الحدود.", "Bombing")[0]
    assert any("country/TD" in e.roles.get("target", ()) for e in events), events


@pytest.mark.parametrize(("text", "kind", "doer"), [
    # «على» governs the attack noun; the name right after the noun is whose attack it was
    ("ورد الجيش بقصف مدفعي على هجمات حركة طالبان في ولاية هلمند.", "Attack", "حركة طالبان"),
    ("وتظاهر المئات بعد مرور عام على العدوان الإسرائيلي على القطاع.", "Attack", "إسرائيل"),
])
def test_the_genitive_of_an_attack_noun_after_ala_is_its_doer(text: str, kind: str, doer: str) -> None:
    events, names = _events(text, kind)
    assert events and not any(doer in " ".join(_role(e, "target", names)) for e in events), events


def test_whom_a_report_is_credited_to_is_no_party() -> None:
    # «وفقا لمصادر X اعتقلت القوات»: X tells of the arrest; it neither arrests nor is arrested
    text = "ووفقا لمصادر قناة الجزيرة اعتقلت الشرطة الإسرائيلية شابين في مدينة الخليل."
    arrests, names = _events(text, "Arrest")
    assert arrests and not any("الجزيرة" in " ".join(_role(a, role, names))
                               for a in arrests for role in ("agent", "target")), arrests


def test_a_site_of_a_named_place_places_the_event() -> None:
    # «في كورنيش X»: one bare noun in construct with the place name, after «في»: the event is there
    text = "ألقت الشرطة القبض على رجل تحرش بسيدة في كورنيش الدمام مساء أمس."
    arrests, names = _events(text, "Arrest")
    assert arrests and any(names.get(a.location or "", "") == "الدمام" for a in arrests), arrests


def test_the_group_whose_men_a_strike_targets_is_hit() -> None:
    # «غارات تستهدف عناصر تنظيم X»: a verb after a relative pronoun, its object's men are X's
    text = "وتواصل المقاتلات غاراتها التي تستهدف عناصر تنظيم «داعش» في مدينة الرقة."
    attacks, names = _events(text, "Attack")
    hit = [a for a in attacks if "داعش" in " ".join(_role(a, "target", names))]
    assert hit and not any("داعش" in " ".join(_role(a, "agent", names)) for a in hit), attacks


def test_men_after_a_clause_initial_verb_are_its_subject() -> None:
    # «واستهدفت عناصر X نقاطا»: the verb opens its clause, X's men did the targeting
    text = "واستهدفت عناصر جبهة النصرة نقاطا عسكرية في ريف إدلب صباح أمس."
    attacks, names = _events(text, "Attack")
    assert attacks and not any("النصرة" in " ".join(_role(a, "target", names)) for a in attacks), attacks


def test_a_meeting_after_a_visit_is_held_where_the_visit_went() -> None:
    # «زار ... عمّان، والتقى ...»: the meeting names no place of its own; it was held in the visit's city
    text = "زار وزير الخارجية الإيطالي العاصمة الأردنية عمان أمس، والتقى الملك عبدالله الثاني."
    meetings, names = _events(text, "Meeting")
    assert meetings and any(names.get(m.location or "", "") == "عمان" for m in meetings), meetings


def test_a_count_of_nationals_is_no_doer() -> None:
    # «اعتقلت ... 15 عراقيا»: a count then a nationality in the accusative names the people arrested
    text = "اعتقلت السلطات الأردنية 15 عراقيا في مدينة الزرقاء."
    arrests, names = _events(text, "Arrest")
    assert arrests and not any("عراقيا" in " ".join(_role(a, "agent", names)) for a in arrests), arrests


def test_sides_joined_to_a_target_are_hit_too() -> None:
    # «عمليات تستهدف X وY»: both sides after the target word are hit, neither is the doer
    text = "وقال القائد إن الهجمات التي تستهدف قوات الأسد وحزب الله في ريف حمص مستمرة."
    attacks, names = _events(text, "Attack")
    hit = [a for a in attacks if "حزب الله" in " ".join(_role(a, "target", names))]
    assert hit and not any("حزب الله" in " ".join(_role(a, "agent", names)) for a in hit), attacks


def test_a_person_past_the_side_fought_is_no_genitive_of_the_attack() -> None:
    # «هجماتها ضد X وقوات الرئيس المخلوع Y»: Y's forces are fought, Y did not attack
    text = "وواصلت قوات المقاومة في محافظة مأرب هجماتها ضد المسلحين الحوثيين وقوات المخلوع صالح."
    attacks, names = _events(text, "Attack")
    assert attacks and not any("صالح" in " ".join(_role(a, "agent", names)) for a in attacks), attacks


def test_the_group_whose_men_an_attack_hit_after_its_subject_is_hit() -> None:
    # «التفجير استهدف عناصر من X»: the verb follows its subject; X's men were hit
    text = "وقال التنظيم إن التفجير في الحي استهدف عناصر من الحشد الشعبي."
    attacks, names = _events(text, "Attack")
    assert attacks and any("الحشد" in " ".join(_role(a, "target", names)) for a in attacks), attacks
