"""``build`` and ``extract``: articles in, a graph folder (or the Extraction as JSON) out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from newsgraph.cli.fetch import fetch_options, run_fetch
from newsgraph.cli.options import date_order_option, fail, language_option, model_option
from newsgraph.errors import NewsgraphError

OUTPUT_FILES = {
    "turtle": "graph.ttl",
    "trig": "graph.trig",
    "nquads": "graph.nq",
    "nt": "graph.nt",
    "json-ld": "graph.jsonld",
}


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


_BUILD_EXAMPLES = """\b
Examples:
  newsgraph build article.txt more/ -o out/
  newsgraph build corpus/ --glob '*.txt' --glob '2015/*.html' -o out/
  cat article.txt | newsgraph build - -o out/
  newsgraph build https://example.org/feed.xml --store kg/ --delay 2
"""


@click.command(epilog=_BUILD_EXAMPLES)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUTS...")
@click.option(
    "-o",
    "--output",
    "out_dir",
    default=None,
    type=click.Path(path_type=Path),
    help="Folder for graph.ttl, graph.trig, graph.nq, graph.nt, graph.jsonld, "
    "graph.graphml, graph.html, graph.timeline.html, graph.map.html and summary.json. "
    "Needed unless --store is given.",
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
@language_option
@model_option
@date_order_option
@click.option(
    "--base",
    default=None,
    metavar="IRI",
    help="Base IRI for instances (default https://w3id.org/newsgraph/id/).",
)
@click.option("--max-chars", default=2_000_000, show_default=True, type=click.IntRange(1, 10_000_000),
              help="The most characters one article may have; a longer one is an error naming its file.")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="Which files of a folder to read; repeatable (default: *.txt *.html *.htm *.jsonl "
              "*.ndjson *.json-lines). A file named on the command line is read whatever its name.")
@fetch_options
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
    inputs: tuple[str, ...],
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
    globs: tuple[str, ...],
    delay: float,
    timeout: float,
    retries: int,
    max_items: int | None,
    cache_dir: Path | None,
    no_html: bool,
    max_nodes: int,
    resolve: bool,
) -> None:
    """Read INPUTS, extract, and write the merged graph to a folder, a store, or both.

    INPUTS are files, folders (read recursively; --glob chooses the files, and
    notes such as README, LICENSE, SOURCE, NOTICE and hidden files are left out
    and listed), URLs of article pages or RSS/Atom feeds (fetched first, as
    `newsgraph fetch` does, into the cache, then built), and `-` for one article
    on standard input.

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
    from newsgraph.io.fetch import is_url
    from newsgraph.io.stdin import read_bytes
    from newsgraph.types import Article

    urls = [x for x in inputs if is_url(x)]
    paths: list[Any] = [Path(x) for x in inputs if x != "-" and not is_url(x)]
    if "-" in inputs and engine == "dask":
        raise click.UsageError("standard input (-) is read by the local engine only; save it to a file")
    if urls and engine == "dask":
        raise click.UsageError("with --engine dask, fetch the URLs first (newsgraph fetch URL... -o DIR) "
                               "and build DIR")
    if out_dir is None and store_dir is None:
        raise click.UsageError("give -o DIR, --store DIR, or both")
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise click.BadParameter(f"{out_dir} is a file; -o names the folder to write the graph files into",
                                 param_hint="-o")
    if base is not None:
        _check_base(base)
    chosen = None if model == "none" else model
    report = BuildReport()
    if "-" in inputs:
        for item in read_bytes(sys.stdin.buffer.read(), date_order=date_order, language=language,
                               max_chars=max_chars):
            if isinstance(item, Article):
                paths.append(item)
            else:
                report.errors.append(item)
    kg: KnowledgeGraph | None = None
    bar: Any = None
    try:
        kw: dict[str, Any] = {} if base is None else {"base": base}
        kg = (KnowledgeGraph.open(store_dir, write=True, **kw) if store_dir is not None
              else KnowledgeGraph(**kw))
        if urls:
            from newsgraph.io.http import default_cache_dir

            cache = cache_dir if cache_dir is not None else default_cache_dir()
            fetched = run_fetch(urls, cache / "articles", cache_dir=cache, delay=delay, timeout=timeout,
                                retries=retries, max_items=max_items, date_order=date_order,
                                known_urls=kg.urls() if store_dir is not None else set())
            paths += fetched.saved
            report.errors += fetched.errors
            report.skipped += len(fetched.known)
        bar = tqdm(desc="articles", unit="art", disable=None, file=sys.stderr, smoothing=0.1,
                   total=count_articles(paths, globs or None))
        if engine == "dask":
            from newsgraph.engines.dask import build_with_dask

            build_with_dask(kg, paths, scheduler=scheduler, shard_dir=shard_dir, model=chosen,
                            date_order=date_order, language=language, report=report,
                            on_done=lambda n, _w: bar.update(n), resolve=resolve, max_chars=max_chars,
                            globs=globs or None)
        else:
            build_into(kg, paths, model=chosen, date_order=date_order, language=language,
                       workers=workers, batch_size=batch_size, report=report,
                       on_done=lambda n, _w: bar.update(n), resolve=resolve, max_chars=max_chars,
                       globs=globs or None)
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
        fail(err)
    finally:
        if bar is not None:
            bar.close()
        if kg is not None:
            kg.close()
    where = ", ".join(str(p) + "/" for p in (store_dir, out_dir) if p is not None)
    skipped = f", {report.skipped} unchanged" if report.skipped else ""
    if report.not_articles:
        shown = ", ".join(Path(p).name for p in report.not_articles[:3])
        more = f" and {len(report.not_articles) - 3} more" if len(report.not_articles) > 3 else ""
        skipped += f", {len(report.not_articles)} note file(s) left out ({shown}{more})"
    if report.hidden:
        shown = ", ".join(Path(p).name for p in report.hidden[:3])
        more = f" and {len(report.hidden) - 3} more" if len(report.hidden) > 3 else ""
        skipped += f", {len(report.hidden)} hidden file(s) left out ({shown}{more})"
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
            from newsgraph.export.geomap import write_map

            write_map(kg.dataset, stage / "graph.map.html")

    write_folder(out_dir, write, report.summary())


@click.command(epilog="""\b
Examples:
  newsgraph extract article.txt
  cat article.txt | newsgraph extract - --language en
""")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path))
@language_option
@model_option
@date_order_option
def extract(file: Path, language: str | None, model: str, date_order: str) -> None:
    """Print the Extraction of each article in FILE as JSON (one object per line).

    FILE `-` reads one article from standard input: plain text (header lines,
    title, body), an HTML page, or JSON Lines, told apart by how it starts.
    """
    from newsgraph.extract import extract_article
    from newsgraph.io import read_file
    from newsgraph.io.jsonout import extraction_to_dict
    from newsgraph.io.stdin import read_bytes

    try:
        if str(file) == "-":
            articles = []
            for item in read_bytes(sys.stdin.buffer.read(), date_order=date_order, language=language):
                if isinstance(item, NewsgraphError):
                    raise item
                articles.append(item)
        else:
            articles = read_file(file, date_order=date_order, language=language)
        for article in articles:
            try:
                ext = extract_article(article, model=None if model == "none" else model)
            except NewsgraphError as err:
                if err.path is not None:
                    raise
                # "no pipeline for language 'ro'" (a declared or detected language): say which file.
                raise type(err)(err.message, path=article.source_path) from None
            click.echo(json.dumps(extraction_to_dict(ext), ensure_ascii=False))
    except NewsgraphError as err:
        fail(err)
