"""Tests for newsgraph.extract.officials: titles, names, positions, surnames."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsgraph.extract.officials import find_officials, link_surnames, titles_for_position
from newsgraph.kb import load_kb
from newsgraph.text import normalize_token

_NLP: dict[str, spacy.language.Language] = {}

# (surface, label, kb_id, how) of knowledge-base mentions the tests pretend the pipeline found.
MENTIONS = [
    ("المغرب", "COUNTRY", "country/MA", "name"),
    ("الإيطالي", "COUNTRY", "country/IT", "demonym"),
    ("الأميركية", "COUNTRY", "country/US", "demonym"),
    ("الفرنسي", "COUNTRY", "country/FR", "demonym"),
    ("المصري", "COUNTRY", "country/EG", "demonym"),
    ("التونسي", "COUNTRY", "country/TN", "demonym"),
    ("كندا", "COUNTRY", "country/CA", "name"),
    ("الأردن", "COUNTRY", "country/JO", "name"),
    ("إيطاليا", "COUNTRY", "country/IT", "name"),
    ("لأمم المتحدة", "ORGANIZATION", "org/un", "name"),
    ("مراكش", "PLACE", "place/marrakech", "name"),
    ("Canadian", "COUNTRY", "country/CA", "demonym"),
    ("Italian", "COUNTRY", "country/IT", "demonym"),
    ("U.S.", "COUNTRY", "country/US", "acronym"),
    ("Morocco", "COUNTRY", "country/MA", "name"),
    ("NATO", "ORGANIZATION", "org/nato", "acronym"),
]


def make_doc(lang: str, text: str) -> Doc:
    """A Doc shaped like the pipeline's: split proclitics, norms, sentences, mentions."""
    nlp = _NLP.setdefault(lang, spacy.blank(lang))
    words: list[str] = []
    spaces: list[bool] = []
    norms: list[str] = []
    for t in nlp(text):
        w = t.text
        if lang == "ar" and len(w) > 3 and w[0] in "وفبلك" and w[1:].startswith("ال"):
            words += [w[0], w[1:]]
            norms += [w[0], normalize_token(w[1:])]
        elif lang == "ar" and len(w) > 3 and w[0] in "لب" and w[1] == "ل":
            words += [w[0], w[1:]]
            norms += [w[0], normalize_token("ا" + w[1:])]
        else:
            words.append(w)
            norms.append(normalize_token(w))
            spaces.append(bool(t.whitespace_))
            continue
        spaces += [False, bool(t.whitespace_)]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for i, (tok, norm) in enumerate(zip(doc, norms, strict=False)):
        tok.norm_ = norm
        tok.is_sent_start = i == 0 or doc[i - 1].text in (".", "!", "?")
    spans = []
    for surface, label, kb_id, how in MENTIONS:
        for m in re.finditer(re.escape(surface), doc.text):
            sp = doc.char_span(m.start(), m.end(), label=label, kb_id=kb_id, span_id=how)
            if sp is not None:
                spans.append(sp)
    doc.spans["ng_mentions"] = spans
    return doc


