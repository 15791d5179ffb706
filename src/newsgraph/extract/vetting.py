"""Knowledge-base place matches that the Arabic model must confirm.

Arabic has no capital letters, and GeoNames lists thousands of towns whose
names are also ordinary words or other names: «معسكر» ("camp", and Mascara in
Algeria), «سلطات» ("authorities"), «الرمادي» ("grey", a surname, and Ramadi).
The phrase ruler matches them all. Where the Arabic NER model ran, a
single-word place match is kept only when the model also sees a name there or
the context supports it:

* :func:`needs_model`: a name that exists only because ك ("like") was split
  off the word («كمان» -> «ك» + «مان»);
* :func:`hamza_mismatch`: the text writes a hamza the place's names lack
  («وأن», "and that", is no «وان», Van in Turkey; «بأنه» is no «بانه»). Writers
  drop hamzas, they do not add them;
* :func:`unsupported_town`: a minor town (not a capital, under a million
  people: :meth:`~newsgraph.kb.base.KnowledgeBase.is_minor_place`) whose
  country no other mention of the document names, by the country's name or
  adjective or by another place in it, unless a place word introduces it
  («محافظة الخرج», «شمال بريدة»: ``data/place_designators_ar.txt``);
* :func:`blessing`: a one-word place coordinated with nouns of blessing («باليمن والخير
  والبركات»: «اليُمن», good fortune; ``data/blessings_ar.txt``), checked whether or not the model ran.

Examples:
    >>> import spacy
    >>> doc = spacy.blank("ar")("قال إنه وأن الأمر")
    >>> from newsgraph.kb import load_kb
    >>> hamza_mismatch(Span(doc, 3, 4, label="PLACE", kb_id="place/gn-298117"), load_kb(), "ar")
    True
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from newsgraph.extract.lexicon import words
from newsgraph.kb import KnowledgeBase

__all__ = [
    "blessing", "needs_model", "hamza_mismatch", "unsupported_town", "countries_stated", "overlaps_any",
]

_HAMZA_ALEFS = "أإآ"


def needs_model(span: Span) -> bool:
    """A knowledge-base place that a statistical model must confirm, where one ran:
    a name that exists only because the particle ك ("like") was split off the
    word («كمان» -> «ك» + «مان», «كبيرا» -> «ك» + «بيرا»). ك seldom comes before a
    place name, while و and the prepositions often do («ولحج وأبين», «بتعز»).

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("ar")("يعزف على كمان")
        >>> with doc.retokenize() as retok:
        ...     retok.split(doc[2], ["ك", "مان"], heads=[(doc[2], 1), (doc[2], 1)])
        >>> needs_model(Span(doc, 3, 4, label="PLACE"))
        True
        >>> needs_model(Span(doc, 1, 2, label="PLACE"))
        False
    """
    if span.label_ != "PLACE" or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.text == "ك" and not before.whitespace_


def hamza_mismatch(span: Span, kb: KnowledgeBase, lang: str) -> bool:
    """A one-word place match whose text has a hamza on its alef that none of the place's
    names in ``lang`` has («وأن» matched «وان»)."""
    if span.label_ != "PLACE" or len(span) != 1 or not span.kb_id_:
        return False
    if not any(h in span.text for h in _HAMZA_ALEFS):
        return False
    names = [a.text for a in kb.lookup(span.text, lang) if a.entity_id == span.kb_id_]
    return not any(h in name for name in names for h in _HAMZA_ALEFS)


def countries_stated(spans: Iterable[Span], kb: KnowledgeBase) -> dict[str, set[str]]:
    """Country id -> the texts of the mentions that name it: the country itself (by name,
    acronym or adjective; not by a weak alias) or a place in it."""
    out: dict[str, set[str]] = {}
    for s in spans:
        if not s.kb_id_ or s.id_ == "weak":
            continue
        if s.label_ == "COUNTRY":
            country: str | None = s.kb_id_
        elif s.label_ == "PLACE" and (place := kb.get(s.kb_id_)) is not None:
            country = place.country
        else:
            country = None
        if country:
            out.setdefault(country, set()).add(s.text)
    return out


def unsupported_town(span: Span, kb: KnowledgeBase, stated: dict[str, set[str]]) -> bool:
    """A one-word match of a minor town whose country only this very name states."""
    if span.label_ != "PLACE" or len(span) != 1 or not span.kb_id_ or not kb.is_minor_place(span.kb_id_):
        return False
    if span.start > 0 and span.doc[span.start - 1].norm_ in words(f"place_designators_{span.doc.lang_}.txt"):
        return False
    place = kb.get(span.kb_id_)
    if place is None or place.country is None:
        return False
    return not (stated.get(place.country, set()) - {span.text})


def blessing(span: Span) -> bool:
    """A one-word Arabic place or country coordinated with a noun of blessing, before or after it.

    Examples:
        >>> import spacy
        >>> from newsgraph.text import normalize_token
        >>> doc = spacy.blank("ar")("على الجميع ب اليمن و الخير")
        >>> for t in doc:
        ...     t.norm_ = normalize_token(t.text)
        >>> blessing(Span(doc, 3, 4, label="COUNTRY")), blessing(Span(doc, 1, 2, label="PLACE"))
        (True, False)
    """
    doc = span.doc
    if doc.lang_ != "ar" or len(span) != 1 or span.label_ not in ("PLACE", "COUNTRY"):
        return False
    nouns = words("blessings_ar.txt")

    def joined(a: int) -> bool:  # «و الخير» or «والخير» from token ``a``
        if a < 0 or a >= len(doc):
            return False
        if doc[a].norm_ == "و":
            return a + 1 < len(doc) and doc[a + 1].norm_ in nouns
        return doc[a].norm_[:1] == "و" and doc[a].norm_[1:] in nouns

    before = span.start >= 2 and doc[span.start - 1].norm_ == "و" and doc[span.start - 2].norm_ in nouns
    glued = span.start >= 1 and doc[span.start].text[:1] == "و" and doc[span.start - 1].norm_ in nouns
    return joined(span.end) or before or glued


def overlaps_any(span: Span, others: Iterable[Span]) -> bool:
    """Whether ``span`` shares a token with any of ``others``."""
    return any(o.start < span.end and span.start < o.end for o in others)
