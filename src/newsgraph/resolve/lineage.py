"""Chains of descent: when two names of the «X بن Y» kind are of different people.

An Arabic name with a chain of descent lists a person, his father, often
his grandfather, then maybe the family: «محمد بن سلمان بن عبدالعزيز آل سعود».
News shortens the chain from the end («محمد بن سلمان», "Mohammed bin Salman
Al Saud"), so a name that is how another begins, or that gives the family
where the other goes on with a grandfather, may be the same person. Two
chains that agree on the person and the father and then give two different
grandfathers, or two different families, are not: «خالد بن عبدالعزيز بن
سلمان» is not «خالد بن عبدالعزيز بن عياف». Resolution vetoes joining two such
names (:func:`chains_differ`); that a short chain («سلمان بن عبدالعزيز») may
begin the names of two people (the king, and his grandson «سلمان بن عبدالعزيز
بن سلمان») is settled by :func:`newsgraph.resolve.entities.entity_links`.

Words are compared by spelling within a script (Arabic letter variants and
«عبد» joined or spaced alike), and across scripts by the consonant skeleton
of each Latin spelling of the Arabic name.

Examples:
    >>> chains_differ("خالد بن عبدالعزيز بن سلمان", "خالد بن عبد العزيز بن عياف")
    True
    >>> chains_differ("محمد بن سلمان", "محمد بن سلمان بن عبدالعزيز آل سعود")
    False
    >>> chains_differ("فيصل بن فرحان بن عبدالله", "Faisal bin Farhan Al Saud")
    False
    >>> chains_differ("Joe Biden", "Joe Biden Jr")
    False
"""

from __future__ import annotations

from functools import lru_cache

from newsgraph.resolve.names import fold, latin_forms, skeleton, spelling_key
from newsgraph.text import is_arabic, join_abd

__all__ = ["CHAIN_WORDS", "chain_words", "chains_differ", "has_chain"]

#: Words that link a name to the father's («بن», "bin"), after spelling keys or folding.
CHAIN_WORDS = frozenset({"بن", "بنت", "ابن", "bin", "ibn", "bint"})
_ABD = frozenset({"abd", "abdul", "abdil", "abdal"})


@lru_cache(maxsize=65536)
def chain_words(name: str, latin: bool = False) -> tuple[str, ...]:
    """The words of a name as chains are compared: spelling keys, or folded Latin skeletons.

    «ابن» is «بن»; a Latin "Abd"/"Abdul" is joined to the word after it, as Arabic writes «عبدالعزيز».

    Examples:
        >>> chain_words("Salman bin Abdul Aziz Al Saud")[:3] == chain_words("Salman bin Abdulaziz")
        True
    """
    if not latin and is_arabic(name):
        words = ["بن" if w == "ابن" else w for w in spelling_key(join_abd(name)).split()]
        return tuple(words)
    out: list[str] = []
    for word in fold(name).split():
        if out and out[-1] == "abd":
            out[-1] = "abd" + word
            continue
        if word[:5] in _ABD and len(word) > 5:
            word = "abd" + word[5:]  # Abdulaziz, Abdelaziz, Abd al-Aziz: abd + asis
        out.append("abd" if word in _ABD else "bin" if word == "ibn" else word)
    return tuple(w if w in CHAIN_WORDS else skeleton(w) for w in out)


def has_chain(name: str) -> bool:
    """Whether a name links a person to a father («بن»/"bin" after its first word, before its last)."""
    words = join_abd(name).split() if is_arabic(name) else fold(name).split()
    return any(w in CHAIN_WORDS or w == "ابن" for w in words[1:-1])


def _diverge(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both chains name the person and a father alike, then give two different names in one
    place: two grandfathers, or two families. One going on with «بن» where the other gives the
    family («فيصل بن فرحان بن عبدالله» ~ "Faisal bin Farhan Al Saud") is one person."""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    if k == min(len(a), len(b)) or k < 3 or a[1] not in CHAIN_WORDS:
        return False  # one is how the other begins, or they differ before the father
    return a[k] not in CHAIN_WORDS and b[k] not in CHAIN_WORDS


@lru_cache(maxsize=262144)
def chains_differ(x: str, y: str) -> bool:
    """True when ``x`` and ``y`` both have chains of descent that agree on the person and the
    father and then differ (a grandfather against another grandfather or a family name).

    Across scripts every Latin spelling of the Arabic name is tried: they differ only when
    none of them goes on as the other name does.
    """
    if not (has_chain(x) and has_chain(y)):
        return False
    if is_arabic(x) == is_arabic(y):
        return _diverge(chain_words(x), chain_words(y))
    arabic, latin = (x, y) if is_arabic(x) else (y, x)
    other = chain_words(latin, True)
    return all(_diverge(chain_words(form, True), other) for form in latin_forms(arabic))
