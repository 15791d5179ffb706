"""Queries in, SPARQL results out: finding a query, its parameters, and the result formats.

:func:`load_query` turns what a user typed into query text: a ``.rq`` file, a
shipped query's name (``officials``, see :func:`newsgraph.graph.query_names`)
or SPARQL itself. :func:`parse_param` reads ``NAME=VALUE`` into a binding:
``2022-01-01`` is an ``xsd:date``, ``<https://…>`` an IRI, anything else a
plain literal. The newsgraph prefixes (:data:`PREFIXES`) are passed to the
query engine as predeclared prefixes, not prepended as text, so the line
numbers of a syntax error are those of the user's own query.

:func:`format_result` writes a result as a readable ``table``, or in the
SPARQL 1.1 result formats (``json``, ``xml``, ``csv``, ``tsv``) with rdflib's
own serializers (TSV, which rdflib does not write, follows the SPARQL 1.1 TSV
format: terms in Turtle syntax). CONSTRUCT and DESCRIBE results are Turtle.

Examples:
    >>> q = with_prefixes("SELECT ?e WHERE { ?e a ng:Event }")
    >>> q.startswith("PREFIX ng:"), q.count("\\n")
    (True, 0)
    >>> with_prefixes("PREFIX ng: <x#> ASK {}").count("PREFIX ng:")
    1
    >>> parse_param("since=2022-01-01")
    ('since', rdflib.term.Literal('2022-01-01', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#date')))
    >>> parse_param("country=MA")
    ('country', rdflib.term.Literal('MA'))
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from newsgraph.errors import QueryError

__all__ = ["PREFIXES", "RESULT_FORMATS", "bind_values", "format_result", "load_query", "parse_param",
           "with_prefixes"]

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
#: ``--format`` values of ``newsgraph query``: a terminal table and the SPARQL 1.1 result formats.
RESULT_FORMATS = ("table", "json", "xml", "csv", "tsv")

_QUERY_FORMS = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def with_prefixes(query: str) -> str:
    """Prepend, on the query's first line, the standard PREFIX declarations it does not make itself.

    Keeping them on one line keeps the query's line numbers.
    """
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w-]*):", query, flags=re.IGNORECASE)}
    decls = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    return " ".join([*decls, query]) if decls else query


def load_query(arg: str) -> str:
    """The query text ``arg`` stands for: a ``.rq`` (or other) file, a shipped query's name, or SPARQL.

    Raises:
        QueryError: for a ``.rq`` path that does not exist (it is not run as
            text), or for text that is neither a file, a shipped name, nor a
            SPARQL query.

    Examples:
        >>> "ng:holdsPosition" in load_query("officials")
        True
        >>> load_query("ASK { ?s ?p ?o }")
        'ASK { ?s ?p ?o }'
        >>> try:
        ...     load_query("queries/nope.rq")
        ... except QueryError as err:
        ...     print(err)
        no such query file: queries/nope.rq
    """
    from newsgraph.graph import query_names, query_text

    path = Path(arg)
    if arg.lower().endswith(".rq"):
        if not path.is_file():
            raise QueryError(f"no such query file: {arg}")
        return path.read_text(encoding="utf-8")
    if "\n" not in arg and len(arg) < 4096 and path.is_file():
        return path.read_text(encoding="utf-8")
    if arg in query_names():
        return query_text(arg)
    if not _QUERY_FORMS.search(arg):
        raise QueryError(f"{arg!r} is neither a query file, a shipped query ({', '.join(query_names())}), "
                         "nor a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE)")
    return arg


def parse_param(text: str) -> tuple[str, URIRef | Literal]:
    """``NAME=VALUE`` as a variable binding: a day as xsd:date, ``<…>`` as an IRI, else a plain literal.

    Raises:
        QueryError: when there is no ``=`` or NAME is not a variable name.

    Examples:
        >>> parse_param("?place=<https://w3id.org/newsgraph/id/country/MA>")[1]
        rdflib.term.URIRef('https://w3id.org/newsgraph/id/country/MA')
        >>> parse_param("n=2022-13-40")[1]
        rdflib.term.Literal('2022-13-40')
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not _NAME.fullmatch(name):
        raise QueryError(f"--param wants NAME=VALUE with a variable name, not {text!r}")
    if value.startswith("<") and value.endswith(">") and len(value) > 2:
        return name, URIRef(value[1:-1])
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            date.fromisoformat(value)
            return name, Literal(value, datatype=XSD.date)
        except ValueError:
            pass
    return name, Literal(value)


