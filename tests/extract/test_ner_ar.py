"""Tests for newsgraph.extract.ner_ar: the shipped Arabic NER model and how it joins the pipeline."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsgraph.errors import ConfigError
from newsgraph.extract.ner_ar import ArabicNERLinker, ar_ner_dir, has_ar_ner, load_ar_ner
from newsgraph.extract.normalize import normalize_token
from newsgraph.extract.pipeline import MENTIONS_KEY, get_nlp

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


def test_linker_drops_org_with_nationality_adjective() -> None:
    doc = ArabicNERLinker()(_doc(["وصلت", "القوات", "العراقية"], [(1, 3, "ORG")]))
    assert list(doc.ents) == []
