"""Dates in Arabic and English text: explicit, relative, and the start or end of a period.

:func:`find_dates` returns :class:`DateMention` spans with character offsets into
the text it was given, each carrying a :class:`~newsgraph.types.DateValue` as
precise as the text supports (day, month or year). Matching runs on a
normalised copy of the text (:func:`~newsgraph.text.normalize_ar`,
ASCII digits) whose characters map back to the original offsets.

Rules:

* A month name counts only next to a day or a 4-digit year («11 مايو 2022»,
  «مايو 2022», "May 11, 2022", "11 May 2022", "May 2022"); «لويجي دي مايو»,
  "Theresa May" and "may" are never dates. English months must be
  capitalised; "May" right after a capitalised word that is not a cue
  ("Theresa May 2019") is taken as a name.
* A bare year needs a cue (عام، سنة، في، منذ، حتى / in, since, until, year...)
  and 1900 <= year <= 2100. "700" is never a year.
* A day and month without a year, and every relative expression (اليوم،
  أمس، العام الماضي، الاثنين الماضي / today, yesterday, last year,
  on Wednesday...), need ``published``: they are skipped when it is None, and
  carry ``relative=True``. A day and month without a year takes the year that
  puts it closest to the publication date.
* Weekdays (news is mostly past tense): a plain weekday («يوم الاثنين»,
  «(الاثنين)», «، الاثنين،», «الأربعاء», "on Wednesday", "Wednesday"; «الاثنين» and
  «الأحد» alone are also "the two", "the one", so they name the day only with a
  day word, commas, or a preposition, relative or complementizer after them,
  «الهجوم الانتحاري الاثنين في ...») is the latest such day on or
  before the publication date; «الماضي» / "last" the latest strictly before;
  «المقبل» / "next" the first strictly after. With a day word («اليوم
  (الاثنين)», «أمس الأحد») the weekday nearest to that day wins, so a dateline
  one day off still gives the right day.
* «منذ» / "since" before a date give kind ``"since"``, «حتى» / "until" kind
  ``"until"``; the cue is part of the span. A start cue («اعتبارا من», "from",
  "starting") gives ``"since"`` too, and a plain weekday after it is the one
  nearest the publication date ("a truce from Monday" may start ahead). Weeks ("last week") are skipped.
  A bracketed weekday right after a date and a clock time restates that moment on another clock
  ("from Monday 00:00 local time (Sunday 21:00 GMT)"): the weekday nearest that date, of its kind.
* Numeric dates: ``YYYY-MM-DD`` always; ``12/05/2022`` is day-month-year in
  Arabic text and month-day-year in English unless only the other order is
  valid. Other languages get the numeric forms only.
* Hijri dates («26 شوال 1436 هـ», «12/02/1436هـ», a numeric Arabic date of
  the years 1300-1500) become their Gregorian day in the Umm al-Qura
  calendar (``hijridate``), the one Saudi news and its datelines use; a
  Hijri day and month without a year take the year nearest publication.

The patterns of each language are compiled from the data files in :mod:`~newsgraph.extract.dates_patterns`,
the calendar arithmetic (Hijri days, weekdays, the year of a day and month) is in
:mod:`~newsgraph.extract.dates_calendar`; this module finds the candidates and resolves them.

Examples:
    >>> from datetime import date
    >>> [(m.text, m.value.value, m.kind) for m in find_dates("منذ عام 2002", "ar")]
    [('منذ عام 2002', '2002', 'since')]
    >>> find_dates("لويجي دي مايو", "ar")
    []
    >>> m = find_dates("He spoke on Wednesday.", "en", date(2022, 5, 12))[0]
    >>> m.value.value, m.relative
    ('2022-05-11', True)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from newsgraph.errors import ConfigError
from newsgraph.extract.dates_calendar import EXPLICIT_YEARS as _EXPLICIT_YEARS
from newsgraph.extract.dates_calendar import HIJRI_YEARS as _HIJRI_YEARS
from newsgraph.extract.dates_calendar import day as _day
from newsgraph.extract.dates_calendar import hijri_day as _hijri_day
from newsgraph.extract.dates_calendar import hijri_nearest as _hijri_nearest
from newsgraph.extract.dates_calendar import infer_year as _infer_year
from newsgraph.extract.dates_calendar import month as _month
from newsgraph.extract.dates_calendar import shift as _shift
from newsgraph.extract.dates_calendar import weekday as _weekday
from newsgraph.extract.dates_context import _after_particle, _is_count, _may_is_month, _names_the_day
from newsgraph.extract.dates_patterns import Tables as _Tables
from newsgraph.extract.dates_patterns import form_key as _key
from newsgraph.extract.dates_patterns import tables as _tables
from newsgraph.extract.textmap import norm_map as _norm_map
from newsgraph.extract.textmap import span_end as _span_end
from newsgraph.text import is_arabic, to_ascii_digits
from newsgraph.types import DateValue

__all__ = ["DateMention", "find_dates", "parse_dateline", "date_spans"]

Kind = Literal["point", "since", "until"]
_Resolver = Callable[[date | None], tuple[DateValue, bool] | None]

_BARE_YEARS = range(1900, 2101)
_COORD = re.compile(r"(?:\s*,\s*|\s+(?:and|or|أو)\s+|\s+و\s*)(?P<y>\d{4})(?![\d.,])")


@dataclass(frozen=True)
class DateMention:
    """A date found in a text.

    Attributes:
        start: character offset of the span in the text given (inclusive).
        end: character offset (exclusive).
        text: ``text[start:end]``.
        value: the date, as precise as the text supports.
        kind: ``"point"``, or ``"since"`` / ``"until"`` for the bound of a period.
        relative: True when the value was computed from the publication date.
    """

    start: int
    end: int
    text: str
    value: DateValue
    kind: Kind
    relative: bool


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    resolve: _Resolver
    digits: bool
    year: bool = False
    weekday: int | None = None  # a plain weekday ("on Monday"), read on or before publication


# ---------------------------------------------------------------- resolution helpers


def _const(value: DateValue | None) -> _Resolver:
    return lambda _pub: (value, False) if value else None


def _needs_pub(fn: Callable[[date], DateValue | None]) -> _Resolver:
    def resolve(pub: date | None) -> tuple[DateValue, bool] | None:
        value = fn(pub) if pub is not None else None
        return (value, True) if value else None

    return resolve


def _candidate(kind: str, m: re.Match[str], norm: str, lang: str, tab: _Tables) -> _Cand | None:
    """Turn one regex match into a candidate, or None when a guard rejects it."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    month = tab.months.get(_key(g["m"], lang)) if g.get("m") else None
    if kind == "hijri":  # «26 شوال 1436 هـ»: the Umm al-Qura calendar's Gregorian day
        hm, hd = tab.hijri_months.get(" ".join(g["hm"].split()), 0), int(g["d"])
        if g.get("y"):
            return _Cand(start, end, _const(_hijri_day(int(g["y"]), hm, hd)), True)
        return _Cand(start, end, _needs_pub(lambda p: _hijri_nearest(p, hm, hd)), True)
    if kind in ("num", "iso"):
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        if kind == "num" and lang == "ar" and _HIJRI_YEARS[0] <= y <= _HIJRI_YEARS[1]:
            return _Cand(start, end, _const(_hijri_day(y, b, a)), True)  # «12/02/1436هـ»
        first = (a, b) if kind == "iso" or lang != "en" else (b, a)
        value = _day(y, first[1], first[0]) or (None if kind == "iso" else _day(y, first[0], first[1]))
        return _Cand(start, end, _const(value), True)
    if month is not None and g["m"] == "May" and not _may_is_month(norm, start, tab):
        return None
    if month is not None and lang == "ar" and _after_particle(norm, start, tab):
        return None
    if kind in ("dmy", "mdy"):
        d = int(g["d"])
        if g.get("y"):
            return _Cand(start, end, _const(_day(int(g["y"]), month or 0, d)), True)
        role = tab.cues.get(_key(g["rel"], lang), "") if g.get("rel") else ""
        return _Cand(start, end, _needs_pub(lambda p: _infer_year(p, month or 0, d, role)), True)
    if kind == "my":
        y = int(g["y"])
        return _Cand(start, end, _const(_month(y, month or 0) if y in _EXPLICIT_YEARS else None), True)
    if kind == "mrel":
        role = tab.cues[_key(g["rel"], lang)]

        mo = month or 0

        def month_rel(p: date) -> DateValue:
            y = p.year - int(role == "past" and mo >= p.month) + int(role == "next" and mo <= p.month)
            return _month(y, mo)

        return _Cand(start, end, _needs_pub(month_rel), False)
    if kind == "year":
        y = int(g["y"])
        tail = norm[end : end + 20].split()
        if y not in _BARE_YEARS or not (g["cues"] or g["head"]) or (tail and _is_count(tail[0], lang, tab)):
            return None
        start = m.start("head") if g["head"] else m.start("y")
        if (
            g["head"]
            and norm[start] in "وفبل"
            and _key(norm[start + 1 : m.end("head")].strip(), lang) in tab.cues
        ):
            start += 1
        return _Cand(start, end, _const(DateValue(f"{y:04d}", "year")), True, True)
    if kind in ("wd", "wdb", "dayrel"):
        wd = tab.weekdays[_key(g["wd"], lang)]
        if kind == "dayrel":
            offset = tab.relative[_key(g["r"], lang)][1]
            return _Cand(
                start, end, _needs_pub(lambda p: _weekday(p + timedelta(days=offset), wd, "nearest")), False
            )
        role = tab.cues.get(_key(g["rel"], lang), "") if g.get("rel") else ""
        if kind == "wd" and lang == "ar" and not (g.get("pre") or role):
            before, after = norm[max(0, start - 3) : start], norm[end : end + 3]
            set_off = re.search(r"[،,]\s*$", before) and re.match(r"\s*[،,.]", after)
            if (
                _key(g["wd"], lang) not in tab.bare_weekdays
                and not set_off
                and not _names_the_day(norm[:start], norm[end:], tab)
            ):
                return None
        mode = {"past": "before", "next": "after"}.get(role, "on-or-before")
        plain = wd if mode == "on-or-before" and kind == "wd" else None
        return _Cand(start, end, _needs_pub(lambda p: _weekday(p, wd, mode)), False, weekday=plain)
    if kind == "rel":
        unit, offset = tab.relative[_key(g["r"], lang)]
        nxt = norm[end:].split(maxsplit=1)
        if lang == "ar" and unit == "day" and offset == 0 and nxt and nxt[0].startswith(("ال", "نفس", "ذات")):
            return None  # «اليوم الأول», «اليوم الوطني», «اليوم نفسه» are not "today"
        return _Cand(start, end, _needs_pub(lambda p: _shift(p, unit, offset)), False)
    return None


