"""``query``, ``stats`` and ``validate``: read a graph file or a store."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from newsgraph.cli.options import fail, open_graph
from newsgraph.errors import NewsgraphError

_QUERY_EPILOG = """\b
Examples:
  newsgraph query outputs/graph.trig "SELECT ?e WHERE { ?e ng:eventType/ng:cameoCode \\"04\\" }"
  newsgraph query outputs/graph.trig officials --format csv
  newsgraph query outputs/graph.trig events_in_country --param country=MA --param since=2022-01-01
  newsgraph query outputs/graph.trig src/newsgraph/graph/queries/events.rq --format json
\b
--param NAME=VALUE binds ?NAME before the query runs: a day (2022-01-01) is an
xsd:date, <https://...> an IRI, anything else a plain string literal.
"""


@click.command(epilog=_QUERY_EPILOG)
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.argument("sparql")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "xml", "csv", "tsv"]), default="table",
    show_default=True, help="A table for the terminal, or a SPARQL 1.1 result format.",
)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind the variable ?NAME (repeatable); see below for how VALUE is typed.")
def query(graph: Path, sparql: str, fmt: str, params: tuple[str, ...]) -> None:
    """Run a SPARQL query against GRAPH (.ttl .trig .nq .nt .jsonld, or a store folder).

    SPARQL is query text, a .rq file, or the name of a shipped query
    (bilingual_labels, events, events_in_country, officials ...). The prefixes
    ng:, ngt:, rdf:, rdfs:, skos:, owl:, xsd:, dcterms:, wd:, wgs: (WGS84) and
    geo: (GeoSPARQL) are predeclared. The query sees the union of all named
    graphs; GRAPH ?g reaches each article's.
    """
    from newsgraph.graph.results import format_result, load_query, parse_param

    try:
        text = load_query(sparql)
        bindings = dict(parse_param(p) for p in params)
        with open_graph(graph) as kg:
            click.echo(format_result(kg.query(text, bindings), fmt), nl=False)
    except NewsgraphError as err:
        fail(err)


@click.command()
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(graph: Path, fmt: str) -> None:
    """Count what GRAPH (a store folder or a graph file) holds.

    Prints the triples, named graphs, articles by kind, articles by language,
    and nodes by type (events, persons, organizations, countries, places...).
    """
    try:
        with open_graph(graph) as kg:
            info = kg.stats()
    except NewsgraphError as err:
        fail(err)
    if fmt == "json":
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    click.echo(f"{graph}: {info['triples']:,} triples in {info['graphs']:,} named graphs")
    for title, key in (("articles", "articles"), ("languages", "languages"), ("types", "types")):
        click.echo(f"{title}:")
        for name, count in sorted(info[key].items(), key=lambda kv: (-kv[1], kv[0])):
            click.echo(f"  {name:<24} {count:>10,}")


@click.command()
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
def validate(graph: Path) -> None:
    """Check GRAPH against the SHACL shapes of the ontology; exit 1 when it does not conform."""
    from newsgraph.graph import KnowledgeGraph

    try:
        result = KnowledgeGraph.load(graph).validate()
    except NewsgraphError as err:
        fail(err)
    if result.conforms:
        click.echo(f"{graph}: conforms to the newsgraph shapes")
        return
    click.echo(result.text)
    click.secho(f"{graph}: {result.results} violation(s)", fg="red", err=True)
    sys.exit(1)
