"""What may stand between a French title and its holder's name, beyond the title words the list knows.

* a lower-case portfolio after a minister's «du», «de la», «de l'» or «des»: «le ministre du budget», «le
  ministre du redressement productif» (a noun and its adjectives, kept in the title); the ``not_portfolio``
  nouns of ``data/titles_fr.tsv`` («le ministre de l'époque», «le ministre du pays») are none;
* an acronym in brackets after the owner: «le président de la Fédération bretonne des apiculteurs
  (FBA), X»;
* a named place after «de» that the office governs, then a comma and the name: «la première ministre du
  Québec, X» (the place is the position's ``of``);
* a complement up to the comma before the name: «le porte-parole de la coalition, X», «le chef du Conseil
  national syrien (CNS), X» (an organization in the brackets is the position's ``of``).

A plural head after a preposition («face aux députés de l'opposition, X», «le président du Conseil des
ministres X») is part of a complement, not a title of its own: :func:`plural_in_complement`.
"""

from __future__ import annotations

from newsgraph.extract.officials.base import Context, of_id
from newsgraph.extract.officials.fr_names import folded_keys, title_words

__all__ = [
    "bracket_org",
    "lower_portfolio",
    "past_brackets",
    "past_complement",
    "place_then_name",
    "plural_in_complement",
]

#: links that carry an article («du», «des», «de la», «de l'»); a bare «de» («ministre de tutelle») is none
_ARTICLED = frozenset({"du", "des"})
_ARTICLES = frozenset({"la", "l'", "l’"})
_PREPOSITIONS = frozenset({"des", "aux", "de", "du", "d'", "d’", "a", "au"})
_MAX_BRACKETS = 5
_MAX_COMPLEMENT = 6


def lower_portfolio(ctx: Context, link: int, j: int, end: int) -> int:
    """How many tokens from ``j`` (after the link run from ``link``) are a lower-case portfolio of the
    minister's title ending at ``end``: a noun that no mention covers and its lower-case adjectives."""
    doc, keys, words = ctx.doc, folded_keys(ctx), title_words()
    if j >= len(doc) or keys[end - 1] not in words.get("portfolio", frozenset()):
        return 0
    articled = keys[link] in _ARTICLED or (j - link == 2 and keys[link + 1] in _ARTICLES)
    tok = doc[j]
    if not articled or tok.pos_ != "NOUN" or not tok.is_lower or not tok.is_alpha or j in ctx.covered \
            or ctx.first[j] or keys[j] in words.get("not_portfolio", frozenset()):
        return 0
    n = 1
    while j + n < len(doc) and doc[j + n].pos_ == "ADJ" and doc[j + n].is_lower and j + n not in ctx.covered:
        n += 1
    return n


def past_brackets(ctx: Context, k: int) -> int:
    """Past an acronym or short gloss in brackets right at ``k`` («(FBA)»); ``k`` itself when none."""
    doc = ctx.doc
    if k >= len(doc) or doc[k].text != "(":
        return k
    for j in range(k + 1, min(k + _MAX_BRACKETS + 1, len(doc))):
        if doc[j].text == ")":
            return j + 1 if j > k + 1 else k
        if ctx.first[j] or not (doc[j].is_alpha or doc[j].text in ("-", "'")):
            return k
    return k


def place_then_name(ctx: Context, k: int) -> tuple[str, int] | None:
    """(the place's id, the comma after it) when «de»/«du» at ``k`` introduces a named place the title
    governs and a comma follows it: «la première ministre [du Québec], X»."""
    doc, keys, links = ctx.doc, folded_keys(ctx), title_words()["link"]
    if k >= len(doc) or keys[k] not in links or ctx.first[k]:
        return None
    j = k + 1
    if j < len(doc) and keys[j] in _ARTICLES:
        j += 1
    m = ctx.starts.get(j)
    if m is None or m.label_ != "PLACE" or not m.kb_id_ or not m.text[:1].isupper():
        return None
    comma = past_brackets(ctx, m.end)
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    return m.kb_id_, comma


def plural_in_complement(ctx: Context, i: int) -> bool:
    """Whether a plural head at ``i`` follows a preposition («aux députés», «des ministres»): the
    complement of another phrase, which names no holder."""
    keys = folded_keys(ctx)
    return i > 0 and keys[i - 1] in _PREPOSITIONS and not ctx.first[i]


def past_complement(ctx: Context, k: int) -> int | None:
    """The comma after a complement of a title that names no owner the title rules know: lower-case
    («de la coalition», «de la brigade blindée») or a name no mention covers, with its nationality
    adjective and an acronym in brackets («du Conseil national syrien (CNS)»); up to six words from a link
    word."""
    doc, keys, links = ctx.doc, folded_keys(ctx), title_words()["link"]
    if k >= len(doc) or keys[k] not in links:
        return None
    for j in range(k + 1, min(k + _MAX_COMPLEMENT + 1, len(doc))):
        tok = doc[j]
        if tok.text in (",", "(") and j > k + 1 and doc[j - 1].is_alpha and keys[j - 1] not in links:
            comma = past_brackets(ctx, j)
            return comma if comma < len(doc) and doc[comma].text == "," else None
        sp = ctx.covered.get(j)
        word = tok.is_lower and tok.is_alpha and tok.pos_ in ("NOUN", "ADJ")
        named = tok.is_alpha and tok.text[:1].isupper() and (sp is None or sp.label_ == "PLACE")
        demonym = sp is not None and sp.label_ == "COUNTRY" and tok.is_lower and j > k + 1
        if ctx.first[j] or not (keys[j] in links or word or named or demonym):
            return None
    return None


def bracket_org(ctx: Context, comma: int) -> str | None:
    """The organization an acronym in brackets right before ``comma`` names («(CNS),»), or None."""
    doc = ctx.doc
    if comma < 3 or doc[comma - 1].text != ")":
        return None
    for j in range(comma - 2, max(comma - _MAX_BRACKETS - 2, 0), -1):
        if doc[j].text == "(":
            m = ctx.starts.get(j + 1)
            return of_id(m) if m is not None and m.label_ == "ORGANIZATION" and m.end == comma - 1 else None
    return None
