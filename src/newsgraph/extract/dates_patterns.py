"""The date patterns of each language, compiled once from the data files for :mod:`newsgraph.extract.dates`.

Month, Hijri month, weekday, relative-day and cue words come from ``data/months.tsv``,
``data/dates_hijri_months.tsv``, ``data/dates_weekdays.tsv``, ``data/dates_relative.tsv`` and
``data/dates_cues.tsv``; French adds its own shapes (:mod:`newsgraph.extract.dates_fr`). Each pattern is
named by the kind of date it reads (``dmy``, ``my``, ``year``, ``wd``, ``rel`` ...), which
:func:`newsgraph.extract.dates._candidate` turns into a value.

Examples:
    >>> tab = tables("en")
    >>> tab.months["may"], [name for name, _ in tab.patterns][:3]
    (5, ['num', 'iso', 'dmy'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.extract.lexicon import rows as _read_tsv
from newsgraph.extract.textmap import alt as _alt
from newsgraph.regex_guard import guarded
from newsgraph.text import normalize_ar

__all__ = ["Tables", "form_key", "tables"]

_NB = r"(?<![^\W\d_])"  # not preceded by a letter
_NA = r"(?![^\W\d_])"  # not followed by a letter


@dataclass(frozen=True)
class Tables:
    months: dict[str, int]
    hijri_months: dict[str, int]
    weekdays: dict[str, int]
    bare_weekdays: frozenset[str]  # Arabic weekday words that name the day on their own
    relative: dict[str, tuple[str, int]]
    cues: dict[str, str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    bound: re.Pattern[str]


def form_key(form: str, lang: str) -> str:
    return normalize_ar(form) if lang == "ar" else form.lower()


@lru_cache(maxsize=4)
def tables(lang: str) -> Tables:
    months = {form_key(r[1], lang): int(r[0]) for r in _read_tsv("months.tsv") if r[2] == lang}
    hijri_months = {normalize_ar(r[1]): int(r[0]) for r in _read_tsv("dates_hijri_months.tsv")}
    wday_rows = [r for r in _read_tsv("dates_weekdays.tsv") if r[2] == lang]
    wdays = {form_key(r[1], lang): int(r[0]) for r in wday_rows}
    bare = frozenset(form_key(r[1], lang) for r in wday_rows if r[3:4] == ["yes"])
    rel = {form_key(r[0], lang): (r[2], int(r[3])) for r in _read_tsv("dates_relative.tsv") if r[1] == lang}
    cues = {form_key(r[0], lang): r[2] for r in _read_tsv("dates_cues.tsv") if r[1] == lang}
    by = {role: _alt([w for w, r in cues.items() if r == role]) or "(?!)" for role in set(cues.values())}
    by["since"] = _alt([w for w, r in cues.items() if r in ("since", "start")]) or "(?!)"
    for role in ("since", "until", "prep", "head", "past", "next", "current", "daypart", "count"):
        by.setdefault(role, "(?!)")
    pats: list[tuple[str, re.Pattern[str]]] = []
    num = r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d|[/\-]|\.\d)"
    pats.append(("num", re.compile(num)))
    pats.append(("iso", re.compile(r"(?<![\d/.\-])(?P<y>\d{4})-(?P<b>\d{1,2})-(?P<a>\d{1,2})(?![\d\-])")))
    if lang == "ar":
        mon, wd = _alt(list(months)), _alt(list(wdays))
        hijri = _alt(list(hijri_months))
        month = rf"(?:شهر\s+)?[وب]?(?P<m>{mon})(?:\s*[/(]\s*(?:{mon})\s*\)?)?{_NA}"
        year = rf"(?:\s*[,،]?\s*(?:من\s+)?(?:(?:{by['head']})\s+)?(?P<y>\d{{4}})(?!\d)(?:\s?م{_NA})?)"
        day = r"(?<![\d.])(?P<d>\d{1,2})"
        pats += [
            (
                "dmy",
                re.compile(
                    rf"(?:{_NB}(?:{wd})\s*[,،]?\s*)?(?:{_NB}يوم\s+)?{day}\s+(?:من\s+)?{month}"
                    rf"(?:{year}|\s+(?P<rel>{by['past']}|{by['next']}|{by['current']}){_NA})?"
                ),
            ),
            ("my", re.compile(rf"{_NB}{month}{year}")),
            (
                "hijri",
                re.compile(
                    rf"(?<![\d.])(?P<d>\d{{1,2}})\s+(?P<hm>{hijri})"
                    rf"(?:\s+(?P<y>\d{{3,4}})(?!\d)(?:\s*هـ?{_NA})?)?"
                ),
            ),
            ("mrel", re.compile(rf"{_NB}{month}\s+(?P<rel>{by['past']}|{by['next']}|{by['current']}){_NA}")),
            (
                "year",
                re.compile(
                    rf"{_NB}(?P<cues>(?:[وفب]?(?:{by['prep']}|{by['since']}|{by['until']})\s+)*)"
                    rf"(?P<head>[وفبل]?(?:{by['head']})\s+)?(?P<y>\d{{4}})(?!\d)(?:\s?م{_NA})?"
                ),
            ),
            (
                "dayrel",
                re.compile(
                    rf"{_NB}[وفب]?(?P<r>{_alt([p for p, v in rel.items() if v[0] == 'day'])})"
                    rf"\s*\(?\s*(?P<wd>{wd})\s*\)?{_NA}"
                ),
            ),
            (
                "wd",
                re.compile(
                    rf"{_NB}(?P<pre>(?:{by['daypart']})\s+)?[وفب]?(?P<wd>{wd})"
                    rf"(?:\s+(?P<rel>{by['past']}|{by['next']}))?{_NA}"
                ),
            ),
            ("wdb", re.compile(rf"\(\s*(?P<wd>{wd})\s*\)")),
            ("rel", re.compile(rf"{_NB}[وف]?ب?(?P<r>{_alt(list(rel))}){_NA}")),  # «فبالأمس»: two clitics
        ]
    elif lang == "en":
        mon = _alt([m.capitalize() for m in months])
        wd = _alt([w.capitalize() for w in wdays])
        month = rf"(?P<m>{mon})\b\.?"
        year = r"(?:,?\s+(?P<y>\d{4})(?!\d))"
        wdp = rf"(?:\b(?:{wd}),?\s+)?"
        day = r"(?<![\d.,])(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
        pats += [
            ("dmy", re.compile(rf"{wdp}(?:(?i:the)\s+)?{day}\s+(?:of\s+)?\b{month}{year}?")),
            ("mdy", re.compile(rf"{wdp}\b{month}\s+{day}{year}?")),
            ("my", re.compile(rf"\b{month},?\s+(?:of\s+)?(?P<y>\d{{4}})(?!\d)")),
            (
                "year",
                re.compile(
                    rf"\b(?P<cues>(?:(?i:{by['prep']}|{by['since']}|{by['until']})(?:-|\s+)(?:the\s+)?)*)"
                    rf"(?P<head>(?i:{by['head']})\s+)?(?P<y>\d{{4}})(?!\d)(?![a-z'’])"
                ),
            ),
            ("wd", re.compile(rf"\b(?:(?P<rel>(?i:{by['past']}|{by['next']}))\s+)?(?P<wd>{wd})\b")),
            ("rel", re.compile(rf"\b(?P<r>(?i:{_alt(list(rel))}))\b")),
        ]
    elif lang == "fr":
        from newsgraph.extract.dates_fr import french_patterns

        pats += french_patterns(_alt(list(months)), _alt(list(wdays)), _alt(list(rel)), by)
    bound = re.compile(rf"{_NB}[وف]?(?P<cue>(?i:{by['since']}|{by['until']}))\s+(?:(?i:{by['prep']})\s+)?$")
    # Each pattern is tried at every position of every article: a guard on its first characters
    # lets most positions fail at once (same matches; about a third of the time in Arabic).
    pats = [(kind, guarded(pat)) for kind, pat in pats]
    return Tables(months, hijri_months, wdays, bare, rel, cues, tuple(pats), bound)
