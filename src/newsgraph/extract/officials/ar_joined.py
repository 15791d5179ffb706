"""Arabic offices joined by «و» before one name (issue 16, other outlets).

«رئيس الوزراء ووزير الخارجية القطري، X», «المتحدث الرسمي باسم الوزارة ومدير إدارة الإعلام السفير X»:
an office of two words or more, «و», and a second office, then one name: the man holds both (two men
would each have their name: «رئيس الوزراء X ووزير الخارجية Y»). :func:`.ar.take_title` asks for it
when no name follows the first office; the offices are joined only when a name follows the second
(right after it, or after a comma), so «X، رئيس الوزراء ووزير الخارجية» keeps the second office for
the title rules that come next, and a bare word («الرئيس ووزير الخارجية X») joins nothing: the
president may be someone the article named before.
"""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.extract.officials.ar_names import name_after, name_before
from newsgraph.extract.officials.ar_titles import match_title, rank_or_noble
from newsgraph.extract.officials.base import Context
from newsgraph.text import COMMAS

__all__ = ["joined_office"]


Group = list[tuple[int, int, str | None]]


def joined_office(
    ctx: Context,
    group: Group,
    at: int,
    group_of: Callable[[Context, int, int, str | None, int], tuple[Group, int]],
) -> tuple[Group, int] | None:
    """The offices of ``group`` (one office, ending where ``at`` is «و») with the office after «و» and
    whatever is stacked on it (grouped by ``group_of``, :func:`.ar._title_group`), and where they end;
    None unless a name follows them."""
    doc = ctx.doc
    if len(group) != 1 or group[0][1] - group[0][0] < 2 or at + 1 >= len(doc) or ctx.norm[at] != "و" \
            or doc[at + 1].is_sent_start or rank_or_noble(ctx, at + 1):
        return None
    t0 = group[0][0]
    person_before = getattr(ctx.covered.get(t0 - 1), "label_", "") == "PERSON"
    if person_before or name_before(ctx, t0, model_ok=True) is not None:
        return None  # «X القائد العسكري في الجبهة والقيادي Y»: the first office is the name's before it
    nxt = match_title(ctx, at + 1)
    if nxt is None or nxt[0] != at + 1:
        return None
    more, past = group_of(ctx, *nxt)
    name = name_after(ctx, past)
    if name is None and past + 1 < len(doc) and doc[past].text in COMMAS:
        name = name_after(ctx, past + 1)
        if name is not None and name[1] - name[0] < 2:
            name = None
    if name is None:
        return None
    first = group[0]
    if first[2] is None:  # «رئيس الوزراء ووزير الخارجية القطري»: the country stated once is both offices'
        first = (first[0], first[1], next((of for _, _, of in more if of is not None), None))
    return [first, *more], past
