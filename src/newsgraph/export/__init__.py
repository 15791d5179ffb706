"""Exports of the knowledge graph: RDF files (:mod:`~newsgraph.export.rdf`),
networkx graphs and HTML views.

Nothing is imported eagerly beyond the RDF writer's names; the networkx and
HTML exporters load only when used.
"""

from __future__ import annotations

from newsgraph.export.rdf import FORMATS, read_rdf, write_rdf

__all__ = ["FORMATS", "read_rdf", "write_rdf"]
