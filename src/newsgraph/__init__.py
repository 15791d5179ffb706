"""newsgraph: news articles in, an event knowledge graph out.

The public API:

- :func:`extract` one text, or :func:`extract_article` one :class:`Article`,
  into an :class:`Extraction` (mentions, entities, positions, events);
- :func:`build` a :class:`KnowledgeGraph` from paths, folders or articles,
  with ``.query()``, ``.serialize()``, ``.to_networkx()`` and ``.to_html()``;
- :func:`read_articles` to read .txt, .html and .jsonl inputs.

Nothing is loaded at import: pipelines and the knowledge base load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsgraph.errors import (
    ConfigError,
    ExtractionError,
    GraphError,
    InputError,
    NewsgraphError,
    QueryError,
)

# Bound eagerly: the subpackage ``newsgraph.extract`` would otherwise shadow the
# function of the same name once anything imports it. This import is light.
from newsgraph.extract import extract
from newsgraph.types import (
    Amount,
    Article,
    DateValue,
    Entity,
    Event,
    Extraction,
    Mention,
    Position,
    Relation,
    Span,
)

# The function now shadows the subpackage instead: ``import newsgraph.extract.pipeline as p`` looks
# ``pipeline`` up on it and, failing that, in sys.modules under the name the function gives, which
# is therefore the subpackage's.
extract.__name__ = "newsgraph.extract"

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "extract",
    "extract_article",
    "build",
    "build_report",
    "read_articles",
    "KnowledgeGraph",
    "Article",
    "Mention",
    "Entity",
    "Position",
    "DateValue",
    "Amount",
    "Span",
    "Event",
    "Relation",
    "Extraction",
    "NewsgraphError",
    "InputError",
    "ExtractionError",
    "GraphError",
    "QueryError",
    "ConfigError",
]

if TYPE_CHECKING:
    from newsgraph.api import build, build_report
    from newsgraph.extract import extract_article
    from newsgraph.graph import KnowledgeGraph
    from newsgraph.io import read_articles

_LAZY = {
    "extract_article": "newsgraph.extract",
    "build": "newsgraph.api",
    "build_report": "newsgraph.api",
    "read_articles": "newsgraph.io",
    "KnowledgeGraph": "newsgraph.graph",
}


def __getattr__(name: str) -> Any:
    """Import the heavy parts (spaCy, rdflib) only when first used."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
