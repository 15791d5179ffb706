"""Arabic clause shapes that give event roles (invented sentences, run through the whole extractor)."""

from __future__ import annotations

import datetime as dt

import newsgraph
from newsgraph.extract.pipeline import get_nlp
from newsgraph.types import Article, Event, Extraction


def _extract(text: str) -> tuple[Extraction, dict[str, str]]:
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    return ext, {m.entity_id: m.text for m in ext.mentions if m.entity_id}


def _meeting(text: str) -> tuple[Event, dict[str, str]]:
    """The first Meeting extracted from ``text`` (there must be one) and the names of the mentions."""
    ext, names = _extract(text)
    meetings = [e for e in ext.events if e.type == "Meeting"]
    assert meetings, ext.events
    return meetings[0], names


def _names(ev: Event, role: str, names: dict[str, str]) -> list[str]:
    return sorted(names.get(i, i) for i in ev.roles.get(role, ()))


def test_arabic_sentences_end_at_a_run_of_periods() -> None:
    doc = get_nlp("ar")("وصلت السفينة إلى الميناء.. وقال المدير إن الشحنة كبيرة")
    assert len(list(doc.sents)) == 2


def test_arabic_meeting_verb_pattern_spans_its_host() -> None:
    # «عقد X اجتماعا ضم Y»: X, inside the verb pattern, holds the meeting; Y, after it, attends
    text = "عقد الرئيس المصري عبد الفتاح السيسي أمس اجتماعا ضم وزير الخارجية سامح شكري."
    meeting, names = _meeting(text)
    assert _names(meeting, "agent", names) == ["عبد الفتاح السيسي"]
    assert "سامح شكري" in _names(meeting, "participant", names)


def test_arabic_light_verb_host_is_the_meeting_agent() -> None:
    # the light verb «عقد» far from its noun (a long title and a date between): still the host
    text = "عقد رئيس الوزراء المصري مصطفى مدبولي اليوم (الاثنين) في مقر الحكومة اجتماعا موسعا."
    ext, names = _extract(text)
    meetings = [e for e in ext.events if e.type == "Meeting"]
    assert meetings and _names(meetings[0], "agent", names) == ["مصطفى مدبولي"], ext.events


def test_arabic_listed_participants_share_a_role() -> None:
    # «، والدكتور Y، وفلان، وZ،»: every listed item after a participant is one, past an unknown name
    text = ("عقد الرئيس المصري عبد الفتاح السيسي أمس اجتماعا ضم وزير الخارجية سامح شكري، "
            "والدكتور مصطفى مدبولي، وفلان الفلاني، واللواء عباس كامل، لبحث الأوضاع في المنطقة.")
    meeting, names = _meeting(text)
    assert {"سامح شكري", "مصطفى مدبولي", "عباس كامل"} <= set(_names(meeting, "participant", names))


def test_arabic_a_new_clause_after_a_comma_is_no_list_item() -> None:
    # «، والجيش يتقدم»: a clause of its own, not one more party of the meeting
    text = "التقى وزير الخارجية سامح شكري أمس الرئيس عبد الفتاح السيسي، ومصطفى مدبولي يغادر إلى باريس."
    meeting, names = _meeting(text)
    assert "مصطفى مدبولي" not in _names(meeting, "participant", names)


def test_arabic_visit_sides_take_part() -> None:
    # the visiting minister's country and the country of the city visited take part in the visit
    ext, names = _extract("زار وزير الخارجية القطري خالد العطية بغداد أمس.")
    visits = [e for e in ext.events if e.type == "Visit"]
    assert visits, ext.events
    assert {"country/QA", "country/IQ"} <= set(visits[0].roles.get("participant", ())), visits


def test_arabic_meeting_noun_after_a_preposition_only_refers_back() -> None:
    # «وعبر الرئيس في الاجتماع عن سعادته بما حققته القوات في سيناء»: what was said there, not who met where
    text = ("واستقبل الرئيس عبد الفتاح السيسي أمس في القاهرة وزير الخارجية الأردني أيمن الصفدي. "
            "وعبر الرئيس في الاجتماع عن ارتياحه لما أنجزته وحدات الجيش المصري في سيناء.")
    ext, names = _extract(text)
    meetings = [e for e in ext.events if e.type == "Meeting"]
    assert len(meetings) == 1, meetings
    assert names.get(meetings[0].location or "") == "القاهرة"
    assert "قوات الجيش المصري" not in _names(meetings[0], "participant", names)