def _found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(o.name, o.title, o.of) for o in find_officials(make_doc(lang, text), lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "قال وزير الخارجية الفرنسي جان إيف لودريان إن الحل ممكن.",
         ("جان إيف لودريان", "وزير الخارجية", "country/FR")),
        ("en", "Canadian Foreign Minister Mélanie Joly said the talks went well.",
         ("Mélanie Joly", "Foreign Minister", "country/CA")),
        ("ar", "وزير الخارجية الإيطالي ماركو دي لوكا أكد التزام إيطاليا بالحل.",
         ("ماركو دي لوكا", "وزير الخارجية", "country/IT")),
        ("en", "Italian Minister of Foreign Affairs Marco De Luca met him.",
         ("Marco De Luca", "Minister of Foreign Affairs", "country/IT")),
        ("ar", "أكدت سفيرة كندا لدى الأردن ماري دوبوا أن المساعدات ستصل.",
         ("ماري دوبوا", "سفيرة", "country/CA")),
        ("en", "U.S. Under Secretary Sarah Miller said aid would continue.",
         ("Sarah Miller", "Under Secretary", "country/US")),
        ("ar", "قال الأمين العام للأمم المتحدة بان كي مون إن الوضع خطير.",
         ("بان كي مون", "الأمين العام", "org/un")),
        ("en", "NATO Secretary General Erik Holm spoke.", ("Erik Holm", "Secretary General", "org/nato")),
        # a lower-case title after a nationality or a possessive still introduces the name
        ("en", "Italian president Marco De Luca spoke.", ("Marco De Luca", "president", "country/IT")),
        ("en", "Morocco's opposition leader Karim Alaoui spoke.",
         ("Karim Alaoui", "opposition leader", "country/MA")),
        # an ambassador's posting is part of the title; the country the holder serves is its «of»
        ("en", "U.S. Ambassador to Morocco David Green said aid would continue.",
         ("David Green", "Ambassador to Morocco", "country/US")),
        # a former holder keeps "Ex-" in the title
        ("en", "Ex-Prime Minister Donald Green wrote a letter.", ("Donald Green", "Ex-Prime Minister", None)),
        # "under" before a title that is not "Under Secretary" is a preposition
        ("en", "He was envoy to Morocco under President Tom Green.", ("Tom Green", "President", None)),
        # the link «باسم» says whom the title speaks for; it is not part of the title
        ("ar", "وقال المتحدث الرسمي باسم المغرب سامي عادل إن الاجتماع مهم.",
         ("سامي عادل", "المتحدث الرسمي", "country/MA")),
    ],
)
def test_find_officials_title_before_name(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert _found(lang, text) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "من جهتها قالت سارة ميلر القائمة بأعمال مساعدة وزير الخارجية الأميركية، إنه لا حل.",
         ("سارة ميلر", "القائمة بأعمال مساعدة وزير الخارجية", "country/US")),
        ("en", "Karim Alaoui, Morocco's foreign minister, called for dialogue.",
         ("Karim Alaoui", "foreign minister", "country/MA")),
        ("ar", "“كريم العلوي” وزير الشؤون الخارجية والتعاون الإفريقي في المغرب، دعا إلى الحوار.",
         ("كريم العلوي", "وزير الشؤون الخارجية والتعاون الإفريقي", "country/MA")),
    ],
)
def test_find_officials_name_before_title(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert _found(lang, text) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ar", "قال حسن عبد الله المصري إن الاتفاق جيد.", "حسن عبد الله المصري"),
        ("en", "The meeting ended early, said Tom Green.", "Tom Green"),
    ],
)
def test_find_officials_speech_subject_has_no_title(lang: str, text: str, name: str) -> None:
    offs = find_officials(make_doc(lang, text), lang)
    assert [(o.name, o.title, o.how) for o in offs] == [(name, None, "speech")]


def test_find_officials_construct_state_gives_country() -> None:
    offs = find_officials(make_doc("ar", "قال وزير خارجية المغرب سعيد بناني إن الاجتماع ناجح."), "ar")
    assert [(o.name, o.title, o.of) for o in offs] == [("سعيد بناني", "وزير خارجية", "country/MA")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وصل وزير خارجية المغرب إلى مراكش في مايو."),  # a country, a place and a month
        ("ar", "قال رئيس الوزراء في بيان إن الحكومة مستمرة."),  # a preposition after the title
        ("ar", "قال مصدر مسؤول إن الاجتماع تأجل."),  # common words after a speech verb
        ("en", "The foreign minister said on Monday that Morocco agreed."),
        ("en", "The Foreign Minister visited Morocco in May."),
        ("en", "Talks with the president Monday went well."),  # a lower-case title with no country before it
    ],
)
def test_find_officials_never_takes_common_words(lang: str, text: str) -> None:
    assert _found(lang, text) == []


def test_find_officials_offsets_and_sentence() -> None:
    text = "بدأ الاجتماع. قال وزير الخارجية الفرنسي جان لوران إن الحل ممكن."
    doc = make_doc("ar", text)
    (off,) = find_officials(doc, "ar")
    assert text[off.name_start : off.name_end] == off.name == "جان لوران"
    assert off.title_start is not None and off.title_end is not None
    assert text[off.title_start : off.title_end] == "وزير الخارجية"
    assert off.sentence == 1


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        ("ar", "قالت سارة ميلر القائمة بأعمال مساعدة وزير الخارجية الأميركية، إنه لا حل. "
         "وأشارت ميلر إلى أن الدعم مستمر.",
         "ميلر", "سارة ميلر"),
        ("ar", "وزير الخارجية الإيطالي ماركو دي لوكا أكد الالتزام. وأضاف دي لوكا أن الحل قريب.",
         "دي لوكا", "ماركو دي لوكا"),
        ("en", "Prime Minister Ann Lee spoke. Later Ms Lee said no.", "Ms Lee", "Ann Lee"),
    ],
)
def test_link_surnames_later_mentions(lang: str, text: str, surface: str, name: str) -> None:
    doc = make_doc(lang, text)
    links = link_surnames(doc, find_officials(doc, lang))
    assert [(text[s:e], n) for s, e, n in links] == [(surface, name)]


