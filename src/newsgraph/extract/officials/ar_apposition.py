"""Arabic titles in a clause after the name: «وقال X وهو متحدث باسم الجيش», «X، وهي مستشارة الرئيس».

News often introduces a person first and says what office they hold in a circumstantial clause
right after the name: «وهو» / «وهي» ("he being", "she being"), maybe after a comma, then a
title. The title is the name's, with the ``of`` the title states. Only a title that starts right
after the pronoun counts, and not one that introduces a name of its own («وهو وزير الخارجية Y»
is about Y).

Examples:
    >>> _PRONOUNS
    frozenset({'وهو', 'وهي'})
"""

from __future__ import annotations

from collections.abc import Iterable

from newsgraph.extract.officials import ar_titles
from newsgraph.extract.officials.ar_names import name_after
from newsgraph.extract.officials.base import Context

__all__ = ["clause_titles"]

_PRONOUNS = frozenset({"وهو", "وهي"})
_COMMAS = {"،", ","}


def clause_titles(
    ctx: Context, names: Iterable[tuple[int, int]]
) -> list[tuple[tuple[int, int], tuple[int, int], str | None]]:
    """(name, title tokens, of) for each name (token range) followed by «وهو»/«وهي» and a title."""
    doc = ctx.doc
    out = []
    for a, b in names:
        k = b + int(b < len(doc) and doc[b].text in _COMMAS)
        if k + 1 >= len(doc) or ctx.norm[k] not in _PRONOUNS or doc[k + 1].is_sent_start:
            continue
        m = ar_titles.match_title(ctx, k + 1)
        if m is None:
            continue
        after = name_after(ctx, m[3])
        if after is not None and getattr(ctx.covered.get(after[0]), "label_", "") == "PERSON":
            continue  # «وهو وزير الخارجية Y»: the title is Y's
        out.append(((a, b), (m[0], m[1]), m[2]))
    return out
