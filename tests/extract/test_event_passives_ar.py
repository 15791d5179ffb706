"""Arabic attacks and arrests told in the passive (events/passives_ar.py; invented sentences)."""

from __future__ import annotations

from arabic_events import events_of as _events
from arabic_events import role_text as _role


def test_a_marked_passive_makes_its_subject_the_target() -> None:
    # «خُطف ثلاثة موظفين من X»: the damma marks the passive; X's men were kidnapped, X kidnapped nobody
    text = "وخُطف ثلاثة موظفين من الصليب الأحمر الدولي في جنوب اليمن."
    attacks, names = _events(text, "Attack")
    assert attacks and "الصليب الأحمر" in _role(attacks[0], "target", names), attacks
    assert not _role(attacks[0], "agent", names), attacks


def test_by_the_hand_of_names_the_doer() -> None:
    # «خطفوا على يد مسلحين من X»: X did it, and the engineers' country was hit
    text = "وقالت مصادر إن ثلاثة مهندسين أتراك خطفوا أمس على يد مسلحين من تنظيم داعش في مدينة بنغازي."
    attacks, names = _events(text, "Attack")
    assert attacks and "داعش" in _role(attacks[0], "agent", names), attacks
    assert "داعش" not in _role(attacks[0], "target", names), attacks


def test_a_present_verb_s_damma_is_no_passive() -> None:
    # «يُهاجم الجيش X»: form III active; the army attacks
    text = "ويُهاجم الجيش النيجيري مواقع جماعة بوكو حرام في ولاية بورنو."
    attacks, names = _events(text, "Attack")
    assert attacks and "الجيش" in _role(attacks[0], "agent", names), attacks


def test_the_shooter_after_a_victim_noun_did_it() -> None:
    # «مقتل X برصاص Y»: Y shot; the noun's genitive is the victim, the shooter no target
    text = "أعلن مصدر طبي مقتل مزارع برصاص الجيش التركي قرب الحدود."
    attacks, names = _events(text, "Attack")
    assert attacks and "الجيش التركي" in _role(attacks[0], "agent", names), attacks
    assert "الجيش التركي" not in _role(attacks[0], "target", names), attacks


def test_a_killing_verb_reaches_its_instrument_past_the_time() -> None:
    # «قتل X مساء أمس الأحد في قريته برصاص Y»: time and place stand between the verb and its instrument
    text = "قتل مزارع مساء أمس الأحد في قريته برصاص الجيش التركي."
    attacks, names = _events(text, "Attack")
    assert attacks and "الجيش التركي" in _role(attacks[0], "agent", names), attacks


def test_an_impersonal_reception_is_hosted_by_the_by_phrase() -> None:
    # «تم استقبال X من قبل رئيس الوزراء Y»: Y received X; Y hosts the meeting
    text = "وتم استقبال الوزير الأردني أيمن الصفدي في المطار من قبل رئيس الوزراء المغربي عزيز أخنوش."
    meetings, names = _events(text, "Meeting")
    assert meetings and "عزيز أخنوش" in _role(meetings[0], "agent", names), meetings
    assert "أيمن الصفدي" in _role(meetings[0], "participant", names), meetings


def test_an_impersonal_attack_noun_s_genitive_is_hit() -> None:
    # «تم اختطاف X»: X was kidnapped («اختطاف X» alone reads X as the kidnapper)
    text = "وتم اختطاف الصحفي الصومالي عبد الله حسن في مقديشو."
    attacks, names = _events(text, "Attack")
    assert attacks and "عبد الله حسن" in _role(attacks[0], "target", names), attacks
    assert "عبد الله حسن" not in _role(attacks[0], "agent", names), attacks


def test_an_impersonal_announcement_names_no_speaker() -> None:
    # «تم الإعلان عن X»: nobody is named as the one who announced
    text = "وتم الإعلان عن حزب التجمع الوطني في العاصمة."
    statements, names = _events(text, "Statement")
    assert all("حزب التجمع الوطني" not in _role(s, "agent", names) for s in statements), statements


def test_a_by_phrase_names_an_agreement_s_party() -> None:
    # «جرى توقيع الاتفاقية من جانب X»: X is a party
    text = "وجرى توقيع الاتفاقية من جانب الحكومة الصومالية في مقديشو."
    deals, names = _events(text, "Agreement")
    assert deals and "الحكومة الصومالية" in _role(deals[0], "participant", names), deals


def test_a_reception_by_one_and_a_meeting_with_another_are_two() -> None:
    # «تم استقبال X في المطار من قبل Y، ثم ... يلتقي Z»: Y's reception and Z's meeting are two happenings
    text = ("وتم استقبال الوزير في المطار من قبل رئيس الوزراء المغربي عزيز أخنوش، ثم توجه إلى القصر "
            "الذي سيلتقي فيه الملك محمد السادس.")
    meetings, names = _events(text, "Meeting")
    assert len(meetings) == 2, meetings
    assert "محمد السادس" not in _role(meetings[0], "participant", names), meetings


