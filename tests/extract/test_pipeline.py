"""The spaCy components: clitic splitting with norms, and sentence starts.

Each fast component is checked against a plain reference written with spaCy's
own API (retokenizer, ``sentencizer``, ``Token`` attributes) on hand-made
texts and on random texts built from words that exercise every rule.
"""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.kb_ruler import _scratch_tokenizer
from newsgraph.extract.lexicon import given_names_ar
from newsgraph.extract.pipeline import get_nlp
from newsgraph.extract.sentences import SENTENCE_PUNCT, NewlineSentences, PunctSentences
from newsgraph.extract.tokens_ar import ArabicTokens, kb_lexicon
from newsgraph.text import clitic_splits, is_arabic, normalize_token

# Words that split (و ب ل ك ف + a known word or an ال word), لل forms, and words that must not split.
_AR_WORDS = [
    "وبالمغرب", "والجزائر", "للأمم", "لل", "ل", "بالرباط", "كالعادة", "فالوزير", "وقال", "الوزير",
    "بوريطة", "ناصر", "وزير", "الخارجية", "المغربي", "في", "من", "بلد", "كتب", "لبنان", "ولبنان",
    "«التحالف»", "(ناتو).", "،", ".", "؟", "!", "…", "2022", "١٢", "و", "ب",
]
_EN_WORDS = ["Morocco", "met", "Mr.", "U.S.", "talks", "(NATO)", "said", ".", "!", "?", "...", "'s", "e.g."]
_GAPS = [" ", " ", " ", "  ", "\n", "\n\n", " \n ", ""]


def _random_text(rng: random.Random, words: list[str], n: int) -> str:
    return "".join(rng.choice(words) + rng.choice(_GAPS) for _ in range(n)).strip()


def _reference_tokens(
    nlp: Language, lexicon: frozenset[str], text: str,
    names: tuple[frozenset[str], frozenset[str]] | None = None,
) -> Doc:
    """Split proclitics with the retokenizer and set norms token by token (the plain way)."""
    every, split = names or (frozenset(), frozenset())
    doc = nlp.make_doc(text)
    splits = []
    for token in doc:
        t = token.text
        if not is_arabic(t) or normalize_token(t) in lexicon or normalize_token(t) in every:
            continue
        for prefix, rest in clitic_splits(t):
            norm = normalize_token(rest)
            named = prefix == "و" and norm in split
            if norm in lexicon or (norm.startswith("ال") and len(norm) >= 4) or named:
                splits.append((token.i, prefix))
                break
    with doc.retokenize() as retok:
        for i, prefix in splits:
            token = doc[i]
            orths = [*prefix, token.text[len(prefix) :]]
            retok.split(token, orths, heads=[(token, len(orths) - 1)] * len(orths))
    for token in doc:
        norm = normalize_token(token.text)
        prev = doc[token.i - 1] if token.i > 0 else None
        if prev is not None and prev.text == "ل" and not prev.whitespace_ and norm.startswith("ل"):
            norm = "ا" + norm
        token.norm_ = norm
    return doc


@pytest.fixture(scope="module")
def ar_nlp() -> Language:
    return get_nlp("ar", None)


