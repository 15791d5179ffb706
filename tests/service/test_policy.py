"""newsgraph.service.policy: finding SERVICE in a SPARQL request."""

from __future__ import annotations

import pytest

from newsgraph.service.policy import request_query, uses_service


@pytest.mark.parametrize(
    ("query", "federated"),
    [
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9911/x> { ?x ?p ?o } }", True),
        ("select * { service silent <http://h/> { ?s ?p ?o } }", True),
        ("SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }", True),
        ("SELECT * WHERE {\n  SERVICE\n<http://h/> { } }", True),
        (r"SELECT * WHERE { \u0053ERVICE <http://h/> { } }", True),  # SPARQL reads codepoint escapes first
        (r"SELECT * WHERE { \U00000053ERVICE <http://h/> { } }", True),
        ("SELECT ?service WHERE { ?s ?p ?service }", False),
        ("SELECT * WHERE { ?s ex:service ?o ; :SERVICE ?x }", False),
        ('SELECT * WHERE { ?s ?p "SERVICE <http://h/> { }" }', False),
        ("SELECT * WHERE { ?s ?p '''a\nSERVICE <x>''' }", False),
        ("SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }", False),
        ("SELECT * WHERE { ?s ?p ?o } # SERVICE <http://h/> { }", False),
        ('SELECT * WHERE { ?s ?p "a \\" SERVICE" }', False),
    ],
)
def test_uses_service(query: str, federated: bool) -> None:
    assert uses_service(query) is federated


def test_request_query_reads_every_query_parameter() -> None:
    # A second query parameter (or a body beside the URL's) cannot slip past the check.
    found = request_query("POST", "query=ASK%7B%7D", b"query=SELECT%20*%20%7BSERVICE%20%3Cx%3E%7B%7D%7D",
                          "application/x-www-form-urlencoded")  # fmt: skip
    assert found is not None and uses_service(found)
    assert request_query("POST", "", b"ASK {}", "application/sparql-query; charset=utf-8") == "ASK {}"
    assert request_query("GET", "default-graph-uri=x", b"", "") is None
