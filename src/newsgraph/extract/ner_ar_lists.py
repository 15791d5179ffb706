"""Arabic persons listed with «و»: «سامر الفلاحي وجابر قطيني وصابر العتيقي».

The model often finds the first names of such a list and stops, or runs one name into the next
(«جابر قطيني وصابر»). :func:`listed_persons` works on the character spans of the article's person
mentions: a mention is cut before a word of «و» and a new name, and after a person named by two
words or more, «و» and a given name and a family name (a definite word: «العمري», «الفرج») are
the next person of the list. A given name is a known one (:func:`~newsgraph.extract.lexicon.
known_given_names_ar`) or an uncommon word without the article; titles («ووزير»), common words
and stop words or speech verbs («وقال») start no name, and a family name is no common word unless
it is a relative adjective («الدوسري»).

Examples:
    >>> text = "منهم سامر الفلاحي وجابر القطيني وقال المدرب"
    >>> [text[s:e] for s, e in listed_persons(text, [(5, 17)], [])[1]]
    ['جابر القطيني']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgraph.extract.lexicon import common_word_ar, known_given_names_ar, not_name_words, title_words
from newsgraph.text import normalize_token

__all__ = ["listed_persons"]

_WORD = re.compile(r"[\u0621-\u064A]+")
_NEXT = re.compile(r"\s+و\s*([\u0621-\u064A]+)\s+([\u0621-\u064A]+)")


def _given(word: str) -> bool:
    norm = normalize_token(word)
    if norm in known_given_names_ar():
        return True
    titles = title_words("ar")  # also a title's plural in construct: «ومديري الإدارات» is «مدير» + «ي»
    return len(word) >= 3 and not norm.startswith("ال") and not common_word_ar(word) \
        and norm not in titles and norm[:-1] not in titles and norm not in not_name_words("ar")


def _family(word: str) -> bool:
    norm = normalize_token(word)
    return norm.startswith("ال") and len(norm) >= 5 and norm not in title_words("ar") \
        and (norm.endswith("ي") or not common_word_ar(word))


def _cut(text: str, start: int, end: int) -> int:
    """Where a person mention ends that runs into the next name of a list («جابر قطيني وصابر»)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for w in words[2:]:
        word = w.group()
        if word.startswith("و") and _WORD.fullmatch(word) and word[1:] and _given(word[1:]) \
                and normalize_token(word) not in known_given_names_ar():  # «وليد» is a name
            return start + len(text[start : start + w.start()].rstrip())
    return end


def listed_persons(
    text: str, persons: Sequence[tuple[int, int]], others: Sequence[tuple[int, int]]
) -> tuple[dict[tuple[int, int], int], list[tuple[int, int]]]:
    """(person mentions cut short: (start, end) -> new end, the new persons' (start, end)) of a list.

    ``others`` are the spans of the article's other mentions, which a new name may not overlap.
    """
    cuts = {(s, e): stop for s, e in persons if (stop := _cut(text, s, e)) < e}
    taken = [*others, *((s, cuts.get((s, e), e)) for s, e in persons)]
    new: list[tuple[int, int]] = []
    queue = [(s, cuts.get((s, e), e)) for s, e in persons]
    while queue:
        start, end = queue.pop()
        if len(text[start:end].split()) < 2:
            continue
        m = _NEXT.match(text, end)
        if m is None or not _given(m.group(1)) or not _family(m.group(2)):
            continue
        span = (m.start(1), m.end(2))
        if any(s < span[1] and span[0] < e for s, e in taken):
            continue
        new.append(span)
        taken.append(span)
        queue.append(span)
    return cuts, sorted(new)
