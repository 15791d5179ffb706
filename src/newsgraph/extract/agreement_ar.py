"""Arabic gender agreement between a definite feminine noun and the definite word after it.

A masculine word right after a feminine definite head is no adjective of it: in «رئيس الحكومة
المكلف» "designate" qualifies «رئيس», so «الحكومة المكلف» is no body, where «الحكومة المكلفة» is.
Words ending in «ة», «ات» or «ا», and the feminine elatives of ``data/feminine_elatives_ar.txt``
(«اللجنة العليا», «القناة الأولى»), agree.

Examples:
    >>> [disagrees_ar("الحكومه", w) for w in ("المكلف", "المكلفه", "الليبيه", "الاولي", "العليا")]
    [True, False, False, False, False]
"""

from __future__ import annotations

from newsgraph.extract.lexicon import words

__all__ = ["disagrees_ar"]


def disagrees_ar(noun: str, word: str) -> bool:
    """Whether the definite feminine ``noun`` and the definite ``word`` after it (both normalised, «ة»
    as «ه») disagree in gender, so ``word`` is no adjective of ``noun``."""
    return (len(noun) > 4 and noun.startswith("ال") and noun.endswith("ه")
            and len(word) > 4 and word.startswith("ال") and not word.endswith(("ه", "ات", "ا"))
            and word not in words("feminine_elatives_ar.txt"))
