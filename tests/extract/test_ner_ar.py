"""Tests for newsgraph.extract.ner_ar: the shipped Arabic NER model and how it joins the pipeline."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsgraph.errors import ConfigError
from newsgraph.extract.ner_ar import (
    NER_KEY,
    ArabicNERLinker,
    ar_ner_dir,
    has_ar_ner,
    load_ar_ner,
    model_spans,
    refine_officials,
    refine_orgs,
)
from newsgraph.extract.officials import Official
from newsgraph.extract.orgs import OrgMatch
from newsgraph.extract.pipeline import MENTIONS_KEY, get_nlp
from newsgraph.text import normalize_token

# Our own sentence: a person named without a title, unknown to the knowledge base.
SENTENCE = "قال سمير حداد إن الحكومة ستعلن خطتها غدا ."
NAME = "سمير حداد"

needs_model = pytest.mark.skipif(not has_ar_ner(), reason="the Arabic NER model is not built (make train-ar)")


def test_import_does_not_load_model() -> None:
    code = (
        "import newsgraph, newsgraph.extract.pipeline;"
        "from newsgraph.extract.ner_ar import load_ar_ner;"
        "assert load_ar_ner.cache_info().misses == 0"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@needs_model
def test_ar_ner_dir_ships_license_card_and_small_model() -> None:
    folder = ar_ner_dir()
    for name in ("LICENSE", "MODEL_CARD.md", "ATTRIBUTION.md", "config.cfg", "meta.json"):
        assert (folder / name).is_file(), name
    with __import__("importlib").resources.as_file(folder) as path:
        size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size <= 25 * 1024 * 1024


@needs_model
def test_load_ar_ner_is_cached_with_four_labels() -> None:
    nlp = load_ar_ner()
    assert nlp is load_ar_ner()
    assert set(nlp.get_pipe("ner").labels) == {"PERSON", "ORG", "GPE", "LOC"}


def test_load_ar_ner_missing_folder_raises(tmp_path: object) -> None:
    with pytest.raises(ConfigError, match="no spaCy pipeline"):
        load_ar_ner(str(tmp_path))


@needs_model
def test_get_nlp_ar_model_tags_untitled_person() -> None:
    doc = get_nlp("ar")(SENTENCE)
    assert (NAME, "PERSON") in [(e.text, e.label_) for e in doc.ents]
    found = [(s.text, s.label_, s.id_) for s in doc.spans[MENTIONS_KEY]]
    assert (NAME, "PERSON", "ner") in found


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_get_nlp_without_model_has_no_ner(lang: str) -> None:
    nlp = get_nlp(lang, None)
    assert "ner" not in nlp.pipe_names
    if lang == "ar":
        doc = nlp(SENTENCE)
        assert all(s.label_ != "PERSON" for s in doc.spans[MENTIONS_KEY])


@needs_model
def test_get_nlp_ar_model_keeps_kb_ids() -> None:
    doc = get_nlp("ar")("زار وزير الخارجية المغرب أمس .")
    found = [(s.text, s.label_, s.kb_id_) for s in doc.spans[MENTIONS_KEY]]
    assert ("المغرب", "COUNTRY", "country/MA") in found


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("ar").vocab, words=words)
    for tok in doc:
        tok.norm_ = normalize_token(tok.text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


@pytest.mark.parametrize(
    ("words", "ent", "expected"),
    [
        (["زار", "المغرب"], (1, 2, "GPE"), ("COUNTRY", "country/MA")),
        (["في", "مدينة", "نابلس"], (1, 3, "GPE"), ("PLACE", "place/gn-282615")),
        (["في", "قرية", "مجهولة"], (1, 3, "LOC"), ("LOC", "")),
        (["قال", "سمير", "حداد"], (1, 3, "PERSON"), ("PERSON", "")),
    ],
)
def test_linker_lends_kb_ids(words: list[str], ent: tuple[int, int, str], expected: tuple[str, str]) -> None:
    doc = ArabicNERLinker()(_doc(words, [ent]))
    assert [(e.label_, e.kb_id_) for e in doc.ents] == [expected]


def test_linker_drops_single_letters() -> None:
    doc = ArabicNERLinker()(_doc(["(", "ب", ")"], [(1, 2, "ORG")]))
    assert list(doc.ents) == []


@pytest.mark.parametrize(
    ("word", "label", "kept"),
    [
        ("برنامج", "PERSON", False),  # "programme", counted as no name in the training corpora
        ("جولته", "GPE", False),  # «جولة» "tour" + «ه» "his"
        ("علي", "PERSON", True),  # the name, though «على» ("on") is common
        ("بوريطة", "PERSON", True),
    ],
)
def test_linker_drops_one_word_spans_that_are_common_words(word: str, label: str, kept: bool) -> None:
    doc = ArabicNERLinker()(_doc(["وقال", word, "أمس"], [(1, 2, label)]))
    assert bool(doc.ents) is kept


def test_linker_reads_a_site_the_model_called_an_organization_as_a_place() -> None:
    doc = ArabicNERLinker()(_doc(["قرب", "قاعدة", "الصفراء", "الجوية"], [(1, 4, "ORG")]))
    assert [(e.text, e.label_) for e in doc.ents] == [("قاعدة الصفراء الجوية", "LOC")]


def test_linker_drops_org_with_nationality_adjective() -> None:
    doc = ArabicNERLinker()(_doc(["وصلت", "القوات", "العراقية"], [(1, 3, "ORG")]))
    assert list(doc.ents) == []


def _linked(words: list[str], ents: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    doc = ArabicNERLinker()(_doc(words, ents))
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("words", "ent", "expected"),
    [
        # a lone article split off before a number does not end a name
        (["أعضاء", "مجلس", "الأمن", "ال", "15"], (1, 4, "ORG"), ("مجلس الأمن", "ORG")),
        # nor does a split-off proclitic start one
        (["قال", "و", "سمير", "حداد"], (1, 4, "PERSON"), ("سمير حداد", "PERSON")),
        # a nationality adjective does not start a name
        (["قال", "الأمريكي", "جون", "سميث"], (1, 4, "PERSON"), ("جون سميث", "PERSON")),
        # an abbreviation may end in a letter that is also a proclitic
        (["(", "اف", "ب", ")"], (1, 3, "ORG"), ("اف ب", "ORG")),
        # a name does not end in "that" («إن»), but may end in the given name «علي»
        (["قال", "سمير", "حداد", "إن"], (1, 4, "PERSON"), ("سمير حداد", "PERSON")),
        (["قال", "محمد", "علي", "إنه"], (1, 3, "PERSON"), ("محمد علي", "PERSON")),
        # nor in a longer stop word («تجاه» "towards")
        (["انتقد", "سمير", "حداد", "تجاه"], (1, 4, "PERSON"), ("سمير حداد", "PERSON")),
        # or in a preposition glued to one («بمدينة» "in the city of")
        (["التقى", "سمير", "حداد", "بمدينة"], (1, 4, "PERSON"), ("سمير حداد", "PERSON")),
        # nor in a verb whose subjects it and another name are («يصدران» "the two issue")
        (["و", "محمد", "بن", "سلمان", "يصدران", "إعلان"], (1, 5, "PERSON"), ("محمد بن سلمان", "PERSON")),
        (["قال", "سمير", "حداد", "ويبحثون"], (1, 4, "PERSON"), ("سمير حداد", "PERSON")),
        # nor in a common verb after it («يمتاز» "is distinguished by"), nor starts with a title («الملك»)
        (["الملك", "سلمان", "يمتاز", "بالحنكة"], (0, 3, "PERSON"), ("سلمان", "PERSON")),
        # nor ends with the title of the next person («استقبل الأمير X السفير»)
        (["استقبل", "محمد", "بن", "نايف", "السفير"], (1, 5, "PERSON"), ("محمد بن نايف", "PERSON")),
        # while a family name that is also a common word stays («هادي», «الشهري»)
        (["قال", "عبد", "ربه", "منصور", "هادي"], (1, 5, "PERSON"), ("عبد ربه منصور هادي", "PERSON")),
        (["قال", "يحيى", "الشهري", "إن"], (1, 3, "PERSON"), ("يحيى الشهري", "PERSON")),
        # while a name shaped like such a verb stays whole
        (["قال", "ريكس", "تيلرسون"], (1, 3, "PERSON"), ("ريكس تيلرسون", "PERSON")),
        (["قال", "رجب", "طيب", "أردوغان"], (1, 4, "PERSON"), ("رجب طيب أردوغان", "PERSON")),
        # after «بن Y» a common definite word is what the sentence says next, a family name is not
        (["حضر", "سالم", "بن", "أحمد", "الاجتماع"], (1, 5, "PERSON"), ("سالم بن أحمد", "PERSON")),
        (["حضر", "سالم", "بن", "أحمد", "الجبير"], (1, 5, "PERSON"), ("سالم بن أحمد الجبير", "PERSON")),
        (["حضر", "سالم", "بن", "أحمد", "الشهري"], (1, 5, "PERSON"), ("سالم بن أحمد الشهري", "PERSON")),
        # a rank after an organization belongs to the name that follows
        (["رئيس", "هيئة", "الأركان", "الفريق", "سالم"], (1, 4, "ORG"), ("هيئة الأركان", "ORG")),
        # nor does an organization end in "that"
        (["قال", "مجلس", "الشورى", "إن"], (1, 4, "ORG"), ("مجلس الشورى", "ORG")),
        # a participle relating the body to another («المنبثقة عن») is no part of its name
        (["رئيس", "لجنة", "القدس", "المنبثقة", "عن"], (1, 4, "ORG"), ("لجنة القدس", "ORG")),
        # nor a direction after it ("southeast of the city"), while a definite adjective may be its own
        (["معاقل", "حزب", "النهضة", "جنوب", "شرقي", "المدينة"], (1, 5, "ORG"), ("حزب النهضة", "ORG")),
        (["قال", "الحراك", "الجنوبي"], (1, 3, "ORG"), ("الحراك الجنوبي", "ORG")),
    ],
)
def test_linker_trims_clitics_and_demonyms(
    words: list[str], ent: tuple[int, int, str], expected: tuple[str, str]
) -> None:
    assert _linked(words, [ent]) == [expected]


def test_linker_records_model_spans() -> None:
    doc = _doc(["قال", "الوزير", "ذلك"], [])  # (after «قال», «سمير حداد» would be found by rule)
    assert model_spans(doc) is None
    doc = ArabicNERLinker()(doc)
    assert model_spans(doc) == []
    doc = ArabicNERLinker()(_doc(["قال", "سمير", "حداد"], [(1, 3, "PERSON")]))
    assert [s.text for s in model_spans(doc) or []] == ["سمير حداد"]


def _with_model(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    """A Doc as the linker leaves it: ``ents`` recorded as the model's spans."""
    doc = _doc(words, ents)
    doc.spans[NER_KEY] = list(doc.ents)
    return doc


