"""Check a built graph against the SHACL shapes of ``ontology/shapes.ttl``.

All named graphs are validated together (as their union), with the ontology
mixed in so that event-type concepts are known. pyshacl does the work.

Examples:
    >>> from rdflib import Dataset
    >>> from newsgraph.graph.build import extraction_to_graph
    >>> from newsgraph.types import Article, Extraction
    >>> ds = Dataset(default_union=True)
    >>> _ = extraction_to_graph(Extraction(Article("a", "T", "x", "en")), ds)
    >>> validate(ds).conforms
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import SH, XSD
from rdflib.term import Node

from newsgraph.errors import GraphError
from newsgraph.graph.ns import ontology_text, shapes_text

__all__ = ["ValidationResult", "validate", "shapes_graph", "ontology_graph"]


@dataclass(frozen=True)
class ValidationResult:
    """Outcome of a SHACL validation.

    Attributes:
        conforms: True when no shape is violated.
        text: pyshacl's human-readable report.
        results: number of violations (``sh:result`` entries).
    """

    conforms: bool
    text: str
    results: int

    def __bool__(self) -> bool:
        return self.conforms


def _plain(node: Node) -> Node:
    """``"x"^^xsd:string`` as the plain ``"x"`` (Oxigraph returns the former, rdflib makes the latter)."""
    if isinstance(node, Literal) and node.datatype == XSD.string:
        return Literal(str(node))
    return node


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The SHACL shapes (parsed once; do not modify the returned graph)."""
    return Graph().parse(data=shapes_text(), format="turtle")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology with the event-type scheme (parsed once; do not modify)."""
    return Graph().parse(data=ontology_text(), format="turtle")


def validate(dataset: Dataset | Graph) -> ValidationResult:
    """Validate the union of all graphs in ``dataset`` against the shapes.

    Args:
        dataset: a Dataset (every named graph is included) or a single Graph.

    Returns:
        A :class:`ValidationResult`.

    Raises:
        GraphError: when pyshacl is missing or fails on the input.
    """
    try:
        import pyshacl
    except ImportError as exc:  # pragma: no cover - pyshacl is a dependency
        raise GraphError("SHACL validation needs pyshacl: pip install pyshacl") from exc
    data = Graph()
    if isinstance(dataset, Dataset):
        data.addN((s, p, _plain(o), data) for s, p, o, _ in dataset.quads((None, None, None, None)))
    else:
        data.addN((s, p, _plain(o), data) for s, p, o in dataset)
    # The ontology types the event-type concepts that sh:class skos:Concept checks.
    data += ontology_graph()

    try:
        conforms, report, text = pyshacl.validate(
            data,
            shacl_graph=shapes_graph(),
            inference="none",
            advanced=True,  # SPARQL targets (ngs:EventTypeFamilyShape)
            abort_on_first=False,
            allow_warnings=True,
        )
    except Exception as exc:  # pyshacl raises its own error types
        raise GraphError(f"SHACL validation failed to run: {exc}") from exc
    results = len(set(report.objects(None, SH.result))) if isinstance(report, Graph) else 0
    return ValidationResult(bool(conforms), str(text), results)
