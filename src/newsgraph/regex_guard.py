"""A zero-width guard on the characters a regular expression's match can start with.

Python's ``re`` tries a pattern at every position of the text. When the pattern opens with an
assertion («(?<![^\\W\\d_])», ``\\b``) or an optional group, it cannot skip ahead by its first
character, and every position pays for the assertion and for trying each word of a long
alternation (the month names of :mod:`newsgraph.extract.dates_patterns`). :func:`guarded` puts
a lookahead on the set of characters a match can start with in front, ``(?=[...])``: one
bitmap test rejects most positions. The matches are the same: the guard only states what the
pattern already requires (case-insensitive parts keep their flag, so ``re`` folds case for the
guard as it does for the pattern). A pattern whose first characters cannot be bounded (``.``,
a negated class, a backreference, a pattern that can match the empty string) is left as it is.

Examples:
    >>> guarded(re.compile(r"\\b(?:Monday|Friday)\\b")).pattern
    '(?=[FM])(?:\\\\b(?:Monday|Friday)\\\\b)'
    >>> p = guarded(re.compile(r"\\b(?i:last)\\s+(?P<d>\\d+)"))
    >>> p.pattern.split("(?:")[0], p.search("see LAST 3").group("d")
    ('(?=(?i:[l]))', '3')
    >>> guarded(re.compile(r"x?")).pattern  # can match the empty string: no guard
    'x?'
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

__all__ = ["guarded"]

_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))


class _Unbounded(Exception):
    """The pattern can start with characters no class lists."""


class _First:
    """What a match can start with: class parts, and whether case folds for some of them."""

    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.folded: set[str] = set()

    def add(self, part: str, fold: bool) -> None:
        (self.folded if fold else self.exact).add(part)


def _in_class(items: list[tuple[Any, Any]], fold: bool, first: _First) -> None:
    for op, av in items:
        if op is _c.LITERAL:
            first.add(re.escape(chr(av)), fold)
        elif op is _c.RANGE:
            first.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}", fold)
        elif op is _c.CATEGORY and av in _CATEGORIES:
            first.add(_CATEGORIES[av], fold)
        else:  # NEGATE, CHARSET, BIGCHARSET, other categories
            raise _Unbounded


def _sequence(items: list[tuple[Any, Any]], fold: bool, first: _First) -> bool:
    """Add the first characters of a sequence of parsed items; True when it can match empty."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            first.add(re.escape(chr(av)), fold)
            return False
        if op is _c.IN:
            _in_class(av, fold, first)
            return False
        if op is _c.BRANCH:
            empty = False
            for alternative in av[1]:
                empty |= _sequence(alternative.data, fold, first)
        elif op is _c.SUBPATTERN:
            _group, add, drop, sub = av
            folds = (fold or bool(add & re.IGNORECASE)) and not drop & re.IGNORECASE
            empty = _sequence(sub.data, folds, first)
        elif op in _REPEATS:
            low, _high, sub = av
            empty = _sequence(sub.data, fold, first) or low == 0
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            empty = _sequence(av.data, fold, first)
        else:  # ANY, NOT_LITERAL, GROUPREF, conditional groups...
            raise _Unbounded
        if not empty:
            return False
    return True


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead on the characters its matches can start with (same matches)."""
    first = _First()
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        empty = _sequence(tree.data, bool(pattern.flags & re.IGNORECASE), first)
    except (_Unbounded, re.error, RecursionError):
        return pattern
    if empty or not (first.exact or first.folded):
        return pattern
    parts = []
    if first.exact:
        parts.append(f"[{''.join(sorted(first.exact))}]")
    if first.folded:
        parts.append(f"(?i:[{''.join(sorted(first.folded))}])")
    return re.compile(f"(?={'|'.join(parts)})(?:{pattern.pattern})", pattern.flags)
