"""The knowledge-base ruler ``newsgraph_kb_ruler_v1``: alias matches merged with statistical NER spans.

:class:`KBRuler` phrase-matches every knowledge-base alias on ``NORM`` (``ORTH``
for case-sensitive acronyms) and writes ``doc.spans["ng_mentions"]``
(:data:`MENTIONS_KEY`), where ``span.kb_id_`` is the entity id and ``span.id_``
how it was found ("name", "acronym", "demonym", "weak" or "ner").
Knowledge-base matches take precedence over statistical NER spans, except that
a PERSON or ORG span that strictly contains matches wins over them, and where the
Arabic model ran and sees no name in a doubtful one-word place
(:mod:`newsgraph.extract.vetting`). A weak country alias (a nationality adjective
that is an ordinary word, «المالية») is kept, as a demonym, only where the
document names that country otherwise. The patterns are cached on disk
(:mod:`newsgraph.extract.kb_patterns`). :mod:`newsgraph.extract.pipeline`
registers the component and adds it last to every pipeline.

Examples:
    >>> _capitals("NATO"), _NER_LABELS["GPE"]
    (True, 'PLACE')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsgraph.extract.kb_patterns import PatternTable, add_patterns, cached_patterns, pattern_key
from newsgraph.extract.lexicon import spellings
from newsgraph.extract.ner_ar import NER_KEY
from newsgraph.extract.tokens_ar import ArabicTokens, kb_lexicon
from newsgraph.extract.vetting import (
    blessing,
    countries_stated,
    hamza_mismatch,
    needs_model,
    overlaps_any,
    unsupported_town,
)
from newsgraph.text import fold_accents, normalize_token

__all__ = ["MENTIONS_KEY", "KBRuler"]

MENTIONS_KEY = "ng_mentions"
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


def _weak_word_org(span: Span) -> bool:
    """An organization matched by one indefinite word that is also an ordinary verb or noun («فتح»,
    "opened"; «قنا»): kept where the model reads a name there, or where the document names the
    same organization otherwise («حركة فتح» earlier, «فتح» later). Definite weak aliases
    («القاعدة», «الإخوان») are names more often than not once no definite word follows them
    (:meth:`KBRuler._in_construct`)."""
    return (span.label_ == "ORGANIZATION" and span.id_ == "weak" and len(span) == 1
            and not span[0].norm_.startswith("ال"))


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
        #: "New" in "New Mexico": a capitalised word that opens a longer place name
        self.openers = spellings(f"place_name_openers_{lang}.txt")
        aliases = [(alias_lang, alias) for alias_lang in sorted({lang, "en"})
                   for alias in kb.aliases(alias_lang) if alias.text.strip()]
        lexicon = kb_lexicon(lang) if lang == "ar" else frozenset()
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
            if self._opened(doc, start):
                continue  # "New Mexico" is not Mexico
            if self.lang == "fr" and not lower_ok and end - start > 1 and doc[start].lower_ in _ARTICLES_FR:
                second = doc[start + 1].text[:1]
                if second.isalpha() and not second.isupper():
                    continue  # «La réunion s'est tenue» opens a sentence: no La Réunion
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
            # and organizations named by one ordinary word alone («وفتح لنا ذلك», "and that opened to us")
            backed = {s.kb_id_ for s in kb_spans if s.id_ != "weak"} | {e.kb_id_ for e in ner if e.kb_id_}
            kb_spans = [s for s in kb_spans
                        if not _weak_word_org(s) or s.kb_id_ in backed or overlaps_any(s, ner)]
        kb_spans = [s for s in kb_spans if not blessing(s)]  # «باليمن والخير»: good fortune
        named = self._countries_named([*kb_spans, *ner])
        kb_spans = [v for s in kb_spans if (v := self._vet_weak_country(s, named)) is not None]
        taken = {i for s in kb_spans for i in range(s.start, s.end)}
        extra = [
            Span(doc, ent.start, ent.end, label=_NER_LABELS[ent.label_], kb_id=ent.kb_id_, span_id="ner")
            for ent in ner
            if not taken.intersection(range(ent.start, ent.end))
        ]
        extra = [v for s in extra if not blessing(s) and (v := self._vet_weak_country(s, named)) is not None]
        doc.spans[MENTIONS_KEY] = sorted([*kb_spans, *extra], key=lambda s: s.start)
        return doc

    def _opened(self, doc: Doc, start: int) -> bool:
        """The match ends a longer name that a capitalised opener starts ("in New Mexico"): inside a
        sentence of running text, where "New" is capitalised only as part of a name (a sentence's first
        word and a title-case headline capitalise it anyway: "New Iran sanctions")."""
        if start == 0 or doc[start - 1].text not in self.openers or doc[start - 1].is_sent_start:
            return False
        if not doc.has_annotation("SENT_START"):
            return True
        # running text has lower-case content words; a title-case headline has none
        return any(t.is_lower and t.is_alpha and len(t) > 3 for t in doc[start - 1].sent)

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


#: French articles that open a name («La Réunion», «Le Caire») and any sentence («La réunion s'est tenue»).
_ARTICLES_FR = frozenset({"la", "le", "les", "l'", "l’"})


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
