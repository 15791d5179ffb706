"""Arabic «السفير» as a diplomat's style, not an embassy (issue 16, other outlets).

Outlets style career diplomats «السفير» before their name whatever office they hold now: «السفير X
وزير الخارجية», «المتحدث الرسمي باسم الوزارة ومدير الإدارة السفير X». Bare, with no country or
posting stated with it (``style`` lines of ``data/titles_ar.tsv``), the word names no embassy when the
same person holds another office in the article: that office is his position, and the ambassador's
title, whose country could only be guessed, is dropped. «سفير فرنسا X», «السفير الفرنسي X» (a country
stated) and a bare «السفير X» with no other office stay.

Examples:
    >>> from newsgraph.extract.officials.base import Official
    >>> style = Official(0, 5, "سالم ناصر", "السفير", 0, 0, None, 0, "title-name")
    >>> office = Official(9, 14, "سالم ناصر", "وزير الخارجية", 0, 0, None, 0, "name-title")
    >>> [o.title for o in drop_envoy_styles([style, office])]
    ['وزير الخارجية']
    >>> [o.title for o in drop_envoy_styles([style])]
    ['السفير']
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.extract.lexicon import title_vocabulary
from newsgraph.extract.officials.base import Official, last_name_word
from newsgraph.text import normalize_token

__all__ = ["drop_envoy_styles"]


def drop_envoy_styles(officials: Sequence[Official]) -> list[Official]:
    """``officials`` without a bare diplomat's style («السفير» and no ``of`` stated) on a person (same
    last name word) who holds another office in the article, a rank or courtesy title not counted."""
    vocab = title_vocabulary("ar")
    styles = vocab.get("style", frozenset())
    minor = styles | vocab.get("rank", frozenset()) | vocab.get("noble", frozenset()) \
        | vocab.get("honorific", frozenset())

    def bare_style(o: Official) -> bool:
        return o.title is not None and o.of is None and normalize_token(o.title) in styles

    offices = {last_name_word(o.name) for o in officials
               if o.title is not None and normalize_token(o.title) not in minor}
    return [o for o in officials if not (bare_style(o) and last_name_word(o.name) in offices)]
