"""``fetch``: article pages and RSS/Atom feeds from the web into a folder of JSON Lines files.

The fetch options are shared with ``build``, which fetches the URLs among its inputs first.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from newsgraph.cli.options import date_order_option

F = TypeVar("F", bound=Callable[..., Any])

_EXAMPLES = """\b
Examples:
  newsgraph fetch https://example.org/feed.xml -o articles/
  newsgraph fetch https://example.org/news/1.html https://example.org/rss -o articles/ --delay 2
  newsgraph fetch https://example.org/feed.xml -o articles/ --store kg/   # skip URLs kg/ holds
  newsgraph build articles/ -o out/
  newsgraph build https://example.org/feed.xml -o out/  # fetch (cached), then build
"""


def fetch_options(f: F) -> F:
    """The politeness and cache options of ``fetch`` and of ``build`` with URLs."""
    options = [
        click.option("--delay", default=1.0, show_default=True, type=click.FloatRange(0, 3600),
                     help="Seconds between two requests to one host (robots.txt's Crawl-delay, "
                     "if longer, wins, up to 60 s)."),
        click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.01, 600),
                     help="Read timeout in seconds (the connect timeout is 10 s, or this if shorter)."),
        click.option("--retries", default=2, show_default=True, type=click.IntRange(0, 10),
                     help="Retries after a 5xx answer, a timeout or a failed connection, with backoff "
                     "(1 s, 2 s, 4 s...)."),
        click.option("--max-items", default=None, type=click.IntRange(1), metavar="N",
                     help="Read at most N items of each feed."),
        click.option("--cache", "cache_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
                     help="Folder of the page cache: a page found there is not requested again. "
                     "Default: ~/.cache/newsgraph (or $XDG_CACHE_HOME/newsgraph)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def run_fetch(
    urls: list[str], out_dir: Path, *, cache_dir: Path | None, delay: float, timeout: float,
    retries: int, max_items: int | None, known_urls: set[str], date_order: str = "DMY",
) -> Any:
    """Fetch ``urls`` into ``out_dir`` with the CLI's settings; print skipped URLs; return the report."""
    from newsgraph.io.fetch import fetch_articles
    from newsgraph.io.http import FetchSettings, default_cache_dir

    settings = FetchSettings(delay=delay, connect_timeout=min(10.0, timeout), read_timeout=timeout,
                             retries=retries)
    cache = cache_dir if cache_dir is not None else default_cache_dir()
    report = fetch_articles(urls, out_dir, settings=settings, cache_dir=cache / "pages",
                            known_urls=known_urls, max_items=max_items, date_order=date_order,
                            on_item=lambda url, outcome: click.echo(f"{outcome:>8} {url}", err=True))
    for url, reason in report.skipped:
        click.secho(f"skipped: {url}: {reason}", fg="yellow", err=True)
    return report


def store_urls(store_dir: Path | None) -> set[str]:
    """The article URLs an existing store holds (none when there is no store yet)."""
    from newsgraph.graph import KnowledgeGraph
    from newsgraph.graph.disk import is_store

    if store_dir is None or not is_store(store_dir):
        return set()
    kg = KnowledgeGraph.open(store_dir)
    try:
        return kg.urls()
    finally:
        kg.close()


@click.command(epilog=_EXAMPLES)
@click.argument("urls", nargs=-1, required=True, metavar="URL|FEED...")
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the articles, one <id>.jsonl file each (created if missing).")
@click.option("--store", "store_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="A newsgraph store: URLs of articles it already holds are skipped, without a request.")
@fetch_options
@date_order_option
def fetch(
    urls: tuple[str, ...], out_dir: Path, store_dir: Path | None, delay: float, timeout: float,
    retries: int, max_items: int | None, cache_dir: Path | None, date_order: str,
) -> None:
    """Fetch article pages and RSS/Atom feeds; save each article as a JSON Lines file.

    Each URL is an article page or a feed (told apart by what the server
    sends); every item of a feed is fetched. The main text, title, author,
    date and site name are read from the page with trafilatura; a feed's
    own title, author and date are preferred. Each article is saved as
    DIR/<id>.jsonl, which `newsgraph build DIR` reads back.

    Polite by default: robots.txt is obeyed, one request per --delay seconds
    to a host, a User-Agent naming newsgraph, timeouts, a few retries, and a
    page cache, so a page fetched once is not requested again. Only http(s)
    is fetched, and a feed or a redirect cannot lead to a private-network
    host that was not given on the command line.

    A URL that fails (robots.txt, HTTP error, timeout, no article text) is
    reported and the others go on; the command then exits with status 1.
    A link that is not an HTML page (a PDF, an image) is skipped, with why.
    """
    report = run_fetch(list(urls), out_dir, cache_dir=cache_dir, delay=delay, timeout=timeout,
                       retries=retries, max_items=max_items, known_urls=store_urls(store_dir),
                       date_order=date_order)
    for err in report.errors:
        click.secho(f"error: {err}", fg="red", err=True)
    parts = [f"{len(report.saved)} article(s) saved ({report.fetched} fetched, "
             f"{report.cached} from the cache)"]
    if report.feeds:
        parts.append(f"{report.feeds} feed(s) read")
    if report.known:
        parts.append(f"{len(report.known)} already in the store")
    if report.skipped:
        parts.append(f"{len(report.skipped)} not an article page")
    click.echo(", ".join(parts) + f" -> {out_dir}/")
    if report.errors:
        click.secho(f"{len(report.errors)} URL(s) failed; see the errors above.", fg="red", err=True)
        sys.exit(1)