def _official(doc: Doc, name: tuple[int, int], title: tuple[int, int] | None, how: str) -> Official:
    span = doc[name[0] : name[1]]
    ts = te = None
    if title is not None:
        ts, te = doc[title[0] : title[1]].start_char, doc[title[0] : title[1]].end_char
    text = doc.text[ts:te] if title is not None else None
    return Official(span.start_char, span.end_char, span.text, text, ts, te, None, 0, how)


_BUSH = ["أعلن", "الرئيس", "بوش", "حالة", "طوارئ", "أمس"]
_HADI = ["قال", "الرئيس", "عبد", "ربه", "منصور", "هادي", "إن"]
_WITNESS = ["قال", "شهود", "عيان", "إن"]


@pytest.mark.parametrize(
    ("words", "ents", "name", "title", "how", "expected"),
    [
        # the rule ran two words past the model's name: the model's end is taken
        (_BUSH, [(2, 3, "PERSON")], (2, 5), (1, 2), "title-name", ["بوش"]),
        # one more (indefinite) word is the end of a long name the model cut short
        (_HADI, [(2, 5, "PERSON")], (2, 6), (1, 2), "title-name", ["عبد ربه منصور هادي"]),
        # a name that comes with a title stays even where the model sees none
        (_HADI, [], (2, 6), (1, 2), "title-name", ["عبد ربه منصور هادي"]),
        # a speaker without a title needs the model's agreement ...
        (_WITNESS, [], (1, 3), None, "speech", []),
        # ... and takes its boundaries
        (["قال", "ليبرمان", "هدفنا", "واضح"], [(1, 2, "PERSON")], (1, 3), None, "speech", ["ليبرمان"]),
        # two words between a courtesy title and a title after them stay where the model sees no person
        (["التقى", "الدكتور", "فراس", "العطار", "وزير", "الزراعة"], [], (2, 4), (4, 6), "name-title",
         ["فراس العطار"]),
        # a "title" that the model reads as part of a name: «محمد أمين بشناق»
        (["المهندس", "محمد", "أمين", "بشناق"], [(1, 3, "PERSON")], (3, 4), (2, 3), "title-name", []),
    ],
)
def test_refine_officials_with_model(
    words: list[str],
    ents: list[tuple[int, int, str]],
    name: tuple[int, int],
    title: tuple[int, int] | None,
    how: str,
    expected: list[str],
) -> None:
    doc = _with_model(words, ents)
    refined = refine_officials(doc, [_official(doc, name, title, how)])
    assert [o.name for o in refined] == expected
    assert all(doc.text[o.name_start : o.name_end] == o.name for o in refined)


