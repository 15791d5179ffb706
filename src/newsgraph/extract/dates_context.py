"""The words around a date candidate that tell whether it is a date, for :mod:`newsgraph.extract.dates`.

«الاثنين» as a weekday or as "the two" (:func:`_names_the_day`), "May" as a month or a name
("Theresa May", :func:`_may_is_month`), a year followed by a count ("in 2000 votes",
:func:`_is_count`), and a month after an Arabic particle (:func:`_after_particle`). The cue words
come from ``data/dates_*.tsv`` (:mod:`newsgraph.extract.dates_patterns`).
"""

from __future__ import annotations

import re

from newsgraph.extract.dates_patterns import Tables as _Tables
from newsgraph.extract.dates_patterns import form_key as _key

__all__: list[str] = []  # private helpers of newsgraph.extract.dates


def _names_the_day(before: str, after: str, tab: _Tables) -> bool:
    """Whether «الاثنين» (also "the two"), «الأحد» or «الجمعة» between ``before`` and ``after`` is the day:
    a preposition, a relative or complementizer, or a number follows it («تفجير انتحاري الاثنين في بلدة»),
    and no «بين»/«كلا» stands before it («بين الاثنين» is "between the two")."""
    nxt = after.split(maxsplit=1)
    prev = before.split()[-1:] if before.strip() else []
    if not nxt or (prev and tab.cues.get(_key(prev[0], "ar")) == "wd_not_after"):
        return False
    word = nxt[0].strip("،,.:؛")
    if re.match(r"\s*(?:في|ب)\s*(?:المائة|المئة)", after):
        return False  # «الاثنين في المائة»: two per cent
    return word[:1].isdigit() or tab.cues.get(_key(word, "ar")) in ("prep", "wd_next")


def _is_count(word: str, lang: str, tab: _Tables) -> bool:
    """True when ``word`` after "in 2000" shows a count: a listed word, or an English plural noun."""
    role = tab.cues.get(_key(word, lang))
    if role == "count":
        return True
    return lang == "en" and role != "function" and re.fullmatch(r"[a-z]{3,}s", word) is not None


def _may_is_month(norm: str, start: int, tab: _Tables) -> bool:
    """False for "May" right after a capitalised word that is not a cue ("Theresa May")."""
    before = norm[max(0, start - 30) : start].split()
    if not before:
        return True
    prev = before[-1].strip(",")
    return not prev[:1].isupper() or prev.lower() in tab.cues or prev.lower() in tab.weekdays or prev == "The"


def _after_particle(norm: str, start: int, tab: _Tables) -> bool:
    before = norm[max(0, start - 10) : start].split()
    return bool(before) and tab.cues.get(before[-1]) == "particle"
