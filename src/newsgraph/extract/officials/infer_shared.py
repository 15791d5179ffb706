"""An ``of`` guessed for one title that others share (:mod:`.infer` runs these after its guesses).

A person's title guessed from the article alone takes the country the same person's same title got
from a sentence (:func:`same_office`), and the offices stacked on a sovereign's or crown prince's name
take the monarchy his title got (:func:`with_sovereign`): «ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء
وزير الدفاع الأمير X» in a report on Yemen are offices of Saudi Arabia, not of Yemen.
"""

from __future__ import annotations

import dataclasses

from newsgraph.extract.officials.base import Official
from newsgraph.text import clitic_splits, normalize_token

__all__ = ["monarchic_title", "private_title", "same_office", "with_sovereign"]


def monarchic_title(title: str, monarchic: frozenset[str]) -> bool:
    """The title's first or last word is ``monarchic`` («الملك», «ولي العهد»)."""
    words = [normalize_token(w) for w in title.split()]
    return bool(words) and (words[0] in monarchic or words[-1] in monarchic)


def with_sovereign(officials: list[Official], crowned: set[int]) -> list[Official]:
    """The offices stacked on one name with a sovereign's or crown prince's title (indices ``crowned``)
    take its country where theirs was only guessed: «ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير
    الدفاع» are one man's offices in one monarchy.

    Examples:
        >>> crown = Official(0, 5, "A Lee", "ولي العهد", 6, 15, "country/SA", 0, "title-name", True)
        >>> other = Official(0, 5, "A Lee", "وزير الدفاع", 16, 27, "country/YE", 0, "title-name", True)
        >>> [o.of for o in with_sovereign([crown, other], {0})]
        ['country/SA', 'country/SA']
    """
    kings: dict[tuple[int, int], set[str]] = {}
    for i in crowned:
        off = officials[i]
        if off.of and off.of.startswith("country/"):
            kings.setdefault((off.sentence, off.name_start), set()).add(off.of)
    out = []
    for off in officials:
        known = kings.get((off.sentence, off.name_start), set())
        guessed = off.of_inferred and off.of is not None and off.of.startswith("country/")
        if len(known) == 1 and guessed and off.of not in known:
            off = dataclasses.replace(off, of=next(iter(known)))
        out.append(off)
    return out


def same_office(officials: list[Official], fallback: set[int]) -> list[Official]:
    """A person's title whose ``of`` is only the article's country takes the ``of`` the same
    person's same title got from a sentence, when that is one country; it stays marked as guessed.

    Examples:
        >>> guessed = Official(0, 5, "A Lee", "premier", None, None, "country/PK", 0, "title-name", True)
        >>> offs = [guessed, Official(9, 14, "A Lee", "premier", None, None, None, 1, "title-name")]
        >>> [(o.of, o.of_inferred) for o in same_office(offs, {1})]
        [('country/PK', True), ('country/PK', True)]
    """
    seen: dict[tuple[str, str], set[str]] = {}
    for i, off in enumerate(officials):
        if i not in fallback and off.title and off.of:
            seen.setdefault((normalize_token(off.name), normalize_token(off.title)), set()).add(off.of)
    out = []
    for i, off in enumerate(officials):
        key = (normalize_token(off.name), normalize_token(off.title or ""))
        known = seen.get(key) if i in fallback else None
        if known and len(known) == 1:  # not stated with this title: a guess, whatever it was copied from
            off = dataclasses.replace(off, of=next(iter(known)), of_inferred=True)
        out.append(off)
    return out


def private_title(title: str, private: frozenset[str]) -> bool:
    """Whether a word of ``title``, or what follows its proclitics («لفريق», «بنادي», «للجنة»), is in
    ``private``.

    Examples:
        >>> private_title("المدير الفني لفريق الهلال", frozenset({"فريق"}))
        True
        >>> private_title("وزير الخارجية", frozenset({"فريق"}))
        False
    """
    return bool(private) and any(
        normalize_token(word) in private
        or any(normalize_token(rest) in private for _, rest in clitic_splits(word))
        for word in title.split()
    )