def test_a_by_phrase_names_each_joined_doer() -> None:
    # «من قبل الرئيسين الفرنسي X والمصري Y»: both announced
    text = "وجاء القرار بعد إعلان من قبل الرئيسين الفرنسي إيمانويل ماكرون والمصري عبد الفتاح السيسي."
    statements, names = _events(text, "Statement")
    assert statements and "عبد الفتاح السيسي" in _role(statements[0], "agent", names), statements
    assert "إيمانويل ماكرون" in _role(statements[0], "agent", names), statements


def test_detained_after_a_verb_of_happening_is_an_arrest() -> None:
    # «تم التحفظ على X من قبل Y»: a detention by Y (no reservation)
    text = "وأكدت النيابة أنه تم التحفظ على المتهم أحمد سعيد من قبل الشرطة المصرية."
    arrests, names = _events(text, "Arrest")
    assert arrests and "أحمد سعيد" in _role(arrests[0], "target", names), arrests
    assert "الشرطة المصرية" in _role(arrests[0], "agent", names), arrests


def test_convicted_after_a_verb_of_happening_is_a_sentence() -> None:
    # «تمت إدانة X»: a conviction; «إدانة الهجوم» alone stays a condemnation, no sentence
    assert _events("وقالت المحكمة إنه تمت إدانة المتهم سعيد خالد بتهمة الرشوة.", "Sentence")[0]
    assert not _events("وأعربت الوزارة عن إدانة الهجوم.", "Sentence")[0]


def test_an_impersonal_reading_in_a_sentence_naming_nobody_is_no_event() -> None:
    # «حيث تم طلب عملة معدنية» in a game: nobody named, no appeal (the impersonal form keeps no reading alive)
    assert not _events("وفي الفقرة الترفيهية تم طلب عملة معدنية من الجمهور.", "Appeal")[0]


def test_an_impersonal_verb_pattern_has_no_host() -> None:
    # «تم عقد اجتماع بين X وY»: nobody is named as holding it; X and Y took part
    text = "وتم عقد اجتماع بين الرئيس عبد الفتاح السيسي والملك عبد الله الثاني في القاهرة."
    meetings, names = _events(text, "Meeting")
    assert meetings and not _role(meetings[0], "agent", names), meetings
    assert "عبد الفتاح السيسي" in _role(meetings[0], "participant", names), meetings


def test_a_detonation_verb_is_no_verb_of_happening() -> None:
    # «فجرت» (detonated) is not «ف» + «جرت» (took place): its subject did it
    text = "وذكرت المصادر أن المقاومة الشعبية فجرت دبابة للحوثيين في عدن."
    bombings, names = _events(text, "Bombing")
    assert bombings and "المقاومة الشعبية" in _role(bombings[0], "agent", names), bombings


def test_an_impersonal_announcement_without_a_by_phrase_is_no_statement() -> None:
    # «وسيتم إعلان الفائزين»: unattributed, no Statement; «تم الإعلان عنه من قبل X»: X's statement
    assert not _events("وسيتم إعلان الفائزين في الحفل الختامي لمهرجان الطائف.", "Statement")[0]
    statements, names = _events("وتم الإعلان عن الخطة من قبل وزارة الصحة السعودية أمس.", "Statement")
    assert statements and "وزارة الصحة" in _role(statements[0], "agent", names), statements


def test_a_marked_passive_host_verb_names_the_guest() -> None:
    # «استُقبل X»: X was received, no host; «طُرد X»: X was expelled, and his country expelled nobody
    meetings, names = _events("واستُقبل وزير الخارجية الأردني أيمن الصفدي في القصر الملكي بالرباط.", "Meeting")
    assert meetings and not _role(meetings[0], "agent", names), meetings
    assert "أيمن الصفدي" in _role(meetings[0], "participant", names), meetings
    sanctions, names = _events("وطُرد السفير الإيراني محمد علي من العاصمة.", "Sanction")
    assert sanctions and not _role(sanctions[0], "agent", names), sanctions


def test_a_passive_announcement_names_no_speaker() -> None:
    # «أُعلن عن اعتقال X»: X was arrested and announced nothing
    text = "وأُعلن عن اعتقال الناشط أحمد سعيد في القاهرة."
    statements, names = _events(text, "Statement")
    assert all("أحمد سعيد" not in _role(s, "agent", names) for s in statements), statements
    arrests, names = _events(text, "Arrest")  # the arrest itself is read, with whom it took
    assert arrests and "أحمد سعيد" in _role(arrests[0], "target", names), arrests
