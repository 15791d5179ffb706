"""English titles whose apposition names the body they serve without naming it as a country's office.

"Ann Lee, a spokesperson for the fire service", "Ann Lee, chief executive of the museum", "Ann Lee, a vice
president at Acme": the office is that body's (a company, a party, a court, a department), so no country is
guessed for it from the sentence, the article or the dateline. The body nouns are data: ``unnamed_body``
lines of ``data/en_rules.tsv``, in lower case only (a capitalised "Department of Justice" is a named body,
maybe a state's); "at" before a capitalised word is a workplace whatever its noun.

Examples:
    >>> from newsgraph.extract.officials import Official
    >>> off = Official(0, 7, "Ann Lee", "spokesperson", 11, 23, None, 0, "name-title")
    >>> serves_body("Ann Lee, a spokesperson for the fire service, said", off)
    True
    >>> serves_body("Ann Lee, a spokesperson for Chile, said", off)
    False
"""

from __future__ import annotations

import re

from newsgraph.extract.en_rules import en_words
from newsgraph.extract.officials import Official

__all__ = ["serves_body"]

_LINK = re.compile(r"\s+(of|for|at)\s+(?:the\s+|its\s+|their\s+|a\s+)?((?:[\w&.'-]+\s*){1,4})")
_REACH = 60


def serves_body(text: str, off: Official) -> bool:
    """Whether the words right after ``off``'s title link it to a body (see the module docstring)."""
    if off.title_end is None or off.title_end <= off.name_start:
        return False  # "Spokesperson Ann Lee of Acme": the phrase after the name is the name's
    found = _LINK.match(text[off.title_end : off.title_end + _REACH])
    if found is None:
        return False
    words = found.group(2).split()
    if found.group(1) == "at" and words[0][:1].isupper():
        return True
    bodies = en_words("unnamed_body")
    return any(w.strip(".,;") in bodies for w in words)  # "the Department of Justice" is named
