"""English rule vocabulary for the ``en_*`` modules, read from ``data/en_rules.tsv``.

The file has one ``kind<TAB>word`` line per entry (see its header); ministry
lines carry a third column, the ministry's canonical name.

Examples:
    >>> "the" in en_words("lead"), "say" in en_words("report")
    (True, True)
    >>> ministry_names()["foreign"]
    'Ministry of Foreign Affairs'
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["en_words", "ministry_names"]


@cache
def _rows() -> tuple[tuple[str, ...], ...]:
    text = files("newsgraph.extract").joinpath("data", "en_rules.tsv").read_text(encoding="utf-8")
    return tuple(
        tuple(cell.strip() for cell in line.split("\t"))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@cache
def en_words(kind: str) -> frozenset[str]:
    """The lower-cased words of one ``kind`` of ``data/en_rules.tsv``."""
    return frozenset(row[1].lower() for row in _rows() if row[0] == kind and len(row) > 1)


@cache
def ministry_names() -> dict[str, str]:
    """Adjective before "ministry" → canonical ministry name ("foreign" → "Ministry of Foreign Affairs")."""
    return {row[1].lower(): row[2] for row in _rows() if row[0] == "ministry" and len(row) > 2}
