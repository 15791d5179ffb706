"""What an Arabic model's person span may start with that is no part of the name.

A nationality adjective («[الأذري] يعقوب أيابوف»), a country's name before two name words (a title's
genitive: «وزير خارجية [إيران] X Y») and a word for "his counterpart" with its adjective («[نظيره
المصري] X Y»): :func:`strip_leading_demonym` cuts them off (:class:`.ner_ar.ArabicNERLinker` asks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsgraph.extract.lexicon import words
from newsgraph.extract.ner_ar_names import is_demonym
from newsgraph.text import clitic_splits

if TYPE_CHECKING:
    from newsgraph.kb import KnowledgeBase

__all__ = ["strip_leading_demonym"]


def strip_leading_demonym(kb: KnowledgeBase, ent: Span) -> Span:
    """«الأذري يعقوب أيابوف» -> «يعقوب أيابوف»: a nationality adjective does not start a name, nor does a
    country's name before two name words («وزير خارجية [إيران] عباس عراقجي»: the title's genitive), nor
    a word for "his counterpart" («[نظيره المصري] X Y»)."""
    start = ent.start
    while ent.end - start > 2 and _counterpart(ent.doc[start]):
        start += 1  # «[نظيره] المصري X Y»: "his counterpart" and the adjective of the counterpart rules
    while ent.end - start > 1 and is_demonym(kb, ent.doc[start].text) \
            or ent.end - start > 2 and _country_name(kb, ent.doc[start].text):
        start += 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)


def _counterpart(tok: Token) -> bool:
    """«نظيره», «ونظيره», «بنظيرته»: a word for "his counterpart" (``data/counterparts_ar.txt``), no name."""
    found = words("counterparts_ar.txt")
    return tok.norm_ in found or any(rest in found for _, rest in clitic_splits(tok.norm_))


def _country_name(kb: KnowledgeBase, text: str) -> bool:
    """Whether the knowledge base reads ``text`` first as a country's name («إيران», «مصر»)."""
    hits = kb.lookup(text, "ar")
    return bool(hits) and hits[0].label == "COUNTRY" and hits[0].kind == "name"
