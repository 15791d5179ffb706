"""Officials: persons introduced with their position («وزير الخارجية الإيطالي لويجي دي مايو»).

News introduces an official by a title next to the name: before it («وزير
الخارجية الإيطالي لويجي دي مايو», "Foreign Minister Nasser Bourita"), after it
(«فيكتوريا نولاند القائمة بأعمال مساعدة وزير الخارجية الأميركية», "Nasser
Bourita, Morocco's foreign minister"), or as the subject of a speech verb
(«قال ...», "... said"). Names are not in the knowledge base, so they are
recognised by shape: Arabic-letter tokens that are not known words, verbs,
months, titles or mentions; capitalised tokens (or NER PERSON spans) in English.

A title is a head noun from ``data/titles_*.tsv`` with its complements (the
idafa chain «القائمة بأعمال مساعدة وزير الخارجية»). The country or
organization the position belongs to (``of``) comes from a nationality
adjective, a construct state («وزير خارجية المغرب»), «في المغرب» after the title,
an organization in or after the title, or an English possessive / modifier.

The rules are split by language: :mod:`.base` holds the :class:`Official`
type and the per-document lookups both languages read, :mod:`.ar_titles`,
:mod:`.ar` and :mod:`.ar_names` the Arabic titles, the names they introduce and
the shape of names, :mod:`.en` the English ones, :mod:`.fr` and :mod:`.fr_names` the French ones,
and :mod:`.find` the entry points that run one language's rules and merge
what they find. English refinements on the parse (honorifics, the country
of a position, pronouns) run afterwards, in :mod:`newsgraph.extract.en_officials`.

Examples:
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("Canadian Foreign Minister Jane Roe said talks went well.")
    >>> doc.spans["ng_mentions"] = [Span(doc, 0, 1, label="COUNTRY", kb_id="country/CA",
    ...                                  span_id="demonym")]
    >>> [(o.name, o.title, o.of) for o in find_officials(doc, "en")]
    [('Jane Roe', 'Foreign Minister', 'country/CA')]
"""

from __future__ import annotations

from newsgraph.extract.lexicon import title_vocabulary
from newsgraph.extract.officials.base import Official
from newsgraph.extract.officials.find import (
    find_officials,
    link_surnames,
    office_references,
    titles_for_position,
)

__all__ = [
    "Official",
    "find_officials",
    "link_surnames",
    "office_references",
    "titles_for_position",
    "title_vocabulary",
]
