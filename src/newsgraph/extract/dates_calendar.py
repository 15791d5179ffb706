"""Calendar arithmetic for the date reader: days, months, shifts, weekdays and Hijri dates.

Each function returns a :class:`newsgraph.types.DateValue` at the precision it
knows (day, month, year), or None for an impossible date. Hijri dates use the
Umm al-Qura calendar (``hijridate``), as Saudi news and its datelines do.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from newsgraph.types import DateValue

__all__ = [
    "EXPLICIT_YEARS",
    "HIJRI_YEARS",
    "day",
    "hijri_day",
    "hijri_nearest",
    "infer_year",
    "month",
    "shift",
    "weekday",
]

EXPLICIT_YEARS = range(1000, 3000)


def day(y: int, m: int, d: int) -> DateValue | None:
    if y not in EXPLICIT_YEARS or not 1 <= m <= 12 or not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return DateValue(f"{y:04d}-{m:02d}-{d:02d}", "day")


def month(y: int, m: int) -> DateValue:
    return DateValue(f"{y:04d}-{m:02d}", "month")


def shift(pub: date, unit: str, offset: int) -> DateValue:
    if unit == "day":
        return DateValue((pub + timedelta(days=offset)).isoformat(), "day")
    if unit == "month":
        n = pub.year * 12 + pub.month - 1 + offset
        return month(n // 12, n % 12 + 1)
    return DateValue(f"{pub.year + offset:04d}", "year")


def weekday(anchor: date, wd: int, mode: str) -> DateValue:
    """The weekday ``wd`` relative to ``anchor``: mode on-or-before, before, after or nearest."""
    back = (anchor.weekday() - wd) % 7
    if mode == "before":
        back = back or 7
    elif mode == "after":
        back = -((wd - anchor.weekday()) % 7 or 7)
    elif mode == "nearest" and back > 3:
        back -= 7
    return DateValue((anchor - timedelta(days=back)).isoformat(), "day")


def infer_year(pub: date, m: int, d: int, role: str = "") -> DateValue | None:
    """Day ``d`` of month ``m`` in the year closest to ``pub``; "past"/"next" force the side."""
    best: tuple[int, date] | None = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        if day(y, m, d) is not None:
            cand = date(y, m, d)
            if (role == "past" and cand >= pub) or (role == "next" and cand <= pub):
                continue
            if role == "current" and y != pub.year:
                continue
            if best is None or abs((cand - pub).days) < best[0]:
                best = (abs((cand - pub).days), cand)
    return DateValue(best[1].isoformat(), "day") if best else None


#: Years of a numeric Arabic date read as Hijri (1300-1500 AH is 1882-2077 CE).
HIJRI_YEARS = (1300, 1500)


def hijri_day(year: int, month: int, day: int) -> DateValue | None:
    """The Gregorian day of a Hijri date (Umm al-Qura calendar, ``hijridate``), or None if invalid.

    Examples:
        >>> hijri_day(1436, 10, 26).value
        '2015-08-11'
    """
    from hijridate import Hijri

    try:
        return DateValue(Hijri(year, month, day).to_gregorian().isoformat(), "day")
    except (ValueError, OverflowError):
        return None


def hijri_nearest(pub: date, month: int, day: int) -> DateValue | None:
    """A Hijri day and month without a year: the year that puts it closest to ``pub``."""
    from hijridate import Gregorian

    year = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
    found = [v for y in (year - 1, year, year + 1) if (v := hijri_day(y, month, day)) is not None]
    return min(found, key=lambda v: abs((date.fromisoformat(v.value) - pub).days), default=None)
