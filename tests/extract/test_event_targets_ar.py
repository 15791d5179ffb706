"""Who hit whom in Arabic attack and arrest clauses (events/targets_ar.py; invented sentences)."""

from __future__ import annotations

import newsgraph
from newsgraph.types import Article, Event


def _events(text: str, kind: str) -> tuple[list[Event], dict[str, str]]:
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    names = {m.entity_id: m.text for m in ext.mentions if m.entity_id}
    return [e for e in ext.events if e.type == kind], names


def _role(ev: Event, role: str, names: dict[str, str]) -> set[str]:
    return {names.get(i, i) for i in ev.roles.get(role, ())}


def test_who_claims_an_attack_did_it() -> None:
    text = "وأعلن تنظيم داعش مسؤوليته عن هجوم استهدف سوقا شعبية في مدينة الموصل يوم الأحد."
    attacks, names = _events(text, "Attack")
    assert attacks and any("داعش" in " ".join(_role(a, "agent", names)) for a in attacks), attacks


def test_an_attack_ascribed_to_a_group_was_done_by_it() -> None:
    text = "وقتل خمسة أشخاص في تفجير انتحاري ضرب بلدة حدودية أمس، نسب إلى حركة الشباب."
    bombings, names = _events(text, "Bombing")
    assert bombings and any("حركة الشباب" in _role(b, "agent", names) for b in bombings), bombings


def test_an_operation_to_take_a_town_back_fights_its_holder() -> None:
    text = "وأكملت القوات العراقية أمس تحرير مدينة الفلوجة من سيطرة تنظيم داعش."
    attacks, names = _events(text, "Attack")
    assert attacks and any("داعش" in " ".join(_role(a, "target", names)) for a in attacks), attacks


def test_clashes_with_a_side_fight_it() -> None:
    text = "ودارت اشتباكات عنيفة مع الحوثيين في محيط مدينة مأرب صباح اليوم."
    attacks, names = _events(text, "Attack")
    assert attacks and any("الحوثيين" in _role(a, "target", names) for a in attacks), attacks


def test_the_side_whose_men_died_was_hit() -> None:
    text = "ولقي 12 عنصرا من المسلحين الحوثيين مصرعهم في اشتباكات بمدينة تعز يوم الثلاثاء."
    attacks, names = _events(text, "Attack")
    assert attacks and any("الحوثيين" in _role(a, "target", names) for a in attacks), attacks


def test_fans_of_a_club_are_not_the_club() -> None:
    # «من جماهير نادي X»: the word between «من» and the name is no title of X's men
    text = "وألقت الشرطة القبض على 9 من جماهير نادي الأهلي بعد المباراة."
    arrests, names = _events(text, "Arrest")
    assert arrests and not any(_role(a, "target", names) for a in arrests), arrests


def test_arrested_members_belong_to_their_group() -> None:
    text = "وأعلنت الشرطة التركية اعتقال سبعة من عناصر تنظيم داعش في مدينة إسطنبول."
    arrests, names = _events(text, "Arrest")
    assert arrests and any("داعش" in " ".join(_role(a, "target", names)) for a in arrests), arrests


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
