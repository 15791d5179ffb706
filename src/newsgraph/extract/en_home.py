"""The home country of an English agency story, from its dateline, for officials the text gives no country.

Wire copy opens its body with the place it was filed from: "AMMAN - ...", "Amman, June 1 (Petra) - ...",
"KUWAIT, Sept 8 (KUNA) -- ...". A title with no country in such a story ("the Minister of Foreign Affairs,
Ayman Safadi, met the British Foreign Secretary, David Cameron") is the home country's office, not the
country of the other official the sentence names. :func:`home_side` gives an official whose guessed
country is one another official of the same sentence holds a title of the dateline's country instead.

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("AMMAN - The minister met him.")
    >>> doc.spans["ng_mentions"] = [Span(doc, 0, 1, label="PLACE", kb_id="place/amman")]
    >>> dateline_place(doc)
    'place/amman'
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

from newsgraph.extract.officials import Official
from newsgraph.text import normalize_token

__all__ = ["dateline_place", "home_country", "home_side"]

_MENTIONS = "ng_mentions"
_DASHES = frozenset({"-", "–", "—", "--"})
_LINES = 2  # the headline, then the dateline
_REACH = 12  # tokens from the place to the dash: "Amman, June 1 (Petra) -"


def dateline_place(doc: Doc) -> str | None:
    """The place or country that opens one of the first lines, a dash after it on that line."""
    span = _dateline(doc)
    return span.kb_id_ if span is not None else None


def _dateline(doc: Doc) -> Span | None:
    spans = doc.spans[_MENTIONS] if _MENTIONS in doc.spans else ()
    text = doc.text
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    lines = [s for s in starts if text[s : s + 80].strip() and text[s : s + 1] != "\n"][:_LINES]
    for span in spans:
        if span.start_char not in lines or span.label_ not in ("PLACE", "COUNTRY") or not span.kb_id_:
            continue
        for tok in doc[span.end : span.end + _REACH]:
            if "\n" in tok.text_with_ws and tok.text not in _DASHES:
                break
            if tok.text in _DASHES:
                return span
    return None


def home_side(doc: Doc, officials: Sequence[Official], home: str | None,
              local: frozenset[str] = frozenset()) -> list[Official]:
    """``officials``, each whose guessed country is one another official of the sentence holds a title of,
    or one its sentence does not name (the article's most named), taking ``home`` instead; a title left
    with no country takes it too, unless a word of it is ``local`` (normalised: "mayor", a city's office).
    ``home`` counts only when the text names that country too, past the dateline (a story filed from
    Geneva about Gaza is no Swiss story)."""
    spans = list(doc.spans[_MENTIONS]) if _MENTIONS in doc.spans else []
    line = _dateline(doc)
    if home is None or line is None or not any(s.kb_id_ == home and s.start != line.start for s in spans):
        return list(officials)
    sents = list(doc.sents)
    named: dict[int, set[str]] = {}
    for k, sent in enumerate(sents):
        named[k] = {s.kb_id_ for s in spans if sent.start <= s.start < sent.end}
    held: dict[int, set[tuple[str, str]]] = {}
    for off in officials:
        if off.title and off.of and not off.of_inferred:
            held.setdefault(off.sentence, set()).add((off.name, off.of))
    out = []
    for off in officials:
        rival = any(of == off.of and name != off.name for name, of in held.get(off.sentence, ()))
        if off.of_inferred and off.of != home and (rival or off.of not in named.get(off.sentence, set())):
            off = dataclasses.replace(off, of=home)
        elif off.title and off.of is None and not any(normalize_token(w) in local for w in off.title.split()):
            off = dataclasses.replace(off, of=home, of_inferred=True)
        out.append(off)
    return out


def home_country(doc: Doc, country_of: Callable[[str], str | None]) -> str | None:
    """The dateline's country: the place's country, or the country itself."""
    place = dateline_place(doc)
    if place is None:
        return None
    return place if place.startswith("country/") else country_of(place)
