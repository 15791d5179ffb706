"""``serve`` a store as a SPARQL endpoint, or ``push`` it to one."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from newsgraph.cli.options import fail
from newsgraph.errors import NewsgraphError


@click.command()
@click.argument("store", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default answers this machine only (0.0.0.0: everyone).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(1, 3600),
              help="Seconds before a query is stopped.")
@click.option("--max-request-bytes", default=1_000_000, show_default=True, type=click.IntRange(1024),
              help="Largest request body (and URL) accepted.")
@click.option("--max-response-bytes", default=64 * 1024 * 1024, show_default=True, type=click.IntRange(1024),
              help="Largest result passed on; a larger one gets 413, never a cut-off answer.")
@click.option("--request-timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 600),
              help="Seconds a client may take to send its request (slow or half-sent ones are dropped).")
@click.option("--allow-service", is_flag=True,
              help="Let federated queries (SERVICE) through; off by default, since the engine would "
              "fetch any URL a query names, this machine's included.")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="Answer only requests whose Host header is NAME (repeatable); others get 421.")
def serve(store: Path, host: str, port: int, timeout: float, max_request_bytes: int, max_response_bytes: int,
          request_timeout: float, allow_service: bool, allowed_hosts: tuple[str, ...]) -> None:
    """Serve STORE as a read-only SPARQL 1.1 endpoint, with a query page at /.

    Queries go to /query by GET or POST; the result format follows the Accept
    header (JSON, XML, CSV, TSV; Turtle for CONSTRUCT). Oxigraph's server
    (the `serve` extra) does the SPARQL work. Updates, uploads and federated
    queries (SERVICE) are refused. Stop with Ctrl-C.

    \b
    Examples:
      newsgraph build examples/ --store news.db && newsgraph serve news.db
      newsgraph serve news.db --port 8000 --timeout 10 --max-response-bytes 10000000
      newsgraph serve news.db --host 0.0.0.0 --allowed-host sparql.example.org
    """
    from newsgraph.service.server import serve as run

    def ready(url: str) -> None:
        click.echo(f"serving {store} at {url} (SPARQL endpoint {url}query); Ctrl-C stops", err=True)

    try:
        run(store, host=host, port=port, timeout=timeout, max_bytes=max_request_bytes,
            max_response_bytes=max_response_bytes, request_timeout=request_timeout,
            allow_service=allow_service, allowed_hosts=allowed_hosts, on_ready=ready)
    except NewsgraphError as err:
        fail(err)
    except OSError as err:
        raise click.ClickException(f"cannot listen on {host}:{port}: {err.strerror or err}") from err


@click.command()
@click.argument("store", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--endpoint", required=True, metavar="URL",
              help="The Graph Store Protocol URL, e.g. http://localhost:7878/store (Oxigraph), "
              "http://localhost:3030/ds/data (Fuseki).")
@click.option("--user", default=None, help="User name for HTTP basic authentication.")
@click.option("--password", default=None, envvar="NEWSGRAPH_PUSH_PASSWORD",
              help="Password (or set NEWSGRAPH_PUSH_PASSWORD).")
@click.option("--force", is_flag=True, help="Upload every graph, even those the endpoint already holds.")
def push(store: Path, endpoint: str, user: str | None, password: str | None, force: bool) -> None:
    """Upload each article's named graph in STORE to a triple store, one HTTP PUT per graph.

    Uses the SPARQL 1.1 Graph Store HTTP Protocol (PUT URL?graph=IRI, N-Triples),
    so it works with Oxigraph, Fuseki, GraphDB and Virtuoso. A graph whose
    content hash the endpoint already holds is skipped, so pushing again is cheap.
    """
    from tqdm import tqdm

    from newsgraph.service.push import push_store, split_credentials

    source = click.get_current_context().get_parameter_source("password")
    if password is not None and not user and source == click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError("--password needs --user (or write user:password@ in the endpoint URL)")
    shown = split_credentials(endpoint)[0]  # never print a password written in the URL
    bar = tqdm(desc="graphs", unit="graph", disable=None, file=sys.stderr)
    try:
        result = push_store(store, endpoint, auth=(user, password or "") if user else None, force=force,
                            on_graph=lambda: bar.update())
    except NewsgraphError as err:
        fail(err)
    finally:
        bar.close()
    click.echo(f"{result.sent} graph(s) sent, {result.skipped} unchanged, {result.triples} triples "
               f"-> {shown}")
