"""A region's office is not a city's: the place guessed for an English "governor" or "sheriff".

``infer_of`` gives a local title with no place stated the nearest place of the sentence, else the place
the article names most. A ``region_title`` of ``data/en_rules.tsv`` ("governor", "sheriff") is the office
of a state, province or county, never of a city: "Governor Ann Lee addressed the public" in an article
that names New Orleans most is not New Orleans' governor. A guessed place the knowledge base knows as a
city (it has a population) yields to the nearest place of the sentence that is no city, else to the one
the article names most, else to none.

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> from newsgraph.kb import load_kb
    >>> doc = spacy.blank("en")("Governor Ann Lee spoke in Paris. Ohio")
    >>> doc.spans["ng_mentions"] = [Span(doc, 4, 5, label="PLACE", kb_id="place/gn-2988507"),
    ...     Span(doc, 7, 8, label="PLACE", kb_id="place/ohio")]
    >>> lee = Official(9, 16, "Ann Lee", "Governor", 0, 8, "place/gn-2988507", 0, "title-name", True)
    >>> [o.of for o in region_offices(doc, [lee], load_kb())]
    ['place/ohio']
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsgraph.extract.en_rules import en_words
from newsgraph.extract.officials import Official
from newsgraph.extract.officials.en_local import place_id

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import KnowledgeBase

__all__ = ["region_offices"]

_MENTIONS = "ng_mentions"


def region_offices(doc: Doc, officials: Sequence[Official], kb: KnowledgeBase) -> list[Official]:
    """``officials``, each region office whose guessed place is a city given another place (see the module
    docstring)."""
    regional = en_words("region_title")

    def city(place: str | None) -> bool:
        return place is not None and kb.population(place) is not None

    wrong = [o for o in officials if o.of_inferred and city(o.of)
             and any(w.lower() in regional for w in (o.title or "").split())]
    if not wrong:
        return list(officials)
    places = [(s.start_char, place_id(s)) for s in (doc.spans[_MENTIONS] if _MENTIONS in doc.spans else ())
              if s.label_ == "PLACE"]  # one the knowledge base lacks ("Louisiana") has the article's id
    places = [(start, p) for start, p in places if not city(p)]
    ranked = [p for p, _ in Counter(p for _, p in places).most_common()]
    out = []
    for off in officials:
        if off in wrong:
            sent = doc.char_span(off.name_start, off.name_end, alignment_mode="expand")
            lo, hi = (sent.sent.start_char, sent.sent.end_char) \
                if sent is not None and doc.has_annotation("SENT_START") else (0, 0)
            near = sorted((abs(start - off.name_start), p) for start, p in places if lo <= start < hi)
            of = near[0][1] if near else ranked[0] if ranked else None
            off = dataclasses.replace(off, of=of, of_inferred=of is not None)
        out.append(off)
    return out
