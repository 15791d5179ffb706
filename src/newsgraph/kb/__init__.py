"""The knowledge base: countries, nationality adjectives, organizations, cities, regions.

Nothing is read at import; call :func:`load_kb` (cached).

Examples:
    >>> from newsgraph.kb import load_kb
    >>> load_kb().country("SY").labels["en"]
    'Syria'
"""

from newsgraph.kb.load import Alias, AliasKind, KnowledgeBase, load_kb

__all__ = ["Alias", "AliasKind", "KnowledgeBase", "load_kb"]