def test_refine_officials_without_model_changes_nothing() -> None:
    doc = _doc(_WITNESS, [])
    officials = [_official(doc, (1, 3), None, "speech")]
    assert refine_officials(doc, officials) == officials


def _org(doc: Doc, span: tuple[int, int], *, country: str | None = None, how: str = "head") -> OrgMatch:
    sp = doc[span[0] : span[1]]
    return OrgMatch(sp.start_char, sp.end_char, sp.text, normalize_token(sp.text), country, None, how)


@pytest.mark.parametrize(
    ("words", "ents", "org", "country", "kept"),
    [
        # an indefinite phrase describes, it does not name
        (["قررت", "تشكيل", "لجنة", "فنية", "للتحقيق"], [], (2, 4), None, False),
        # a definite name of two words stays where the model tagged nothing
        (["قالت", "وزارة", "الدفاع", "إن"], [], (1, 3), None, True),
        # a head before a word the model does not take for a name
        (["وتتوقع", "منظمة", "جرين", "أن"], [], (1, 3), None, False),
        # the model's person stands («إدارة الإمام الخميني»)
        (["في", "إدارة", "الإمام", "الخميني"], [(3, 4, "PERSON")], (1, 4), None, False),
        # the model agrees that an organization is named there
        (["قالت", "حركة", "حماس", "إن"], [(2, 3, "ORG")], (1, 3), None, True),
        # a country inside: the rules keep it («القوات العراقية»)
        (["وصلت", "القوات", "العراقية"], [], (1, 3), "country/IQ", True),
        # a place after the head is the body's place («بلدية الخبر»), the place alone is no contradiction
        (["وأعلنت", "بلدية", "الخبر", "خطة"], [(2, 3, "LOC")], (1, 3), None, True),
        # the model read the whole phrase as a place
        (["قالت", "إدارة", "الخبر", "إن"], [(1, 3, "LOC")], (1, 3), None, False),
    ],
)
def test_refine_orgs_with_model(
    words: list[str], ents: list[tuple[int, int, str]], org: tuple[int, int], country: str | None, kept: bool
) -> None:
    doc = _with_model(words, ents)
    found = [_org(doc, org, country=country)]
    assert refine_orgs(doc, found) == (found if kept else [])


