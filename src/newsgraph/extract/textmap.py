"""Matching on normalised Arabic text with offsets back into the original, for the date and amount readers.

:func:`norm_map` normalises a text character by character (alef/hamza, ya,
diacritics) and keeps, for each normalised character, its offset in the
original, so a regex match on the normalised text maps back to the article's
characters; :func:`span_end` takes trailing diacritics along. :func:`alt`
builds a regex alternation of phrases (the data tables are read with
:func:`newsgraph.extract.lexicon.rows`). Used by :mod:`newsgraph.extract.dates` and
:mod:`newsgraph.extract.numbers`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsgraph.text import normalize_ar

__all__ = ["alt", "norm_map", "span_end"]

_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")  # diacritics and tatweel


@lru_cache(maxsize=4096)
def _norm_char(ch: str) -> str:
    return normalize_ar(ch)


@lru_cache(maxsize=8)
def norm_map(text: str) -> tuple[str, tuple[int, ...]]:
    """Normalised text and, for each of its characters, the offset in ``text``.

    The offsets have one extra entry, ``len(text)``, so spans map back with
    ``idx[start]`` and ``idx[end - 1] + 1``. Each character is normalised on
    its own; most keep their length, so only the others (diacritics that
    vanish) are walked one by one. Cached: dates and amounts read the same text.

    Examples:
        >>> norm_map("أمساً 5")
        ('امسا 5', (0, 1, 2, 3, 5, 6, 7))
    """
    mapping = {ch: _norm_char(ch) for ch in set(text)}
    norm = text.translate({ord(ch): out for ch, out in mapping.items() if out != ch})
    odd = [ch for ch, out in mapping.items() if len(out) != 1]
    if not odd:
        return norm, tuple(range(len(text) + 1))
    idx: list[int] = []
    pos = 0
    for m in re.finditer("|".join(map(re.escape, odd)), text):
        idx.extend(range(pos, m.start()))
        idx.extend([m.start()] * len(mapping[m.group()]))
        pos = m.end()
    idx.extend(range(pos, len(text) + 1))
    return norm, tuple(idx)


def span_end(text: str, idx: Sequence[int], norm_end: int) -> int:
    """Offset in ``text`` just after ``norm[:norm_end]``, taking trailing diacritics along («غداً»)."""
    e = idx[norm_end - 1] + 1
    while e < len(text) and _MARKS.match(text[e]):
        e += 1
    return e


def alt(forms: list[str]) -> str:
    """A regex alternation of normalised phrases, longest first, spaces flexible."""
    uniq = sorted(set(forms), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, f.split())) for f in uniq)
