"""Split trailing "see also" teasers off an article, and cut wire end marks.

News pages often end with a block that starts with a line such as
«شاهد أيضًا» or "See also" and then quotes the headline and first lines of
*another* article. Its facts do not belong to the article above it, so
:func:`split_teaser` cuts the text at the first line that is only such a
marker: the part before is the article, the part after is the teaser.

Arabic wire items end with ``// انتهى //`` (and a time stamp);
:func:`strip_end_mark` removes that tail.

The markers live in ``data/teaser_markers.txt`` and ``data/end_markers.txt``
and are compared after :func:`newsgraph.text.normalize_key`, so
hamza, tanween, case and punctuation variants match.

Examples:
    >>> body, teaser = split_teaser("Ministers met.\\n\\nSee also:\\n\\nRebels seize town\\nMore text.")
    >>> body
    'Ministers met.'
    >>> teaser
    'Rebels seize town\\nMore text.'
    >>> split_teaser("وانتهى الاجتماع.\\nإقرأ أيضا\\nخبر آخر")[1]
    'خبر آخر'
    >>> strip_end_mark("أكد الوزير ذلك.\\n // انتهى //\\n 20:31 ت م")
    'أكد الوزير ذلك.'
"""

from __future__ import annotations

import functools
from importlib import resources

from newsgraph.text import normalize_key

__all__ = ["teaser_markers", "end_marks", "is_teaser_marker", "split_teaser", "strip_end_mark"]

#: A marker line is at most this long (markers are a few words).
_MAX_MARKER_CHARS = 40
#: Lines after an end mark this short or shorter (time stamps, codes) go with it.
_MAX_TAIL_CHARS = 25


def _load(name: str) -> frozenset[str]:
    text = resources.files("newsgraph.io").joinpath("data", name).read_text(encoding="utf-8")
    keys = (normalize_key(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(k for k in keys if k)


@functools.lru_cache(maxsize=1)
def teaser_markers() -> frozenset[str]:
    """The normalised keys of the lines that open a "see also" block.

    Examples:
        >>> "شاهد ايضا" in teaser_markers()
        True
    """
    return _load("teaser_markers.txt")


@functools.lru_cache(maxsize=1)
def end_marks() -> frozenset[str]:
    """The normalised keys of wire end-of-item marks.

    Examples:
        >>> "انتهي" in end_marks()
        True
    """
    return _load("end_markers.txt")


def is_teaser_marker(line: str) -> bool:
    """True when ``line`` is nothing but a "see also" marker.

    Examples:
        >>> is_teaser_marker("  Related:  "), is_teaser_marker("Related talks resumed.")
        (True, False)
    """
    stripped = line.strip()
    return 0 < len(stripped) <= _MAX_MARKER_CHARS and normalize_key(stripped) in teaser_markers()


def split_teaser(text: str) -> tuple[str, str | None]:
    """Split ``text`` at the first "see also" marker line.

    Args:
        text: an article body, lines separated by ``\\n``.

    Returns:
        ``(body, teaser)``: the text before the marker and the text after it,
        both with surrounding blank space trimmed. ``teaser`` is None when
        there is no marker, or nothing follows it (the marker is dropped then).
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if is_teaser_marker(line):
            body = "\n".join(lines[:i]).strip()
            rest = "\n".join(lines[i + 1 :]).strip()
            return body, (rest or None)
    return text.strip(), None


def strip_end_mark(text: str) -> str:
    """Cut a wire end mark (``// انتهى //``) and the short lines after it off the end.

    Only a mark among the last lines counts: after it may come only short
    lines such as a time stamp. Text without a mark is returned trimmed.
    """
    lines = text.rstrip().split("\n")
    for i in range(len(lines) - 1, -1, -1):
        stripped = lines[i].strip()
        if not stripped:
            continue
        if len(stripped) <= _MAX_MARKER_CHARS and normalize_key(stripped) in end_marks():
            return "\n".join(lines[:i]).rstrip()
        if len(stripped) > _MAX_TAIL_CHARS:
            break
    return text.strip()