def test_link_surnames_strips_glued_clitic() -> None:
    text = "قالت سارة ميلر القائمة بأعمال مساعدة وزير الخارجية الأميركية، إنه لا حل. ولميلر رأي آخر."
    doc = make_doc("ar", text)
    links = link_surnames(doc, find_officials(doc, "ar"))
    assert [text[s:e] for s, e, _ in links] == ["ميلر"]


def test_link_surnames_skips_ambiguous_surnames() -> None:
    text = "Prime Minister Ann Lee spoke. Foreign Minister Bo Lee agreed. Lee said no."
    doc = make_doc("en", text)
    assert link_surnames(doc, find_officials(doc, "en")) == []


@pytest.mark.parametrize(
    ("lang", "raw", "expected"),
    [
        ("ar", " «ووزير  الخارجية» ", "وزير الخارجية"),
        ("en", "the Foreign\n Minister", "Foreign Minister"),
    ],
)
def test_titles_for_position_normalises(lang: str, raw: str, expected: str) -> None:
    assert titles_for_position(raw, lang) == expected


def test_find_officials_uses_ner_persons_in_english() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Secretary of State John Parker said the coalition is united.")
    doc.spans["ng_mentions"] = [Span(doc, 3, 5, label="PERSON", span_id="ner")]
    offs = find_officials(doc, "en")
    assert [(o.name, o.title, o.how) for o in offs] == [("John Parker", "Secretary of State", "title-name")]


def test_find_officials_on_seed_finds_the_three_ministers(seed_path) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("ar", seed_path.read_text(encoding="utf-8"))
    names = {o.name for o in find_officials(doc, "ar")}
    assert {"ناصر بوريطة", "فيكتوريا نولاند", "لويجي دي مايو"} <= names


# ---------------------------------------------------------------- issue 3: generalisation rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «على» and «علي» normalise alike; the spelling with ي is a given name
        ("قال الرئيس السابق علي حسن الكبير إن الحوار مستمر.", ("علي حسن الكبير", "الرئيس السابق")),
        # a military rank with «الركن» / «أول ركن» before the name
        ("وصل العميد الركن سالم أحمد ناصر إلى القاعدة.", ("سالم أحمد ناصر", "العميد الركن")),
        # a long name with particles: four name words besides بن
        ("استقبل الأمير فهد بن خالد بن سعود في القصر الوفد.", ("فهد بن خالد بن سعود", "الأمير")),
    ],
)
def test_find_officials_arabic_names_and_ranks(text: str, expected: tuple[str, str]) -> None:
    assert [(n, t) for n, t, _ in _found("ar", text)] == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # apposition after a comma: name, title, nationality adjective
        ("ar", "خلال استقباله كريم منصور، وزير الخارجية الفرنسي، في القصر.",
         [("كريم منصور", "وزير الخارجية", "country/FR")]),
        ("en", "Karim Alaoui, Morocco's foreign minister, called for dialogue.",
         [("Karim Alaoui", "foreign minister", "country/MA")]),
    ],
)
def test_find_officials_apposition_after_comma(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(lang, text) == expected


def test_find_officials_office_wins_over_rank_and_courtesy_title() -> None:
    text = "وصل وزير الدولة لشؤون الدفاع في إيطاليا اللواء ركن ماركو بيانكي إلى الأردن."
    assert _found("ar", text) == [("ماركو بيانكي", "وزير الدولة لشؤون الدفاع", "country/IT")]


def test_find_officials_offices_after_a_royal_name() -> None:
    text = "استقبل الأمير فهد بن خالد ولي العهد وزير الدفاع الوفد."
    assert [(n, t) for n, t, _ in _found("ar", text)] == [
        ("فهد بن خالد", "ولي العهد"),
        ("فهد بن خالد", "وزير الدفاع"),
    ]


def test_find_officials_office_with_nationality_after_a_name_is_an_object() -> None:
    text = "استقبل الأمير فهد بن خالد وزير الخارجية الفرنسي في القصر."
    assert [(n, t) for n, t, _ in _found("ar", text)] == [("فهد بن خالد", "الأمير")]


def test_find_officials_surname_alone_is_the_full_name_with_its_country() -> None:
    text = "قال الرئيس الفرنسي جان لوران إن الحل ممكن. وأضاف الرئيس لوران أن الحوار مستمر."
    assert _found("ar", text) == [("جان لوران", "الرئيس", "country/FR")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "سقط اللواء بكامله في يد المقاتلين.",  # «اللواء» the brigade; a suffixed noun is no name
        "أصدر الرئيس قرارا بتعيين العميد في منصبه.",  # a decision, not a name before «العميد»
    ],
)
def test_find_officials_refuses_suffixed_nouns(text: str) -> None:
    assert _found("ar", text) == []


