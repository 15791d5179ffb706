"""Blocking keys for entity resolution: which names :mod:`newsgraph.resolve.entities` compares.

Two names are compared only when they share a key (:func:`block_keys`): the last word of a
romanisation, the father's name in a chain of descent, and the first two words, kinship words
left out. :mod:`newsgraph.resolve.entities` re-exports :func:`block_keys`.
"""

from __future__ import annotations

from newsgraph.resolve.names import KINSHIP, fold, latin_forms, skeleton, spelling_key
from newsgraph.text import is_arabic

__all__ = ["block_keys"]


def block_keys(name: str, cross: bool = True) -> set[str]:
    """Blocking keys of a name, per romanisation: its last word, and its first two words
    (kinship words such as "bin" left out).

    Two names are compared only when they share a key. Names of one person
    agree on the last name (see :func:`~newsgraph.resolve.names.name_similarity`)
    or, for a name that begins a longer one, on the first two words; a key for
    every word would put every "Mohammed" and every "bin" in one block, and
    the pairs would grow with the square of the corpus.

    With ``cross`` False (no name of the other script to meet), an Arabic name
    is keyed in Arabic letters and never romanised.

    Examples:
        >>> sorted(block_keys("Nasser Bourita"))
        ['f:nsrbrt', 'l:brt']
        >>> sorted(block_keys("محمد بن سلمان بن عبد العزيز", cross=False))
        ['a:f:محمدسلمن', 'a:l:سلمن', 'a:l:عبدلعزيز']
        >>> block_keys("Abdel Fattah el-Sisi") & block_keys("Sisi")
        {'l:ss'}
        >>> block_keys("جيلانبينار", cross=False) & block_keys("جيلان بينار", cross=False)
        {'a:f:جيلنبينر'}
    """
    if not cross and is_arabic(name):
        words = spelling_key(name).split()
        return _name_keys("a:", words, words, _AR_KINSHIP)
    keys: set[str] = set()
    for form in latin_forms(name):
        words = fold(form).split()
        keys |= _name_keys("", words, [skeleton(w)[:3] for w in words], KINSHIP)
    return keys
_AR_KINSHIP = frozenset({"بن", "ابن", "بنت", "ابو", "ابي"})


def _name_keys(script: str, words: list[str], keyed: list[str], kinship: frozenset[str]) -> set[str]:
    """The keys of one spelling of a name: "l:" its last word, and the father's name in a chain of
    descent ("... bin Salman bin Abdulaziz": Salman); "f:" its first two words, kinship words left
    out. ``keyed`` is the key of each of ``words`` (a skeleton, or the word itself)."""
    if not keyed or not keyed[-1]:
        return set()
    keys = {script + "l:" + keyed[-1]}
    for i, word in enumerate(words[1:-1], start=1):
        if word in kinship:
            if keyed[i + 1]:
                keys.add(script + "l:" + keyed[i + 1])
            break
    named = [k for w, k in zip(words, keyed, strict=True) if k and w not in kinship]
    if len(named) >= 2:
        keys.add(script + "f:" + named[0] + named[1])
    elif script == "a:" and len(words) == 1:
        keys.add(script + "f:" + keyed[0])  # «جيلانبينار» meets «جيلان بينار», written in two words
    return keys
