"""English titles and places: a title and name that are a place's name, not an official; the titles of a
city's or a region's office ("Ohio Governor X", "the mayor of Leeds"): the place named
with them is their ``of``.

The local words are ``local_title`` lines of ``data/en_rules.tsv``. The place may be one the knowledge base
does not know ("Connecticut"): its id is then the one the article mints for the place mention.

A title and name followed by a ``facility`` word of ``data/en_rules.tsv`` ("the King Fahd Causeway", "the
Sultan Qaboos Grand Mosque", "Martin Luther King Jr. Day") name a place or a day, not an official.

Examples:
    >>> import spacy
    >>> doc = spacy.blank("en")("the King Fahd Causeway and King Fahd")
    >>> names_a_place(doc, (2, 3)), names_a_place(doc, (6, 7))
    (True, False)
    >>> doc = spacy.blank("en")("the former governor of Vermont and the prosecutor general of Tehran")
    >>> local_head(doc, 1, 3), local_head(doc, 7, 9)
    (True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from newsgraph.extract.en_rules import en_words
from newsgraph.text import mint_entity_id

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.kb import KnowledgeBase

__all__ = ["local_head", "names_a_place", "place_country", "place_id"]


def local_head(doc: Doc, i: int, k: int) -> bool:
    """The title run ``i:k`` ends in a word of a city's or region's office ("Deputy Governor", "mayor"),
    before any "of"/"for" in it."""
    j = next((x for x in range(i, k) if doc[x].lower_ in ("of", "for")), k)
    return j > i and doc[j - 1].lower_ in en_words("local_title")


def place_id(m: Span) -> str:
    """The id of a place mention: the knowledge base's, else the one the article mints from its name."""
    return m.kb_id_ or mint_entity_id("PLACE", m.text)


def place_country(kb: KnowledgeBase | None, m: Span | None) -> str | None:
    """The country the knowledge base places a PLACE mention in ("El Paso's police chief": the United
    States'), else None."""
    if kb is None or m is None or m.label_ != "PLACE" or not m.kb_id_:
        return None
    return getattr(kb.get(m.kb_id_), "country", None)


def names_a_place(doc: Doc, name: tuple[int, int]) -> bool:
    """The name at ``name`` (after a title), with up to two capitalised words after it, ends in a facility
    word: the title and name are the name of a place or a day."""
    end = name[1]
    while end < len(doc) and end < name[1] + 2 and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    facility = en_words("facility")
    return any(doc[x].lower_ in facility for x in range(max(name[0], end - 3), end))
