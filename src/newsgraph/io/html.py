"""Read an article from a saved HTML page, with trafilatura.

`trafilatura`_ (Apache-2.0) finds the main text and the metadata: title,
date, author, canonical URL and site name. It is given the markup as a string, so it
never fetches anything. ``favor_precision`` is on: menus, comments, tables
and "related" boxes are left out, at the price of now and then a short
paragraph. Fewer than :data:`MIN_TEXT_CHARS` characters of text (a menu,
a caption) count as no article. The page's ``<html lang>`` is taken as the declared language.
When the extracted text opens with the title, or with a dateline, those
lines are removed, as for plain text (:mod:`newsgraph.io.txt`).

.. _trafilatura: https://trafilatura.readthedocs.io/

Examples:
    >>> page = ('<html lang="en"><head><title>Ministers meet in Rabat</title></head><body>'
    ...         '<article><h1>Ministers meet in Rabat</h1><p>Foreign ministers from twelve countries met '
    ...         'in Rabat on Thursday to discuss regional security, trade and the fight against '
    ...         'smuggling across the Sahel.</p></article></body></html>')
    >>> raw = parse_html(page, "p.html")
    >>> raw.title, raw.language, raw.text[:24]
    ('Ministers meet in Rabat', 'en', 'Foreign ministers from t')
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from newsgraph.errors import InputError
from newsgraph.io.assemble import RawArticle
from newsgraph.io.dateline import parse_date
from newsgraph.io.txt import clean_lines, take_dateline
from newsgraph.text import normalize_key

__all__ = ["parse_html", "html_language", "MIN_TEXT_CHARS"]

_HTML_LANG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.IGNORECASE
)
_BLANK_RUNS = re.compile(r"\n{3,}")
#: Extracted text shorter than this is a menu or a caption, not an article.
MIN_TEXT_CHARS = 40


def html_language(markup: str) -> str | None:
    """The ``lang`` attribute of the ``<html>`` element, if any.

    Examples:
        >>> html_language('<!doctype html><html dir="rtl" lang="ar-SA">')
        'ar-SA'
    """
    m = _HTML_LANG.search(markup[:5000])
    return m[1] if m else None


def _extract(markup: str) -> Any:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # trafilatura 2.x warns about lxml truth tests
        return trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )


def parse_html(markup: str, path: str, date_order: str = "DMY") -> RawArticle:
    """Read one article from an HTML page.

    Args:
        markup: the decoded page.
        path: the file, used as ``source_path`` and in error messages.
        date_order: how to read an all-numeric dateline at the top of the text.

    Raises:
        InputError: no article text was found in the page.
    """
    if not markup.strip():
        raise InputError("empty file (no text); give a file with an article in it", path=path)
    try:
        doc = _extract(markup)
    except Exception as err:  # lxml and htmldate assert on some broken pages (<iframe><html>)
        why = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
        raise InputError(
            f"the HTML parser failed on this page ({why}); "
            "give the page of one article, or its text as .txt",
            path=path,
        ) from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(
            "no article text found in HTML; give the page of one article (not an index or a "
            "login page), or its text as .txt",
            path=path,
        )
    title = (getattr(doc, "title", None) or "").strip() or None
    lines = clean_lines(text)
    start = 0
    while start < len(lines) and not lines[start]:
        start += 1
    if title and start < len(lines) and normalize_key(lines[start]) == normalize_key(title):
        start += 1
    found, start = take_dateline(lines, start, date_order)
    body = _BLANK_RUNS.sub("\n\n", "\n".join(lines[start:])).strip()
    if len(body) < MIN_TEXT_CHARS:
        raise InputError(
            f"no article text found in HTML (only {len(body)} characters of text besides the title); "
            "give the page of one article, or its text as .txt",
            path=path,
        )
    date_text = getattr(doc, "date", None)
    published = parse_date(date_text, "YMD") if date_text else None
    return RawArticle(
        text=body,
        title=title,
        published=published or found,
        url=(getattr(doc, "url", None) or None),
        source=(getattr(doc, "sitename", None) or None),
        author=(getattr(doc, "author", None) or None),
        language=html_language(markup),
        source_path=path,
        path=path,
    )