def _where_brace(query: str) -> int | None:
    """Index of the ``{`` that opens the query's WHERE group (skipping comments, IRIs and strings)."""
    form = _QUERY_FORMS.search(_strip_comments(query))
    i, n, after_where = 0, len(query), not (form and form.group(1).upper() == "CONSTRUCT")
    while i < n:
        c = query[i]
        if c == "#":
            i = query.find("\n", i)
            if i < 0:
                return None
        elif c == "<" and (m := re.match(r"<[^<>\"{}|^`\\\s]*>", query[i:])):
            i += m.end() - 1
        elif c in "\"'":
            quote = query[i:i + 3] if query[i:i + 3] in ('"""', "'''") else c
            end = query.find(quote, i + len(quote))
            while end > 0 and query[end - 1] == "\\":
                end = query.find(quote, end + 1)
            if end < 0:
                return None
            i = end + len(quote) - 1
        elif not after_where and query[i:i + 5].upper() == "WHERE" and not query[i - 1:i].isalnum():
            after_where = True
        elif c == "{" and after_where:
            return i
        i += 1
    return None


def _strip_comments(query: str) -> str:
    return re.sub(r"(?m)^\s*#.*$", "", query)


def bind_values(query: str, bindings: Mapping[str, Identifier]) -> str:
    """``query`` with ``VALUES`` for ``bindings`` at the start of its WHERE group, on the same line.

    A parameter is thus bound before the rest of the pattern, so ``BIND(COALESCE(?since, …))``
    sees it, on every store, whether or not the query selects it; line numbers do not move.

    Examples:
        >>> bind_values("SELECT ?x WHERE { ?x ?p ?o }", {"p": URIRef("http://ex.org/p")})
        'SELECT ?x WHERE { VALUES (?p) { (<http://ex.org/p>) } ?x ?p ?o }'
        >>> bind_values("CONSTRUCT { ?s ?p 1 } WHERE { ?s ?p ?o }", {"o": Literal("x")})
        'CONSTRUCT { ?s ?p 1 } WHERE { VALUES (?o) { ("x") } ?s ?p ?o }'
    """
    if not bindings:
        return query
    at = _where_brace(query)
    if at is None:
        raise QueryError("--param needs a query with a WHERE { … } group to bind its variables in")
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(v.n3() for v in bindings.values())
    return f"{query[:at + 1]} VALUES ({names}) {{ ({terms}) }}{query[at + 1:]}"


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _tsv(result: Any) -> str:
    """SPARQL 1.1 TSV: ``?var`` headers, terms in Turtle/N-Triples syntax, unbound as empty."""
    names = [str(v) for v in result.vars]
    lines = ["\t".join(f"?{n}" for n in names)]
    for row in result:
        lines.append("\t".join("" if row[i] is None else row[i].n3() for i in range(len(names))))
    return "\n".join(lines) + "\n"


def _table(result: Any) -> str:
    names = [str(v) for v in result.vars]
    rows = [[_cell(row[i]) for i in range(len(names))] for row in result]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    line = " | ".join(n.ljust(w) for n, w in zip(names, widths, strict=True))
    out = [line, "-+-".join("-" * w for w in widths)]
    out += [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_result(result: Any, fmt: str = "table") -> str:
    """Format an rdflib query result as a terminal ``table`` or a SPARQL 1.1 result format.

    ``json``, ``xml`` and ``csv`` come from rdflib's result serializers; ASK
    results print ``true``/``false`` as a table, CSV or TSV; CONSTRUCT and
    DESCRIBE results are Turtle whatever the format.

    Raises:
        QueryError: for an unknown format.

    Examples:
        >>> from rdflib import Graph
        >>> res = Graph().query('SELECT ?x WHERE { VALUES ?x { "a"@en } }')
        >>> format_result(res, "tsv")
        '?x\\n"a"@en\\n'
        >>> format_result(res, "csv").splitlines()
        ['x', 'a']
    """
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        data = result.serialize(format="turtle")
        return data.decode("utf-8") if isinstance(data, bytes) else str(data)
    if result.type == "ASK" and fmt in ("table", "csv", "tsv"):
        return ("true" if result.askAnswer else "false") + "\n"
    if fmt == "table":
        return _table(result)
    if fmt == "tsv":
        return _tsv(result)
    buf = io.BytesIO()
    result.serialize(destination=buf, format=fmt, encoding="utf-8")
    text = buf.getvalue().decode("utf-8")
    return text if text.endswith("\n") else text + "\n"