@lru_cache(maxsize=8)
def _candidates(text: str, lang: str) -> tuple[tuple[_Cand, ...], str, tuple[int, ...], _Tables]:
    """Date candidates of ``text``, the normalised text and its offsets (cached: amounts ask again)."""
    norm, idx = _norm_map(text)
    tab = _tables(lang if lang in ("ar", "en", "fr") else "xx")
    cands = [
        c
        for kind, pat in tab.patterns
        for m in pat.finditer(norm)
        if (c := _candidate(kind, m, norm, lang, tab))
    ]
    for c in [c for c in cands if c.year]:  # «في 2005 و2010», "in 2015 and 2016"
        end = c.end
        while (m := _COORD.match(norm, end)) and int(m.group("y")) in _BARE_YEARS:
            cands.append(_Cand(m.start("y"), m.end(), _const(DateValue(m.group("y"), "year")), True, True))
            end = m.end()
    return tuple(cands), norm, idx, tab


def _non_overlapping(cands: list[_Cand]) -> list[_Cand]:
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


# ---------------------------------------------------------------- public API


def find_dates(text: str, lang: str, published: date | None = None) -> list[DateMention]:
    """Find the dates in ``text`` (see the module docstring for the rules).

    Args:
        text: a sentence or a whole article.
        lang: ``"ar"``, ``"en"`` or ``"fr"``; other codes get numeric dates only.
        published: publication date, to resolve relative expressions; when
            None they are skipped.

    Returns:
        Non-overlapping mentions in text order; where two candidates overlap
        the longer wins.

    Examples:
        >>> [m.value.value for m in find_dates("في ١١ أيار ٢٠٢٢ وفي مايو 2021", "ar")]
        ['2022-05-11', '2021-05']
        >>> [m.value.value for m in find_dates("Theresa May said in 2014 that she may go.", "en")]
        ['2014']
    """
    cands, norm, idx, tab = _candidates(text, lang)
    resolved = [(c, r) for c in cands if (r := c.resolve(published)) is not None]
    keep = {id(c) for c in _non_overlapping([c for c, _ in resolved])}
    out: list[DateMention] = []
    for c, (value, relative) in sorted(resolved, key=lambda cr: cr[0].start):
        if id(c) not in keep:
            continue
        start, kind = c.start, _kind(None)
        bound = tab.bound.search(norm, max(0, start - 30), start)
        if bound:
            role = tab.cues.get(_key(bound.group("cue"), lang))
            kind = _kind(role)
            start = bound.start("cue") if kind != "point" else start
            if role == "start" and c.weekday is not None and published is not None:
                value = _weekday(published, c.weekday, "nearest")  # "a truce from Monday" may be ahead
        s, e = idx[start], _span_end(text, idx, c.end)
        prev = out[-1] if out else None
        if prev is not None and c.weekday is not None and _RESTATED.fullmatch(text[prev.end : s]) \
                and len(prev.value.value) == 10:
            # "from Monday 00:00 local time (Sunday 21:00 GMT)": the same moment on another clock
            value = _weekday(date.fromisoformat(prev.value.value), c.weekday, "nearest")
            kind = prev.kind
        out.append(DateMention(s, e, text[s:e], value, kind, relative))
    return out


