"""Short names within one article: "Hadi" and "Mansour Hadi" are the "Abd-Rabbu Mansour Hadi" named in full.

News names a person in full once, then by a shorter form: the last name
("Sisi", «رئيسي») or the last words («بن سلمان», "Mansour Hadi"). Each of
those forms would otherwise become a node of its own.
:func:`short_name_links` maps the id of a short form to the id of the full
name when exactly one full name in the article ends that way; two
candidates that are not one inside the other (two Hadis) leave the short
form alone. A name that only *begins* a longer one is left alone: the
longer one is as often a name that ran into the next word («محمد بن سلمان
وجرى») as a fuller name.

Honorifics before a name ("Mr", "Dr", «الشيخ») are not part of it; the
list is ``data/person_honorifics.txt``.

Examples:
    >>> short_name_links({"p/1": "Abd-Rabbu Mansour Hadi", "p/2": "Hadi", "p/3": "Mr Mansour Hadi"})
    {'p/2': 'p/1', 'p/3': 'p/1'}
    >>> short_name_links({"p/1": "Joe Biden", "p/2": "Hunter Biden", "p/3": "Biden"})
    {}
    >>> short_name_links({"p/1": "محمد بن سلمان", "p/2": "بن سلمان"})
    {'p/2': 'p/1'}
    >>> short_name_links({"p/1": "أحمد علي عبد الله صالح", "p/2": "علي عبد الله صالح"})  # the father
    {}
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from importlib import resources

from newsgraph.extract.normalize import is_arabic, normalize_ar

__all__ = ["name_tokens", "short_name_links"]

_SPLIT = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    path = resources.files("newsgraph.extract") / "data" / "person_honorifics.txt"
    words = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(_norm(w) for w in words if w and not w.startswith("#"))


def _norm(word: str) -> str:
    return normalize_ar(word) if is_arabic(word) else word.casefold()


def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a person name, normalised, without leading honorifics.

    Examples:
        >>> name_tokens("Mr. Joe  Biden")
        ('joe', 'biden')
        >>> name_tokens("الشيخ محمد بن زايد")
        ('محمد', 'بن', 'زايد')
    """
    words = [_norm(w) for w in _SPLIT.split(name) if w]
    honorifics = _honorifics()
    while len(words) > 1 and words[0] in honorifics:
        words.pop(0)
    return tuple(words)


#: Words that open a short form made of a lineage: «بن سلمان», "bin Salman", «أبو مازن».
_KINSHIP = frozenset({"بن", "ابن", "ابو", "bin", "ibn", "abu"})


def _short_form(short: tuple[str, ...], arabic: bool) -> bool:
    """Whether ``short`` can be a short form at all: one word, or two ("Mansour Hadi", «بن سلمان»).

    An Arabic name is a chain of fathers' names, so its last words are the father's own name
    («علي عبد الله صالح» ends «أحمد علي عبد الله صالح», his son): in Arabic only one word, or
    two that begin with «بن»/«أبو», is taken as a short form.
    """
    if len(short) == 1:
        return True
    return len(short) == 2 and (not arabic or short[0] in _KINSHIP)


def _inside(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short`` ends ``full``."""
    return 0 < len(short) < len(full) and full[-len(short):] == short


def short_name_links(names: Mapping[str, str]) -> dict[str, str]:
    """Person id -> the id of the one fuller name in the same article that it shortens.

    Args:
        names: each person id of one article and the name it was minted from.
    """
    tokens = {pid: name_tokens(name) for pid, name in names.items()}
    out: dict[str, str] = {}
    for pid, short in tokens.items():
        if not _short_form(short, is_arabic(names[pid])):
            continue
        fuller = [other for other, full in tokens.items() if other != pid and _inside(short, full)]
        if not fuller:
            continue
        longest = max(fuller, key=lambda o: (len(tokens[o]), o))
        # Every candidate must lie inside the longest one (Hadi < Mansour Hadi < Abd-Rabbu Mansour Hadi).
        if all(o == longest or tokens[o] == tokens[longest] or _inside(tokens[o], tokens[longest])
               for o in fuller):
            out[pid] = longest
    return dict(sorted(out.items()))
