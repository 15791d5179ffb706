"""Read articles from JSON Lines: one JSON object a line.

Keys: ``text`` (required, a non-empty string), and optionally ``id``,
``title``, ``published`` (``YYYY-MM-DD`` or another full date), ``url``,
``language``, ``source`` and ``author``; other keys are ignored. Blank lines are
skipped. A bad line becomes an :class:`~newsgraph.errors.InputError` with
the file and line number, and the lines after it are still read. Each
article's ``source_path`` is ``<file>#L<line>``.

The file is read line by line, so its size is not limited. A UTF-8
byte-order mark is accepted; a UTF-16/32 file (with a mark) is decoded whole.

Examples:
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
    >>> _ = p.write_text('{"id": "x1", "text": "Hi there."}\\n\\n{"text": 3}\\n', encoding="utf-8")
    >>> [type(r).__name__ for r in iter_jsonl(p)]
    ['RawArticle', 'InputError']
    >>> print(list(iter_jsonl(p))[1])  # doctest: +ELLIPSIS
    /tmp/.../a.jsonl:3: "text" must be a non-empty string, got int; ...
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError
from newsgraph.io.assemble import RawArticle
from newsgraph.io.dateline import parse_date
from newsgraph.io.decode import SNIFF_BYTES, check_not_binary, decode_bytes

__all__ = ["iter_jsonl", "parse_json_line", "JSONL_KEYS"]

#: The keys that are read; others are ignored.
JSONL_KEYS = ("id", "title", "text", "published", "url", "language", "source", "author")
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _optional_str(obj: dict[str, Any], key: str, where: tuple[str, int]) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and key == "id":
        return str(value)
    if not isinstance(value, str):
        raise InputError(
            f'"{key}" must be a string, got {type(value).__name__}', path=where[0], line=where[1]
        )
    return value.strip() or None


def parse_json_line(line: str, path: str, lineno: int, date_order: str = "DMY") -> RawArticle:
    """Read one JSON Lines record.

    Raises:
        InputError: malformed JSON, not an object, no usable ``text``, or a
            bad ``published`` date; it names ``path`` and ``lineno``.
    """
    where = (path, lineno)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(
            f"malformed JSON at column {err.colno}: {err.msg}; each line must be one JSON object",
            path=path,
            line=lineno,
        ) from None
    if not isinstance(obj, dict):
        raise InputError(
            f'expected a JSON object with a "text" key, got a JSON {type(obj).__name__}',
            path=path,
            line=lineno,
        )
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        got = "an empty string" if isinstance(text, str) else type(text).__name__
        raise InputError(
            f'"text" must be a non-empty string, got {got}; every line needs the article text',
            path=path,
            line=lineno,
        )
    published: date | None = None
    published_text = _optional_str(obj, "published", where)
    if published_text:
        published = parse_date(published_text, date_order, any_language=True)
        if published is None:
            raise InputError(
                f'cannot read the date {published_text!r} in "published"; write it as YYYY-MM-DD',
                path=path,
                line=lineno,
            )
    return RawArticle(
        text=text.replace("\r\n", "\n").replace("\r", "\n").strip(),
        title=_optional_str(obj, "title", where),
        published=published,
        url=_optional_str(obj, "url", where),
        source=_optional_str(obj, "source", where),
        language=_optional_str(obj, "language", where),
        id=_optional_str(obj, "id", where),
        author=_optional_str(obj, "author", where),
        source_path=f"{path}#L{lineno}",
        path=path,
        line=lineno,
    )


def _lines(path: Path) -> Iterator[tuple[int, str | InputError]]:
    """Numbered lines of ``path`` as text, or an error for a line that is not UTF-8."""
    name = str(path)
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
        if head.startswith(_WIDE_BOMS):
            text = decode_bytes(head + fh.read(), name)
            # Lines end at "\n" only, as in UTF-8 files: str.splitlines() would also cut at
            # U+2028, U+0085 or \x1c, which JSON strings may hold unescaped.
            for n, line in enumerate(text.split("\n"), 1):
                yield n, line
            return
        check_not_binary(head.removeprefix(b"\xef\xbb\xbf"), name)
        fh.seek(0)
        for n, raw in enumerate(fh, 1):
            if n == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            try:
                yield n, raw.decode("utf-8")
            except UnicodeDecodeError as err:
                yield (
                    n,
                    InputError(
                        f"not UTF-8 (bad byte at column {err.start + 1}); re-encode the file as UTF-8",
                        path=name,
                        line=n,
                    ),
                )


def iter_jsonl(path: str | Path, date_order: str = "DMY") -> Iterator[RawArticle | InputError]:
    """Yield one :class:`RawArticle` per line of ``path``, or an :class:`InputError` for a bad line.

    Raises:
        InputError: the whole file is unreadable (binary, bad byte-order mark).
        OSError: the file cannot be opened.
    """
    p = Path(path)
    found = False
    for n, line in _lines(p):
        if isinstance(line, InputError):
            found = True
            yield line
            continue
        if not line.strip():
            continue
        found = True
        try:
            yield parse_json_line(line, str(p), n, date_order)
        except InputError as err:
            yield err
    if not found:
        yield InputError("empty file (no JSON lines); give one JSON object a line", path=str(p))
