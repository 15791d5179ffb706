"""The country (or, for a local title, the place) of a position the text does not state with it.

«الرئيس السابق علي عبدالله صالح» and "the interior minister" name no
country: the nearest country of the sentence is taken, else the one the
article names most; a local title («محافظ», "mayor") takes a place the same
way. Such an ``of`` is marked ``of_inferred``. The local title words are
data: ``local_title`` lines of ``data/en_rules.tsv``, ``local`` lines of
``data/titles_ar.tsv``.

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> from newsgraph.extract.officials.base import Official
    >>> doc = spacy.blank("en")("Morocco hosted talks. The minister Ann Lee spoke.")
    >>> doc.spans["ng_mentions"] = [Span(doc, 0, 1, label="COUNTRY", kb_id="country/MA")]
    >>> off = Official(34, 41, "Ann Lee", "minister", 26, 34, None, 1, "title-name")
    >>> [(o.of, o.of_inferred) for o in infer_of(doc, [off], frozenset())]
    [('country/MA', True)]
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from newsgraph.extract.officials.base import Official
from newsgraph.extract.tokens import TokenTable
from newsgraph.text import normalize_token

__all__ = ["infer_of"]

_MENTIONS = "ng_mentions"


def _sentence_bounds(doc: Doc, char: int) -> tuple[int, int]:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return 0, len(TokenTable.of(doc).text)
    sent = span.sent
    return sent.start_char, sent.end_char


def _nearest(spans: Sequence[Span], label: str, lo: int, hi: int, at: int) -> str | None:
    inside = [s for s in spans if s.label_ == label and s.kb_id_ and lo <= s.start_char < hi]
    if not inside:
        return None
    return min(inside, key=lambda s: abs(s.start_char - at)).kb_id_


def infer_of(
    doc: Doc,
    officials: Sequence[Official],
    local_titles: frozenset[str],
    courtesy: frozenset[str] = frozenset(),
) -> list[Official]:
    """``officials`` with an ``of`` for every title that has none (see the module docstring).

    ``local_titles`` are normalised title words whose office belongs to a place, not a country;
    a title that is only a ``courtesy`` word («الأمير», «الشيخ») belongs to no country and is
    left without one (a Saudi prince receiving the Chinese ambassador is no prince of China).
    """
    spans = list(doc.spans[_MENTIONS]) if _MENTIONS in doc.spans else []
    counts = {label: Counter(s.kb_id_ for s in spans if s.label_ == label and s.kb_id_)
              for label in ("COUNTRY", "PLACE")}  # fmt: skip
    out: list[Official] = []
    for off in officials:
        if off.title and off.of is None and normalize_token(off.title) not in courtesy:
            lo, hi = _sentence_bounds(doc, off.name_start)
            at = off.title_start if off.title_start is not None else off.name_start
            local = any(normalize_token(w) in local_titles for w in off.title.split())
            label = "PLACE" if local else "COUNTRY"
            of = _nearest(spans, label, lo, hi, at)
            if of is None and counts[label]:
                of = counts[label].most_common(1)[0][0]
            off = dataclasses.replace(off, of=of, of_inferred=of is not None)
        out.append(off)
    return out