def test_arabic_host_title_country_is_no_guest() -> None:
    # «استقبل X أمير دولة الكويت ... Y»: Kuwait is X's title; the guest is Y, past the place and the day
    text = ("استقبل الشيخ خالد سالم النعيمي أمير دولة الكويت في قصر الضيافة اليوم "
            "الأمير فهد بن عبدالله وزير الدفاع السعودي.")
    meeting, names = _meeting(text)
    assert _names(meeting, "agent", names) == ["خالد سالم النعيمي"]
    assert _names(meeting, "participant", names) == ["خالد سالم النعيمي", "فهد بن عبدالله"]


def test_arabic_host_guest_past_the_comma_after_place_and_time() -> None:
    # «استقبل X في مكتبه بالرياض، مساء أمس، معالي الوزير Y»: the guest stands past the commas
    text = ("استقبل الأمير خالد بن سعود في مكتبه بالرياض، مساء أمس، "
            "معالي وزير الخارجية الأردني أيمن الصفدي.")
    ext = newsgraph.extract(text, language="ar", published=dt.date(2024, 3, 4))  # «أمس» is a date
    names = {m.entity_id: m.text for m in ext.mentions if m.entity_id}
    meetings = [e for e in ext.events if e.type == "Meeting"]
    assert meetings, ext.events
    assert "أيمن الصفدي" in _names(meetings[0], "participant", names)
    # a new clause with its own verb is no guest
    ext, names = _extract("استقبل الأمير خالد بن سعود المهنئين في مكتبه، ثم غادر الوزير أيمن الصفدي.")
    meetings = [e for e in ext.events if e.type == "Meeting"]
    assert meetings and "أيمن الصفدي" not in _names(meetings[0], "participant", names)


def test_arabic_stressing_a_need_is_an_appeal() -> None:
    # «شدد X على ضرورة ...»: a call to act, by X
    ext, names = _extract("وشدد الرئيس عبد الفتاح السيسي أمس على ضرورة وقف القتال في المنطقة.")
    appeals = [e for e in ext.events if e.type == "Appeal"]
    assert appeals and _names(appeals[0], "agent", names) == ["عبد الفتاح السيسي"], ext.events
    assert not [e for e in ext.events if e.type == "Statement"], ext.events


def test_arabic_stopping_fire_is_a_ceasefire_not_an_attack() -> None:
    ext, _ = _extract("وطالب المتمردون بإعلان وقف لإطلاق النار، وأوقفت الجماعة إطلاق النار أمس.")
    types = {e.type for e in ext.events}
    assert "Ceasefire" in types and "Attack" not in types, ext.events


def test_arabic_meeting_takes_no_party_from_whose_hands_a_city_was_taken() -> None:
    # «بعد تحريرها من سيطرة الحوثيين»: the Houthis lost the city, they did not attend; «اليمني» is a title's
    text = "عقد الرئيس اليمني عبد ربه منصور هادي اجتماعا في عدن بعد تحريرها من سيطرة الحوثيين."
    ext, names = _extract(text)
    meetings = [e for e in ext.events if e.type == "Meeting"]
    assert meetings, ext.events
    assert not {"الحوثيين", "اليمني"} & set(_names(meetings[0], "participant", names)), meetings


def test_arabic_statement_is_placed_where_its_occasion_was() -> None:
    # «قال X خلال مؤتمر صحافي عقده في جدة: ...»: said in Jeddah, whatever places the speech names
    text = "وقال وزير الخارجية سامح شكري، خلال مؤتمر صحافي عقده في جدة: «نبحث الأوضاع في ليبيا»."
    ext, names = _extract(text)
    said = [e for e in ext.events if e.type == "Statement"]
    assert said and names.get(said[0].location or "") == "جدة", ext.events


def test_arabic_event_after_bad_is_an_earlier_happening_of_its_own() -> None:
    # «قصف X مواقع Y في سوريا بعد هجوم على مركز في كيليس»: two attacks; Kilis is the earlier one's place
    text = "وقصف الجيش التركي أمس مواقع تنظيم داعش في سوريا بعد هجوم على مركز حدودي في كيليس."
    ext, names = _extract(text)
    attacks = [e for e in ext.events if e.type == "Attack"]
    assert len(attacks) == 2, ext.events
    shelling, earlier = attacks
    assert names.get(shelling.location or "") == "سوريا"
    assert names.get(earlier.location or "") == "كيليس"
    assert "الجيش التركي" not in _names(earlier, "agent", names)


def test_arabic_after_that_opens_no_earlier_happening() -> None:
    # «وبعد ذلك التقى X Y»: the meeting itself, not an earlier one
    ext, names = _extract("وبعد ذلك التقى وزير الخارجية سامح شكري الرئيس عبد الفتاح السيسي.")
    meetings = [e for e in ext.events if e.type == "Meeting"]
    assert meetings and "سامح شكري" in _names(meetings[0], "participant", names), ext.events