#: What lies between a date and a bracketed weekday that restates it on another clock: a time of
#: day and a zone, then the opening bracket ("lundi 00H00 heure du Yémen (dimanche 21H00 GMT)").
_RESTATED = re.compile(r"[^.!?;()\n]{0,40}\d[^.!?;()\n]{0,30}\(\s*")


def _kind(role: str | None) -> Kind:
    return "since" if role in ("since", "start") else "until" if role == "until" else "point"


def date_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Character spans of date expressions that contain digits, resolvable or not.

    Used by :mod:`newsgraph.extract.numbers` so that years and day numbers
    («12 مايو» even without a publication date) are not read as quantities.

    Examples:
        >>> date_spans("وصل 12 مايو و700 شخص", "ar")
        [(4, 11)]
    """
    cands, _norm, idx, _tab = _candidates(text, lang)
    return [
        (idx[c.start], _span_end(text, idx, c.end)) for c in _non_overlapping([c for c in cands if c.digits])
    ]


def parse_dateline(line: str, order: str = "DMY") -> date | None:
    """Parse a dateline such as ``12/05/2022``, ``2022-05-12`` or «١١ مايو ٢٠٢٢».

    Args:
        line: the dateline text (surrounding whitespace is ignored; a time
            after the date is allowed).
        order: ``"DMY"``, ``"MDY"`` or ``"YMD"`` for all-numeric dates;
            ``YYYY-MM-DD`` is recognised whatever the order.

    Returns:
        The date, or None when the line holds no complete, valid date.

    Raises:
        ConfigError: ``order`` is not one of the three values.

    Examples:
        >>> parse_dateline("12/05/2022"), parse_dateline("٢٠٢٢-٠٥-١٢")
        (datetime.date(2022, 5, 12), datetime.date(2022, 5, 12))
        >>> parse_dateline("Friday, January 4, 2019"), parse_dateline("31/02/2022")
        (datetime.date(2019, 1, 4), None)
    """
    if order not in ("DMY", "MDY", "YMD"):
        raise ConfigError(f"date order must be DMY, MDY or YMD, not {order!r}")
    s = to_ascii_digits(line).strip()
    m = re.fullmatch(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T\s].*)?", s)
    if m:
        parts = {"Y": int(m.group(1)), "M": int(m.group(3)), "D": int(m.group(4))}
    else:
        m = re.fullmatch(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[T\s].*)?", s)
        if not m:
            found = find_dates(s, "ar" if is_arabic(s) else "en")
            days = [d for d in found if d.value.precision == "day" and not d.relative]
            return date.fromisoformat(days[0].value.value) if len(days) == 1 else None
        a, b = int(m.group(1)), int(m.group(3))
        parts = (
            {"Y": int(m.group(4)), "D": a, "M": b}
            if order != "MDY"
            else {"Y": int(m.group(4)), "M": a, "D": b}
        )
    value = _day(parts["Y"], parts["M"], parts["D"])
    return date.fromisoformat(value.value) if value else None
