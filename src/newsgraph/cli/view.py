"""``visualize``: the offline HTML view and timeline."""

from __future__ import annotations

from pathlib import Path

import click

from newsgraph.cli.options import fail
from newsgraph.errors import NewsgraphError


@click.command()
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
@click.option("--map", "as_map", is_flag=True, help="Write the offline map of events instead of the graph.")
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
    timeline: bool, as_map: bool, group_by: str, png: Path | None,
) -> None:
    """Write an interactive HTML view (or timeline, or map) of GRAPH that works offline."""
    import tempfile

    from newsgraph.export.geomap import write_map
    from newsgraph.export.png import screenshot_html
    from newsgraph.export.timeline import write_timeline
    from newsgraph.graph import KnowledgeGraph

    if output is None and png is None:
        raise click.UsageError("give -o FILE.html, --png FILE.png, or both")
    if timeline and as_map:
        raise click.UsageError("give --timeline or --map, not both")
    with tempfile.TemporaryDirectory(prefix="newsgraph-view-") as tmp:
        page = output or Path(tmp) / "view.html"
        try:
            kg = KnowledgeGraph.load(graph)
            if as_map:
                write_map(kg.dataset, page, language=language)
            elif timeline:
                write_timeline(kg.dataset, page, language=language, group_by=group_by, focus=focus, hops=hops)
            else:
                kg.to_html(page, max_nodes=max_nodes, language=language, focus=focus, hops=hops)
            if png is not None:
                screenshot_html(page, png)
        except NewsgraphError as err:
            fail(err)
    for written in (output, png):
        if written is not None:
            click.echo(f"wrote {written}")
