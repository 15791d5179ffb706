"""Arabic dual and plural titles with a list of names: each name holds the singular title.

«وزيرا خارجية مصر والأردن سامح شكري وأيمن الصفدي» (the countries in the order of the names),
«وزيرا الخارجية المصري سامح شكري والأردني أيمن الصفدي» (each name after its own nationality
adjective), «وزراء خارجية السعودية والإمارات والبحرين X وY وZ», «اجتماعا ضم مستشاريه X، وY» (a
plural with a pronoun suffix: the «of» is left to the sentence). The dual and plural heads and their
singulars are ``data/titles_ar_plural.tsv``; the title a name gets is made singular by
:func:`newsgraph.extract.officials.find.titles_for_position`.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.extract.lexicon import title_plurals_ar, title_singular_ar
from newsgraph.extract.officials.ar_names import conj_glued, name_after
from newsgraph.extract.officials.ar_titles import courtesy
from newsgraph.extract.officials.base import Context

__all__ = ["Listed", "listed_officials"]

_JOINS = {"و", "،", ","}
_OF_LABELS = ("COUNTRY", "ORGANIZATION")

#: the title's tokens, each name with its own «of», and the token after the last name
Listed = tuple[tuple[int, int], list[tuple[tuple[int, int], str | None]], int]


def _joined(ctx: Context, k: int) -> bool:
    """A «و» or comma at ``k`` that joins two items of a list in one sentence."""
    return k + 1 < len(ctx.doc) and ctx.norm[k] in _JOINS and not ctx.first[k + 1]


def _bodies(ctx: Context, k: int) -> tuple[list[Span], int]:
    """The countries or organizations listed from ``k`` («مصر والأردن»), and the token after them."""
    found: list[Span] = []
    while k < len(ctx.doc) and not ctx.first[k]:
        m = ctx.starts.get(k)
        if m is None or m.label_ not in _OF_LABELS or not m.kb_id_:
            break
        found.append(m)
        k = m.end
        if not (_joined(ctx, k) and (m2 := ctx.starts.get(k + 1)) is not None and m2.label_ in _OF_LABELS):
            break
        k += 1
    return found, k


def _name(ctx: Context, k: int) -> tuple[int, int] | None:
    """A name of two words or more, or one the model marks, at ``k`` after any courtesy titles
    («الدكتور», «والمهندس»); a name glued to «و» too."""
    while k + 1 < len(ctx.doc) and courtesy(ctx, k) and not ctx.first[k + 1]:
        k += 1
    sp = ctx.starts.get(k)
    if sp is not None and sp.label_ == "PERSON" and (len(sp) >= 2 or conj_glued(ctx.doc[k])):
        return k, sp.end
    name = name_after(ctx, k)
    if name is None or name[0] != k:
        return None
    model = ctx.covered.get(name[0])
    return name if name[1] - name[0] >= 2 or model is not None and model.label_ == "PERSON" else None


def listed_officials(ctx: Context, i: int) -> Listed | None:
    """The officials a dual or plural title at ``i`` introduces, two names or more, or None.

    The «of» of the names are the countries named after the title when there are as many as
    names (in the same order), or the nationality adjective before each name.
    """
    doc, words = ctx.doc, ctx.vocab["word"]
    if title_singular_ar(ctx.norm[i]) is None:
        return None
    suffixed = ctx.norm[i] not in title_plurals_ar()  # «مستشاريه»: his advisers, named next
    k = i + 1
    while k < len(doc) and not ctx.first[k] and (
        ctx.norm[k] in words or ctx.norm[k] == "و" and k + 1 < len(doc) and ctx.norm[k + 1] in words
    ):
        k += 1  # the portfolio: «خارجية», «الخارجية والدفاع»
    title = (i, k)
    bodies, k = _bodies(ctx, k)
    if title[1] == i + 1 and not bodies and not suffixed:
        return None  # «الوزراء» alone (of «مجلس الوزراء»): no title of its own
    names: list[tuple[tuple[int, int], str | None]] = []
    while k < len(doc) and not ctx.first[k]:
        own = None
        m = ctx.starts.get(k)
        if m is not None and m.id_ == "demonym" and m.kb_id_ and (not names or len(bodies) <= 1):
            own, k = m.kb_id_, m.end  # «المصري سامح شكري والأردني أيمن الصفدي»
        name = _name(ctx, k) if k < len(doc) else None
        if name is None:
            break
        names.append((name, own))
        k = name[1]
        if not _joined(ctx, k):
            break
        k += 2 if ctx.norm[k] in ("،", ",") and ctx.norm[k + 1] == "و" else 1  # «X، وY»
    if len(names) < 2:
        return None
    if len(bodies) == len(names):
        names = [(name, bodies[n].kb_id_) for n, (name, _) in enumerate(names)]
    elif len(bodies) == 1 and bodies[0].id_ == "demonym" and names[0][1] is None:
        names[0] = (names[0][0], bodies[0].kb_id_)  # «وزيرا الخارجية المصري X والأردني Y»
    end = names[-1][0][1]
    return title, names, end
