"""SPARQL result formatting and the prefixes every query may use.

Examples:
    >>> q = with_prefixes("SELECT ?e WHERE { ?e a ng:Event }")
    >>> q.startswith("PREFIX ng:")
    True
    >>> with_prefixes("PREFIX ng: <x#> ASK {}").count("PREFIX ng:")
    1
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

__all__ = ["PREFIXES", "with_prefixes", "format_result"]

PREFIXES = {
    "ng": "https://w3id.org/newsgraph/ontology#",
    "ngt": "https://w3id.org/newsgraph/event-type/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": "http://www.wikidata.org/entity/",
    "wgs": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "geo": "http://www.opengis.net/ont/geosparql#",
}


def with_prefixes(query: str) -> str:
    """Prepend the standard PREFIX lines the query does not declare itself."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w-]*):", query, flags=re.IGNORECASE)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    return "\n".join([*lines, query]) if lines else query


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def format_result(result: Any, fmt: str = "table") -> str:
    """Format an rdflib query result as a text table, CSV or JSON.

    ASK results print ``true``/``false``; CONSTRUCT/DESCRIBE print Turtle.
    """
    if result.type == "ASK":
        return ("true" if result.askAnswer else "false") + "\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        data = result.serialize(format="turtle")
        return data.decode("utf-8") if isinstance(data, bytes) else str(data)
    names = [str(v) for v in result.vars]
    rows = [[_cell(row[i]) for i in range(len(names))] for row in result]
    if fmt == "json":
        records = [dict(zip(names, r, strict=True)) for r in rows]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buf.getvalue()
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    line = " | ".join(n.ljust(w) for n, w in zip(names, widths, strict=True))
    out = [line, "-+-".join("-" * w for w in widths)]
    out += [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
