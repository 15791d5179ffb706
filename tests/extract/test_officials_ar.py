"""Tests for the Arabic officials rules on the rules-only pipeline: stacked offices, ranks, former holders.

The sentences are invented. The rules run on the pipeline without statistical
models (tokens, sentences, knowledge-base mentions), so each test says what
the rules alone do with a phrase.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc, Span

import newsgraph
from newsgraph.extract.officials import find_officials
from newsgraph.extract.officials.base import parse_org_ref
from newsgraph.extract.pipeline import get_nlp
from newsgraph.kb import load_kb


def _doc(text: str) -> Doc:
    return get_nlp("ar", None)(text)


def _positions(doc: Doc) -> list[tuple[str, str | None, str | None]]:
    return [(o.name, o.title, o.of) for o in find_officials(doc, "ar", load_kb()) if o.title]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stacked offices, both held by the name after the last one
        ("وأكد نائب رئيس الوزراء وزير الخارجية الأردني ناصر جودة أن الحدود آمنة.",
         [("ناصر جودة", "نائب رئيس الوزراء"), ("ناصر جودة", "وزير الخارجية")]),
        # after a nationality adjective the next office is another person's
        ("واستقبل رئيس الوزراء الأردني وزير الخارجية الفرنسي جان لوران في عمان.",
         [("جان لوران", "وزير الخارجية")]),
        # a former holder: «السابق» after the nationality adjective
        ("وقال وزير الخارجية الفرنسي السابق جان لوران إن الحل سياسي.",
         [("جان لوران", "وزير الخارجية")]),
    ],
)  # fmt: skip
def test_stacked_and_former_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((n, t) for n, t, _ in _positions(_doc(text))) == sorted(expected)


def test_stacked_office_before_a_prince() -> None:
    doc = _doc("واستقبل ولي ولي العهد وزير الدفاع الأمير فهد بن خالد الوفد.")
    titles = {t for n, t, _ in _positions(doc)}
    assert {"ولي ولي العهد", "وزير الدفاع"} <= titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «أول» of a rank is a word of the title, though spaCy reads it as a number: the name follows
        ("وحضر رئيس الأركان الفريق أول ركن سالم بن خالد الحربي الاجتماع.",
         ("سالم بن خالد الحربي", "رئيس الأركان")),
        # one name word after a title, then a second title in apposition
        ("وأصدر الرئيس هادي، القائد الأعلى للقوات المسلحة، قرارا.",
         ("هادي", "القائد الأعلى للقوات المسلحة")),
    ],
)  # fmt: skip
def test_ranks_and_appositions_after_a_short_name(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(n, t) for n, t, _ in _positions(_doc(text))]


def test_offices_in_apposition_after_a_king() -> None:
    doc = _doc("وأكد الملك فهد بن خالد رئيس لجنة الإعمار أن البناء سيبدأ.")
    titles = [t for n, t, _ in _positions(doc) if n == "فهد بن خالد"]
    assert "الملك" in titles and any(t is not None and t.startswith("رئيس") for t in titles)


def test_unknown_organization_after_the_title_is_its_of_by_reference(
    with_mention: Callable[..., Doc],
) -> None:
    text = "وقال وزير الداخلية في حكومة إقليم الشمال كريم سعدون إن الأمن مستتب."
    [(name, title, of)] = _positions(with_mention(_doc(text), "حكومة إقليم الشمال", "ORGANIZATION"))
    assert (name, title) == ("كريم سعدون", "وزير الداخلية")
    ref = parse_org_ref(of)
    assert ref is not None and text[ref[0] : ref[1]] == "حكومة إقليم الشمال"


def test_extract_gives_the_unknown_organization_its_minted_id() -> None:
    from newsgraph.extract import extract_article
    from newsgraph.types import Article

    text = "وقال وزير الداخلية في حكومة إقليم الشمال كريم سعدون إن الأمن مستتب."
    ext = extract_article(Article(id="t", title=None, text=text, language="ar"))
    orgs = {e.id for e in ext.entities if e.type == "ORGANIZATION"}
    assert [(p.title, p.of in orgs) for p in ext.positions] == [("وزير الداخلية", True)]


def test_title_takes_in_the_body_it_heads_in_construct(with_mention: Callable[..., Doc]) -> None:
    text = "وقال رئيس لجنة الإعمار سالم حداد إن البناء سيبدأ."
    assert _positions(with_mention(_doc(text), "لجنة الإعمار", "ORGANIZATION"))[0][1] == "رئيس لجنة الإعمار"


def test_title_leaves_out_the_body_it_speaks_for(with_mention: Callable[..., Doc]) -> None:
    text = "وقال المتحدث الرسمي باسم لجنة الإعمار سالم حداد إن البناء سيبدأ."
    [(name, title, of)] = _positions(with_mention(_doc(text), "لجنة الإعمار", "ORGANIZATION"))
    assert (name, title) == ("سالم حداد", "المتحدث الرسمي")
    assert of is not None


def _with_person(doc: Doc, name: str) -> Doc:
    """``doc`` with ``name`` added as a PERSON mention (as the statistical NER would give it)."""
    n = len(get_nlp("ar", None).make_doc(name))
    start = next(i for i in range(len(doc)) if doc[i : i + n].text == name)
    person = Span(doc, start, start + n, label="PERSON")
    doc.spans["ng_mentions"] = sorted([*doc.spans["ng_mentions"], person], key=lambda s: s.start)
    return doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feminine adjective agrees with the title's noun; the seat «بمنطقة ...» and a comma
        # before a courtesy title stand between the title and the name
        ("وقال مدير عام الشؤون الصحية بمنطقة الباحة، الدكتور سالم حداد إن العمل مستمر.",
         ("سالم حداد", "مدير عام الشؤون الصحية")),
        # the seat, then ranks and courtesy titles, then the name
        ("واستقبل رئيس فرع الهيئة بمنطقة الباحة الشيخ الدكتور سالم بن خالد الحربي الوفد.",
         ("سالم بن خالد الحربي", "رئيس فرع الهيئة")),
        # «بالنيابة» marks an acting holder; the name follows it
        ("وحضر مدير الجامعة بالنيابة الدكتور سالم بن خالد الحربي الحفل.",
         ("سالم بن خالد الحربي", "مدير الجامعة")),
    ],
)  # fmt: skip
def test_saudi_local_titles_with_their_seat(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(n, t) for n, t, _ in _positions(_doc(text))]


def test_seat_without_a_name_after_it_gives_nothing() -> None:
    assert _positions(_doc("وقال مدير عام الشؤون الصحية بمنطقة الباحة إن العمل مستمر.")) == []


def test_region_the_gazetteer_does_not_know_before_a_person() -> None:
    text = "واستقبل أمير منطقة الجوف سالم بن خالد الحربي في مكتبه."
    assert _positions(_doc(text)) == []  # without a person the region word may be a name
    doc = _with_person(_doc(text), "سالم بن خالد الحربي")
    assert [(n, t) for n, t, _ in _positions(doc)] == [("سالم بن خالد الحربي", "أمير منطقة الجوف")]


def test_model_name_that_stops_at_a_particle_is_completed_by_the_rules() -> None:
    from newsgraph.extract.ner_ar import refine_officials

    text = "وأعرب رئيس المجلس مبارك بن بنيه الخرينج عن رفضه."
    doc = _with_person(_doc(text), "مبارك بن")
    doc.spans["ng_ner"] = [s for s in doc.spans["ng_mentions"] if s.label_ == "PERSON"]
    offs = refine_officials(doc, find_officials(doc, "ar", load_kb()))
    assert [(o.name, o.title) for o in offs] == [("مبارك بن بنيه الخرينج", "رئيس المجلس")]


def test_name_does_not_run_into_a_glued_preposition() -> None:
    doc = _with_person(_doc("وكان الرئيس سمير حداد بمدينة عدن أمس."), "سمير حداد")
    assert [n for n, _, _ in _positions(doc)] == ["سمير حداد"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وقال الوزير رفض التعليق على الخبر.", False),  # a verb and its object after a title
        ("ووصل الوزير متأخرا إلى الملعب.", False),  # one common word
        ("وقال الوزير سامح شكري إن المحادثات مثمرة.", True),  # two name words
        ("وقال الوزير سعد الثويني إن المحادثات مثمرة.", True),  # a family name of the «الحربي» shape
        ("واستقبل الملك سلمان في قصره الوفد.", True),  # one word after a sovereign's title
        ("وقال الوزير سالم بن خالد إن المحادثات مثمرة.", True),  # a particle
    ],
)  # fmt: skip
def test_rule_names_the_model_does_not_support_need_a_name_shape(text: str, kept: bool) -> None:
    from newsgraph.extract.ner_ar import NER_KEY, refine_officials

    doc = _doc(text)
    doc.spans[NER_KEY] = []  # the model ran and saw no person
    offs = [o for o in find_officials(doc, "ar", load_kb()) if o.title]
    if not kept and not offs:
        return  # «رفض التعليق»: a common word before its genitive is refused by the rules already
    assert offs, "the rules find a name"
    assert bool(refine_officials(doc, offs)) is kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال المدعي العام التركي سامي حداد إن التحقيق مستمر.", ("سامي حداد", "المدعي العام", "country/TR")),
        ("وقال مفتي الديار المصرية شوقي علام إن العيد الأحد.", ("شوقي علام", "مفتي الديار", "country/EG")),
    ],
)
def test_titles_from_wojood_job_titles(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _positions(_doc(text))


def test_department_head_named_before_the_title_with_its_seat() -> None:
    text = "ويضيف الدكتور سالم حداد، رئيس قسم الاقتصاد بجامعة الباحة، أن الغش تجاري."
    assert ("سالم حداد", "رئيس قسم الاقتصاد") in [(n, t) for n, t, _ in _positions(_doc(text))]


def test_seat_in_a_body_the_gazetteer_does_not_know_before_a_person() -> None:
    text = "وأشار عضو مجلس الأعمال في مجلس الغرف الوطنية سالم بن خالد الحربي إلى العجز."
    assert _positions(_doc(text)) == []  # without a person after it the body may be the name
    doc = _with_person(_doc(text), "سالم بن خالد الحربي")
    assert [(n, t) for n, t, _ in _positions(doc)] == [("سالم بن خالد الحربي", "عضو مجلس الأعمال")]


def test_region_governor_takes_the_region_as_of() -> None:
    # «أمير منطقة X»: the region after the seat designator is the office's «of», not a country guessed;
    # the designator stays in the title («أمير منطقة»), as the gold writes «حاكم محافظة»
    doc = _doc("واستقبل الأمير فيصل بن سلمان أمير منطقة الرياض في مكتبه السفير الصيني.")
    riyadh = next(s.kb_id_ for s in doc.spans["ng_mentions"] if s.text == "الرياض")
    assert ("فيصل بن سلمان", "أمير منطقة", riyadh) in _positions(doc)


def test_unknown_region_before_a_courtesy_title_stays_in_the_title() -> None:
    doc = _doc("ورعى أمير منطقة الجوف الأمير فيصل بن خالد، الحفل.")
    assert ("فيصل بن خالد", "أمير منطقة الجوف") in [(n, t) for n, t, _ in _positions(doc)]


def test_facility_is_part_of_the_title() -> None:
    doc = _doc("وقال مدير مطار عدن الدولي خالد علي إن الرحلات استؤنفت.")
    assert [(n, t) for n, t, _ in _positions(doc)] == [("خالد علي", "مدير مطار عدن الدولي")]


@pytest.mark.parametrize(
    "text",
    [
        "وكان مدرب الفريق الجديد الإيطالي كلاوديو رانييري طلب منه البقاء.",
        "وقال إنه عنصر أساسي في الفريق ومن دونه سأكون بحاجة إلى لاعب آخر.",
    ],
)  # fmt: skip
def test_rank_that_is_a_noun_after_a_noun_is_no_title(text: str) -> None:
    assert [t for _, t, _ in _positions(_doc(text)) if t and t.startswith("الفريق")] == []


def test_rank_with_its_rank_word_stays_a_rank_after_a_verb() -> None:
    doc = _doc("واستقبل الفريق أول ركن عبدالرحمن البنيان الوفد.")
    assert ("عبدالرحمن البنيان", "الفريق أول ركن") in [(n, t) for n, t, _ in _positions(doc)]


def test_ambiguous_rank_after_a_place_is_stacked() -> None:
    doc = _doc("وقال مدير شرطة منطقة جازان اللواء ناصر الدويسي إن الأمن مستتب.")
    assert "ناصر الدويسي" in {n for n, _, _ in _positions(doc)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank's own words and «retired» stand between the rank and the name
        ("وقال العميد طيار ركن يوسف الحربي إن الطائرات عادت.", "يوسف الحربي"),
        ("وحضر مستشار وزير الداخلية الفريق متقاعد محمد العماني الحفل.", "محمد العماني"),
        # a glued «بأن», «قوله» after the name is no part of it
        ("وأوضح المتحدث باسم الخارجية الأمريكية جون كيربي بأن الاتفاق جيد.", "جون كيربي"),
        ("ونقلت الوكالة عن المتحدث الرسمي خالد شواني قوله إن الوضع هادئ.", "خالد شواني"),
    ],
)  # fmt: skip
def test_name_leaves_out_rank_words_and_glued_function_words(text: str, expected: str) -> None:
    assert expected in {n for n, _, _ in _positions(_doc(text))}


def test_title_without_country_takes_the_country_of_the_same_persons_other_title() -> None:
    doc = _doc("قال وزير الخارجية الفرنسي جان لوران إن الحل ممكن. "
               "وأكد رئيس الوفد جان لوران أن المحادثات مستمرة.")
    found = {(n, t): of for n, t, of in _positions(doc)}
    assert found[("جان لوران", "وزير الخارجية")] == "country/FR"
    assert found[("جان لوران", "رئيس الوفد")] == "country/FR"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the body a title heads is its «of»; a board or branch before the body is left out
        ("وقال رئيس مجلس إدارة نادي الفتح أحمد الراشد إن الموسم صعب.", "نادي الفتح"),
        ("وقال مدير إدارة المرور سالم علي إن الطرق مزدحمة.", "إدارة المرور"),
        # a country after the title is the body's: the office is the body's
        ("وحضر المفتش العام للقوات المسلحة بدولة قطر اللواء ثامر المحشادي.", "قوات المسلحة"),
    ],
)  # fmt: skip
def test_body_named_in_the_title_is_its_of(text: str, body: str) -> None:
    doc = _doc(text)
    refs = [parse_org_ref(of) for _, _, of in _positions(doc)]
    assert [r for r in refs if r is not None and doc.text[r[0] : r[1]].endswith(body)]  # «للقوات»: a clitic


def test_one_word_body_in_a_title_is_not_its_of() -> None:
    doc = _doc("وقال أمين عام النادي علي الشايعي إن الموسم صعب.")
    assert all(parse_org_ref(of) is None for _, _, of in _positions(doc))


def test_definite_head_after_a_body_is_part_of_its_name() -> None:
    doc = _doc("وقال مدير عام فرع معهد الإدارة العامة علي الغامدي إن الدورات بدأت.")
    refs = [parse_org_ref(of) for _, _, of in _positions(doc)]
    assert [doc.text[r[0] : r[1]] for r in refs if r is not None] == ["معهد الإدارة العامة"]


def test_a_courtesy_title_gets_no_country_guessed() -> None:
    from newsgraph.extract.lexicon import title_vocabulary
    from newsgraph.extract.officials.infer import infer_of

    doc = _doc("واستقبل الأمير فيصل بن سلمان السفير الصيني. وقال وزير الخارجية جان لوران إن الحل ممكن.")
    vocab = title_vocabulary("ar")
    found = infer_of(doc, find_officials(doc, "ar", load_kb()), vocab["local"], vocab["noble"])
    by_title = {o.title: o.of for o in found}
    assert by_title["الأمير"] is None
    assert by_title["وزير الخارجية"] is not None  # an office still takes the article's country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after «X بن Y» a bare word is what the sentence says next, not the name's end
        ("منذ تولى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز مقاليد الحكم.", "سلمان بن عبدالعزيز"),
        # a definite family name still ends the chain
        ("وحضر وزير الخارجية الأستاذ عادل بن أحمد الجبير.", "عادل بن أحمد الجبير"),
        # a common verb after a one-word name is no part of it
        ("قال خبراء إن الملك سلمان يمتاز بالحنكة.", "سلمان"),
    ],
)  # fmt: skip
def test_name_ends_before_the_words_that_follow_it(text: str, name: str) -> None:
    assert [n for n, _, _ in _positions(_doc(text))] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a courtesy title before the name, the title after it
        ("وقال الدكتور صدقة فاضل عضو مجلس الشورى، إنه بعد مائة يوم.", [("صدقة فاضل", "عضو مجلس الشورى")]),
        # the title, a comma, the name between commas
        ("أوضح الناطق الرسمي باسم الحكومة اليمنية، راجح بادي، ان الوزراء سيعودون.",
         [("راجح بادي", "الناطق الرسمي باسم الحكومة")]),
        # every title stacked after the name is his
        ("وقال محمد بن سلمان ولي ولي العهد وزير الدفاع إن المملكة مستعدة.",
         [("محمد بن سلمان", "ولي ولي العهد"), ("محمد بن سلمان", "وزير الدفاع")]),
        # offices after a prince's name, each behind a comma (the courtesy title gives way to them)
        ("حضر الأمير سعود بن فيصل بن عبدالعزيز ، وزير الدولة ، عضو مجلس الوزراء ، الحفل.",
         [("سعود بن فيصل بن عبدالعزيز", "وزير الدولة"), ("سعود بن فيصل بن عبدالعزيز", "عضو مجلس الوزراء")]),
        # the name before the comma, not the one word after the title
        ("وأوضح الأستاذ سالم أبو أذينة، رئيس لجنة التنمية الاجتماعية بطبرجل: إن العدد كبير.",
         [("سالم أبو أذينة", "رئيس لجنة التنمية الاجتماعية")]),
    ],
)  # fmt: skip
def test_names_next_to_titles_behind_commas_and_courtesy_titles(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert sorted((n, t) for n, t, _ in _positions(_doc(text))) == sorted(expected)


def test_an_officer_keeps_his_rank_before_a_post_after_a_comma() -> None:
    # «العميد الركن X، قائدا للمنطقة»: after an officer's name a comma ends the appositions
    text = "وأصدر الرئيس قرارا بتعيين العميد الركن عبد الرحيم أحمد سالم عتيق، قائدا للمنطقة الثانية."
    assert ("عبد الرحيم أحمد سالم عتيق", "العميد الركن") in [(n, t) for n, t, _ in _positions(_doc(text))]


def test_a_prince_named_with_a_comma_before_his_office_holds_it() -> None:
    text = "أكد الشيخ عبد الله بن زايد، وزير الخارجية الإماراتي، الأحد، دعم بلاده للمبادرة."
    assert ("عبد الله بن زايد", "وزير الخارجية") in [(n, t) for n, t, _ in _positions(_doc(text))]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت جامعة الملك سعود عن وظائف جديدة.",
        "ووصل الوفد إلى مطار الملك فهد الدولي أمس.",
        "وتقام المباريات على كأس الأمير فيصل بن خالد في أبها.",
        "وأقيمت الاحتفالات في متنزه الملك فهد وسط المدينة.",
        "وتجمع الأطفال في حديقة الملك سعود النموذجية مساء أمس.",
    ],
)
def test_a_royal_title_in_a_place_or_prize_name_is_no_official(text: str) -> None:
    assert _positions(_doc(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ووجه مدير جوازات حائل العميد مشبب القحطاني بحسن استقبال اليمنيين.",
         ("مشبب القحطاني", "مدير جوازات حائل")),
        ("وقال الناطق الإعلامي بشرطة منطقة عسير الرائد زيد محمد القحطاني، إن البلاغ ورد.",
         ("زيد محمد القحطاني", "الناطق الإعلامي بشرطة منطقة عسير")),
    ],
)  # fmt: skip
def test_words_up_to_a_rank_complete_the_title_before_the_name(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(n, t) for n, t, _ in _positions(_doc(text))]


def test_a_given_name_the_model_left_out_joins_the_model_name_after_it() -> None:
    doc = _doc("وكشف السفير بدر عبد العاطي في تصريحات عن الزيارة.")
    start = next(t.i for t in doc if t.text == "عبد")
    spans = [s for s in doc.spans["ng_mentions"] if s.end <= start or s.start >= start + 2]
    person = Span(doc, start, start + 2, label="PERSON")
    doc.spans["ng_mentions"] = sorted([*spans, person], key=lambda s: s.start)
    assert [(n, t) for n, t, _ in _positions(doc)] == [("بدر عبد العاطي", "السفير")]


def test_an_adverbial_verbal_noun_after_a_title_is_no_name() -> None:
    """«الرئيس العراقي ترحيبا بأول زيارة»: «ترحيبا» ("in welcome") is no name."""
    import newsgraph

    ext = newsgraph.extract("سيلتقي الرئيس العراقي ترحيبا بأول زيارة للعراق.", language="ar")
    assert [m.text for m in ext.mentions if m.label == "PERSON"] == []


def test_arabic_no_name_after_a_title_starts_with_a_common_word() -> None:
    # «ممثل الأمين العام للأمم المتحدة حيال إعلان هدنة»: "regarding announcing a truce" is no person
    import newsgraph

    text = "وجرت محادثات مع ممثل الأمين العام للأمم المتحدة حيال إعلان هدنة جديدة في المدينة."
    ext = newsgraph.extract(text, language="ar")
    assert not [m.text for m in ext.mentions if m.label == "PERSON"], ext.mentions
    assert not ext.positions


def test_a_country_in_the_next_item_of_a_list_is_not_the_officials() -> None:
    text = ("استقبل خادم الحرمين الشريفين الملك سلمان اليوم في الرياض وزيرة خارجية إندونيسيا ريتنو مرسودي.\n"
            "حضر الاستقبال وزير الخارجية عادل بن أحمد الجبير، "
            "والقائم بأعمال السفارة الإندونيسية لدى المملكة.")
    ext = newsgraph.extract_article(newsgraph.Article("a1", None, text, "ar"))
    people = {e.id: e.labels.get("ar", "") for e in ext.entities}
    jubeir = [p for p in ext.positions if "الجبير" in people.get(p.person, "")]
    assert jubeir and all(p.of != "country/ID" for p in jubeir)


def test_a_dual_verb_after_a_title_is_no_name() -> None:
    text = "وزير الخارجية ووزيرة خارجية البرازيل يبحثان أوجه التعاون بين البلدين."
    ext = newsgraph.extract_article(newsgraph.Article("a1", None, text, "ar"))
    names = [e.labels.get("ar", "") for e in ext.entities if e.type == "PERSON"]
    assert not any("يبحثان" in n for n in names)


def test_a_masculine_word_after_a_feminine_head_is_no_part_of_its_body() -> None:
    text = "التقى رئيس الحكومة المكلف نجيب سالم السفير الفرنسي في بيروت."
    ext = newsgraph.extract_article(newsgraph.Article("a1", None, text, "ar"))
    assert not [m.text for m in ext.mentions if m.label == "ORGANIZATION"]  # «الحكومة المكلف» names no body
    # and the country after the ambassador's title, whom no name follows, is the ambassador's
    assert [(p.title, p.of) for p in ext.positions] == [("رئيس الحكومة المكلف", "country/LB")]
