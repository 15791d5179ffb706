"""The organization an English title names after "of" when no mention covers it: "Abdelghani al-Kikli,
head of the Support and Stability Apparatus (SSA)".

The model often tags no such name, or only its bracketed acronym. A run of capitalised words (with "and",
"of", "for" inside) right after "of"/"for" (and "the") that ends in an organization head noun
(``data/org_heads_en.txt``: "Apparatus", "Committee", "Force") is the title's organization: its
:func:`~newsgraph.extract.officials.base.org_ref`, so that no country is guessed for the title.

Examples:
    >>> import spacy
    >>> doc = spacy.blank("en")("Ann Lee, head of the Joint Security Committee, spoke.")
    >>> unnamed_org(doc, 4, {})
    (9, 'span:21:45')
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span

from newsgraph.extract.lexicon import org_heads
from newsgraph.extract.officials.base import org_ref
from newsgraph.text import normalize_token

__all__ = ["unnamed_org"]

_INSIDE = frozenset({"and", "of", "for", "&"})
_LONGEST = 7


def unnamed_org(doc: Doc, k: int, covered: Mapping[int, Span]) -> tuple[int, str] | None:
    """(end, ``org_ref``) of the organization named after the link word at ``k``, or None."""
    if k + 2 >= len(doc) or doc[k].lower_ not in ("of", "for"):
        return None
    a = k + 2 if doc[k + 1].lower_ == "the" else k + 1
    b, last = a, None
    while b < len(doc) and b - a < _LONGEST and b not in covered and not doc[b].is_sent_start:
        tok = doc[b]
        if tok.is_alpha and tok.text[:1].isupper():
            last = b
        elif tok.lower_ not in _INSIDE:
            break
        b += 1
    if last is None or last - a < 1 or normalize_token(doc[last].text) not in org_heads("en"):
        return None
    return last + 1, org_ref(doc[a : last + 1])
