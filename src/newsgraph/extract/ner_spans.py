"""What the English and French mention cleaners share: picking a knowledge-base alias and
replacing the statistical NER spans of ``doc.spans["ng_mentions"]`` by their cleaned pieces.

Each language's rules for cutting and linking a span stay in its own module
(:mod:`newsgraph.extract.en_mentions`, :mod:`newsgraph.extract.fr_mentions`); this
module holds only the frame they run in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import Alias, KnowledgeBase

__all__ = ["CUT", "best_alias", "kb_or_default", "replace_ner_spans"]

MENTIONS = "ng_mentions"
#: Tokens a name never runs across: brackets, quotes, clause punctuation.
CUT = frozenset({"(", ")", "[", "]", '"', "“", "”", "«", "»", ",", ";", ":"})
_KIND_RANK = {"name": 0, "acronym": 1, "demonym": 2, "weak": 3}


def kb_or_default(kb: KnowledgeBase | None) -> KnowledgeBase:
    """``kb``, else the shipped knowledge base (loaded on first use)."""
    if kb is not None:
        return kb
    from newsgraph.kb import load_kb

    return load_kb()


def best_alias(found: Iterable[Alias]) -> Alias | None:
    """The alias a name most likely is: a name before an acronym, a demonym, a weak alias."""
    return min(found, key=lambda a: _KIND_RANK.get(a.kind, 9), default=None)


def replace_ner_spans(
    doc: Doc,
    kb: KnowledgeBase | None,
    pieces: Callable[[Doc, Span, KnowledgeBase], Iterable[Span]],
    *,
    kept_fix: Callable[[Doc, Span, KnowledgeBase], Span] | None = None,
    extra_fix: Callable[[list[Span]], list[Span]] | None = None,
) -> Doc:
    """Replace the NER spans (``span_id`` "ner") of ``doc.spans["ng_mentions"]`` by their ``pieces``.

    Knowledge-base spans are kept as they are (after ``kept_fix``); a piece that
    overlaps one gives way to it, and of overlapping pieces the longest stays
    (then ``extra_fix``). Returns ``doc`` (changed in place).
    """
    if MENTIONS not in doc.spans:
        return doc
    base = kb_or_default(kb)
    kept: list[Span] = []
    ner: list[Span] = []
    for span in doc.spans[MENTIONS]:
        if span.id_ == "ner":
            ner.extend(pieces(doc, span, base))
        else:
            kept.append(span)
    if kept_fix is not None:
        kept = [kept_fix(doc, s, base) for s in kept]
    taken = {i for s in kept for i in range(s.start, s.end)}
    extra = filter_spans([s for s in ner if not taken & set(range(s.start, s.end))])
    if extra_fix is not None:
        extra = extra_fix(extra)
    doc.spans[MENTIONS] = sorted([*kept, *extra], key=lambda s: s.start)
    return doc
