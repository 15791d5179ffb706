"""The statistical Arabic NER model that ships with newsgraph, and how it joins the pipeline.

The model (``newsgraph/models/ar_ner/``, trained by ``make train-ar`` on
NewsFANE Gold and Wojood, see its ``MODEL_CARD.md``) is a spaCy ``ner``
component with the labels PERSON, ORG, GPE and LOC. It reads the tokens and
normalised ``NORM`` values of ``newsgraph_ar_tokens_v1``, so it runs inside
newsgraph's Arabic pipeline rather than on its own tokenizer.

Nothing loads at import: :func:`load_ar_ner` reads the model from package
data on first use and caches it (the pipeline decodes it with
:class:`newsgraph.extract.ner_greedy.GreedyNER`). :func:`add_ar_ner` adds it to a pipeline
together with ``newsgraph_ar_ner_link_v1`` (:class:`ArabicNERLinker`), which
looks each predicted span up in the knowledge base: a GPE or LOC span whose
text the knowledge base knows as a country becomes COUNTRY with that id, a
known place becomes PLACE with its id (also when the place ends a longer
span, as in «مدينة نابلس»), and a known person or organization lends the
span its id. The knowledge-base ruler then lets its own matches and the
title rules take precedence, except that a model span with an id wins over
the shorter match inside it, and keeps the model's other spans.

Before linking, the linker trims and completes the model's names with the
Arabic name rules of :mod:`newsgraph.extract.ner_ar_names`.

The linker also keeps its spans in ``doc.spans["ng_ner"]`` (:data:`NER_KEY`),
so that the rules that run later can ask the model:
:func:`refine_officials` and :func:`refine_orgs` reconcile the names found
by title and speech rules and by organization head nouns with it. They live in
:mod:`newsgraph.extract.ner_ar_refine` and are re-exported here.

Examples:
    >>> from newsgraph.extract.ner_ar import MODEL_LABELS, has_ar_ner
    >>> sorted(MODEL_LABELS)
    ['GPE', 'LOC', 'ORG', 'PERSON']
    >>> has_ar_ner() in (True, False)
    True
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.errors import ConfigError
from newsgraph.extract.lexicon import common_word_ar, words
from newsgraph.extract.ner_ar_family import extend_families, surname_mentions
from newsgraph.extract.ner_ar_foreign import (
    common_dual,
    extend_given_names,
    honorific_names,
    speaker_names,
    unnamed_shape,
)
from newsgraph.extract.ner_ar_lead import strip_leading_demonym
from newsgraph.extract.ner_ar_names import (
    extend_persons,
    is_demonym,
    trim_span,
    with_compound_names,
)
from newsgraph.extract.ner_ar_refine import NER_KEY, model_spans, refine_officials, refine_orgs
from newsgraph.extract.places_ar import designated_places

if TYPE_CHECKING:
    from newsgraph.kb import KnowledgeBase

__all__ = [
    "MODEL_LABELS",
    "NER_KEY",
    "ArabicNERLinker",
    "add_ar_ner",
    "ar_ner_dir",
    "has_ar_ner",
    "load_ar_ner",
    "model_spans",
    "refine_officials",
    "refine_orgs",
]

#: Labels the model predicts (spaCy/OntoNotes names; mapped to newsgraph's by the pipeline).
MODEL_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})
_KB_LABEL = {
    "PERSON": ("PERSON",),
    "ORG": ("ORGANIZATION",),
    "GPE": ("COUNTRY", "PLACE"),
    "LOC": ("COUNTRY", "PLACE"),
}


def ar_ner_dir() -> Traversable:
    """The shipped model's folder inside the package (it may be absent in a bare checkout)."""
    return resources.files("newsgraph") / "models" / "ar_ner"


def has_ar_ner() -> bool:
    """Whether the trained model is present in the package data."""
    folder = ar_ner_dir()
    return (folder / "config.cfg").is_file() and (folder / "ner").is_dir()


@functools.lru_cache(maxsize=4)
def load_ar_ner(path: str | None = None) -> Language:
    """Load the Arabic NER pipeline (cached): the shipped one, or the one at ``path``.

    Raises:
        ConfigError: when the model is missing (run ``make train-ar``).
    """
    import spacy

    if path is not None:
        folder = Path(path)
        if not (folder / "config.cfg").is_file():
            raise ConfigError(
                f"no spaCy pipeline at {path!r} (expected a folder with config.cfg, e.g. model-best)"
            )
        return spacy.load(folder)
    if not has_ar_ner():
        raise ConfigError(
            "the Arabic NER model is not in the package (newsgraph/models/ar_ner); "
            "run 'make train-ar' or pass model=None for rules only"
        )
    with resources.as_file(ar_ner_dir()) as folder:
        return spacy.load(folder)