def test_refine_orgs_keeps_bracketed_acronyms_and_their_names() -> None:
    doc = _with_model(["انضمت", "إلى", "منظمة", "جرين", "(", "جم", ")"], [])
    name = _org(doc, (2, 4))
    acronym = dataclasses.replace(_org(doc, (5, 6), how="bracket"), alias_of=(name.start, name.end))
    assert refine_orgs(doc, [name, acronym]) == [name, acronym]


def test_refine_orgs_without_model_changes_nothing() -> None:
    doc = _doc(["قررت", "تشكيل", "لجنة", "فنية"], [])
    found = [_org(doc, (2, 4))]
    assert refine_orgs(doc, found) == found


@needs_model
def test_get_nlp_ar_model_vets_places_split_off_ka() -> None:
    text = "كان يعزف على كمان قديم ."
    doc, bare = get_nlp("ar")(text), get_nlp("ar", None)(text)
    with_model = [s.text for s in doc.spans[MENTIONS_KEY] if s.label_ == "PLACE"]
    rules_only = [s.text for s in bare.spans[MENTIONS_KEY] if s.label_ == "PLACE"]
    assert "مان" not in with_model
    assert rules_only == ["مان"]  # without a model, the knowledge base alone decides


@needs_model
@pytest.mark.parametrize(
    ("text", "rules_only", "combined"),
    [
        # (the rules alone now stop at «حالة», a common word in «ة», too)
        ("أعلن الرئيس بوش حالة طوارئ في البلاد .", [("بوش", "PERSON")], [("بوش", "PERSON")]),
        ("وقال شهود عيان إن الانفجار وقع صباحا .", [("شهود عيان", "PERSON")], []),
        ("قررت الوزارة تشكيل لجنة فنية للتحقيق في الحادث .", [("لجنة فنية", "ORGANIZATION")], []),
    ],
)
def test_extract_ar_model_reconciles_rules(
    text: str, rules_only: list[tuple[str, str]], combined: list[tuple[str, str]]
) -> None:
    from newsgraph.extract import extract

    def mentions(model: str | None) -> list[tuple[str, str]]:
        return [(m.text, m.label) for m in extract(text, language="ar", model=model).mentions]

    assert mentions(None) == rules_only
    assert mentions("auto") == combined


