"""The Arabic tokenizer component ``newsgraph_ar_tokens_v1``: proclitics split off, normalised norms.

spaCy's Arabic tokenizer leaves the proclitics و ف ب ل ك glued to words.
:class:`ArabicTokens` splits one off when the rest is a known word (of the
knowledge base and the rule lexicons, :func:`kb_lexicon`) or starts with ال, and
sets ``token.norm_`` to the normalised form of every token.
:func:`split_arabic_punctuation` makes the tokenizer split closing brackets,
quotes and stops off Arabic words first. :mod:`newsgraph.extract.pipeline`
registers the component and builds the pipeline.

Examples:
    >>> ArabicTokens(frozenset({"رباط"})).pieces("وبالرباط")
    ('و', 'ب', 'الرباط')
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any, cast

import numpy
from spacy.attrs import NORM, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_prefix_regex, compile_suffix_regex

from newsgraph.text import clitic_splits, is_arabic, normalize_token

__all__ = ["ArabicTokens", "kb_lexicon", "split_arabic_punctuation"]


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
def kb_lexicon(lang: str) -> frozenset[str]:
    """Words a split-off rest may be: the knowledge base's alias words in ``lang`` (a name's first
    word, and its other words but glued definites) and the rule lexicon's."""
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

def split_arabic_punctuation(nlp: Language) -> None:
    """Split closing brackets, quotes and stops off Arabic words («إنتربول).» -> 3 tokens), and a
    proclitic off an opening quote («و"الحشد الشعبي"», «بـ«الحرس»: «و» + «"» + «الحشد»).

    Only one of «و», «ف», «ب», «ك» is split: «لـ«الأفق» stays one token, as the outlet rules expect
    «قال لـ«X»» (orgs/media_ar.py), and a stacked «وبـ«» is left glued.

    spaCy's Arabic suffix rules leave ``).`` and ``».`` glued to the word.
    """
    tokenizer: Any = nlp.tokenizer
    suffixes = [*(nlp.Defaults.suffixes or ()), r"[\)\]»”\"'.،؛:!؟?…]"]
    prefixes = [*(nlp.Defaults.prefixes or ()), r"[\(\[«“”\"']", r"[وفبك]ـ?(?=[«“”\"'])"]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
