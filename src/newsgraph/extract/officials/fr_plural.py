"""The other holders of a French plural title after its first name.

«les ministres des Affaires étrangères iranien X et saoudien Y», «les chefs de la diplomatie iranienne, X, et
saoudienne, Y»: each name takes the nationality adjective before it, else the title's own ``of``; names
after a title with several nationalities take them in order («les ministres américain et français …, X et Y»).
A list may also leave the head out and give each name its own portfolio: «les ministres de l'Intérieur, X,
et de la Défense, Y» makes Y «ministre de la Défense» (the head in the singular, then the portfolio as
written).
"""

from __future__ import annotations

from newsgraph.extract.officials.base import AddOfficial, Context
from newsgraph.extract.officials.fr_names import folded_keys, person_span, plural_head, title_words

__all__ = ["coordinated_holders"]


def coordinated_holders(
    ctx: Context, k: int, title: tuple[int, int], of: str | None, add: AddOfficial
) -> None:
    """Record the holders named after the first one (token ``k`` ends his name) of plural ``title``."""
    from newsgraph.extract.officials.fr import _owner_at

    doc, keys = ctx.doc, folded_keys(ctx)
    # «les ministres américain et français des Affaires étrangères, X et Y»: each name its country, in order
    owners = [m.kb_id_ for x in range(title[0], k) if (m := ctx.starts.get(x)) is not None
              and m.label_ == "COUNTRY" and m.kb_id_ and doc[x].text[:1].islower()]
    nth = 1  # the holder being read: the first (0) took the title's own ``of``
    while k < len(doc):
        j = k + 1 if doc[k].text == "," else k
        if j >= len(doc) or keys[j] != "et" or ctx.first[j]:
            return
        j += 1
        own, text = owners[nth] if len(owners) > nth else of, None
        nth += 1
        adjective = _owner_at(ctx, j) if j < len(doc) and doc[j].text[:1].islower() else None
        if adjective is not None and j in ctx.starts and ctx.starts[j].label_ == "COUNTRY":
            own, j = adjective[0], adjective[1]
        elif (portfolio := _portfolio(ctx, j)) is not None:
            text = f"{_singular(ctx, title)} {doc[j:portfolio].text}"  # «et de la Défense, Y»
            j = portfolio
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j >= len(doc) or ctx.first[j]:
            return
        name = person_span(ctx, j)
        if name is None:
            return
        add(name, title, own, "title-name", text)
        k = name[1]


def _portfolio(ctx: Context, j: int) -> int | None:
    """Where a portfolio that a list gives without its head ends: a link and title modifiers («de la Défense»,
    «des Affaires étrangères») followed by a comma; None when no such phrase starts at ``j``."""
    doc, keys, words = ctx.doc, folded_keys(ctx), title_words()
    k = j
    while k < len(doc) and k - j < 2 and keys[k] in words["link"]:
        k += 1
    first = k
    while k < len(doc) and keys[k] in words["modifier"] and k not in ctx.covered:
        k += 1
    return k if j < first < k < len(doc) and doc[k].text == "," else None


def _singular(ctx: Context, title: tuple[int, int]) -> str:
    """The head of a plural title in the singular («ministres» → «ministre»)."""
    keys = folded_keys(ctx)
    for x in range(*title):
        if plural_head(keys[x]):
            return ctx.doc[x].text[:-1]
    return ctx.doc[title[0]].text
