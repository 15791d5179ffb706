r"""Sentence components: a newline starts a sentence, and punctuation ends one in pipelines without a parser.

``newsgraph_newline_sents_v1`` (:class:`NewlineSentences`)
    A newline always starts a new sentence (news text often has headlines
    and paragraphs without a final period). Runs before the parser of a
    trained English pipeline.
``newsgraph_sents_v1`` (:class:`PunctSentences`)
    spaCy's ``sentencizer`` rule (a run of :data:`SENTENCE_PUNCT` ends one; in
    Arabic also a token of periods, :data:`DOT_RUNS`) plus the newline rule, in
    one pass. With ``attach_space``, a blank line between paragraphs is no sentence.

:mod:`newsgraph.extract.pipeline` registers them and places them in each language's pipeline.

Examples:
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = PunctSentences(nlp.vocab, SENTENCE_PUNCT)(nlp("Talks ended\nThey met again. Then left"))
    >>> [s.text for s in doc.sents]
    ['Talks ended\n', 'They met again.', 'Then left']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

import numpy
from spacy.attrs import IS_PUNCT, ORTH, SENT_START
from spacy.tokens import Doc

__all__ = ["DOT_RUNS", "SENTENCE_PUNCT", "NewlineSentences", "PunctSentences"]

#: Tokens that end a sentence in pipelines without a parser.
SENTENCE_PUNCT = (".", "!", "?", "؟", "…", "。")
#: Arabic news also ends a sentence with a run of periods («رست السفينة في الميناء.. وقال المدير»),
#: which the tokenizer keeps as one token.
DOT_RUNS = ("..", "...", "....", ".....")


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
