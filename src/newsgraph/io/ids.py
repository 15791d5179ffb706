"""Stable article ids.

An article's id is the first 16 hex digits of a SHA-1:

* of its normalised URL when it has one, so the same page read from HTML,
  a text export or JSON Lines gets the same id;
* else of its normalised text (NFC, runs of white space folded to one
  space), so re-reading the same file, or a copy with other line ends,
  gives the same id.

Only ``http``/``https`` URLs count. Normalising lower-cases the scheme and
host, drops a ``www.`` prefix, default ports, the fragment, ``utm_*``
tracking parameters and a trailing slash, and percent-decodes the path
(so an Arabic slug and its escaped form agree). A teaser split off an
article gets the article's id plus ``-teaser-1``.

Examples:
    >>> normalize_url("HTTPS://www.Example.org:443/a/b/?utm_source=x&id=3#top")
    'https://example.org/a/b?id=3'
    >>> article_id("https://example.org/a", "any text")
    '579f2a2ceeee0bc3'
    >>> article_id(None, "Same  text\\r\\n") == article_id(None, "Same text")
    True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

__all__ = ["normalize_url", "article_id", "teaser_id"]

_WS = re.compile(r"\s+")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_url(url: str) -> str | None:
    """Normalise an http(s) URL for hashing; None when ``url`` is not one."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.")
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    path = unicodedata.normalize("NFC", unquote(parts.path)).rstrip("/")
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith("utm_")
        ]
    )
    return urlunsplit((scheme, host, path, query, ""))


def _sha16(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def article_id(url: str | None, text: str) -> str:
    """The stable id of an article: from its URL when it has a usable one, else its text."""
    if url:
        norm = normalize_url(url)
        if norm is not None:
            return _sha16(norm)
    return _sha16(_WS.sub(" ", unicodedata.normalize("NFC", text)).strip())


def teaser_id(parent_id: str, n: int = 1) -> str:
    """The id of the ``n``-th teaser split off article ``parent_id``.

    Examples:
        >>> teaser_id("4eaf1776c6bc2d6a")
        '4eaf1776c6bc2d6a-teaser-1'
    """
    return f"{parent_id}-teaser-{n}"
