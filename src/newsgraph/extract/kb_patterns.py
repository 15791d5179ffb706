"""The knowledge-base ruler's phrase patterns, kept on disk between runs.

Turning the ~29,000 knowledge-base aliases into phrase patterns means
tokenizing each one, splitting Arabic proclitics and making a spaCy lexeme
for every new word: about 2 s at each start of a process, most of the start-up
of a build that adds a few articles to a store. The patterns only depend on
the aliases, the lexicon, the tokenizer and the code that turns them into
tokens, so they are kept as words in a cache file named after a hash of all
of these (:func:`pattern_key`); the next run adds the same patterns to its
``PhraseMatcher`` as hashes of those words, which gives the same matcher
(the same keys and token sequences) in about a tenth of the time.

The file lives in ``$XDG_CACHE_HOME/newsgraph/kb-patterns/`` (``~/.cache``
by default). It is only a cache: a missing, unreadable or unwritable one
costs time, never a different result. ``NEWSGRAPH_NO_CACHE=1`` turns it off.

Examples:
    >>> table = {"norm": {"country/MA|COUNTRY|name": [["المغرب"]]}, "orth": {}}
    >>> import spacy
    >>> from spacy.matcher import PhraseMatcher
    >>> nlp = spacy.blank("ar")
    >>> m = PhraseMatcher(nlp.vocab, attr="NORM")
    >>> keys = add_patterns(m, table["norm"], nlp.vocab.strings)
    >>> [nlp.vocab.strings[k] for k, _, _ in m(nlp("في المغرب"))]
    ['country/MA|COUNTRY|name']
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from newsgraph.io.atomic import atomic_write_text

__all__ = ["FORMAT", "PatternTable", "add_patterns", "cache_dir", "cached_patterns", "pattern_key"]

#: Bumped when the layout of a cached table changes.
FORMAT = "1"

#: ``{"norm": {key: [[word, ...], ...]}, "orth": {...}}``: for each matcher (by the token attribute it
#: matches on), each match key's patterns as the attribute's strings, in the order they were added.
PatternTable = dict[str, dict[str, list[list[str]]]]

# The code that turns aliases into tokens: a change to it makes new patterns.
_CODE = ("pipeline.py", "kb_patterns.py", "../text.py")


def cache_dir() -> Path | None:
    """The folder of the cached tables, or None when caching is off (``NEWSGRAPH_NO_CACHE``)."""
    if os.environ.get("NEWSGRAPH_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsgraph" / "kb-patterns"


def pattern_key(parts: Iterable[str]) -> str:
    """A hash of what the patterns are made from: ``parts`` (versions, aliases, lexicon) and the code.

    Examples:
        >>> pattern_key(["a", "b"]) == pattern_key(["a", "b"]), pattern_key(["a", "b"]) == pattern_key(["ab"])
        (True, False)
    """
    digest = hashlib.sha256(FORMAT.encode())
    here = Path(__file__).parent
    for name in _CODE:
        path = here / name
        digest.update(path.read_bytes() if path.is_file() else name.encode())
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()[:32]


def cached_patterns(name: str, key: str, build: Callable[[], PatternTable]) -> PatternTable:
    """The table cached under ``name`` and ``key``, else ``build()`` (then saved for the next run)."""
    folder = cache_dir()
    path = None if folder is None else folder / f"{name}-{key}.json"
    if path is not None:
        try:
            table = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(table, dict) and set(table) == {"norm", "orth"}:
                return table
        except (OSError, ValueError):
            pass
    table = build()
    if path is not None:
        _save(path, table)
    return table


def _save(path: Path, table: PatternTable) -> None:
    """Write atomically, so parallel workers never read half a file; a cache that cannot be written
    costs time only."""
    with contextlib.suppress(OSError):
        atomic_write_text(path, json.dumps(table, ensure_ascii=False, separators=(",", ":")))


def add_patterns(matcher: Any, patterns: Mapping[str, Sequence[Sequence[str]]], strings: Any) -> list[str]:
    """Add each key's patterns to a ``PhraseMatcher`` as the hashes of their words; return the keys.

    ``PhraseMatcher.add`` takes a pattern as the attribute values of its tokens
    as well as a Doc: the same trie, without tokenizing or making lexemes.
    """
    add = strings.add
    for key, words in patterns.items():
        matcher.add(key, [tuple(add(w) for w in pattern) for pattern in words])
    return list(patterns)
