"""``evaluate``: score the extractor against gold files, groups or CoNLL."""

from __future__ import annotations

from pathlib import Path

import click

from newsgraph.cli.options import fail, language_option, model_option
from newsgraph.errors import NewsgraphError


@click.command()
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
@language_option
@model_option
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
        fail(err)
