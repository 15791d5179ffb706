"""English rule vocabulary for the ``en_*`` modules, read from ``data/en_rules.tsv``.

The file has one ``kind<TAB>word`` line per entry (see its header). A
country's ministries, army and government are in ``data/institutions.tsv``
(:mod:`newsgraph.extract.institutions`), for every language.

Examples:
    >>> "the" in en_words("lead"), "say" in en_words("report")
    (True, True)
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["en_words"]


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