def _texts(words: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    return [_random_text(rng, words, rng.randint(1, 40)) for _ in range(300)]


def test_arabic_tokens_match_the_retokenizer(ar_nlp: Language) -> None:
    lexicon = kb_lexicon("ar")
    component = ar_nlp.get_pipe("newsgraph_ar_tokens_v1")
    texts = ["اجتمع الوزراء بالمغرب وللأمم المتحدة دور", "لل ل للأمم", "", *_texts(_AR_WORDS, 7)]
    split_any = False
    for text in texts:
        got = component(ar_nlp.make_doc(text))
        want = _reference_tokens(ar_nlp, lexicon, text, given_names_ar())
        assert got.text == text
        assert [(t.text, t.whitespace_, t.norm_) for t in got] == [
            (t.text, t.whitespace_, t.norm_) for t in want
        ], text
        split_any |= len(got) > len(ar_nlp.make_doc(text))
    assert split_any


@pytest.mark.parametrize(("text", "expected"), [
    ("التقى الوزير ماجد وخالد في المقر", ["ماجد", "و", "خالد"]),  # a counted given name after «و»
    ("حضر الحفل وليد ونبيل أمس", ["وليد", "و", "نبيل"]),  # «وليد» is a name of its own
    ("قابل المدير وسام أمس", ["المدير", "وسام", "أمس"]),  # «سام» is too short to split off
])
def test_and_before_a_given_name_is_split(ar_nlp: Language, text: str, expected: list[str]) -> None:
    """«فيصل بن سعود وخالد الفيصل» names two persons: «و» is split off a counted given name."""
    words = [t.text for t in ar_nlp(text)]
    start = words.index(expected[0])
    assert words[start : start + len(expected)] == expected


@pytest.mark.parametrize("word", ["والصين", "والشام", "والتنمية"])
def test_and_before_a_definite_word_of_a_longer_name_is_split(ar_nlp: Language, word: str) -> None:
    """«والصين» stands in «مجموعة الـ77 والصين»; in text it is still «و» + «الصين»."""
    assert [t.text for t in ar_nlp(f"زار الوفد روسيا {word} أمس")][3:5] == ["و", word[1:]]


def test_arabic_tokens_cache_stays_bounded(ar_nlp: Language) -> None:
    component = ArabicTokens(kb_lexicon("ar"))
    component.CACHE_SIZE = 5
    for text in _texts(_AR_WORDS, 11)[:50]:
        doc = component(ar_nlp.make_doc(text))
        assert [t.text for t in doc] == [t.text for t in _reference_tokens(ar_nlp, component.lexicon, text)]
        assert len(component._by_orth) <= 5


def _reference_sents(lang: str, text: str) -> list[bool]:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer", config={"punct_chars": list(SENTENCE_PUNCT)})
    doc = nlp(text)
    for token in doc[:-1]:
        if "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return [bool(t.is_sent_start) for t in doc]


@pytest.mark.parametrize(("lang", "words"), [("ar", _AR_WORDS), ("en", _EN_WORDS)])
def test_punct_sentences_match_sentencizer_and_newlines(lang: str, words: list[str]) -> None:
    nlp = spacy.blank(lang)
    component = PunctSentences(nlp.vocab, SENTENCE_PUNCT)
    texts = ["One. Two!! Three?\nFour\n\nfive …", "", "no end", *_texts(words, 3)]
    for text in texts:
        doc = component(nlp.make_doc(text))
        assert [bool(t.is_sent_start) for t in doc] == _reference_sents(lang, text), text
    en = spacy.blank("en")
    doc = PunctSentences(en.vocab, SENTENCE_PUNCT)(en.make_doc("Headline\nFirst sentence. Second one"))
    assert [s.text for s in doc.sents] == ["Headline\n", "First sentence.", "Second one"]


def test_newline_sentences_keep_earlier_starts() -> None:
    nlp = spacy.blank("en")
    doc = nlp.make_doc("a b\nc d e")
    doc[4].is_sent_start = True
    doc = NewlineSentences()(doc)
    assert [t.i for t in doc if t.is_sent_start] == [0, 3, 4]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_scratch_tokenizer_tokenizes_like_the_pipeline(lang: str) -> None:
    nlp = get_nlp(lang, None)
    scratch = _scratch_tokenizer(nlp)
    assert scratch is not nlp.tokenizer and scratch.vocab is nlp.vocab
    for text in _texts(_AR_WORDS + _EN_WORDS, 5)[:100]:
        assert [t.text for t in scratch(text)] == [t.text for t in nlp.tokenizer(text)]


def test_a_pipeline_is_frozen_out_of_collections_and_released_whole() -> None:
    """get_nlp freezes what it loaded (no collection scans it again) and leaves the thresholds as
    they were; release_pipelines unfreezes, so the dropped pipelines are collected."""
    import gc
    import weakref

    from newsgraph.extract.pipeline import release_pipelines

    threshold = gc.get_threshold()
    release_pipelines()
    nlp = get_nlp("fr", None)
    assert gc.get_freeze_count() > 0 and gc.get_threshold() == threshold
    ref = weakref.ref(nlp)
    del nlp
    release_pipelines()
    assert gc.get_freeze_count() == 0
    assert ref() is None


def test_periods_after_a_lone_place_are_a_dateline_not_a_sentence_end(ar_nlp: Language) -> None:
    """«طرابلس.. حكم الإعدام»: one word before «..» is a dateline; after a clause «..» ends it."""
    doc = ar_nlp("طرابلس.. حكم بالسجن على المتهم.. وقال المحامي إنه سيستأنف")
    assert [s.text.split()[0] for s in doc.sents] == ["طرابلس..", "وقال"]


def test_statistical_components_multiply_with_numpy_and_predict_the_same() -> None:
    # numpy_products: every node of a trained component uses numpy's products, not blis
    from thinc.api import NumpyOps

    from newsgraph.extract.ner_ar import has_ar_ner

    if not has_ar_ner():
        pytest.skip("the Arabic NER model is not in the package")
    ar_nlp = get_nlp("ar")
    ner = ar_nlp.get_pipe("ner")
    assert {getattr(node.ops, "use_blis", None) for node in ner.model.walk()} == {False}
    text = "التقى وزير الخارجية المغربي ناصر بوريطة نظيره الفرنسي في باريس يوم الاثنين."
    ours = [(e.text, e.label_) for e in ar_nlp(text).ents]
    for node in ner.model.walk():  # thinc's default products give the same entities
        node.ops = NumpyOps(use_blis=True)
    try:
        assert [(e.text, e.label_) for e in ar_nlp(text).ents] == ours
    finally:
        for node in ner.model.walk():
            node.ops = NumpyOps(use_blis=False)
    assert ours  # the model found something to compare
