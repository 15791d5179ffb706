"""French date patterns for :mod:`newsgraph.extract.dates`.

French writes the day before the month, in lower case, with an optional
weekday and article before it ("lundi 20 juillet 2015", "le 11 mai",
"le 1er mars"); «dernier» / «prochain» after a day and month or a month alone
(«le 11 janvier dernier», «en juin dernier») put it before or after publication;
a weekday alone ("mercredi", "mercredi dernier") and relative words ("hier",
"l'an dernier") are resolved against the publication date by
:mod:`newsgraph.extract.dates`, from the ``fr`` rows of ``data/months.tsv``,
``dates_weekdays.tsv``, ``dates_relative.tsv`` and ``dates_cues.tsv``. Each
pattern uses the group names the resolver reads (``d``, ``m``, ``y``, ``wd``,
``rel``, ``r``, ``cues``, ``head``).

Examples:
    >>> pats = dict(french_patterns("mai|juillet", "lundi|mercredi", "hier",
    ...                             {"past": "dernier", "next": "prochain", "prep": "en",
    ...                              "since": "depuis", "until": "jusqu'au", "head": "année"}))
    >>> pats["dmy"].search("Il est arrivé lundi 20 juillet 2015.").group("d", "m", "y")
    ('20', 'juillet', '2015')
    >>> pats["dmy"].search("le 1er mai").group("d")
    '1'
    >>> pats["dmy"].search("tué le 11 juillet dernier").group("d", "m", "rel")
    ('11', 'juillet', 'dernier')
    >>> pats["mrel"].search("arrêtés en mai dernier").group("m", "rel")
    ('mai', 'dernier')
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["french_patterns"]


def french_patterns(
    months: str, weekdays: str, relative: str, by: Mapping[str, str]
) -> list[tuple[str, re.Pattern[str]]]:
    """The French date patterns, given regex alternations of the month, weekday and relative
    forms, and of the cue words by role (``by``)."""
    month = rf"(?P<m>(?i:{months}))\b"
    year = r"(?:\s+(?P<y>\d{4})(?!\d))"
    wdp = rf"(?:\b(?i:{weekdays})\s+)?"
    day = r"(?<![\d.,])(?P<d>\d{1,2})(?:er|e)?(?!\d)"
    rel = rf"\s+(?P<rel>(?i:{by['past']}|{by['next']}))\b"  # «le 11 janvier dernier», «juin prochain»
    return [
        ("dmy", re.compile(rf"{wdp}{day}\s+{month}(?:{year}|{rel})?")),
        ("my", re.compile(rf"\b{month}\s+(?P<y>\d{{4}})(?!\d)")),
        ("mrel", re.compile(rf"\b{month}{rel}")),
        (
            "year",
            re.compile(
                rf"\b(?P<cues>(?:(?i:{by['prep']}|{by['since']}|{by['until']})\s+(?:l['’])?)*)"
                rf"(?P<head>(?i:{by['head']})\s+)?(?P<y>\d{{4}})(?!\d)"
            ),
        ),
        ("wd", re.compile(rf"\b(?P<wd>(?i:{weekdays}))\b(?:\s+(?P<rel>(?i:{by['past']}|{by['next']}))\b)?")),
        ("rel", re.compile(rf"(?<![\w'’])(?P<r>(?i:{relative}))(?![\w-])")),
    ]
