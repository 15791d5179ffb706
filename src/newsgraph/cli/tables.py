"""``events`` and ``officials``: tables for analysts (CSV, TSV, JSON Lines, Parquet)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from newsgraph.cli.options import F, fail, open_graph
from newsgraph.errors import NewsgraphError

_EVENTS_EPILOG = """\b
Examples:
  newsgraph events outputs/graph.trig                      # CSV to the terminal
  newsgraph events outputs/graph.trig --format parquet -o events.parquet
  newsgraph events outputs/graph.trig --country MA --since 2022-05-01 --until 2022-05-31
  newsgraph events outputs/graph.trig --type 04 --lang en --format jsonl
"""

_OFFICIALS_EPILOG = """\b
Examples:
  newsgraph officials outputs/graph.trig
  newsgraph officials outputs/graph.trig --lang ar --format tsv -o officials.tsv
"""


def _table_options(f: F) -> F:
    for option in reversed([
        click.argument("source", type=click.Path(exists=True, path_type=Path)),
        click.option("--format", "fmt", type=click.Choice(["csv", "tsv", "jsonl", "parquet"]), default="csv",
                     show_default=True, help="Table format (parquet needs pyarrow and -o)."),
        click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
                     help="The file to write (default: standard output)."),
        click.option("--lang", type=click.Choice(["ar", "en", "fr"]), default=None,
                     help="Language of names; English, Arabic, French, then any where missing."),
    ]):
        f = option(f)
    return f


def _write(make_rows: Callable[[Any], list[dict[str, Any]]], columns: tuple[str, ...], source: Path,
           fmt: str, output: Path | None) -> None:
    from newsgraph.export.tables import write_table

    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet writes a file: give -o FILE.parquet")
    try:
        with open_graph(source) as kg:
            rows = make_rows(kg)
        write_table(rows, columns, fmt, output if output is not None else sys.stdout.buffer)
    except NewsgraphError as err:
        fail(err)
    if output is not None:
        click.echo(f"{len(rows)} row(s) -> {output}", err=True)


@click.command(epilog=_EVENTS_EPILOG)
@_table_options
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="Events that end on or after this day.")
@click.option("--until", default=None, metavar="YYYY-MM-DD", help="Events that start on or before this day.")
@click.option("--country", default=None, metavar="CODE|NAME",
              help="Events in this country (ISO code or name).")
@click.option("--type", "event_type", default=None, metavar="NAME|CAMEO",
              help="Events of this type (Meeting) or CAMEO code (04).")
def events(source: Path, fmt: str, output: Path | None, lang: str | None, since: str | None,
           until: str | None, country: str | None, event_type: str | None) -> None:
    """One row per event of SOURCE (a graph file or a store folder): a table for analysts.

    Columns: event_id, type, cameo, date, date_precision, date_start, date_end,
    place, place_id, country, country_id, latitude, longitude, agents,
    agent_ids, targets, target_ids, participants, participant_ids, amount,
    currency, quantity, n_reports, urls, first_published, evidence. Several
    names or ids in one cell are joined by "; ". --since/--until keep events
    whose interval (date_start to date_end) overlaps the range, so an event
    dated to a month is found by any day of it.
    """
    from newsgraph.export.tables import EVENT_COLUMNS, event_rows

    _write(lambda kg: event_rows(kg, since=since, until=until, country=country, event_type=event_type,
                                 lang=lang), EVENT_COLUMNS, source, fmt, output)


@click.command(epilog=_OFFICIALS_EPILOG)
@_table_options
def officials(source: Path, fmt: str, output: Path | None, lang: str | None) -> None:
    """One row per position held in SOURCE (a graph file or a store folder).

    Columns: person, person_id, title, of, of_id (the country or
    organization), first_reported, last_reported (publication dates of the
    articles that report it), n_reports, urls.
    """
    from newsgraph.export.tables import OFFICIAL_COLUMNS, official_rows

    _write(lambda kg: official_rows(kg, lang=lang), OFFICIAL_COLUMNS, source, fmt, output)
