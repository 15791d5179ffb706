"""Arabic titles whose holder is named after a comma, past where the office sits (issue 16).

«مدير عام الصحة في محافظة عدن، سالم الخضر،», «المتحدث الرسمي للهلال الأحمر بالباحة، عماد الزهراني،»,
«المتحدث الرسمي لمديرية الدفاع المدني بمنطقة جازان، الرائد X،»: after the title (and up to two
definite adjectives of its body) a preposition
(«ب», «في», «ل», also glued) and a few words with no title, courtesy title, person or punctuation run
to a comma; then a rank or courtesy title may stand, and a name of two words or more that
punctuation closes. :func:`.ar.take_title` asks for it when no name follows the title directly.
"""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.extract.officials.ar_names import AR_WORD, name_after
from newsgraph.extract.officials.ar_titles import AR_OF_PREPS, courtesy, match_title
from newsgraph.extract.officials.base import Context, org_ref, parse_org_ref, tok_end

__all__ = ["name_past_comma"]

_COMMAS = {"،", ","}
#: The prepositions that join a body to the title before the comma («مدير ... بمحافظة جدة،»): those of
#: ar_titles.AR_OF_PREPS but «لدى».
_PREPS = frozenset(AR_OF_PREPS - {"لدي"})
#: words between the preposition and the comma: «بمنطقة مكة المكرمة», «في جامعة الملك سعود بالرياض»
_MAX_WORDS = 6

Group = list[tuple[int, int, str | None]]


def name_past_comma(
    ctx: Context,
    last: tuple[int, int, str | None],
    at: int,
    group_of: Callable[[Context, int, int, str | None, int], tuple[Group, int]],
) -> tuple[tuple[int, int], int, Group] | None:
    """The name after the comma that ends the place words of the title ``last`` from ``at``, or None.

    Returns (name, where its titles end, the titles: ``last``, with the adjectives it ran past, and the
    rank or courtesy titles after the comma, grouped by ``group_of``, :func:`.ar._title_group`).
    """
    doc = ctx.doc
    start = at
    while at < len(doc) and at - start < 2 and ctx.norm[at].startswith("ال") and AR_WORD.match(doc[at].text) \
            and at not in ctx.covered and not doc[at].is_sent_start:
        at += 1  # «لمديرية الدفاع [المدني] بمنطقة ...»: the body's adjective that ran past its mention
    if at >= len(doc) or doc[at].is_sent_start:
        return None
    glued = doc[at].text[:1] in "بل" and len(doc[at].text) > 3 and bool(AR_WORD.match(doc[at].text))
    if ctx.norm[at] not in _PREPS and not glued:
        return None
    k = at if glued else at + 1
    while k < len(doc) and doc[k].text not in _COMMAS:
        person = getattr(ctx.covered.get(k), "label_", "") == "PERSON"
        if k - at > _MAX_WORDS or doc[k].is_sent_start or not AR_WORD.match(doc[k].text) \
                or ctx.norm[k] in ctx.vocab["head"] or courtesy(ctx, k) or person:
            return None
        k += 1
    c = k + 1  # the word after the comma
    if k == at or c >= len(doc) or doc[c].is_sent_start:
        return None
    group: Group = []
    past = c
    if courtesy(ctx, c) and (title := match_title(ctx, c)) is not None:
        group, past = group_of(ctx, *title)  # «، الرائد X»: the rank is a title of its own
    name = name_after(ctx, past)
    if name is None or name[1] - name[0] < 2:
        return None
    if name[1] < len(doc) and not (doc[name[1]].is_punct or doc[name[1]].is_sent_start):
        return None  # «، اليوم الاثنين المعرض»: a name is closed by punctuation
    t0, t1, of = last
    if at > start and t1 == start:  # the title and its body take the adjectives in
        t1 = at
        ref = parse_org_ref(of)
        a = ref[0] if ref is not None else -1
        first = next((j for j in range(t0, start) if doc[j].idx <= a < tok_end(doc[j])), None)
        if ref is not None and first is not None and ref[1] == tok_end(doc[start - 1]):
            of = org_ref(doc[first:at], ref[0] - doc[first].idx)
    return name, past, [(t0, t1, of), *group]
