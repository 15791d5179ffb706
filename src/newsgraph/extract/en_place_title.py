"""An English title right after a place's name is an office of that place's country, not the one guessed.

"New Hampshire state representative Ann Lee", "Lyon police chief Ann Lee": the place bound to the title
says whose office it is. A title (not a local one, which :mod:`.en_region_office` places) whose ``of`` was
guessed takes the country the knowledge base gives that place; a place it does not know keeps a guess only
when the sentence names the guessed country ("Ohio Senator Ann Lee ... in the United States"), else the
title is the place's own ("Ohio state representative": Ohio's, not the country the article names most).

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> from newsgraph.extract.officials import Official
    >>> doc = spacy.blank("en")("Iraq voted. Ohio Senator Ann Lee spoke.")
    >>> doc.spans["ng_mentions"] = [Span(doc, 0, 1, label="COUNTRY", kb_id="country/IQ"),
    ...     Span(doc, 3, 4, label="PLACE", kb_id="place/ohio")]
    >>> lee = Official(25, 32, "Ann Lee", "Senator", 17, 24, "country/IQ", 1, "title-name", True)
    >>> [o.of for o in placed_titles(doc, [lee], lambda place: None, frozenset())]
    ['place/ohio']
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from newsgraph.extract.officials import Official
from newsgraph.extract.officials.en_local import place_id
from newsgraph.text import normalize_token

__all__ = ["placed_titles"]

_MENTIONS = "ng_mentions"


def placed_titles(doc: Doc, officials: Sequence[Official], country_of: Callable[[str], str | None],
                  local: frozenset[str]) -> list[Official]:
    """``officials``, each guessed title right after a place's name given that place's country (see the module
    docstring); ``local``: normalised words of local titles, left alone."""
    spans = list(doc.spans[_MENTIONS]) if _MENTIONS in doc.spans else []
    places = {s.end_char: s for s in spans if s.label_ == "PLACE"}  # one the knowledge base lacks too
    text = doc.text
    out = []
    for off in officials:
        at = off.title_start
        if off.of_inferred and off.title and at is not None \
                and not any(normalize_token(w) in local for w in off.title.split()):
            gap = text[:at].rstrip()
            place = places.get(len(gap)) if len(gap) < at and (at - len(gap)) <= 2 else None
            if place is not None:
                country = country_of(place.kb_id_) if place.kb_id_ else None
                stated = False
                if country is None:
                    lo, hi = (place.sent.start_char, place.sent.end_char) \
                        if doc.has_annotation("SENT_START") else (0, 0)
                    named = any(s.kb_id_ == off.of and lo <= s.start_char < hi for s in spans)
                    country, stated = (off.of, False) if named else (place_id(place), True)
                off = dataclasses.replace(off, of=country, of_inferred=not stated)
        out.append(off)
    return out
