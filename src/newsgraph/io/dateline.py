"""Publication dates: header values and datelines at the top of an article.

Three shapes are read without any library: ISO ``2022-05-12`` (a time part
is ignored), numeric ``12/05/2022`` / ``12.05.2022`` / ``12-05-2022`` read in
the caller's ``date_order`` ("DMY" by default, "MDY" or "YMD"; a leading
four-digit year is always year-first), and both with Arabic-Indic digits.
Anything else (``Friday, January 4, 2019``, ``11 أيار 2022``) goes to
`dateparser`, restricted to absolute dates with day, month and year all
present, so nothing depends on today's date. Arabic text is parsed with the
``ar-SY`` locale, which knows both month series (أيار and مايو).

A *dateline* is a short first line that is nothing but a date. Arabic wire
items open with a place, a Hijri date and ``الموافق`` followed by the
Gregorian date; :func:`hijri_dateline_date` reads that last part.

Examples:
    >>> parse_date("12/05/2022")
    datetime.date(2022, 5, 12)
    >>> parse_date("05/12/2022", date_order="MDY")
    datetime.date(2022, 5, 12)
    >>> parse_date("٢٠٢٢-٠٥-١٢")
    datetime.date(2022, 5, 12)
    >>> parse_date("Friday, January 4, 2019")
    datetime.date(2019, 1, 4)
    >>> dateline_date("Nancy Pelosi elected Speaker") is None
    True
    >>> hijri_dateline_date("الرياض 3 رجب 1440 هـ الموافق 10 مارس 2019 م واس")
    datetime.date(2019, 3, 10)
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from datetime import date, datetime

from newsgraph.errors import ConfigError
from newsgraph.text import is_arabic, to_ascii_digits

__all__ = ["DATE_ORDERS", "check_date_order", "parse_date", "dateline_date", "hijri_dateline_date"]

#: The accepted values of ``date_order``.
DATE_ORDERS = ("DMY", "MDY", "YMD")
#: A dateline line is at most this long.
MAX_DATELINE_CHARS = 60

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.+\-Z ]*)?")
_NUMERIC = re.compile(r"(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})")
_HIJRI_GREGORIAN = re.compile(r"الموافق\s+(\d{1,2}\s+\S+(?:\s\S+)?\s+\d{4})")
# Strong sentence punctuation: a line containing it is prose, not a dateline.
_PROSE = re.compile(r"[.!?؟;؛\"“”«»]\s|[!?؟]$")


def check_date_order(date_order: str) -> str:
    """Return ``date_order`` upper-cased, or raise :class:`ConfigError`.

    Examples:
        >>> check_date_order("mdy")
        'MDY'
    """
    order = date_order.upper()
    if order not in DATE_ORDERS:
        raise ConfigError(f"unknown date order {date_order!r}; use one of {', '.join(DATE_ORDERS)}")
    return order


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric(a: str, b: str, c: str, order: str) -> date | None:
    if len(a) == 4:  # 2022/05/12 is year-first whatever the order
        return _make(int(a), int(b), int(c))
    if len(c) != 4:
        return None  # two-digit years are ambiguous
    if order == "MDY":
        return _make(int(c), int(a), int(b))
    if order == "DMY":
        return _make(int(c), int(b), int(a))
    return None  # YMD but the year is last: not this order


def _dateparser(text: str, order: str, *, any_language: bool) -> date | None:
    import dateparser

    settings = {
        "DATE_ORDER": order,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    # (languages, locales) pairs to try in turn.
    attempts: list[tuple[list[str] | None, list[str] | None]]
    if is_arabic(text):
        attempts = [(None, ["ar-SY"]), (["ar"], None)]
    else:
        attempts = [(["en"], None)]
    if any_language:
        attempts.append((None, None))
    for languages, locales in attempts:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found: datetime | None = dateparser.parse(
                text, settings=settings, languages=languages, locales=locales
            )
        if found is not None:
            return found.date()
    return None


def parse_date(text: str, date_order: str = "DMY", *, any_language: bool = False) -> date | None:
    """Read a calendar date from ``text``; None when it is not one.

    Args:
        text: e.g. ``"2022-05-12"``, ``"12/05/2022"``, ``"Friday, January 4, 2019"``.
        date_order: how to read all-numeric dates: "DMY", "MDY" or "YMD".
        any_language: also let dateparser try every language it knows (slow
            when it fails: about two seconds); meant for explicit header values.

    Returns:
        The date, or None when ``text`` does not hold a full date (day, month, year).

    Raises:
        ConfigError: ``date_order`` is not one of :data:`DATE_ORDERS`.
    """
    order = check_date_order(date_order)
    clean = to_ascii_digits(unicodedata.normalize("NFC", text)).strip()
    if not clean or not any(ch.isdigit() for ch in clean):
        return None
    if m := _ISO.fullmatch(clean):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.fullmatch(clean):
        return _numeric(m[1], m[3], m[4], order)
    return _dateparser(clean, order, any_language=any_language)


def dateline_date(line: str, date_order: str = "DMY") -> date | None:
    """The date when ``line`` is a dateline: a short line that is only a date.

    Examples:
        >>> dateline_date("Friday, January 4, 2019  ")
        datetime.date(2019, 1, 4)
        >>> dateline_date("12/05/2022")
        datetime.date(2022, 5, 12)
        >>> dateline_date("Talks resumed on 4 May 2019.") is None
        True
    """
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_DATELINE_CHARS or _PROSE.search(stripped):
        return None
    if not re.search(r"\d{4}", to_ascii_digits(stripped)):
        return None
    return parse_date(stripped, date_order)


def hijri_dateline_date(line: str) -> date | None:
    """The Gregorian date of an Arabic wire dateline that gives it after ``الموافق``.

    Examples:
        >>> hijri_dateline_date("الرياض 1 ذو القعدة 1436 هـ") is None
        True
    """
    m = _HIJRI_GREGORIAN.search(to_ascii_digits(line[:200]))
    if m is None:
        return None
    return _dateparser(m[1], "DMY", any_language=False)
