"""Arabic titles whose holder is named after a comma, past where the office sits (issue 16).

«مدير عام الصحة في محافظة عدن، سالم الخضر،», «المتحدث الرسمي للهلال الأحمر بالباحة، عماد الزهراني،»,
«المتحدث الرسمي لمديرية الدفاع المدني بمنطقة جازان، الرائد X،»: after the title (and up to two
definite adjectives of its body) a preposition
(«ب», «في», «ل», also glued) and a few words with no title, courtesy title, person or punctuation run
to a comma; then a rank or courtesy title may stand, and a name of two words or more that
punctuation closes. :func:`.ar.take_title` asks for it when no name follows the title directly.
:func:`quoted_past` finds a quoted name past the title's body the same way («مدير إدارة الكرة بفريق
الهلال الأول «X Y»»).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from newsgraph.extract.lexicon import (
    common_word_ar,
    known_given_names_ar,
    org_heads,
    person_particles,
)
from newsgraph.extract.lexicon import words as lexicon_words
from newsgraph.extract.officials.ar_name_words import clitic_pronoun, conj_glued, family_ba
from newsgraph.extract.officials.ar_names import AR_WORD, name_after
from newsgraph.extract.officials.ar_titles import AR_OF_PREPS, courtesy, match_title
from newsgraph.extract.officials.base import QUOTES, Context, org_ref, parse_org_ref, tok_end
from newsgraph.text import COMMAS, normalize_token

__all__ = ["name_past_comma", "quoted_past"]

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
    glued = _glued(doc[at].text)
    if ctx.norm[at] not in _PREPS and not glued:
        return None
    k = at if glued else at + 1
    while k < len(doc) and doc[k].text not in COMMAS:
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


def quoted_past(ctx: Context, at: int) -> tuple[int, int] | None:
    """A name of two words or more in quotation marks a few words past a title's material at ``at``,
    with only the title's body between: a preposition («ب», «في», «ل», «باسم», also glued) and the
    word after it, «و», definite words and mentions of bodies or places («مدير إدارة الكرة بفريق الهلال
    الأول «X Y»», «المتحدث باسم التنظيم "X Y Z"»). Another indefinite word or a stop word between
    («في مقابلة مع «...»») ends the search."""
    doc = ctx.doc
    links = _PREPS | ctx.vocab.get("link", frozenset()) | {"و"}
    for j in range(at, min(at + _MAX_WORDS, len(doc))):
        if j > at and doc[j].is_sent_start:
            return None
        if doc[j].text in QUOTES:
            if j == at or _names_body(ctx, j - 1):
                return None  # «لشركة «X Y»»: the quotes name the body, not its official
            name = name_after(ctx, j)
            if name is None or name[1] - name[0] < 2:
                return None
            if getattr(ctx.covered.get(name[0]), "label_", "") == "PERSON":
                return name  # the model reads the quoted words as a person's name
            return name if all(_name_shaped(ctx, x) for x in range(*name)) else None
        sp = ctx.covered.get(j)
        norm, text = ctx.norm[j], doc[j].text
        body = sp is not None and sp.label_ in ("ORGANIZATION", "PLACE", "COUNTRY")
        glued = _glued(text)
        after_link = j > at and ctx.norm[j - 1] in _PREPS and norm in _body_heads()  # «ب فريق»
        definite = norm.startswith("ال") and AR_WORD.match(text) is not None
        if not (body or norm in links or definite or glued or after_link):
            return None
    return None


def _names_body(ctx: Context, k: int) -> bool:
    """Token ``k`` is a body's indefinite head noun, maybe behind a glued «ب»/«ل» («شركة», «لشركة»): the
    quotes after it are the body's name (not after «التنظيم»: «المتحدث باسم التنظيم "X Y"»)."""
    text = ctx.doc[k].text
    heads = _body_heads()
    if ctx.norm[k].startswith("ال"):
        return False
    return ctx.norm[k] in heads or _glued(text) and normalize_token(text[1:]) in heads


def _glued(text: str) -> bool:
    """A word of three letters or more behind a glued «ب» or «ل» («بمنطقة», «لشركة»)."""
    return text[:1] in "بل" and len(text) > 3 and AR_WORD.match(text) is not None


@cache
def _body_heads() -> frozenset[str]:
    """Head nouns of bodies, of government or not («وزارة», «فريق», «شركة»), and place designators."""
    private, seats = lexicon_words("title_private_bodies_ar.txt"), lexicon_words("place_designators_ar.txt")
    return org_heads("ar") | private | seats


def _name_shaped(ctx: Context, k: int) -> bool:
    """A quoted word that may be part of a name: no mention of a body, common word, noun with a
    pronoun suffix or word with a glued «و» («عطر امرأة», «إعجابه وتقديره», «X وY» are no names)."""
    tok = ctx.doc[k]
    if getattr(ctx.covered.get(k), "label_", "") in ("ORGANIZATION", "COUNTRY"):
        return False
    if ctx.norm[k] in person_particles("ar") or ctx.norm[k] in known_given_names_ar():
        return True
    return not (common_word_ar(tok.text) or clitic_pronoun(tok) and not family_ba(tok) or conj_glued(tok))