def test_arabic_naatiq_is_a_spokesperson_who_speaks_for_his_side() -> None:
    # «الناطق باسم الخارجية الأمريكية X»: the side speaks, X voices it
    ext, names = _extract("وقال الناطق باسم الخارجية الأمريكية جون كيربي إن الوزير وصل إلى المنطقة.")
    said = [e for e in ext.events if e.type == "Statement"]
    assert said and _names(said[0], "agent", names) == ["الأمريكية"], ext.events
    assert _names(said[0], "spokesperson", names) == ["جون كيربي"]


def test_arabic_official_speaks_as_himself_with_no_spokesperson() -> None:
    # a minister's own Statement: he is its agent, and no one voices it for a side (GUIDELINES.md)
    ext, names = _extract("وقال وزير الخارجية المصري سامح شكري إن المحادثات كانت مثمرة.")
    said = [e for e in ext.events if e.type == "Statement"]
    assert said and _names(said[0], "agent", names) == ["سامح شكري"], ext.events
    assert not said[0].roles.get("spokesperson")


def test_arabic_north_of_a_country_is_where_not_who() -> None:
    # «بهجوم انتحاري شمال أفغانستان»: the attack was in Afghanistan, not by it
    ext, names = _extract("قتل عشرات بهجوم انتحاري شمال أفغانستان أمس.")
    attacks = [e for e in ext.events if e.type in ("Attack", "Bombing")]
    assert attacks, ext.events
    assert not any(names.get(i) == "أفغانستان" for e in attacks for i in e.roles.get("agent", ())), attacks


def test_arabic_visit_to_a_country_after_a_split_lam() -> None:
    # «زيارة شكري للسعودية»: the tokenizer splits «ل» off; Saudi Arabia is where he went, not the visitor
    ext, names = _extract("وأشادت القاهرة بنتائج زيارة شكري للسعودية.")
    visits = [e for e in ext.events if e.type == "Visit"]
    assert visits and names.get(visits[0].location or "") == "السعودية", ext.events
    assert "السعودية" not in _names(visits[0], "agent", names)


def test_arabic_control_verb_is_placed_where_its_relative_clause_points() -> None:
    # «مدينة الرقة (شمال سوريا) التي سيطر عليها التنظيم»: the city is where the group took control (the
    # present «يسيطر عليها» only says who holds it: no event, tests/extract/test_event_targets_ar.py)
    ext, names = _extract("منع تنظيم داعش سكان مدينة الرقة (شمال شرقي سوريا) التي سيطر عليها من الإنترنت.")
    held = [e for e in ext.events if e.type == "Attack"]
    assert held and names.get(held[0].location or "") == "الرقة", ext.events


def test_arabic_event_is_placed_where_its_relative_clause_says_in_it() -> None:
    # Invented: «مدينة حمص التي اعتقل فيها»: «فيها» refers back to the city, where the arrest was
    ext, names = _extract("تفقد المحافظ مدينة حمص التي اعتقل فيها المتهمون أمس.")
    arrests = [e for e in ext.events if e.type == "Arrest"]
    assert arrests and names.get(arrests[0].location or "") == "حمص", ext.events


def test_arabic_headline_subject_before_its_light_verb() -> None:
    # headline order, subject first: «تركيا تنفذ أولى غاراتها»
    ext, names = _extract("تركيا تنفذ غارات جديدة على مواقع تنظيم داعش شمال سوريا")
    attacks = [e for e in ext.events if e.type == "Attack"]
    assert attacks and _names(attacks[0], "agent", names) == ["تركيا"], ext.events


def test_arabic_talks_one_works_to_begin_are_no_event() -> None:
    # «رغم جهود الحكومة لبدء محادثات سلام»: talks sought, not held
    ext, _ = _extract("وتصاعدت الهجمات رغم جهود الحكومة لبدء محادثات سلام مع حركة طالبان.")
    assert not [e for e in ext.events if e.type == "Negotiation"], ext.events


def test_arabic_an_official_speaks_not_his_office() -> None:
    # «وأوضح مدير مكتب الحملة فلان»: the director speaks (a name the mentions may miss), not the office
    ext, names = _extract("وأوضح مدير مكتب الصحة بالمحافظة الدكتور فلان الفلاني أن الشحنة وصلت.")
    said = [e for e in ext.events if e.type == "Statement"]
    assert said, ext.events
    assert "مكتب الصحة" not in _names(said[0], "agent", names), said