class ArabicNERLinker:
    """Give the model's spans knowledge-base ids, and COUNTRY/PLACE labels to GPE/LOC.

    Spans shorter than ``min_chars`` letters are dropped (single letters are
    usually abbreviation debris such as «أ ف ب»), and so are ORG spans that
    contain a nationality adjective («القوات العراقية»), which the
    knowledge-base ruler keeps as a COUNTRY mention.
    """

    def __init__(self, min_chars: int = 2) -> None:
        self.min_chars = min_chars

    def __call__(self, doc: Doc) -> Doc:
        from newsgraph.kb import load_kb

        kb = load_kb()
        ents: list[Span] = []
        for raw in doc.ents:
            ent = trim_span(raw)
            if ent is not None and ent.label_ == "PERSON":
                ent = strip_leading_demonym(kb, ent)
            if ent is None or sum(ch.isalpha() for ch in ent.text) < self.min_chars:
                continue
            if len(ent) == 1 and common_word_ar(ent.text) and not kb.lookup(ent.text, "ar"):
                continue  # «برنامج», «جديد», «جولته» alone are no name
            if ent.label_ == "PERSON" and common_dual(ent[0].text) and not kb.lookup(ent.text, "ar"):
                continue  # «مندوبان خليجيان» "two Gulf delegates": a noun's dual starts no name
            if ent.label_ == "PERSON" and len(ent) == 1 and unnamed_shape(ent.text) \
                    and not kb.lookup(ent.text, "ar"):
                continue  # «داً» (of «وفداً»), «الحوثيين»: nunation or a people's plural, no person
            label, kb_id = ent.label_, ""
            if label == "ORG" and len(ent) > 1 and any(is_demonym(kb, tok.text) for tok in ent):
                continue  # «القوات العراقية»: the rules keep the country; the org rules the rest
            if label == "ORG" and _site(ent):
                label = "LOC"  # «قاعدة العند العسكرية»: a base, a place (the site rule of places_ar)
            wanted = _KB_LABEL.get(label, ())
            for alias in kb.lookup(ent.text, "ar"):
                if alias.label in wanted:
                    kb_id = alias.entity_id
                    if label in ("GPE", "LOC"):
                        label = alias.label
                    break
            else:
                if label in ("GPE", "LOC"):
                    label, kb_id = _inner_place(kb, ent, label)
            ents.append(Span(doc, ent.start, ent.end, label=label, kb_id=kb_id))
        ents = with_compound_names(doc, extend_families(extend_persons(ents, kb), kb), kb)
        ents = surname_mentions(doc, ents, kb)
        ents = speaker_names(doc, extend_given_names(doc, ents, kb), kb)
        ents = honorific_names(doc, ents, kb)
        ents = sorted([*ents, *designated_places(doc, ents, kb)], key=lambda e: e.start)
        doc.ents = ents
        doc.spans[NER_KEY] = ents
        return doc


def _site(ent: Span) -> bool:
    """A site noun, a name and a site adjective («قاعدة العند الجوية», «مطار صنعاء الدولي»:
    ``data/place_facilities_ar.txt``, ``data/place_facility_adjectives_ar.txt``): a place, no organization."""
    return len(ent) == 3 and ent[0].norm_ in words("place_facilities_ar.txt") \
        and ent[2].norm_ in words("place_facility_adjectives_ar.txt")


def _inner_place(kb: KnowledgeBase, ent: Span, label: str) -> tuple[str, str]:
    """PLACE and the id of a known place that ends the span («مدينة نابلس»), else (label, "")."""
    for start in range(ent.start + 1, ent.end):
        for alias in kb.lookup(ent.doc[start : ent.end].text, "ar"):
            if alias.label == "PLACE" and alias.kind == "name":
                return "PLACE", alias.entity_id
    return label, ""

_registered = False


def _register() -> None:
    global _registered
    if _registered:
        return

    @Language.factory("newsgraph_ar_ner_link_v1", default_config={"min_chars": 2})
    def _link(nlp: Language, name: str, min_chars: int) -> ArabicNERLinker:
        return ArabicNERLinker(min_chars)

    _registered = True


def add_ar_ner(nlp: Language, model: str = "auto") -> bool:
    """Add the model's ``ner`` and the linker to an Arabic pipeline, after the token splitter.

    Args:
        nlp: a pipeline built by :func:`newsgraph.extract.pipeline.get_nlp`.
        model: the folder of a trained pipeline, or anything else (``"auto"``,
            an English package name) for the shipped model, which is skipped
            (returning False) when absent.

    Returns:
        True when the model was added.
    """
    path = model if model != "auto" and Path(model).is_dir() else None
    if path is None and not has_ar_ner():
        return False
    _register()
    nlp.add_pipe("ner", source=load_ar_ner(path))
    nlp.add_pipe("newsgraph_ar_ner_link_v1", after="ner")
    return True
