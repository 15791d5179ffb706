r"""What ``newsgraph serve`` lets through to the SPARQL engine.

The engine (Oxigraph's server) answers any SPARQL 1.1 query, and a query with
``SERVICE <url> { … }`` makes it send HTTP requests to that URL, localhost
included: a public read-only endpoint would fetch what a caller asks from
inside the host's network (SSRF). So federated queries are refused unless the
endpoint is started with ``--allow-service``. This module finds the query in
a SPARQL Protocol request and tells whether it uses ``SERVICE``.

Examples:
    >>> uses_service("SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT ?service WHERE { ?s ex:service "SERVICE" } # SERVICE')
    False
    >>> uses_service(r"SELECT * WHERE { \u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    True
    >>> request_query("GET", "query=ASK%20%7B%7D", b"", "")
    'ASK {}'
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

__all__ = ["uses_service", "request_query"]

# Comments, strings (long and short, either quote) and IRIs: none of them is a keyword.
_NOT_CODE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
    re.S,
)
# The keyword, not a variable (?service), a prefixed name (ex:service) or part of a word.
_SERVICE = re.compile(r"(?<![\w:?$-])SERVICE(?![\w:-])", re.I)


# SPARQL reads \uXXXX and \UXXXXXXXX escapes anywhere in a query, keywords included.
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def uses_service(query: str) -> bool:
    """Whether a SPARQL query has a ``SERVICE`` clause (outside strings, IRIs and comments).

    Codepoint escapes are read first, so an escaped keyword counts too.
    """
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)
    return bool(_SERVICE.search(_NOT_CODE.sub(" ", text)))


def request_query(method: str, url_query: str, body: bytes, content_type: str) -> str | None:
    """The SPARQL query of a SPARQL 1.1 Protocol request, or None when it carries none.

    GET takes ``query=`` from the URL; POST takes the body as the query
    (``application/sparql-query``) or its ``query=`` field (a form). Every
    ``query`` parameter counts, so a second one cannot slip past the check.
    """
    found = parse_qs(url_query, keep_blank_values=True).get("query", [])
    if method == "POST":
        kind = content_type.split(";")[0].strip().lower()
        text = body.decode("utf-8", "replace")
        if kind == "application/sparql-query":
            found.append(text)
        elif kind == "application/x-www-form-urlencoded":
            found += parse_qs(text, keep_blank_values=True).get("query", [])
    return "\n".join(found) if found else None
