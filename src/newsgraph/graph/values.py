"""Typed values of the graph: dates at their precision and the days they span, canonical decimals, cached
language-tagged text, and the digest that says whether an article's graph is up to date.

Examples:
    >>> from newsgraph.types import DateValue
    >>> date_literal(DateValue("2022-05-11", "day")).datatype == XSD.date
    True
"""

from __future__ import annotations

import calendar
import dataclasses
import hashlib
import json
from datetime import date
from decimal import Decimal
from functools import lru_cache

from rdflib import Literal
from rdflib.namespace import XSD

from newsgraph.errors import GraphError
from newsgraph.types import Article, DateValue

__all__ = [
    "article_digest", "date_interval", "date_literal", "decimal_literal", "number_text", "text_literal",
]

_DATATYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


#: Article fields added after stores began to record content hashes.
_LATER_FIELDS = frozenset({"author"})


def article_digest(article: Article, settings: str = "") -> str:
    """SHA-256 of everything that goes into an article's graph: its fields and the build ``settings``.

    Stores keep it in the article's graph (``store:contentHash`` on the graph
    IRI), so a rerun can skip an article that has not changed.

    Examples:
        >>> a = Article("a1", "T", "Text.", "en")
        >>> article_digest(a) == article_digest(Article("a1", "T", "Text.", "en"))
        True
        >>> article_digest(a) != article_digest(a, "model=none")
        True
    """
    fields = {
        f.name: (None if getattr(article, f.name) is None else str(getattr(article, f.name)))
        for f in dataclasses.fields(article)
        # A field added later counts only when set, so stores built before it keep their hashes.
        if f.name not in _LATER_FIELDS or getattr(article, f.name) is not None
    }
    text = json.dumps([fields, settings], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def date_interval(value: DateValue) -> tuple[date, date]:
    """The first and last day a date stands for, at its precision.

    Examples:
        >>> [d.isoformat() for d in date_interval(DateValue("2024-02", "month"))]
        ['2024-02-01', '2024-02-29']
        >>> [d.isoformat() for d in date_interval(DateValue("2022", "year"))]
        ['2022-01-01', '2022-12-31']
    """
    try:
        if value.precision == "year":
            year = int(value.value[:4])
            return date(year, 1, 1), date(year, 12, 31)
        if value.precision == "month":
            year, month = int(value.value[:4]), int(value.value[5:7])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date.fromisoformat(value.value[:10])
    except ValueError as exc:
        raise GraphError(f"date {value.value!r} does not match precision {value.precision!r}") from exc
    return day, day


def date_literal(value: DateValue) -> Literal:
    """A date typed by its precision: xsd:date, xsd:gYearMonth or xsd:gYear.

    Raises:
        GraphError: when the value does not match its precision.

    Examples:
        >>> date_literal(DateValue("2022-05", "month")).datatype == XSD.gYearMonth
        True
    """
    pattern = {"day": 3, "month": 2, "year": 1}.get(value.precision)
    parts = value.value.split("-")
    if pattern is None or len(parts) != pattern or not all(p.isdigit() for p in parts):
        raise GraphError(f"date {value.value!r} does not match precision {value.precision!r}")
    return Literal(value.value, datatype=_DATATYPES[value.precision])


def decimal_literal(value: Decimal | int | float | str) -> Literal:
    """An xsd:decimal in canonical form, which survives every RDF syntax unchanged.

    Examples:
        >>> str(decimal_literal(Decimal("7E+8")))
        '700000000.0'
        >>> str(decimal_literal("2.50"))
        '2.5'
    """
    text = format(Decimal(str(value)), "f")
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0") or "0"
    if whole in ("-0", "") and frac == "0":
        whole = "0"
    text = f"{whole}.{frac}"
    return Literal(text, datatype=XSD.decimal)


def number_text(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@lru_cache(maxsize=65536)
def text_literal(value: str, lang: str) -> Literal:
    """A language-tagged literal; cached, since entity names and titles recur in every article."""
    return Literal(value, lang=lang)