def test_arabic_a_when_and_where_incise_does_not_end_the_clause() -> None:
    # «التقى X، اليوم في القاهرة؛ بوزير ... Y»: the incise says when and where; Y is still met
    text = "التقى وزير الخارجية سامح شكري، اليوم في القاهرة؛ بوزير الخارجية الأردني أيمن الصفدي."
    ext = newsgraph.extract(text, language="ar", published=dt.date(2024, 3, 4))  # «اليوم» is a date
    names = {m.entity_id: m.text for m in ext.mentions if m.entity_id}
    meetings = [e for e in ext.events if e.type == "Meeting"]
    assert meetings, ext.events
    assert {"سامح شكري", "أيمن الصفدي"} <= set(_names(meetings[0], "participant", names)), meetings[0]
    assert names.get(meetings[0].location or "") == "القاهرة"


def test_arabic_a_clause_with_a_verb_after_the_comma_still_ends_it() -> None:
    # «، ثم غادر اليوم إلى باريس؛»: more than when and where, so the person after «؛» is not the meeting's
    text = ("التقى وزير الخارجية سامح شكري الرئيس عبد الفتاح السيسي، ثم غادر اليوم إلى باريس؛ "
            "بعد لقاء أيمن الصفدي.")
    ext, names = _extract(text)
    meetings = [e for e in ext.events if e.type == "Meeting" and e.sentence == 0]
    assert meetings, ext.events
    assert "أيمن الصفدي" not in _names(meetings[0], "participant", names)


def test_arabic_definite_suicide_attack_and_car_bomb_are_bombings() -> None:
    # the article on the adjective too: «الهجوم الانتحاري», «العملية الانتحارية», «السيارة المفخخة»
    for text in ("كشفت الشرطة هوية منفذ الهجوم الانتحاري في السوق القديم.",
                 "وقعت العملية الانتحارية قرب المعبر أمس.",
                 "انفجرت السيارة المفخخة قرب مبنى البلدية."):
        ext, _ = _extract(text)
        assert [e.type for e in ext.events if e.type in ("Attack", "Bombing")] == ["Bombing"], text


def test_arabic_retaking_and_air_strikes_are_attacks_but_an_aim_to_retake_is_not() -> None:
    attacks = lambda text: [e for e in _extract(text)[0].events if e.type == "Attack"]  # noqa: E731
    assert attacks("نجحت القوات أمس في استعادة السيطرة على مواقع في الجبل.")
    assert attacks("قتل عشرون مسلحا في ضربات جوية على مخازن السلاح.")
    assert attacks("بدأت القوات أمس عملية عسكرية في الوادي.")
    assert not attacks("تستعد القوات لاستعادة السيطرة على مواقع في الجبل.")


def test_arabic_attack_across_listed_towns_is_placed_in_their_country() -> None:
    # «في حماه وحلب»: the strikes hit both towns, so the event is placed in the country both lie in
    ext, _ = _extract("شنت الطائرات غارات على مواقع في حماه وحلب أمس.")
    assert [e.location for e in ext.events if e.type == "Attack"] == ["country/SY"]
    ext, _ = _extract("شنت الطائرات غارات على مواقع في حلب أمس.")
    assert [e.location for e in ext.events if e.type == "Attack"] == ["place/gn-170063"]


def test_an_arrival_somewhere_of_someone_named_is_a_visit_with_its_destination() -> None:
    """«وصل X إلى Y»: the verb is the trigger (the «إلى» place only its context, ``=>`` in the lexicon), so
    X is the visitor and Y where the visit goes; an arrival of nobody named, or of a toll, is none."""
    ext, names = _extract("وصل وزير الخارجية المغربي ناصر بوريطة إلى بغداد أمس.")
    (visit,) = [e for e in ext.events if e.type == "Visit"]
    assert visit.trigger.text == "وصل" and _names(visit, "agent", names) == ["ناصر بوريطة"]
    assert visit.location is not None and names.get(visit.location) == "بغداد"
    for text in ("وصلت التعزيزات العسكرية إلى مدينة عدن أمس.", "ووصل عدد القتلى إلى ثلاثين شخصا."):
        assert [e for e in _extract(text)[0].events if e.type == "Visit"] == [], text


def test_a_country_after_from_is_no_subject_of_the_verb() -> None:
    # «فتحوا النار من سوريا على مركز للجيش»: they fired from Syria; Syria did not fire
    ext, names = _extract("وكان مقاتلون فتحوا مساء الخميس النار من سوريا على نقطة للجيش التركي قرب كيليس.")
    attacks = [e for e in ext.events if e.type == "Attack"]
    assert attacks and "سوريا" not in _names(attacks[0], "agent", names), attacks
