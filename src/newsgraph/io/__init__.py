"""Reading articles: text, HTML and JSON Lines files, language detection, safe writes.

The main entry points are :func:`read_articles` (files, folders and Article
objects in; articles and InputErrors out) and :func:`read_file` (one file,
raises). See :mod:`newsgraph.io.readers` for the file types,
:mod:`newsgraph.io.assemble` for the language precedence and the meaning of
``Article.text``, and :mod:`newsgraph.io.ids` for article ids.

Examples:
    >>> from newsgraph.io import detect_language
    >>> detect_language("انعقد الاجتماع الوزاري في مدينة مراكش")
    'ar'
"""

from __future__ import annotations

from newsgraph.io.atomic import atomic_open, atomic_write_bytes, atomic_write_text
from newsgraph.io.dateline import parse_date
from newsgraph.io.ids import article_id, normalize_url
from newsgraph.io.lang import choose_language, detect_language
from newsgraph.io.readers import iter_input_files, read_articles, read_file
from newsgraph.io.teaser import split_teaser

__all__ = [
    "read_articles",
    "read_file",
    "iter_input_files",
    "detect_language",
    "choose_language",
    "parse_date",
    "article_id",
    "normalize_url",
    "split_teaser",
    "atomic_open",
    "atomic_write_text",
    "atomic_write_bytes",
]
