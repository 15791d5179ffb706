"""From extractions to RDF: vocabulary, builder, store and validation.

- :mod:`newsgraph.graph.ns`: the ``NG``/``NGT`` vocabularies and IRI minting.
- :mod:`newsgraph.graph.build`: one named graph per article.
- :mod:`newsgraph.graph.store`: :class:`KnowledgeGraph`.
- :mod:`newsgraph.graph.validate`: SHACL validation.
- ``queries/*.rq``: example SPARQL queries (see :func:`query_text`).
"""

from __future__ import annotations

from importlib import resources

from newsgraph.graph.build import extraction_to_graph
from newsgraph.graph.ns import NG, NGT, bind_prefixes, iri
from newsgraph.graph.store import KnowledgeGraph
from newsgraph.graph.validate import ValidationResult, validate

__all__ = [
    "NG",
    "NGT",
    "KnowledgeGraph",
    "ValidationResult",
    "bind_prefixes",
    "extraction_to_graph",
    "iri",
    "query_names",
    "query_text",
    "validate",
]


def query_names() -> list[str]:
    """Names of the bundled example queries (file names without ``.rq``).

    Examples:
        >>> "events" in query_names()
        True
    """
    folder = resources.files("newsgraph.graph").joinpath("queries")
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))


def query_text(name: str) -> str:
    """The text of the bundled query ``name`` (see :func:`query_names`)."""
    from newsgraph.errors import QueryError

    path = resources.files("newsgraph.graph").joinpath("queries").joinpath(f"{name}.rq")
    if not path.is_file():
        raise QueryError(f"no bundled query {name!r}; known: {', '.join(query_names())}")
    return path.read_text(encoding="utf-8")
