"""A second portfolio joined to an Arabic minister's title: «وزير الثقافة والإعلام X» (:mod:`.ar` asks it).

Examples:
    >>> import spacy
    >>> from newsgraph.extract.officials.base import Context
    >>> from newsgraph.text import normalize_token
    >>> doc = spacy.blank("ar")("التقى وزير الخارجية و الوفد المرافق")
    >>> for t in doc:
    ...     t.norm_ = normalize_token(t.text)
    >>> doc.spans["ng_mentions"] = []
    >>> second_portfolio(Context(doc, "ar", None), 3) is None  # «والوفد المرافق»: no name after
    True
"""

from __future__ import annotations

from newsgraph.extract.officials.ar_names import AR_WORD, conj_glued, name_after
from newsgraph.extract.officials.ar_titles import courtesy
from newsgraph.extract.officials.base import Context

__all__ = ["second_portfolio"]


def second_portfolio(ctx: Context, k: int) -> tuple[tuple[int, int], int] | None:
    """A second portfolio joined by «و» to a title, then its holder's name: (name, where it starts).

    «وزير الثقافة والإعلام X», «وزير الشؤون البلدية والقروية X», «وزير الاتصالات وتقنية المعلومات X»:
    «و» and a definite word (or «و» glued to a noun, then a definite word), maybe one more definite
    word, and a name of two words (or one the model marks) right after them. Without the name the
    words are the sentence's («التقى وزير الخارجية والوفد المرافق»).
    """
    doc, norm = ctx.doc, ctx.norm
    if k + 2 >= len(doc) or any(ctx.first[j] or j in ctx.covered for j in (k, k + 1)):
        return None
    def plain_definite(j: int) -> bool:
        return norm[j].startswith("ال") and bool(AR_WORD.match(doc[j].text)) and norm[j] not in ctx.titles \
            and j not in ctx.covered and not ctx.first[j]
    if norm[k] == "و" and plain_definite(k + 1):
        j = k + 2
    elif conj_glued(doc[k]) and not norm[k].startswith("وال") and plain_definite(k + 1):
        j = k + 2  # «وتقنية المعلومات»
    else:
        return None
    if j < len(doc) and plain_definite(j) and name_after(ctx, j) is None:
        j += 1  # «والتنمية الاجتماعية»
    name = name_after(ctx, j)
    if name is None or name[0] != j and not courtesy(ctx, j):
        return None
    person = getattr(ctx.covered.get(name[0]), "label_", "") == "PERSON"
    return (name, j) if name[1] - name[0] >= 2 or person else None
