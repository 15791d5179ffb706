"""French appointments: a title or a portfolio that a verb gives to a person.

Cabinet news names a minister through the verb of the clause rather than next to the title: «X a été
nommé ministre de la Santé», «X, nommé vice-ministre», «X remplace Y au poste de ministre des Finances»,
«le poste de ministre des Finances a été confié à X», «le portefeuille de la Justice revient à X», «X
récupère le portefeuille de la Défense». The statistical parse links the title (or the post or portfolio
noun, «poste», «portefeuille», «ministère») to its verb; the verb's kind, from
``data/appointments_fr.tsv``, says which argument holds it. A portfolio gives the title «ministre» and
its complement («le portefeuille de la Marine marchande»: «ministre de la Marine marchande»). Without a
parse these rules find nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from newsgraph.extract.lexicon import rows
from newsgraph.extract.officials.base import Context
from newsgraph.extract.officials.fr_names import person_span, title_words
from newsgraph.text import fold_accents

__all__ = ["appointed", "portfolios"]

#: Records a portfolio's holder: (name tokens, portfolio tokens, title text).
AddPortfolio = Callable[[tuple[int, int], tuple[int, int], str], None]

_ARGS = frozenset({"xcomp", "obj", "obl", "obl:arg", "obl:mod", "nsubj", "nsubj:pass", "iobj"})
_TO = frozenset({"à", "au", "aux"})
_MINISTER = "ministre"
_MAX_PORTFOLIO = 8


@cache
def _kinds() -> dict[str, str]:
    """Lemma (or noun) -> kind of ``data/appointments_fr.tsv``."""
    return {r[0].strip(): r[1].strip() for r in rows("appointments_fr.tsv") if len(r) > 1}


def _verb_of(node: Token) -> Token | None:
    """The verb a title or a post noun is an argument of, bare or behind «à»/«au» («nommé au poste de»;
    not «promu du ministère de X», the post left)."""
    head = node.head
    if node.dep_ not in _ARGS or head is node or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "case" and c.lower_ not in _TO for c in node.children):
        return None
    return head


def _name_at(ctx: Context, tok: Token) -> tuple[int, int] | None:
    """The name a holder token stands for: its own, or the one apposed to a noun («au banquier X», «le
    ministre de la Justice, X, deviendra …», «M. X»)."""
    if tok.lower_ in title_words()["honorific"] and tok.i + 1 < len(ctx.doc):
        tok = ctx.doc[tok.i + 1]
    if tok.pos_ == "PROPN" or tok.text[:1].isupper():
        return person_span(ctx, tok.i)
    if tok.pos_ != "NOUN":
        return None
    appos = next((c for c in tok.subtree if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is not None:
        return person_span(ctx, appos.i)
    if tok.i + 1 < len(ctx.doc) and not ctx.first[tok.i + 1]:
        return person_span(ctx, tok.i + 1)  # «au conservateur X»
    return None


def _child(verb: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in verb.children if c.dep_ in deps), None)


def _holder(ctx: Context, verb: Token, kind: str, via: Token) -> tuple[int, int] | None:
    """The name of whoever the verb gives the post to; ``via`` is the title or post argument."""
    passive = _child(verb, ("aux:pass",)) is not None or verb.dep_ == "acl"
    holder: Token | None = None
    if kind == "appoint":
        holder = _child(verb, ("obj",)) if not passive else _child(verb, ("nsubj:pass",))
        if holder is via:
            holder = None
        if holder is None and verb.dep_ == "acl":
            holder = verb.head  # «X, nommé vice-ministre»
    elif kind in ("hold", "become", "receive"):
        holder = _child(verb, ("obl:agent",)) if passive else _child(verb, ("nsubj",))
    elif kind == "give":
        holder = next((c for c in verb.children if c.dep_ in ("obl:arg", "obl", "iobj") and c is not via
                       and any(g.dep_ == "case" and g.lower_ in _TO for g in c.children)), None)
    if holder is None or holder is via:
        return None
    return _name_at(ctx, holder)


def _through_post(node: Token, kinds: dict[str, str]) -> tuple[Token, str | None]:
    """A title in «le poste de ministre» climbs to the post noun; (argument, the post noun's kind)."""
    head = node.head
    if node.dep_ == "nmod" and head is not node and kinds.get(head.lower_) == "post":
        return head, "post"
    return node, None


def _copula(ctx: Context, root: Token) -> tuple[int, int] | None:
    """The holder of a title in a present or future copula: «X, qui sera ministre de l'Industrie», «X est
    ministre», «le nouveau ministre de la Culture est X» (a past «a été ministre» may be over)."""
    present = frozenset(form for form, kind in _kinds().items() if kind == "copula")
    cop = next((c for c in root.children if c.dep_ == "cop" and c.lower_ in present), None)
    if cop is not None and not any(c.dep_.startswith("aux") for c in root.children):
        subj = _child(root, ("nsubj",))
        if subj is not None and subj.lower_ == "qui":  # «X, qui sera ministre»: the name before the comma
            sp = ctx.covered.get(subj.i - 2) if subj.i >= 2 and ctx.doc[subj.i - 1].text == "," else None
            return (sp.start, sp.end) if sp is not None and sp.label_ == "PERSON" else None
        return _name_at(ctx, subj) if subj is not None and subj.pos_ != "PRON" else None
    head = root.head
    if root.dep_ in ("nsubj", "nsubj:pass") and head.pos_ == "PROPN" and any(
            c.dep_ == "cop" and c.lower_ in present for c in head.children):
        return _name_at(ctx, head)  # «le ministre de la Culture est X»
    return None


def appointed(ctx: Context, title: tuple[int, int]) -> tuple[int, int] | None:
    """The holder of the title at tokens ``title`` when a verb gives it: «X a été nommé ministre», «le
    poste de ministre est confié à X»; None without a parse."""
    if not ctx.doc.has_annotation("DEP"):
        return None
    kinds = _kinds()
    if (named := _copula(ctx, ctx.doc[title[0] : title[1]].root)) is not None:
        return named
    arg, post = _through_post(ctx.doc[title[0] : title[1]].root, kinds)
    verb = _verb_of(arg)
    if verb is None:
        obj = arg  # «le président a nommé X Premier ministre»: the parser may hang the title on X
        while obj.dep_ in ("nmod", "appos", "flat:name") and obj.head is not obj and obj.i - obj.head.i <= 4:
            obj = obj.head
        if obj is not arg and obj.dep_ == "obj" and kinds.get(obj.head.lemma_.lower()) == "appoint":
            return _name_at(ctx, obj)
        return None
    kind = kinds.get(verb.lemma_.lower())
    alone = kind in ("appoint", "become") and arg.dep_ in ("xcomp", "obj", "obl:mod")
    if kind is None or (post is None and not alone):
        return None  # «X reçoit le ministre» is a visit; a title alone needs «nommé» or «devient»
    return _holder(ctx, verb, kind, arg)


def portfolios(ctx: Context, add: AddPortfolio) -> None:
    """Ministers named with their portfolio: «le portefeuille de la Justice revient à X», «X récupère le
    portefeuille de la Défense», «le ministère des Finances est confié à X» give X «ministre de …»."""
    doc = ctx.doc
    if not doc.has_annotation("DEP"):
        return
    kinds, modifiers = _kinds(), title_words()["modifier"]
    for tok in doc:
        if kinds.get(tok.lower_) != "portfolio":
            continue
        verb = _verb_of(tok)
        kind = kinds.get(verb.lemma_.lower()) if verb is not None else None
        tail = next((c for c in tok.children if c.dep_ == "nmod" and c.i > tok.i), None)
        if verb is None or kind is None or tail is None:
            continue
        first, last = tail.left_edge.i, tail.right_edge.i
        last = next((t.i - 1 for t in doc[first + 1 : last + 1] if t.lower_ in _TO), last)  # «… à celui de»
        words = [t for t in doc[first : last + 1] if t.is_alpha and t.dep_ not in ("case", "det")]
        if first != tok.i + 1 or last - first >= _MAX_PORTFOLIO or not words or any(
                t.is_punct or t.pos_ in ("VERB", "AUX", "PRON") for t in doc[first : last + 1]):
            continue
        if not (words[0].text[:1].isupper() or fold_accents(words[0].lower_) in modifiers):
            continue  # «le portefeuille de la Justice», not «le ministère de son père»
        name = _holder(ctx, verb, kind, tok)
        if name is not None:
            add(name, (tok.i, last + 1), f"{_MINISTER} {doc[first : last + 1].text}")
