"""Late-bound access to :mod:`newsgraph.extract.normalize`.

Importing ``newsgraph.extract.normalize`` runs ``newsgraph/extract/__init__.py``,
which loads the extraction pipeline (spaCy, the knowledge base). The readers
need only three small text functions, so they call them through here: the
import happens on first use, ``import newsgraph.io`` stays light, and no
import cycle can form if the extraction package imports the readers.

Examples:
    >>> to_ascii_digits("١٢/٠٥/٢٠٢٢")
    '12/05/2022'
"""

from __future__ import annotations

__all__ = ["normalize_key", "is_arabic", "to_ascii_digits"]


def normalize_key(text: str) -> str:
    """See :func:`newsgraph.extract.normalize.normalize_key`."""
    from newsgraph.extract.normalize import normalize_key as impl

    return impl(text)


def is_arabic(text: str) -> bool:
    """See :func:`newsgraph.extract.normalize.is_arabic`."""
    from newsgraph.extract.normalize import is_arabic as impl

    return impl(text)


def to_ascii_digits(text: str) -> str:
    """See :func:`newsgraph.extract.normalize.to_ascii_digits`."""
    from newsgraph.extract.normalize import to_ascii_digits as impl

    return impl(text)
