"""The sides of an Arabic clash after «بين», groups joined past a word for their men, and «من قبل X» as a
doer (events/fronts_ar.py, targets_ar.py, passives_ar.py; invented sentences)."""

from __future__ import annotations

from tests.extract.arabic_events import events_of, role_text


def test_the_first_side_between_fought_the_second() -> None:
    text = "ودارت مواجهات عنيفة بين عناصر المقاومة الشعبية والحوثيين في مدينة تعز أمس."
    attacks, names = events_of(text, "Attack")
    assert len(attacks) == 1, attacks
    assert role_text(attacks[0], "agent", names) == "المقاومة الشعبية", attacks
    assert role_text(attacks[0], "target", names) == "الحوثيين", attacks


def test_a_clash_between_unnamed_men_gives_no_sides() -> None:
    # «بين شبان فلسطينيين والجيش»: the first side names nobody the mentions know; no «بين» reading
    attacks, names = events_of("واندلعت مواجهات بين شبان غاضبين والجيش الإسرائيلي قرب مدينة جنين.", "Attack")
    assert attacks and not any("الجيش" in role_text(a, "target", names) for a in attacks), attacks


def test_a_group_joined_past_a_word_for_its_men_is_hit_too() -> None:
    text = "واستهدفت المدفعية تجمعات لمليشيا الحوثي وعناصر تنظيم القاعدة في مدينة تعز."
    attacks, names = events_of(text, "Attack")
    assert attacks and "القاعدة" in role_text(attacks[0], "target", names), attacks


def test_forces_named_for_a_man_are_not_the_man() -> None:
    # «وقوات صالح»: a force of its own (data/org_followers_ar.txt); Saleh himself is no target
    attacks, names = events_of("واستهدفت المدفعية تجمعات لمليشيا الحوثي وقوات صالح في مدينة تعز.", "Attack")
    targets = attacks[0].roles.get("target", ()) if attacks else ()
    assert targets and not any(t.startswith("person/") for t in targets), attacks
    assert "قوات صالح" in {names.get(t) for t in targets}, attacks


def test_by_whom_after_min_qibal_past_a_word_for_the_men() -> None:
    attacks, names = events_of("وتعرض مقر الشرطة لهجوم من قبل مسلحين من تنظيم داعش فجر اليوم.", "Attack")
    assert attacks and "داعش" in role_text(attacks[0], "agent", names), attacks


def test_sides_named_first_min_jiha_are_one_side() -> None:
    # «بين X وY من جهة، وZ من جهة أخرى»: X and Y fought Z together
    text = "واستمرت الاشتباكات بين الجيش السوري وحزب الله من جهة، وتنظيم داعش من جهة أخرى في ريف حمص."
    attacks, names = events_of(text, "Attack")
    assert attacks and "حزب الله" not in role_text(attacks[0], "target", names), attacks
    assert "داعش" in role_text(attacks[0], "target", names), attacks


def test_who_goes_on_with_attacks_makes_them() -> None:
    # «تواصل X ... هجماتها»: the subject of a verb of going on with the attacks made them
    text = "وتواصل المقاومة الشعبية في محافظة تعز هجماتها على مواقع الحوثيين."
    attacks, names = events_of(text, "Attack")
    assert attacks and role_text(attacks[0], "agent", names) == "المقاومة الشعبية", attacks
    assert "الحوثيين" in role_text(attacks[0], "target", names), attacks


def test_a_resume_verb_past_its_clause_names_no_doer() -> None:
    # the verb's clause ends at «،»: the attack after it is not its subject's
    text = "وواصل الجيش التركي انتشاره على الحدود، فيما نفذ مسلحون هجمات على القرى."
    attacks, names = events_of(text, "Attack")
    assert not any("الجيش" in role_text(a, "agent", names) for a in attacks), attacks


def test_who_managed_to_retake_a_town_retook_it() -> None:
    # «تمكنت X ... من استعادة»: the subject of a verb of managing did the act it managed
    text = "وتمكنت المقاومة الشعبية بمساندة من الجيش من استعادة مناطق واسعة في محافظة أبين."
    attacks, names = events_of(text, "Attack")
    assert attacks and role_text(attacks[0], "agent", names) == "المقاومة الشعبية", attacks


def test_the_other_side_after_min_jiha_past_a_definite_word() -> None:
    text = "ودارت مواجهات عنيفة بين عناصر المقاومة الشعبية من جهة، والمسلحين الحوثيين من جهة أخرى في مأرب."
    attacks, names = events_of(text, "Attack")
    assert attacks and role_text(attacks[0], "agent", names) == "المقاومة الشعبية", attacks
    assert "الحوثيين" in role_text(attacks[0], "target", names), attacks


def test_houthi_militia_and_gunmen_are_the_houthis() -> None:
    # «مليشيا الحوثي» (one ya), «مسلحي الحوثي»: the group, not a body of its own nor nobody
    for text in ("وقصفت الطائرات مواقع مليشيا الحوثي في مدينة تعز أمس.",
                 "ودارت مواجهات بين مسلحي الحوثي والمقاومة الشعبية في مدينة عدن."):
        attacks, _ = events_of(text, "Attack")
        held = {ref for a in attacks for r in ("agent", "target") for ref in a.roles.get(r, ())}
        assert "org/houthis" in held, text
