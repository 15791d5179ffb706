"""Read articles from bytes that are not a file: standard input (``newsgraph build -``).

The format is told from the text itself: a page (``<!doctype html``,
``<html``) is read as HTML, text starting with ``{`` as JSON Lines, anything
else as a plain-text article (:mod:`newsgraph.io.txt`: header lines,
dateline, title, body). Errors name the input as ``<stdin>``.

Examples:
    >>> arts = list(read_bytes(b"Title: Talks in Rabat\\n\\nMorocco and Italy met.", language="en"))
    >>> arts[0].title, arts[0].source_path
    ('Talks in Rabat', '<stdin>')
    >>> print(next(read_bytes(b"   ")))
    <stdin>: empty input (no text); give an article on standard input
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsgraph.errors import InputError
from newsgraph.io.assemble import DEFAULT_MAX_CHARS, RawArticle, finish_each
from newsgraph.io.dateline import check_date_order
from newsgraph.io.decode import decode_bytes
from newsgraph.io.html import parse_html
from newsgraph.io.jsonl import parse_json_line
from newsgraph.io.txt import parse_txt
from newsgraph.types import Article

__all__ = ["read_bytes", "STDIN_NAME"]

#: How standard input is named in errors and in ``Article.source_path``.
STDIN_NAME = "<stdin>"


def _kind(text: str) -> str:
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head:
        return "html"
    if head.startswith("{"):
        return "jsonl"
    return "txt"


def read_bytes(
    data: bytes,
    name: str = STDIN_NAME,
    *,
    date_order: str = "DMY",
    language: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Article | InputError]:
    """Yield the articles in ``data`` (one, or one a line for JSON Lines), or an error for each bad one.

    Args:
        data: the bytes read (UTF-8, or UTF-16/32 with a byte-order mark).
        name: what to call the input in errors and ``source_path``.
        date_order, language, max_chars: as for :func:`newsgraph.io.read_articles`.
    """
    order = check_date_order(date_order)
    try:
        text = decode_bytes(data, name)
        if not text.strip():
            raise InputError("empty input (no text); give an article on standard input", path=name)
        kind = _kind(text)
        raws: Iterable[RawArticle | InputError]
        if kind == "jsonl":
            raws = _json_lines(text, name, order)
        elif kind == "html":
            raws = [parse_html(text, name, order)]
        else:
            raws = [parse_txt(text, name, order)]
        yield from finish_each(raws, language=language, max_chars=max_chars)
    except InputError as err:
        yield err


def _json_lines(text: str, name: str, order: str) -> Iterator[RawArticle | InputError]:
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            try:
                yield parse_json_line(line, name, n, order)
            except InputError as err:
                yield err
