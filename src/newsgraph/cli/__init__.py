"""The ``newsgraph`` command: a thin layer over the library.

Each command parses its options, calls public functions, and turns a
:class:`~newsgraph.errors.NewsgraphError` into a clean message and exit code
(1 for a failed run, 2 for bad usage).
"""

from __future__ import annotations

import click

from newsgraph import __version__
from newsgraph.cli.build import build, extract
from newsgraph.cli.evaluate import evaluate
from newsgraph.cli.fetch import fetch
from newsgraph.cli.options import show_warnings
from newsgraph.cli.query import query, stats, validate
from newsgraph.cli.serve import push, serve
from newsgraph.cli.tables import events, officials
from newsgraph.cli.view import visualize

__all__ = ["main", "cli"]

_EPILOG = """\b
Examples:
  newsgraph build article.txt more/ -o out/        # graph.ttl, graph.trig, graph.html ...
  newsgraph query out/graph.ttl "SELECT ?s WHERE { ?s a ng:Event }"
  newsgraph query out/graph.trig queries/officials.rq --format csv
  newsgraph build https://example.org/feed.xml -o out/  # fetch a feed's articles, then build
  newsgraph fetch https://example.org/feed.xml -o articles/  # articles as .jsonl files
  newsgraph events out/graph.trig --format parquet -o events.parquet   # one row per event
  newsgraph extract article.txt                    # the Extraction as JSON
  cat article.txt | newsgraph extract -            # one article from standard input
  newsgraph visualize out/graph.trig -o view.html --focus "Nasser Bourita" --hops 2
  newsgraph validate out/graph.ttl                 # SHACL shapes
  newsgraph evaluate ../shared/gold/               # P/R/F1 against gold files
"""


@click.group(
    epilog=_EPILOG, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(__version__, prog_name="newsgraph")
def cli() -> None:
    """Turn news articles (Arabic, English, ...) into an event knowledge graph.

    Articles (.txt, .html, .jsonl, folders of them, URLs of pages or feeds) go in; RDF with events,
    organizations, countries, places and officials comes out, with every fact
    traceable to its article and sentence. Query it with SPARQL, open the HTML
    view, or load it into any triple store.
    """
    show_warnings()


for _command in (build, fetch, extract, query, events, officials, stats, validate, serve, push, visualize,
                 evaluate):
    cli.add_command(_command)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="newsgraph")
