"""French «condamner» read from the parse: a verdict when the verb gives a penalty, a Statement otherwise.

«condamner» both condemns («le ministre a condamné l'attaque»: a Statement) and sentences («le tribunal a
condamné X à trois ans de prison»: a Sentence). The trigger table (``data/triggers_fr.tsv``) sees the
sentence only when the penalty follows the verb within a few words; a long object puts it further
(«a condamné mercredi l'ancien ministre de l'Information, X, à sept ans de prison»). With a parse, the
penalty is an «à» phrase whose noun is a ``penalty`` word of ``data/events_cues_fr.tsv`` (prison, years,
death, fine), hung on the verb or inside its object («l'homme d'affaires X à trois ans»): the speech
trigger is then the Sentence verb, whose subject is the court and object the sentenced.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from newsgraph.extract.events.lexicons import TriggerMatch

__all__ = ["verdicts_fr"]

_VERB = "condamner"
#: «à», and «a» for it where a text lost the accent («condamné a 5 ans»)
_TO = frozenset({"à", "a"})
#: a verb's dependents that hold its penalty, directly or inside its object
_INSIDE = ("nmod", "appos", "conj", "flat:name")
_HOLDERS = ("obj", "obl", "obl:arg", "obl:mod", "nsubj:pass", "iobj", "dep")


def _penalty(node: Token, penalties: frozenset[str]) -> bool:
    """Whether ``node`` is a penalty noun behind «à» («à trois ans», «à la prison», «à mort»)."""
    to = any(c.dep_ == "case" and c.lower_ in _TO for c in node.children)
    return to and node.lemma_.lower() in penalties


def _gives_penalty(verb: Token, penalties: frozenset[str]) -> bool:
    """Whether ``verb`` or its object names a penalty after «à», without crossing into another clause."""
    todo = [c for c in verb.children if c.dep_ in _HOLDERS]
    while todo:
        node = todo.pop()
        if _penalty(node, penalties):
            return True
        todo += [c for c in node.children if c.dep_ in _INSIDE or c.dep_ in _HOLDERS and c.pos_ != "VERB"]
    return False


def verdicts_fr(
    doc: Doc, trigs: Sequence[TriggerMatch], cues: Mapping[str, frozenset[str]]
) -> list[TriggerMatch]:
    """``trigs`` with each speech trigger «condamner» that gives a penalty read as a Sentence verb, unless the
    trigger table already found the Sentence there."""
    penalties = cues.get("penalty", frozenset())
    sentenced = {t.start for t in trigs if t.type == "Sentence"}
    out: list[TriggerMatch] = []
    for t in trigs:
        tok = doc[t.start]
        if t.kind == "S" and t.end - t.start == 1 and tok.lemma_.lower() == _VERB and tok.pos_ == "VERB" \
                and _gives_penalty(tok, penalties):
            if t.start in sentenced:
                continue
            t = dataclasses.replace(t, type="Sentence", kind="V")
        out.append(t)
    return out
