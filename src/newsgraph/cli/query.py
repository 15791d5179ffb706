"""``query``, ``stats`` and ``validate``: read a graph file or a store."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from newsgraph.cli.options import fail, open_graph
from newsgraph.errors import NewsgraphError


@click.command()
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.argument("sparql")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True
)
def query(graph: Path, sparql: str, fmt: str) -> None:
    """Run a SPARQL query (text or a .rq file) against GRAPH (.ttl .trig .nq .nt .jsonld, or a store folder).

    The prefixes ng:, ngt:, rdfs:, skos:, owl:, xsd: are predeclared. The
    query sees the union of all named graphs; GRAPH ?g reaches each article's.
    """
    from newsgraph.graph.results import format_result, with_prefixes

    text = (
        Path(sparql).read_text(encoding="utf-8")
        if sparql.endswith(".rq") and Path(sparql).is_file()
        else sparql
    )
    try:
        with open_graph(graph) as kg:
            click.echo(format_result(kg.query(with_prefixes(text)), fmt), nl=False)
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