def test_titles_for_position_restores_elided_article() -> None:
    assert titles_for_position("لرئيس السابق", "ar") == "الرئيس السابق"


# ---------------------------------------------------------------- courtesy titles and nisba family names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a courtesy title between the title and a name that ends in a nationality adjective
        ("قال وزير الخارجية السيد كمال التونسي إن الوفد وصل.", ("كمال التونسي", "وزير الخارجية", None)),
        ("أكد رئيس الوزراء الشيخ سليم المصري أن الحوار مستمر.", ("سليم المصري", "رئيس الوزراء", None)),
        # the speaker of a statement, after a courtesy title
        ("قال السيد كمال التونسي إن الوفد وصل.", ("كمال التونسي", None, None)),
        # the adjective right after the title is the title's country, not a family name
        ("قال وزير الخارجية التونسي كمال بن سالم إن الوفد وصل.",
         ("كمال بن سالم", "وزير الخارجية", "country/TN")),
    ],
)
def test_find_officials_nisba_family_name_after_courtesy_title(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    offs = find_officials(make_doc("ar", text), "ar", load_kb())
    assert [(o.name, o.title, o.of) for o in offs] == [expected]


def _with_model_person(text: str, person: str) -> Doc:
    """``make_doc`` with the model's PERSON span over ``person`` as the only mention,
    as the ruler leaves it when that span holds a nationality adjective."""
    doc = make_doc("ar", text)
    start = text.index(person)
    span = doc.char_span(start, start + len(person), label="PERSON", span_id="ner")
    assert span is not None
    doc.spans["ng_mentions"] = [span]
    return doc


@pytest.mark.parametrize(
    "span_words",
    [
        "كمال التونسي",  # the model's span starts after the courtesy title
        "السيد كمال التونسي",  # ... or at it
    ],
)
def test_find_officials_model_person_after_courtesy_title(span_words: str) -> None:
    doc = _with_model_person("قال وزير الخارجية السيد كمال التونسي إن الوفد وصل.", span_words)
    offs = find_officials(doc, "ar", load_kb())
    assert [(o.name, o.title, o.how) for o in offs] == [("كمال التونسي", "وزير الخارجية", "title-name")]


@pytest.mark.parametrize(
    "text",
    [
        "انتخب المجلس الرئيس سليم حداد رئيسا ثانيا للمجلس.",
        "انتخب المجلس الرئيس الدكتور سليم حداد رئيسا ثانيا للمجلس.",
    ],
)
def test_find_officials_model_person_ending_in_a_title_word(text: str) -> None:
    doc = _with_model_person(text, "سليم حداد رئيسا")  # the model ran on into «رئيسا»
    offs = find_officials(doc, "ar", load_kb())
    assert ("سليم حداد", "الرئيس") in [(o.name, o.title) for o in offs]
    assert not any("رئيسا" in o.name for o in offs)


def test_find_officials_model_person_keeps_a_definite_title_word_inside_the_name() -> None:
    doc = _with_model_person("قال المبعوث الخاص سالم ولد الشيخ إن المحادثات مستمرة.", "سالم ولد الشيخ")
    offs = find_officials(doc, "ar", load_kb())
    assert [(o.name, o.title) for o in offs] == [("سالم ولد الشيخ", "المبعوث الخاص")]


@pytest.mark.parametrize(
    ("text", "of"),
    [
        # no country with the title: the sentence's country, else the article's
        ("زار الرئيس السابق سامي عادل المغرب أمس.", "country/MA"),
        ("وصل الوفد إلى مراكش.\nوقال الرئيس السابق سامي عادل إن الزيارة مهمة.", None),
        ("وصل الوفد إلى المغرب.\nوقال الرئيس السابق سامي عادل إن الزيارة مهمة.", "country/MA"),
        # a local title takes a place, not a country
        ("وقال حاكم الإقليم سامي عادل إن الوضع في مراكش هادئ في المغرب.", "place/marrakech"),
    ],
)
def test_infer_of_fills_an_unstated_country_or_place(text: str, of: str | None) -> None:
    from newsgraph.extract.lexicon import title_vocabulary
    from newsgraph.extract.officials.infer import infer_of

    doc = make_doc("ar", text)
    found = infer_of(doc, find_officials(doc, "ar"), title_vocabulary("ar")["local"])
    assert [(o.name, o.of, o.of_inferred) for o in found] == [("سامي عادل", of, of is not None)]


def _en_doc(text: str, spans: list[tuple[str, str, str | None, str]]) -> Doc:
    """A blank English Doc with the given (surface, label, kb id, how) mentions."""
    doc = spacy.blank("en")(text)
    out = []
    for surface, label, kb_id, how in spans:
        start = text.index(surface)
        sp = doc.char_span(start, start + len(surface), label=label, kb_id=kb_id or "", span_id=how)
        assert sp is not None
        out.append(sp)
    doc.spans["ng_mentions"] = sorted(out, key=lambda s: s.start)
    return doc


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a plural title and a list of names, each with its own country
        ("Presidents Ann Lee of Morocco and Tom Green of Canada signed it.",
         [("Ann Lee", "PERSON", None, "ner"), ("Morocco", "COUNTRY", "country/MA", "name"),
          ("Tom Green", "PERSON", None, "ner"), ("Canada", "COUNTRY", "country/CA", "name")],
         [("Ann Lee", "President", "country/MA"), ("Tom Green", "President", "country/CA")]),
        # "of the" country inside a title before the name
        ("The President of the United States Tom Green spoke.",
         [("United States", "COUNTRY", "country/US", "name"), ("Tom Green", "PERSON", None, "ner")],
         [("Tom Green", "President of the United States", "country/US")]),
        # an organization's spokesperson, then the name between commas
        ("Later a Foreign Office spokesperson, Ann Lee, said no.",
         [("Foreign Office", "ORGANIZATION", "org/fo", "name"), ("Ann Lee", "PERSON", None, "ner")],
         [("Ann Lee", "spokesperson", "org/fo")]),
        # "for" after a country's title names the portfolio, not the country
        ("US Special Representative for Iran Tom Green spoke.",
         [("US", "COUNTRY", "country/US", "acronym"), ("Iran", "COUNTRY", "country/IR", "name"),
          ("Tom Green", "PERSON", None, "ner")],
         [("Tom Green", "Special Representative for Iran", "country/US")]),
        # an organization the knowledge base lacks before the title is its «of» (an org_ref to its characters)
        ("Green Unity Party leader Ann Lee spoke.",
         [("Green Unity Party", "ORGANIZATION", None, "ner"), ("Ann Lee", "PERSON", None, "ner")],
         [("Ann Lee", "leader", "span:0:17")]),
        # a portfolio after "of" stays in the title, even where the model tagged it an organization
        ("They wrote to Ann Lee, the Secretary of Transportation; she replied.",
         [("Ann Lee", "PERSON", None, "ner"), ("Transportation", "ORGANIZATION", None, "ner")],
         [("Ann Lee", "Secretary of Transportation", None)]),
        # "the (current) president, NAME,": the name after the comma
        ("Laws signed by the current president, Tom Green, since 1995 stand.",
         [("Tom Green", "PERSON", None, "ner")],
         [("Tom Green", "president", None)]),
    ],
)  # fmt: skip
def test_find_officials_english_lists_and_of_phrases(
    text: str, spans: list[tuple[str, str, str | None, str]], expected: list[tuple[str, str, str]]
) -> None:
    offs = find_officials(_en_doc(text, spans), "en")
    assert [(o.name, o.title, o.of) for o in offs] == expected


def test_find_officials_of_the_nationality_is_no_country_of_the_title() -> None:
    text = "Ann Lee, mayor of the Polish city of Gdansk, was stabbed."
    doc = _en_doc(text, [("Ann Lee", "PERSON", None, "ner"), ("Polish", "COUNTRY", "country/PL", "demonym")])
    assert [(o.name, o.of) for o in find_officials(doc, "en")] == [("Ann Lee", None)]
