"""Offline pages: find and strip what would load from the network, and inline package assets.

Every HTML view of newsgraph is one file that must work with no network.
:func:`external_resources` lists the remote URLs a page would fetch (tags
that load something, and ``url()``/``@import`` in style blocks);
:func:`strip_external` removes such tags; :func:`inline_asset` reads a
package file so it can sit inside a ``<script>`` or ``<style>`` element;
:func:`render_offline` renders a page template and refuses a page that would
still load something; :func:`script_json` writes page data for a ``<script type="application/json">``
element, compact and with non-ASCII text kept as is (Arabic escaped as
``\\u`` sequences takes three times the bytes).

Examples:
    >>> external_resources('<img src="https://x.example/a.png"><img src="data:image/png;base64,AA">')
    ['https://x.example/a.png']
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from newsgraph.errors import GraphError

__all__ = ["external_resources", "inline_asset", "render_offline", "script_json", "strip_external"]

# tags that load something, and the attributes through which they do
_LOADING_TAG = re.compile(
    r"<(script|link|img|iframe|frame|source|audio|video|embed|object|track|input|image|use)\b([^>]*)>",
    re.IGNORECASE,
)
_URL_ATTR = re.compile(
    r"""\b(src|href|data|srcset|poster|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE
)
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style>", re.IGNORECASE | re.DOTALL)
_CSS_URL = re.compile(r"""(?:@import\s+|url\(\s*)['"]?((?:https?:)?//[^'")\s;]+)""", re.IGNORECASE)
_REMOTE = re.compile(r"^\s*(?:(?:https?|ftp):)?//", re.IGNORECASE)


def external_resources(html: str) -> list[str]:
    """Return the URLs that ``html`` would fetch from the network.

    Looks at the ``src``/``href``/``data``... attributes of tags that load
    something (script, link, img, iframe, source...) and at ``url()`` and
    ``@import`` in ``<style>`` blocks. ``data:`` URIs and relative paths are
    local and not reported.

    Examples:
        >>> external_resources('<script src="https://cdn.example/x.js"></script><img src="a.png">')
        ['https://cdn.example/x.js']
        >>> external_resources('<link rel="stylesheet" href="//cdn.example/b.css">')
        ['//cdn.example/b.css']
    """
    urls: list[str] = []
    for tag in _LOADING_TAG.finditer(html):
        for attr in _URL_ATTR.finditer(tag.group(2)):
            value = next(v for v in attr.groups()[1:] if v is not None)
            if _REMOTE.match(value):
                urls.append(value.strip())
    for block in _STYLE_BLOCK.finditer(html):
        urls.extend(m.group(1) for m in _CSS_URL.finditer(block.group(1)))
    return urls


def strip_external(html: str) -> str:
    """Remove every tag that would load a remote resource (and a script's body)."""

    def remote(attrs: str) -> bool:
        return any(
            _REMOTE.match(next(v for v in a.groups()[1:] if v is not None)) for a in _URL_ATTR.finditer(attrs)
        )

    def drop(match: re.Match[str]) -> str:
        return "" if remote(match.group(2)) else match.group(0)

    html = re.sub(r"<(script)\b([^>]*)>.*?</script\s*>", drop, html, flags=re.IGNORECASE | re.DOTALL)
    return _LOADING_TAG.sub(drop, html)


def inline_asset(package: str, *parts: str) -> str:
    """The text of a package file, made safe to inline in a ``<script>`` or ``<style>`` element.

    Examples:
        >>> "vis.Network" in inline_asset("newsgraph.export", "assets", "view.js")
        True
    """
    node = resources.files(package)
    for part in parts:
        node = node.joinpath(part)
    text = node.read_text(encoding="utf-8")
    # inlined code must not close its own element early
    for closing in ("</script", "</style"):
        text = re.sub(re.escape(closing), "<\\\\/" + closing[2:], text, flags=re.IGNORECASE)
    return text


_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: Any) -> Markup:
    """``value`` as compact JSON that is safe inside a ``<script>`` element of a template.

    Unlike Jinja's ``tojson``, text outside ASCII stays as UTF-8 and no space
    follows separators; ``<``, ``>`` and ``&`` are still escaped, so no
    string can close the element or open a comment.

    Examples:
        >>> print(script_json({"a": "</script><b>", "ar": "بيان"}))
        {"a":"\\u003c/script\\u003e\\u003cb\\u003e","ar":"بيان"}
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return Markup(re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_ESCAPES[m.group(0)], text))


def render_offline(template: str, page: str, **context: Any) -> str:
    """Render the Jinja ``template`` (autoescaped) with ``context``, strip what would load from
    the network, and raise :class:`~newsgraph.errors.GraphError` naming the ``page`` ("the map")
    if anything remote is left (a guard against a changed asset).

    Examples:
        >>> render_offline("<p>{{ x }}</p>", "the test page", x="<b>")
        '<p>&lt;b&gt;</p>'
    """
    html = strip_external(Environment(autoescape=True).from_string(template).render(**context))
    remote = external_resources(html)
    if remote:
        raise GraphError(f"{page} would load {remote[0]} from the network; it must work offline")
    return html
