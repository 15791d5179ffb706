"""The person a French title with no name stands for: «Le secrétaire général demande», «a dit le ministre».

News names an official once with his title («Paul Girard, son secrétaire général», «le ministre de
l'Intérieur, Marc Lenoir», «le président Paul Girard») and later by the title alone («Le secrétaire
général demande au gouvernement ...»). :func:`titled_holder_fr` gives a singular definite title phrase
the person named with the same title earlier in the article: the only one, or, when several persons
hold that title, the only one whose title has every word of the phrase («le ministre de l'Intérieur»
among two ministers). A phrase that names a body or a country itself («le président syrien», «le
président de l'Assemblée») must find those words in the holder's title, whoever else holds the bare
title («le président», Barack Obama, is not «le président syrien»). An indefinite or plural title
(«un ministre», «les ministres») and a former one («l'ancien ministre») stand for nobody named.
The behaviour needs a French parse: tests/extract/test_fr_event_titles_reported.py shows it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import _M
from newsgraph.extract.events.phrases_fr import _case, _named_after_comma, _title_heads
from newsgraph.text import normalize_token

__all__ = ["titled_holder_fr"]

#: Definite determiners and possessives before a title that stands for one known person.
_THE = frozenset({"le", "la", "l'", "l’", "son", "sa"})
#: Words that make a title a past one («l'ancien ministre», «l'ex-président»): its holder is someone else.
_SKIPPED = frozenset({"ancien", "ancienne", "ex", "futur", "future", "prochain", "prochaine"})
#: Dependents whose words belong to a clause of their own, not to the title.
_CLAUSAL = ("acl", "acl:relcl", "ccomp", "advcl", "parataxis", "conj", "appos", "punct", "cc")
#: Dependents that name the same person as the title they hang on («le ministre X», «X, le ministre»).
_BESIDE = ("appos", "flat:name")


def titled_holder_fr(r: _Reader, tok: Token) -> _M | None:
    """The person the title phrase headed by ``tok`` stands for (see the module docstring), or None."""
    head = normalize_token(tok.text)
    if tok.pos_ != "NOUN" or head not in _title_heads() or "Plur" in tok.morph.get("Number", []):
        return None
    if not any(c.dep_ in ("det", "nmod:poss") and c.lower_ in _THE for c in tok.children):
        return None
    words, named = _title_words(r, tok)
    if words & _SKIPPED or any((m := r.mention_at.get(i)) is not None and m.label == "PERSON" for i in named):
        return None
    holders: dict[str, tuple[_M, set[str]]] = {}
    for x in r.doc[: tok.i]:
        if normalize_token(x.text) != head or x.pos_ != "NOUN":
            continue
        own, _ = _title_words(r, x)
        if (m := _holder(r, x)) is not None and not own & _SKIPPED:
            holders[m.ref] = (m, own | holders.get(m.ref, (m, set()))[1])
    fitting = [m for m, own in holders.values() if words <= own]
    if len(fitting) == 1:
        return fitting[0]
    return next(iter(holders.values()))[0] if len(holders) == 1 and not named else None


def _title_words(r: _Reader, tok: Token) -> tuple[set[str], list[int]]:
    """The words of the title phrase headed by ``tok`` (no articles, prepositions, clauses), and the
    tokens in it that a mention covers («le président syrien»: «syrien»)."""
    words: set[str] = set()
    named: list[int] = []
    stack = [tok]
    while stack:
        x = stack.pop()
        if x.is_alpha and x.pos_ not in ("DET", "ADP"):
            words.add(normalize_token(x.text))
        for part in x.text.lower().split("-")[:-1]:  # «l'ex-président»
            words.add(part)
        if x is not tok and x.i in r.mention_at:
            named.append(x.i)
        stack += [c for c in x.children if c.dep_ not in _CLAUSAL]
    return words, named


def _holder(r: _Reader, x: Token) -> _M | None:
    """The person title ``x`` is given to where it stands with his name: «X, son secrétaire général»,
    «le ministre de l'Intérieur, X», «le président X»."""
    if x.i in r.mention_at:
        return None
    if x.dep_ in _BESIDE and (m := r.mention_at.get(x.head.i)) is not None and m.label == "PERSON":
        return m
    for c in x.children:
        if c.dep_ in _BESIDE or (c.dep_ == "nmod" and not _case(c)):
            if (m := r.mention_at.get(c.i)) is not None and m.label == "PERSON":
                return m
    if (m := _named_after_comma(r, x)) is not None:
        return m
    after = r.mention_at.get(x.right_edge.i + 1)
    if after is not None and after.label == "PERSON" and after.start == x.right_edge.i + 1:
        return after  # «le président François Hollande» hung elsewhere by the parse
    first = x.left_edge.i
    before = r.mention_at.get(first - 2) if first >= 2 and r.doc[first - 1].text == "," else None
    return before if before is not None and before.label == "PERSON" and before.end == first - 1 else None

