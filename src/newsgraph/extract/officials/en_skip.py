"""What the English title rules read past between a title and a name: a short bracket ("(MoFA)"), courtesy
titles ("Dr.", "Eng.").

Examples:
    >>> import spacy
    >>> past_brackets(spacy.blank("en")("Minister (MoFA), Ann Lee"), 1)
    4
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.officials.base import Context

__all__ = ["past_brackets", "past_honorific"]


def past_brackets(doc: Doc, k: int) -> int:
    """Where the text goes on after a short bracket at ``k`` ("(MoFA)"), else ``k``."""
    if k < len(doc) and doc[k].text == "(":
        for j in range(k + 1, min(k + 5, len(doc))):
            if doc[j].text == ")":
                return j + 1
    return k


def past_honorific(ctx: Context, k: int) -> int:
    """Where a name starts at ``k`` once courtesy titles ("Dr.", "Eng.") are passed over."""
    doc, honorific = ctx.doc, ctx.vocab.get("honorific", frozenset())
    while k + 1 < len(doc) and doc[k].lower_ in honorific:
        k += 2 if doc[k + 1].text == "." and k + 2 < len(doc) else 1
    return k
