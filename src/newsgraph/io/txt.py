"""Read plain-text articles: optional header lines, an optional dateline, a title, the body.

The layout, top to bottom (every part optional but the body):

1. **Header lines** ``Key: value`` with the keys ``Title``, ``Date`` (or
   ``Published``), ``Source``, ``URL``, ``Language`` (or ``Lang``), and
   ``Licence``/``License``/``Author``, which are read but not kept. Keys are
   case-insensitive. The block must end with a blank line, and every line in
   it must have a known key; otherwise the lines are taken as body text.
2. **A dateline**: a short first line that is only a date — ``12/05/2022``
   (read with ``date_order``), ``2022-05-12``, ``Friday, January 4, 2019``,
   Arabic-Indic digits. It gives the date when no ``Date:`` header does, and
   is removed from the body either way. An Arabic wire dateline such as
   ``الرياض 3 رجب 1440 هـ الموافق 10 مارس 2019 م واس`` also gives the date
   (the Gregorian part) but stays in the body: it names the place.
3. **A title line**, looked for only when there is no ``Title:`` header: the
   first line, if it is at most 200 characters, does not end in sentence
   punctuation, is not a "see also" marker, and is followed by a blank line
   and more text.
4. **The body**; each line is stripped of surrounding white space.

Examples:
    >>> raw = parse_txt("12/05/2022\\n\\nMinisters meet in Rabat\\n\\nThey met on Thursday.", "a.txt")
    >>> raw.published, raw.title, raw.text
    (datetime.date(2022, 5, 12), 'Ministers meet in Rabat', 'They met on Thursday.')
    >>> raw = parse_txt("Title: Talks\\nDATE: 2019-01-04\\nURL: https://x.org/t\\n\\nThey talked.", "b.txt")
    >>> raw.title, raw.published, raw.url, raw.text
    ('Talks', datetime.date(2019, 1, 4), 'https://x.org/t', 'They talked.')
"""

from __future__ import annotations

import re
from datetime import date

from newsgraph.errors import InputError
from newsgraph.io.assemble import RawArticle
from newsgraph.io.dateline import dateline_date, hijri_dateline_date, parse_date
from newsgraph.io.teaser import is_teaser_marker

__all__ = ["HEADER_KEYS", "parse_txt", "clean_lines", "take_dateline", "take_title", "MAX_TITLE_CHARS"]

#: Header keys and the field each fills (None: read and ignored).
HEADER_KEYS: dict[str, str | None] = {
    "title": "title",
    "date": "date",
    "published": "date",
    "source": "source",
    "url": "url",
    "language": "language",
    "lang": "language",
    "licence": None,
    "license": None,
    "author": None,
}
#: A title line is at most this long.
MAX_TITLE_CHARS = 200

_HEADER = re.compile(r"([A-Za-z]+)[ \t]*:[ \t]*(.*)")
# A line ending like this is a sentence, not a headline.
_SENTENCE_END = (".", "!", "?", "؟", ":", ";", "؛", ",", "،", "…")
_BLANK_RUNS = re.compile(r"\n{3,}")


def clean_lines(text: str) -> list[str]:
    """Split ``text`` into lines (any line end), each stripped of surrounding white space.

    Examples:
        >>> clean_lines(" a \\r\\n\\tb\\rc")
        ['a', 'b', 'c']
    """
    return [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _read_header(lines: list[str]) -> tuple[dict[str, str], int]:
    """The header fields and the index of the first line after the header block."""
    fields: dict[str, str] = {}
    i = 0
    while i < len(lines) and lines[i]:
        m = _HEADER.fullmatch(lines[i])
        if m is None or m[1].lower() not in HEADER_KEYS:
            return {}, 0
        field = HEADER_KEYS[m[1].lower()]
        if field is not None and m[2].strip():
            fields.setdefault(field, m[2].strip())
        i += 1
    return fields, i


def _first_text(lines: list[str], start: int) -> int:
    """Index of the first non-empty line at or after ``start`` (``len(lines)`` if none)."""
    while start < len(lines) and not lines[start]:
        start += 1
    return start


def take_dateline(lines: list[str], start: int, date_order: str) -> tuple[date | None, int]:
    """Read a dateline at the first non-empty line from ``start``.

    Returns:
        ``(date, next)``: the date (None when there is no dateline) and the
        index the body starts at. A plain dateline is skipped; an Arabic
        wire dateline (with ``الموافق``) gives its date but is kept.

    Examples:
        >>> take_dateline(["", "Friday, January 4, 2019", "", "Text."], 0, "DMY")
        (datetime.date(2019, 1, 4), 2)
    """
    i = _first_text(lines, start)
    if i == len(lines):
        return None, i
    found = dateline_date(lines[i], date_order)
    if found is not None:
        return found, i + 1
    return hijri_dateline_date(lines[i]), i


def take_title(lines: list[str], start: int) -> tuple[str | None, int]:
    """Take the first non-empty line from ``start`` as the title when it looks like one.

    Examples:
        >>> take_title(["Floods in Derna", "", "Rain fell."], 0)
        ('Floods in Derna', 1)
        >>> take_title(["Rain fell.", "", "More."], 0)
        (None, 0)
    """
    i = _first_text(lines, start)
    if i >= len(lines) - 2:
        return None, start
    line = lines[i]
    if len(line) > MAX_TITLE_CHARS or line.endswith(_SENTENCE_END) or lines[i + 1] or is_teaser_marker(line):
        return None, start
    if _first_text(lines, i + 1) == len(lines):
        return None, start
    return line, i + 1


def parse_txt(text: str, path: str, date_order: str = "DMY") -> RawArticle:
    """Read one plain-text article (see the module docstring for the layout).

    Args:
        text: the decoded file content.
        path: the file, used as ``source_path`` and in error messages.
        date_order: how to read all-numeric dates: "DMY", "MDY" or "YMD".

    Raises:
        InputError: the file is empty or has only header lines, or its
            ``Date:`` header is not a date.
    """
    lines = clean_lines(text)
    if not any(lines):
        raise InputError("empty file (no text); give a file with an article in it", path=path)
    fields, i = _read_header(lines)
    published: date | None = None
    if "date" in fields:
        published = parse_date(fields["date"], date_order, any_language=True)
        if published is None:
            raise InputError(
                f"cannot read the date {fields['date']!r} in the Date: header; write it as YYYY-MM-DD",
                path=path,
            )
    if _first_text(lines, i) == len(lines):
        raise InputError("only header lines, no article text after them", path=path)
    found, i = take_dateline(lines, i, date_order)
    published = published or found
    title = fields.get("title")
    if title is None:
        title, i = take_title(lines, i)
    body = _BLANK_RUNS.sub("\n\n", "\n".join(lines[i:])).strip()
    if not body:
        raise InputError("no article text after the header, dateline and title", path=path)
    return RawArticle(
        text=body,
        title=title,
        published=published,
        url=fields.get("url"),
        source=fields.get("source"),
        language=fields.get("language"),
        source_path=path,
        path=path,
    )
