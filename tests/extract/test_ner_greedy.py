"""GreedyNER gives spaCy's own greedy NER decisions (same spans, labels and IOB) from the same weights."""

from __future__ import annotations

import random

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.extract.ner_greedy import GreedyNER

_WORDS = "the minister met Nasser Bourita in Rabat on Monday and said that Morocco , ISIS . \n".split(" ")


def _ner(seed: int, labels: tuple[str, ...] = ("ORG", "PERSON", "GPE")) -> tuple[Language, object]:
    """A ``ner`` component with random weights: it proposes entities of every length."""
    nlp = spacy.blank("en")
    ner = nlp.add_pipe(
        "ner",
        config={
            "model": {
                "hidden_width": 16,
                "tok2vec": {
                    "@architectures": "spacy.HashEmbedCNN.v2",
                    "width": 24,
                    "depth": 2,
                    "embed_size": 500,
                    "window_size": 1,
                    "maxout_pieces": 2,
                    "subword_features": True,
                    "pretrained_vectors": None,
                },
            }
        },
    )
    for label in labels:
        ner.add_label(label)
    # thinc draws the initial weights at random too: fixed, so each case is the same on every machine
    spacy.util.fix_random_seed(seed)
    nlp.initialize()
    rng = numpy.random.default_rng(seed)
    for node in ner.model.walk():  # larger random weights than the initial ones: more entities
        for name in node.param_names:
            if node.has_param(name):
                value = node.get_param(name)
                node.set_param(name, value + rng.normal(0, 0.5, value.shape).astype("f"))
    return nlp, ner


def _docs(nlp: Language, seed: int, count: int = 30) -> list[Doc]:
    rng = random.Random(seed)
    docs = []
    for i in range(count):
        words = [rng.choice(_WORDS) or "x" for _ in range(rng.randint(0 if i == 0 else 1, 60))]
        doc = Doc(nlp.vocab, words=words)
        if i % 3 == 1 and len(doc) > 4:  # sentence starts forbid an entity across them
            for tok in doc:
                tok.is_sent_start = tok.i == 0 or tok.i % 5 == 0
        docs.append(doc)
    return docs


def _ents(docs: list[Doc]) -> list[list[tuple[int, int, str, int]]]:
    return [
        [(e.start, e.end, e.label_, 0) for e in d.ents] + [(t.i, t.ent_iob, t.ent_type_, 1) for t in d]
        for d in docs
    ]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_same_entities_as_spacy_decoder(seed: int) -> None:
    nlp, ner = _ner(seed)
    greedy = GreedyNER(ner)
    assert greedy.supported
    ours, theirs = _docs(nlp, seed), _docs(nlp, seed)
    list(greedy.pipe(ours, batch_size=8))
    list(ner.pipe(theirs, batch_size=8))
    assert _ents(ours) == _ents(theirs)
    assert sum(len(d.ents) for d in ours) > 5  # the check is not vacuous
    assert any(len(e) > 1 for d in ours for e in d.ents)


def test_single_doc_call_and_empty_doc() -> None:
    nlp, ner = _ner(5)
    greedy = GreedyNER(ner)
    doc, ref = Doc(nlp.vocab, words=_WORDS[:12]), Doc(nlp.vocab, words=_WORDS[:12])
    assert _ents([greedy(doc)]) == _ents([ner(ref)])
    empty = Doc(nlp.vocab, words=[])
    assert list(greedy(empty).ents) == []


def test_documents_with_entities_already_set_go_to_spacy() -> None:
    nlp, ner = _ner(6)
    greedy = GreedyNER(ner)
    ours, theirs = _docs(nlp, 6, 4), _docs(nlp, 6, 4)
    for doc in (ours[1], theirs[1]):
        doc.set_ents([Span(doc, 0, 1, label="GPE")], default="unmodified")
    list(greedy.pipe(ours))
    list(ner.pipe(theirs))
    assert _ents(ours) == _ents(theirs)
    assert ours[1].ents[0].label_ == "GPE"


def test_beam_search_is_not_reproduced() -> None:
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("beam_ner")
    ner.add_label("ORG")
    nlp.initialize()
    assert not GreedyNER(ner).supported


def test_pipelines_decode_their_trained_ner_with_greedy_ner() -> None:
    from newsgraph.extract.ner_ar import has_ar_ner
    from newsgraph.extract.pipeline import get_nlp

    if not has_ar_ner():
        pytest.skip("the Arabic NER model is not in the package (make train-ar)")
    nlp = get_nlp("ar")
    assert isinstance(nlp.get_pipe("ner"), GreedyNER)
    assert nlp.pipe_names.index("ner") == nlp.pipe_names.index("newsgraph_ar_tokens_v1") + 1
    doc = nlp("التقى وزير الخارجية المغربي ناصر بوريطة نظيره الأمريكي في الرباط.")
    assert {"PERSON", "PLACE"} <= {e.label_ for e in doc.ents}


def test_greedy_ner_leaves_a_pipeline_without_ner_alone() -> None:
    from newsgraph.extract.pipeline import greedy_ner

    nlp = spacy.blank("en")
    assert not greedy_ner(nlp)
    nlp.add_pipe("beam_ner").add_label("ORG")
    nlp.initialize()
    assert not greedy_ner(nlp)
    assert nlp.pipe_names == ["beam_ner"]
    nlp, ner = _ner(7)
    assert greedy_ner(nlp)
    assert nlp.pipe_names == ["ner"] and nlp.get_pipe("ner").ner is ner