@needs_model
@pytest.mark.parametrize(("text", "name"), [
    ("وأصدرت المحكمة حكما بالسجن على نور الدين الفلاحي أمس.", "نور الدين الفلاحي"),
    ("وقضت المحكمة بإعدام سيف الإسلام نجل الوزير السابق.", "سيف الإسلام"),
])
def test_a_compound_given_name_is_a_person(text: str, name: str) -> None:
    import newsgraph

    ext = newsgraph.extract(text, language="ar")
    assert name in [m.text for m in ext.mentions if m.label == "PERSON"]


@needs_model
def test_a_compound_given_name_alone_is_the_fuller_name_the_article_gives() -> None:
    import newsgraph

    text = ("وأصدرت المحكمة حكما بالسجن على عز الدين الحمداني أمس. "
            "وكان عز الدين قد اعتقل في العام الماضي.")
    ext = newsgraph.extract(text, language="ar")
    ids = {m.text: m.entity_id for m in ext.mentions if m.label == "PERSON"}
    assert ids.get("عز الدين") == ids["عز الدين الحمداني"]


@pytest.mark.parametrize(("word", "expected"), [("بإعدام", True), ("لإعدام", True), ("بشار", False),
                                               ("كمال", False), ("علي", False)])
def test_a_name_does_not_start_with_a_glued_stop_word(word: str, expected: bool) -> None:
    from newsgraph.extract.ner_ar_names import _not_name_start

    assert _not_name_start(word) is expected


@needs_model
@pytest.mark.parametrize(("text", "name"), [
    ("وشارك في الحفل عبدالمجيد الشمري إلى جانب الوزراء.", "عبدالمجيد الشمري"),
    ("وكان عبدالرزاق الحمادي في استقبال الوفد.", "عبدالرزاق الحمادي"),
    ("استقبل خادم الحرمين الملك فهد بن سالم آل مبارك ملك البلاد الوفد.", "فهد بن سالم آل مبارك"),
    ("ووقع الوزير السعودي ونظيره الإيراني كريم أمير طهماسبي على بيان مشترك.", "كريم أمير طهماسبي"),
])
def test_names_the_model_cuts_or_misses_are_whole(text: str, name: str) -> None:
    import newsgraph

    ext = newsgraph.extract(text, language="ar")
    assert name in [m.text for m in ext.mentions if m.label == "PERSON"] + [
        e.labels.get("ar") for e in ext.entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("وأكد الملك سلمان بن عبدالعزيز حفظه الله أن البلاد ماضية.", ["سلمان بن عبدالعزيز"]),
        ("ورفع المصلون أكفهم سائلين الله أن يحفظ البلاد.", []),
        ("وتحقق النصر ولله الحمد بفضل الله.", []),
        ("وقال حسن نصر الله إن الحزب مستعد للحوار.", ["حسن نصر الله"]),
    ],
)
def test_pious_formulas_are_no_names(text: str, persons: list[str]) -> None:
    import newsgraph

    ext = newsgraph.extract(text, language="ar")
    assert [m.text for m in ext.mentions if m.label == "PERSON"] == persons


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وقالت صحيفة محلية إن الشرطة أوقفت رجلا.", "الشرطة"),
        ("وقال المتحدث إن الحزب مستعد للحوار.", "الحزب"),
        ("وقال الحزب الشيوعي إن الحوار مستمر.", "الحزب الشيوعي"),  # an adjective agrees: a name
        ("أصدرت وزارة العدل تقريرا جديدا.", "وزارة العدل"),  # a headline's subject, then its object
        ("وقال إن القوات البحرية تشهد تطورا.", "القوات البحرية"),  # then its verb
    ],
)
def test_a_definite_body_and_an_indefinite_word_are_a_sentence(text: str, org: str) -> None:
    import newsgraph

    ext = newsgraph.extract(text, language="ar")
    assert all(m.text == org for m in ext.mentions if m.label == "ORGANIZATION" and org in m.text)


def test_a_preposition_glued_to_a_one_word_name_is_no_part_of_it() -> None:
    """«تعود بأوباما»: the tokenizer splits «و» only; the rest of «بأوباما» is a word of the article's
    «باراك أوباما», so the mention is «أوباما» and that person. «بشار» keeps its «ب»."""
    import newsgraph
    from newsgraph.types import Article

    text = "رحلة تعود بأوباما إلى جذوره. وقال الرئيس الأميركي باراك أوباما إن بشار تحدث."
    ext = newsgraph.extract_article(Article("a1", None, text, "ar"))
    persons = {m.text: m.entity_id for m in ext.mentions if m.label == "PERSON"}
    assert "بأوباما" not in persons and persons.get("أوباما") == persons.get("باراك أوباما") is not None
