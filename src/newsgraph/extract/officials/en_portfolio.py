"""English portfolios written before a capitalised title head: "Emergencies Minister X", "Civil Aviation
Minister X", "Press Secretary X", "Road Transport and Bridges Minister X".

The title lexicon (``data/titles_en.tsv``) cannot list every portfolio, so capitalised words right
before a capitalised head, in the same sentence, that no mention covers and that are not known words
(``data/person_stopwords_en.txt``, places, countries, organizations of the knowledge base), not
acronyms ("NTSB spokesman": an organization) nor the party and time words of ``not_portfolio`` in
``data/en_rules.tsv`` ("Republican Senator", "Incumbent President"), belong to the title, up to
three of them (an "and" between two of them too). With a parse, each must be a noun, a
proper noun or an adjective ("Later Minister X" keeps "Minister"). Not in a title-case headline, where
every word is capitalised.

Examples:
    >>> import spacy
    >>> from newsgraph.extract.officials.base import Context
    >>> doc = spacy.blank("en")("He was told by Emergencies Minister Ivan Petrov of the toll.")
    >>> ctx = Context(doc, "en", None)
    >>> portfolio_before(ctx, 5, lambda k: k not in ctx.covered, lambda k: False)
    4
"""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.extract.en_rules import en_words
from newsgraph.extract.officials.base import Context

__all__ = ["portfolio_before"]

_MAX_WORDS = 3
_POS = ("PROPN", "NOUN", "ADJ")


def portfolio_before(
    ctx: Context, i: int, free: Callable[[int], bool], headline: Callable[[int], bool]
) -> int:
    """Where a title whose capitalised head is at ``i`` starts once the portfolio before it is taken in.

    ``free(k)``: token ``k`` may be title material (no mention covers it); ``headline(k)``: token ``k`` is
    in a title-case line."""
    doc = ctx.doc
    head = doc[i]
    if not (head.text[:1].isupper() and head.lower_ in ctx.vocab["head"]) or headline(i):
        return i
    tagged = doc.has_annotation("TAG")
    mods = ctx.vocab["modifier"]
    j, words = i, 0
    while j > 0 and words < _MAX_WORDS and not doc[j].is_sent_start:
        tok = doc[j - 1]
        if tok.lower_ in ("and", "&") and words and j >= 2 and doc[j - 2].text[:1].isupper():
            j -= 1
            continue
        capital = tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()
        if tok.lower_ in en_words("not_portfolio") or j >= 2 and doc[j - 2].text == "-":
            break  # "Republican Senator", "ABS-CBN CEO"
        if not (capital and free(tok.i) and (tok.lower_ in mods or not ctx.is_known(tok))):
            break
        if tagged and tok.pos_ not in _POS:
            break
        j -= 1
        words += 1
    return j + 1 if doc[j].lower_ in ("and", "&") else j
