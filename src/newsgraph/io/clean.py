"""Characters that are not text: what a reader removes or blanks before anything else.

Real news holds them: control characters (6 of the 2,000 articles of
``corpus/ar_scale`` have some, which XML 1.0, and so GraphML, refuses),
bidirectional marks and zero-width characters inside names («ناصر‏ بوريطة»
with a right-to-left mark cut the name in two), and lone surrogates from
JSON escapes, which no UTF-8 writer accepts. :func:`clean_text` runs on every
article's title and text as it is read, so every later offset (mentions,
evidence) points into the cleaned text and every export can write it.

- Format characters (zero-width space, joiners, LRM/RLM/ALM, bidi embeddings
  and isolates, BOM, soft hyphen) are removed: they carry no letters.
- Control characters other than tab and newline, and the non-characters
  U+FFFE and U+FFFF, become a space; a carriage return (alone or before a
  newline) becomes a newline.
- A lone surrogate becomes U+FFFD.

Examples:
    >>> clean_text("ناصر\\u200f بوريطة") == "ناصر بوريطة"
    True
    >>> clean_text("a\\x01b\\r\\nc\\ud800")
    'a b\\nc�'
"""

from __future__ import annotations

import re

__all__ = ["clean_text", "xml_safe"]

_REMOVE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_BLANK = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` without format characters, with controls blanked (see the module docstring)."""
    text = _REMOVE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _BLANK.sub(" ", text)
    return _SURROGATE.sub("\ufffd", text)


def xml_safe(text: str) -> str:
    """``text`` with only what XML 1.0 refuses replaced (controls blanked, lone surrogates U+FFFD),
    format characters kept: for exports of graphs that did not come through :func:`clean_text`.

    Examples:
        >>> xml_safe("a\\x01b\\u200fc\\ud800")
        'a b\\u200fc�'
    """
    return _SURROGATE.sub("\ufffd", _BLANK.sub(" ", text))
