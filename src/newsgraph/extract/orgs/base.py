"""What the organization finders share: the match, the mentions it reads and the Arabic head offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.lexicon import definite_ar
from newsgraph.text import clitic_splits, is_arabic, normalize_key, normalize_token

__all__ = ["AFAAL", "MENTIONS", "OrgMatch", "ar_head", "bare", "cap", "covered", "definite", "head_offset",
           "is_definite", "latin_name", "make_match", "mention_starts"]

MENTIONS = "ng_mentions"
#: An Arabic broken plural of the pattern «أفعال» («أنباء», «أبحاث»): a common noun, no name.
AFAAL = re.compile("[أا][\u0621-\u064A]{2}ا[\u0621-\u064A]")


@dataclass(frozen=True)
class OrgMatch:
    """An organization named in the text.

    Attributes:
        start: character offset of the name in ``doc.text``.
        end: end offset (exclusive).
        text: the name as written.
        key: normalised name, a stable lookup key.
        country: entity id of the country it belongs to, if a country or
            nationality adjective is part of the name.
        alias_of: for a bracketed acronym, the (start, end) of the name it
            abbreviates (which may be a knowledge-base mention).
        how: ``"head"`` (head noun chain) or ``"bracket"`` (acronym in brackets).
    """

    start: int
    end: int
    text: str
    key: str
    country: str | None
    alias_of: tuple[int, int] | None
    how: str


def bare(norm: str) -> str:
    """Drop the Arabic article: «الحركه» → «حركه»."""
    return norm[2:] if norm.startswith("ال") and len(norm) > 3 else norm


def mention_starts(doc: Doc) -> dict[int, Span]:
    spans = doc.spans[MENTIONS] if MENTIONS in doc.spans else []
    return {sp.start: sp for sp in spans}


def covered(doc: Doc, label: str | None = None) -> set[int]:
    out: set[int] = set()
    if MENTIONS in doc.spans:
        for sp in doc.spans[MENTIONS]:
            if label is None or sp.label_ == label:
                out.update(range(sp.start, sp.end))
    return out


def ar_head(tok: Token, heads: frozenset[str]) -> int | None:
    """Character offset inside ``tok`` where an org head starts, or None."""
    return head_offset(tok.norm_, tok.text, heads)


@lru_cache(maxsize=1 << 16)
def head_offset(norm: str, text: str, heads: frozenset[str]) -> int | None:
    """:func:`ar_head` for a token's norm and text.

    Examples:
        >>> head_offset("وقوات", "وقوات", frozenset({"قوات"}))
        1
    """
    if norm in heads:
        return 0
    for prefix, rest in clitic_splits(text):
        if normalize_token(rest) in heads:
            return len(prefix)
    return None


def is_definite(norm: str) -> bool:
    return norm.startswith("ال") and len(norm) > 3


def latin_name(tok: Token) -> bool:
    """A word of a name in Latin letters inside Arabic text: capitalised, ASCII («HTC», «Avid», «MBC1»)."""
    text = tok.text
    return text.isascii() and text[:1].isupper() and text.replace("-", "").replace("&", "").isalnum()


def definite(tok: Token) -> bool:
    return definite_ar(tok.text, tok.norm_)


def make_match(doc: Doc, doc_text: str, start: int, end: int, country: str | None, how: str,
          alias_of: tuple[int, int] | None = None) -> OrgMatch:
    text = doc_text[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    key = normalize_key(text)
    if span is not None and is_arabic(text) and len(span) > 0:
        # «لقوات» written for «ل» + «القوات»: the key uses the token norms
        first = span[0].norm_ if span[0].idx == start else normalize_token(text.split()[0])
        key = normalize_key(" ".join([first] + [t.norm_ for t in span[1:]]))
    return OrgMatch(start, end, text, key, country, alias_of, how)


def cap(tok: Token) -> bool:
    return bool(tok.text) and tok.text[0].isupper() and (tok.is_alpha or "." in tok.text or "'" in tok.text)
