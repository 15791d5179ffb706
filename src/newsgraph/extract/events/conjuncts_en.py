"""Who undergoes an English passive verb joined to an earlier verb without a subject of its own.

"Mugabe co-founded the union but was arrested in 1963", "X was detained and was later charged": the
passive conjunct's subject is the subject of the verb it is joined to (walking up a chain of joined
verbs, "... was arrested and was imprisoned"), and a passive subject takes the object role (who was
arrested, charged, attacked). :func:`passive_conjunct_subject` finds that subject for
:func:`newsgraph.extract.events.deps.dep_roles`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["passive_conjunct_subject", "shared_passive"]

#: labels of a subject of its own (the English parser's)
_OWN = ("nsubj", "nsubjpass", "csubj", "expl")


def passive_conjunct_subject(verb: Token) -> Token | None:
    """The subject of the verb a passive ``verb`` (one with an auxiliary, "was arrested") is joined to,
    when neither it nor the verbs between have one of their own; None otherwise."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    tok, seen = verb, 0
    while tok.dep_ == "conj" and seen < 3:
        if any(c.dep_ in _OWN for c in tok.children):
            return None
        tok, seen = tok.head, seen + 1
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return None


def shared_passive(verb: Token, passive: Callable[[Token], bool]) -> Token | None:
    """The passive verb (``passive`` tells) a bare participle is joined to, sharing its auxiliary and
    subject ("was arrested and banned"), or None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    return verb.head if passive(verb.head) else None
